"""The ranking chart: the top projects' overall scores, split into what each criterion contributed (METHOD.md §3).

Stacking the weighted contributions (which add up to ``overall``) answers the first question a reader asks of a
rank, "why is this project above that one?", without a second chart.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from evaluator.base.i18n import translate
from evaluator.charts.common import (
    LABEL_SIZE,
    NOTE_SIZE,
    emphasise,
    empty_message,
    figure_of,
    method_name,
    name_limit,
    prepare,
    rank_label,
    rows_that_fit,
    show_message,
    shown_rows,
    title,
    weight_labels,
)
from evaluator.charts.palette import EDGE, GRID, HIGHLIGHT
from evaluator.model.criteria import CRITERIA, CRITERION_COLOURS

#: Lines of text besides the bars: title, tick labels, axis label, legend title and entries.
OVERHEAD_LINES = 8.0

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from evaluator.scoring.ranking import Ranking


def draw_ranking(fig: Figure, ranking: Ranking, *, top_n: int = 15, highlight: Collection[str] = ()) -> None:
    """Horizontal bars of the overall score for the ``top_n`` best projects, rank 1 at the top.

    Each bar is stacked from the weighted criterion contributions (cost, risk, coverage), so its length is
    ``overall``; the value is printed at the bar's end and the legend gives the weights in force. Highlighted
    projects get a bold label and black bar edges.
    """
    prepare(fig)
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Ranking"))
        return
    wanted = min(max(int(top_n), 1), len(ranking))
    rows = ranking.table.head(min(wanted, rows_that_fit(fig, OVERHEAD_LINES)))
    ax = fig.add_subplot()
    highlighted = rows["project_id"].isin(set(highlight)).to_numpy()
    _stacked_bars(ax, rows, highlighted, weight_labels(ranking))
    _value_labels(ax, rows["overall"].to_numpy(dtype=float), highlighted)
    _axes(ax, rows, highlight)
    shown = shown_rows(len(rows), wanted, len(ranking))
    heading = translate("Charts", "{shown} — {method}").format(shown=shown, method=method_name(ranking))
    title(fig, heading[:1].upper() + heading[1:])
    fig.legend(
        loc="outside lower center",
        ncols=3,
        title=translate("Charts", "Contribution of each criterion (weight)"),
        fontsize=LABEL_SIZE,
        title_fontsize=LABEL_SIZE,
        frameon=False,
    )


def _stacked_bars(ax: Axes, rows: pd.DataFrame, highlighted: np.ndarray, labels: dict[str, str]) -> None:
    """One bar container per criterion, in criterion order; container k holds criterion k of every row."""
    y = np.arange(len(rows))
    left = np.zeros(len(rows))
    edges = np.where(highlighted, HIGHLIGHT, "white")
    widths = np.where(highlighted, 1.6, 0.6)
    for name in CRITERIA:
        contribution = np.nan_to_num(rows[f"contribution_{name}"].to_numpy(dtype=float))
        ax.barh(
            y,
            contribution,
            left=left,
            height=0.72,
            color=CRITERION_COLOURS[name],
            edgecolor=list(edges),
            linewidth=list(widths),
            label=labels[name],
            gid=f"contribution_{name}",
            zorder=2,
        )
        left = left + contribution


def _value_labels(ax: Axes, overall: np.ndarray, highlighted: np.ndarray) -> None:
    """The overall score just past each bar's end; it may run past 100 into the margin, which layout keeps."""
    for y, (value, bold) in enumerate(zip(overall, highlighted, strict=True)):
        ax.annotate(
            f"{value:.1f}",
            xy=(value, y),
            xytext=(3, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=NOTE_SIZE,
            fontweight="bold" if bold else "normal",
            gid="overall-value",
        )


def _axes(ax: Axes, rows: pd.DataFrame, highlight: Collection[str]) -> None:
    y = np.arange(len(rows))
    limit = name_limit(figure_of(ax))
    ax.set_yticks(y, [rank_label(r, n, limit) for r, n in zip(rows["rank"], rows["name"], strict=True)])
    ax.tick_params(axis="y", length=0, labelsize=LABEL_SIZE)
    emphasise(ax.get_yticklabels(), rows["project_id"], highlight)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # rank 1 at the top
    ax.set_xlim(0, 100)
    ax.set_xlabel(translate("Charts", "Overall score (0–100, higher is better)"), fontsize=LABEL_SIZE)
    ax.xaxis.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(EDGE)
