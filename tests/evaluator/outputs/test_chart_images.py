"""The export's chart images never carry the screen's selection as a highlight (issue 8.11)."""

from __future__ import annotations

import pytest

from evaluator.base.paths import sample_workbook
from evaluator.inputs.load import load_workbook
from evaluator.outputs.chart_images import render_chart_images
from evaluator.scoring.ranking import score


@pytest.fixture(scope="module")
def ranking():
    return score(load_workbook(sample_workbook()))


def test_a_selected_project_is_drawn_exactly_as_an_unselected_one(ranking) -> None:
    plain = dict(render_chart_images(ranking, dpi=60))
    selected_id = str(ranking.table["project_id"].iat[2])  # one row clicked: the comparison falls back to the top 3
    with_selection = dict(render_chart_images(ranking, [selected_id], dpi=60))
    assert list(plain) == ["Ranking", "Cost vs risk", "Element coverage", "Comparison"]
    assert with_selection == plain  # byte for byte: no bold label, no black edge, no thicker line


def test_a_selection_of_several_only_chooses_what_the_comparison_compares(ranking) -> None:
    plain = dict(render_chart_images(ranking, dpi=60))
    chosen = [str(i) for i in ranking.table["project_id"].iloc[[5, 9]]]
    compared = dict(render_chart_images(ranking, chosen, dpi=60))
    assert {title for title in plain if compared[title] != plain[title]} == {"Comparison"}


def test_the_same_drawing_with_a_highlight_would_differ(ranking) -> None:
    """The byte comparison above can fail: highlighting a project does change the ranking chart's pixels."""
    from io import BytesIO

    from evaluator.charts import draw_ranking, new_figure

    def png(highlight: list[str]) -> bytes:
        figure = new_figure((10, 6.5), 60)
        draw_ranking(figure, ranking, top_n=15, highlight=highlight)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=60, facecolor="white")
        return buffer.getvalue()

    assert png([str(ranking.table["project_id"].iat[2])]) != png([])
    assert png([]) == dict(render_chart_images(ranking, dpi=60))["Ranking"]


def test_the_export_prints_the_catalogues_printable_charts_in_its_order(ranking) -> None:
    """One chart catalogue (issue 10.5): the export's images are the catalogue entries that have a print size."""
    from evaluator.charts.catalogue import CHARTS

    printable = [entry.title for entry in CHARTS if entry.export_size is not None]
    assert [title for title, _png in render_chart_images(ranking, dpi=40)] == printable
    assert [entry.key for entry in CHARTS] == ["ranking", "cost_risk", "coverage", "comparison", "sweep"]
