"""The app's four charts rendered to PNG bytes with Agg, for the export's ``Charts`` sheet (same drawing code)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from evaluator.ranking import Ranking


def render_chart_images(ranking: Ranking, selected: Sequence[str] = (), *, dpi: int = 110) -> list[tuple[str, bytes]]:
    """``[(title, png bytes), ...]`` for the ranking, cost–risk, coverage and comparison charts.

    Each chart gets its own Agg figure (no pyplot, no GUI), so this is safe in a worker thread.
    """
    from evaluator.charts import draw_cost_risk, draw_coverage, draw_radar, draw_ranking, new_figure

    highlight = list(selected)
    charts = [
        ("Ranking", (10, 6.5), lambda fig: draw_ranking(fig, ranking, top_n=15, highlight=highlight)),
        ("Cost vs risk", (10, 6.5), lambda fig: draw_cost_risk(fig, ranking, highlight=highlight)),
        ("Element coverage", (10, 8.5), lambda fig: draw_coverage(fig, ranking, top_n=30, highlight=highlight)),
        ("Comparison", (8, 7), lambda fig: draw_radar(fig, ranking, highlight)),
    ]
    images = []
    for title, size, draw in charts:
        figure = new_figure(size, dpi)
        draw(figure)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        images.append((title, buffer.getvalue()))
    return images
