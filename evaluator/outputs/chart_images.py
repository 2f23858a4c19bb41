"""The app's four charts rendered to PNG bytes with Agg, for the export's ``Charts`` sheet (same drawing code)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from evaluator.scoring.ranking import Ranking


def render_chart_images(ranking: Ranking, compare: Sequence[str] = (), *, dpi: int = 110) -> list[tuple[str, bytes]]:
    """``[(title, png bytes), ...]`` for the ranking, cost–risk, coverage and comparison charts.

    ``compare`` picks the comparison chart's projects (2–6; else it shows the top three). Nothing is drawn
    highlighted: a row selected on screen is the analyst's focus, not the committee's (issue 8.11). Each chart
    gets its own Agg figure (no pyplot, no GUI), so this is safe in a worker thread.
    """
    from evaluator.charts import draw_cost_risk, draw_coverage, draw_radar, draw_ranking, new_figure

    compared = list(compare)
    charts = [
        ("Ranking", (10, 6.5), lambda fig: draw_ranking(fig, ranking, top_n=15)),
        ("Cost vs risk", (10, 6.5), lambda fig: draw_cost_risk(fig, ranking)),
        ("Element coverage", (10, 8.5), lambda fig: draw_coverage(fig, ranking, top_n=30)),
        ("Comparison", (8, 7), lambda fig: draw_radar(fig, ranking, compared)),
    ]
    images = []
    for title, size, draw in charts:
        figure = new_figure(size, dpi)
        draw(figure)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        images.append((title, buffer.getvalue()))
    return images
