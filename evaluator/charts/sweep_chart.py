"""The weight-sweep chart: every project's overall score as one weight goes from 0 to 100 % (METHOD.md §4).

A ranking holds for one set of weights, which an investor rarely knows to the percent. One panel per criterion
shows how far its weight can move before rank 1 changes hands, and to whom: the marked leader changes are the
weights the sweep reports, and the vertical line is where the analyst stands now.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

import numpy as np

from evaluator.base.i18n import translate
from evaluator.charts.common import (
    LABEL_SIZE,
    NOTE_SIZE,
    criterion_label,
    emphasise,
    empty_message,
    figure_of,
    method_name,
    name_limit,
    prepare,
    rank_label,
    show_message,
    title,
    truncate,
)
from evaluator.charts.labels import Label, place_labels
from evaluator.charts.legends import fitted_legend
from evaluator.charts.palette import (
    EDGE,
    GRID,
    HIGHLIGHT,
    MUTED,
    SERIES_COLOURS,
    SERIES_LINESTYLES,
)
from evaluator.model.criteria import CRITERIA

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.typing import ColorType, LineStyleType, MarkerType

    from evaluator.analysis.sensitivity import CriterionSweep, WeightSweep


class _LineStyle(TypedDict, total=False):
    """The keyword arguments of a line's look, as ``Axes.plot``, ``axvline`` and ``Line2D`` take them."""

    color: ColorType
    linestyle: LineStyleType
    linewidth: float
    marker: MarkerType
    markersize: float
    markerfacecolor: ColorType
    markeredgecolor: ColorType
    markeredgewidth: float


#: More coloured lines than the palette has colours cannot be told apart, so ``top_n`` stops here.
MAX_LINES = len(SERIES_COLOURS)
#: The projects outside the top: there but quiet, so the leaders' lines stand out.
OTHER_COLOUR = "0.8"
#: A leader change: an open circle, drawn above the lines so the crossing stays visible under it.
CHANGE_STYLE: _LineStyle = {
    "linestyle": "",
    "marker": "o",
    "markersize": 7,
    "markerfacecolor": "white",
    "markeredgecolor": HIGHLIGHT,
    "markeredgewidth": 1.6,
}
#: Radius (points) of the change marker and its edge, which the labels keep clear of.
CHANGE_RADIUS_PT = 4.5
CHANGE_LABEL_SIZE = "small"
CURRENT_STYLE: _LineStyle = {"color": EDGE, "linewidth": 1.4, "linestyle": (0, (4, 2))}
#: Space above the highest line for the leader-change labels, as a share of the score range drawn; it may reach
#: past 100, where no tick is drawn (no score can be there).
HEADROOM = 0.25


@dataclass(frozen=True)
class _Series:
    """One drawn project: its row in the sweep's score matrix and how its line looks."""

    row: int
    project_id: str
    label: str
    colour: str
    linestyle: LineStyleType
    bold: bool

    @property
    def linewidth(self) -> float:
        return 3.0 if self.bold else 1.8


def draw_sweep(fig: Figure, sweep: WeightSweep, *, top_n: int = 6, highlight: Collection[str] = ()) -> None:
    """One panel per criterion: overall score (y) of every project as that criterion's weight goes 0–100 % (x).

    The ``top_n`` best projects of the current ranking (at most six) get a colour and line style each, named in
    a legend shared by the panels; the others are thin grey lines. Highlighted projects are drawn thicker, in
    black when they are outside the top. A vertical line marks the weight in force ("now 40 %"); each change of
    the rank-1 project is a marker on the winning line, labelled with the new leader's name. Panels sit side by
    side, or one above the other when the figure is taller than wide.
    """
    prepare(fig)
    ranking = sweep.ranking
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Weight sweep"))
        return
    table = ranking.table
    series = _choose_series(table, top_n, highlight, name_limit(fig, share=0.3))
    rows = {project_id: row for row, project_id in enumerate(table["project_id"])}
    tall = fig.get_figheight() > fig.get_figwidth()
    axes = fig.subplots(len(CRITERIA), 1) if tall else fig.subplots(1, len(CRITERIA), sharey=True)
    low, high = _score_range(sweep)
    changes = {criterion: _change_points(sweep.criteria[criterion], rows) for criterion in CRITERIA}
    for k, (ax, criterion) in enumerate(zip(axes, CRITERIA, strict=True)):
        _panel(ax, sweep.criteria[criterion], series, changes[criterion], ylabel=tall or k == 0)
        ax.set_ylim(low, high)
        ax.set_yticks([t for t in range(0, 101, 20) if low <= t <= high])
    heading = translate(
        "Charts", "Weight sweep, {method} — score as one weight goes 0–100 %, the others keeping their ratio"
    )
    title(fig, heading.format(method=method_name(ranking)))
    any_change = any(c.changes for c in sweep.criteria.values())
    handles = _legend_handles(series, others=len(table) > len(series), changes=any_change)
    legend = fitted_legend(fig, handles, most_columns=3, handlelength=3.0)
    emphasise(legend.get_texts()[: len(series)], [s.project_id for s in series], highlight)
    names = dict(zip(table["project_id"], table["name"], strict=True))
    for ax, criterion in zip(axes, CRITERIA, strict=True):
        _label_changes(ax, sweep.criteria[criterion], series, changes[criterion], names)


