"""Render a chart to a PNG file with Agg: the export's half of the one drawing path the app also uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluator.base.atomic import write_atomically

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from evaluator.scoring.ranking import Ranking

#: Inches; at 100 dpi a 1000 × 650 pixel image, the app's default chart pane.
DEFAULT_SIZE: tuple[float, float] = (10.0, 6.5)


def render_png(
    draw: Callable[..., None],
    ranking: Ranking,
    path: str | Path,
    *args: Any,
    size: tuple[float, float] = DEFAULT_SIZE,
    dpi: float = 100.0,
    **options: Any,
) -> Path:
    """Draw ``draw(fig, ranking, *args, **options)`` on a fresh figure and save it as PNG at ``dpi``, atomically.

    The size is in inches, so 200 dpi gives the same layout at twice the pixels, as a 200 % screen shows it.
    """
    fig = new_figure(size, dpi)
    draw(fig, ranking, *args, **options)
    return write_atomically(path, lambda temp: fig.savefig(temp, format="png", dpi=dpi, facecolor="white"))


def new_figure(size: tuple[float, float] = DEFAULT_SIZE, dpi: float = 100.0) -> Figure:
    """A :class:`~matplotlib.figure.Figure` on an Agg canvas (no pyplot, no global figure registry)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from evaluator.charts.common import text_is_data

    text_is_data()
    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig
