"""The ranking chart: the top projects' overall scores, split into what each criterion contributed (METHOD.md §3).

Stacking the weighted contributions (which add up to ``overall``) answers the first question a reader asks of a
rank, "why is this project above that one?", without a second chart.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.backend_bases import RendererBase
from matplotlib.text import Annotation

from evaluator.base.i18n import translate
from evaluator.charts.common import (
    LABEL_SIZE,
    NOTE_SIZE,
    emphasise,
    empty_message,
    figure_of,
    font_points,
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
from evaluator.charts.inplace import (
    EVERYTHING,
    Drawn,
    Repaint,
    all_but,
    figure_size,
    recall,
    relayout,
    remember,
    renderer_of,
)
from evaluator.charts.palette import EDGE, GRID, HIGHLIGHT
from evaluator.model.criteria import CRITERIA, CRITERION_COLOURS

#: Lines of text besides the bars: title, tick labels, axis label, legend title and entries.
OVERHEAD_LINES = 8.0

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure

    from evaluator.scoring.ranking import Ranking


def draw_ranking(fig: Figure, ranking: Ranking, *, top_n: int = 15, highlight: Collection[str] = ()) -> None:
    """Horizontal bars of the overall score for the ``top_n`` best projects, rank 1 at the top.

    Each bar is stacked from the weighted criterion contributions (cost, risk, coverage), so its length is
    ``overall``; the value is printed at the bar's end and the legend gives the weights in force. Highlighted
    projects get a bold label and black bar edges. :func:`update_ranking` brings the drawing up to date in place.
    """
    prepare(fig)
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Ranking"))
        return
    rows, heading_text, key = _rows(fig, ranking, top_n)
    ax = fig.add_subplot()
    highlighted = rows["project_id"].isin(set(highlight)).to_numpy()
    bars = _stacked_bars(ax, rows, highlighted, weight_labels(ranking))
    values = _value_labels(ax, rows["overall"].to_numpy(dtype=float), highlighted)
    _axes(ax, rows, highlight)
    heading = title(fig, heading_text)
    legend = fig.legend(
        loc="outside lower center",
        ncols=3,
        title=translate("Charts", "Contribution of each criterion (weight)"),
        fontsize=LABEL_SIZE,
        title_fontsize=LABEL_SIZE,
        frameon=False,
    )
    data = {"bars": bars, "values": values, "legend": legend, "heading": heading, "ticks": _tick_texts(ax)}
    remember(fig, Drawn("ranking", ax, figure_size(fig), key, data))


def update_ranking(
    fig: Figure, ranking: Ranking, *, top_n: int = 15, highlight: Collection[str] = ()
) -> Repaint | None:
    """Bring a ranking chart drawn by :func:`draw_ranking` to ``ranking`` in place, or None when it must be drawn
    again: another size, other wording, another number of rows, or other projects in the top rows.

    Bar lengths, edges, values and legend percentages are set on the existing artists; so are the tick labels when
    the same projects changed places. The layout depends on the tick labels, never on the values (their margin is
    kept for "100.0"), so unless the tick labels moved nothing is laid out again and only the regions outside the
    tick labels and the title are rendered: the tick labels are most of the text, and text is most of the
    rendering. When they moved, the figure is laid out and rendered again as a full draw would be.
    """
    if len(ranking) == 0:
        return None
    rows, _heading, key = _rows(fig, ranking, top_n)
    drawn = recall(fig, "ranking", key)
    renderer = renderer_of(fig)
    if drawn is None or renderer is None:
        return None
    ax = drawn.axes
    highlighted = rows["project_id"].isin(set(highlight)).to_numpy()
    _restack(drawn.data["bars"], rows, highlighted, weight_labels(ranking))
    for y, (label, value, bold) in enumerate(zip(drawn.data["values"], rows["overall"], highlighted, strict=True)):
        label.set_text(f"{value:.1f}")
        label.xy = (value, y)
        label.set_fontweight("bold" if bold else "normal")
    legend = drawn.data["legend"]
    for text, bars in zip(legend.get_texts(), drawn.data["bars"], strict=True):
        text.set_text(bars.get_label())
    ticks = [(label, bool(bold)) for label, bold in zip(_tick_labels(fig, rows), highlighted, strict=True)]
    moved = ticks != drawn.data["ticks"]
    if moved:
        ax.set_yticks(np.arange(len(rows)), [label for label, _bold in ticks])
        for text, (_label, bold) in zip(ax.get_yticklabels(), ticks, strict=True):
            text.set_fontweight("bold" if bold else "normal")
        drawn.data["ticks"] = ticks
    if moved:  # other tick labels may need another left margin: lay out and render again, as a full draw would
        relayout(fig, ax)
        return EVERYTHING
    heading = drawn.data["heading"]
    boxes = [ax.yaxis.get_tightbbox(renderer), heading.get_window_extent(renderer)]
    return all_but(fig, [ax.yaxis, heading], [box for box in boxes if box is not None])


def _rows(fig: Figure, ranking: Ranking, top_n: int) -> tuple[pd.DataFrame, str, tuple[object, ...]]:
    """The rows shown, the heading, and what must stay the same for an update in place: the heading (rows shown of
    how many, by which method, in the user's language), the fonts, and which projects are in those rows."""
    wanted = min(max(int(top_n), 1), len(ranking))
    rows = ranking.table.head(min(wanted, rows_that_fit(fig, OVERHEAD_LINES)))
    shown = shown_rows(len(rows), wanted, len(ranking))
    heading = translate("Charts", "{shown} — {method}").format(shown=shown, method=method_name(ranking))
    heading = heading[:1].upper() + heading[1:]
    wording = (translate("Charts", "Overall score (0–100, higher is better)"), font_points(), font_points(NOTE_SIZE))
    return rows, heading, (heading, wording, len(rows), frozenset(rows["project_id"]))


def _tick_labels(fig: Figure, rows: pd.DataFrame) -> list[str]:
    limit = name_limit(fig)
    return [rank_label(r, n, limit) for r, n in zip(rows["rank"], rows["name"], strict=True)]


def _tick_texts(ax: Axes) -> list[tuple[str, bool]]:
    """The tick labels as drawn: text and boldness, top row first."""
    return [(text.get_text(), text.get_fontweight() == "bold") for text in ax.get_yticklabels()]


def _stacked_bars(ax: Axes, rows: pd.DataFrame, highlighted: np.ndarray, labels: dict[str, str]) -> list[BarContainer]:
    """One bar container per criterion, in criterion order; container k holds criterion k of every row."""
    y = np.arange(len(rows))
    left = np.zeros(len(rows))
    edges, widths = _edges(highlighted)
    containers = []
    for name in CRITERIA:
        contribution = np.nan_to_num(rows[f"contribution_{name}"].to_numpy(dtype=float))
        bars = ax.barh(
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
        containers.append(bars)
        left = left + contribution
    return containers


def _restack(
    containers: list[BarContainer], rows: pd.DataFrame, highlighted: np.ndarray, labels: dict[str, str]
) -> None:
    """:func:`_stacked_bars` on the bars already there: the same lengths, offsets and edges for ``rows``."""
    left = np.zeros(len(rows))
    edges, widths = _edges(highlighted)
    for name, bars in zip(CRITERIA, containers, strict=True):
        contribution = np.nan_to_num(rows[f"contribution_{name}"].to_numpy(dtype=float))
        for bar, x, width, edge, linewidth in zip(bars.patches, left, contribution, edges, widths, strict=True):
            bar.set_x(x)
            bar.set_width(width)
            bar.set_edgecolor(edge)
            bar.set_linewidth(linewidth)
        bars.datavalues = contribution
        bars.set_label(labels[name])
        left = left + contribution


def _edges(highlighted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bar edge colours and widths: black and wider for the highlighted projects."""
    return np.where(highlighted, HIGHLIGHT, "white"), np.where(highlighted, 1.6, 0.6)


class _Room(Annotation):
    """Text that takes its place in the layout and is never drawn: the room kept for the value labels."""

    def draw(self, renderer: RendererBase) -> None:
        return None


def _value_labels(ax: Axes, overall: np.ndarray, highlighted: np.ndarray) -> list[Annotation]:
    """The overall score just past each bar's end; it may run past 100 into the right margin.

    The labels take no part in the layout: the margin is kept for the widest label there can be ("100.0" in bold
    past the axis' end, drawn in no colour), so the layout does not move when the weights do and a re-rank
    redraws the bars alone (issue 10.8). Before, the margin followed the top score and every weight step laid the
    figure out again.
    """
    room = _Room(
        "100.0", xy=(100, 0), xytext=(3, 0), textcoords="offset points", ha="left", va="center",
        fontsize=NOTE_SIZE, fontweight="bold", gid="overall-value-room",
    )  # fmt: skip
    ax.add_artist(room)
    labels = []
    for y, (value, bold) in enumerate(zip(overall, highlighted, strict=True)):
        label = ax.annotate(
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
        label.set_in_layout(False)
        labels.append(label)
    return labels


def _axes(ax: Axes, rows: pd.DataFrame, highlight: Collection[str]) -> None:
    y = np.arange(len(rows))
    ax.set_yticks(y, _tick_labels(figure_of(ax), rows))
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
