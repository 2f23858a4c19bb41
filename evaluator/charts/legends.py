"""A figure legend below the plots that folds into fewer columns until it fits the figure's width.

A legend in one row is the shortest, so it leaves the plots the most height; on a narrow pane the same row would
run off both sides, where constrained layout cannot help (it only moves axes, never a legend's columns).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from evaluator.charts.common import LABEL_SIZE

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend

    #: What a legend entry is drawn from, as :class:`matplotlib.legend.Legend` takes it: an artist, or a tuple of
    #: them (the containers ``bar`` and ``errorbar`` return are tuples).
    Handle: TypeAlias = Artist | tuple[Artist, ...]


def fitted_legend(
    fig: Figure, handles: Sequence[Handle], *, title: str = "", most_columns: int | None = None, **options: Any
) -> Legend:
    """``fig.legend`` below the plots with the most columns (up to ``most_columns``) whose width fits the figure.

    Every column count from the widest down is tried, so a legend folds into even rows where it can; a single
    column is kept even if it is still too wide (the names are shortened by the caller for that case).
    """

    def legend(ncols: int) -> Legend:
        return fig.legend(
            handles=list(handles),
            loc="outside lower center",
            ncols=ncols,
            fontsize=LABEL_SIZE,
            title=title or None,
            title_fontsize=LABEL_SIZE,
            frameon=False,
            **options,
        )

    for ncols in range(max(1, min(len(handles), most_columns or len(handles))), 1, -1):
        wide = legend(ncols)
        if wide.get_window_extent().width <= 0.98 * fig.bbox.width:
            return wide
        wide.remove()
    return legend(1)
