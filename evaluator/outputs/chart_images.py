"""The catalogue's printable charts rendered to PNG bytes with Agg, for the export's ``Charts`` sheet.

The same entries and drawing code as the app's tabs (:mod:`evaluator.charts.catalogue`).
"""

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
    from evaluator.charts import new_figure
    from evaluator.charts.catalogue import CHARTS, ChartInputs

    inputs = ChartInputs(ranking, compare=list(compare))
    charts = [(entry.title, entry.export_size, entry.draw) for entry in CHARTS if entry.export_size is not None]
    images = []
    for title, size, draw in charts:
        figure = new_figure(size, dpi)
        draw(figure, inputs)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        images.append((title, buffer.getvalue()))
    return images