def _choose_series(table: pd.DataFrame, top_n: int, highlight: Collection[str], limit: int) -> list[_Series]:
    """The top projects in rank order, then highlighted projects from further down (in black)."""
    wanted = min(max(int(top_n), 1), MAX_LINES, len(table))
    chosen = set(highlight)
    series = [
        _Series(
            row,
            str(table["project_id"].iat[row]),
            rank_label(int(table["rank"].iat[row]), table["name"].iat[row], limit),
            SERIES_COLOURS[row],
            SERIES_LINESTYLES[row],
            str(table["project_id"].iat[row]) in chosen,
        )
        for row in range(wanted)
    ]
    for row in np.flatnonzero(table["project_id"].isin(chosen).to_numpy()):
        if row >= wanted:
            label = rank_label(int(table["rank"].iat[row]), table["name"].iat[row], limit)
            series.append(_Series(int(row), str(table["project_id"].iat[row]), label, HIGHLIGHT, "-", True))
    return series


def _score_range(sweep: WeightSweep) -> tuple[float, float]:
    """One y range for all panels (so heights compare across them), with room above the lines for labels."""
    values = np.concatenate([c.scores.ravel() for c in sweep.criteria.values()])
    values = values[np.isfinite(values)]
    low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 100.0)
    span = max(high - low, 10.0)
    return max(0.0, low - 0.05 * span), high + HEADROOM * span


def _panel(
    ax: Axes, sweep: CriterionSweep, series: list[_Series], changes: tuple[np.ndarray, np.ndarray], *, ylabel: bool
) -> None:
    """Grey lines for all projects, coloured lines for the chosen ones, the current weight and the changes."""
    x = 100.0 * sweep.weights
    drawn = {s.row for s in series}
    for row in range(len(sweep.scores)):
        if row not in drawn:
            ax.plot(x, sweep.scores[row], color=OTHER_COLOUR, linewidth=0.8, zorder=1, gid="other-project")
    for s in series:
        ax.plot(
            x,
            sweep.scores[s.row],
            color=s.colour,
            linestyle=s.linestyle,
            linewidth=s.linewidth,
            zorder=3,
            gid=s.project_id,
        )
    _current(ax, 100.0 * sweep.current)
    if sweep.changes:
        ax.plot(*changes, zorder=4, gid="leader-changes", **CHANGE_STYLE)
    name = criterion_label(sweep.criterion)
    ax.set_xlabel(translate("Charts", "{criterion} weight (%)").format(criterion=name), fontsize=LABEL_SIZE)
    if ylabel:
        ax.set_ylabel(translate("Charts", "Overall score"), fontsize=LABEL_SIZE)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.tick_params(labelsize=LABEL_SIZE)
    ax.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _current(ax: Axes, x: float) -> None:
    """The weight in force: a vertical line, named on a tick above the panel where no data label can cover it."""
    ax.axvline(x, zorder=2, gid="current-weight", **CURRENT_STYLE)
    top = ax.secondary_xaxis("top")
    top.set_xticks([x], [translate("Charts", "now {weight} %").format(weight=f"{x:.0f}")])
    top.tick_params(labelsize=NOTE_SIZE, colors=MUTED, length=3)
    top.spines["top"].set_visible(False)


def _change_points(sweep: CriterionSweep, rows: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Where each leader change sits: its weight (%) and the new leader's score there, read off the drawn line
    (exact for WSM, whose scores are linear in the weight; on the drawn polyline for TOPSIS).
    """
    x = np.array([100.0 * change.weight for change in sweep.changes])
    y = np.array(
        [
            np.interp(at, 100.0 * sweep.weights, sweep.scores[rows[change.after]])
            for at, change in zip(x, sweep.changes, strict=True)
        ]
    )
    return x, y


def _label_changes(
    ax: Axes, sweep: CriterionSweep, series: list[_Series], points: tuple[np.ndarray, np.ndarray], names: dict[str, str]
) -> None:
    """Name the new leader at each change, clear of the other labels, the markers, the coloured lines and the
    current weight; called once the layout has settled, as :func:`place_labels` needs."""
    if not sweep.changes:
        return
    x, y = points
    limit = name_limit(figure_of(ax), share=0.13)
    labels = [
        Label(
            float(cx),
            float(cy),
            translate("Charts", "→ {project}").format(project=truncate(names.get(c.after, c.after), limit)),
            radius_pt=CHANGE_RADIUS_PT,
        )
        for cx, cy, c in zip(x, y, sweep.changes, strict=True)
    ]
    grid = 100.0 * sweep.weights
    lines = [np.column_stack([grid, sweep.scores[s.row]]) for s in series]
    current = 100.0 * sweep.current
    lines.append(np.array([[current, ax.get_ylim()[0]], [current, ax.get_ylim()[1]]]))
    radii = np.full(len(x), CHANGE_RADIUS_PT)
    for text in place_labels(ax, labels, np.column_stack([x, y]), radii, lines=lines, fontsize=CHANGE_LABEL_SIZE):
        text.set_gid("leader-change-label")


def _legend_handles(series: list[_Series], *, others: bool, changes: bool) -> list[Line2D]:
    """The drawn projects, then the grey lines and the change markers (when there are any) and the weight now."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color=s.colour, linestyle=s.linestyle, linewidth=s.linewidth, label=s.label) for s in series
    ]
    if others:
        handles.append(Line2D([], [], color=OTHER_COLOUR, linewidth=1.0, label=translate("Charts", "other projects")))
    if changes:
        handles.append(Line2D([], [], label=translate("Charts", "rank 1 changes hands"), **CHANGE_STYLE))
    handles.append(Line2D([], [], label=translate("Charts", "weight now"), **CURRENT_STYLE))
    return handles
