"""The cost–risk chart: every scored project by LCOP and project risk, with the Pareto front (METHOD.md §2).

The weights decide the rank; this chart shows the two criteria an investor trades off most without any weight.
The Pareto front marks the projects that no other project beats on both cost and risk, so a reader sees which
projects are defensible under *some* weighting and which are not under any.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.base.wording import counted
from evaluator.charts.common import (
    LABEL_SIZE,
    empty_message,
    figure_of,
    font_points,
    name_limit,
    prepare,
    show_message,
    title,
    truncate,
)
from evaluator.charts.inplace import NOTHING, Drawn, Repaint, figure_size, recall, remember
from evaluator.charts.labels import Label, place_labels
from evaluator.charts.palette import EDGE, GRID, HIGHLIGHT, sequential
from evaluator.scoring.pareto import pareto_front

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.cm import ScalarMappable
    from matplotlib.collections import PathCollection
    from matplotlib.colors import Colormap, Normalize
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.text import Text

    from evaluator.scoring.ranking import Ranking

#: Area (points²) of the largest project's bubble on a full-size (10-inch) chart, and the floor that keeps a tiny
#: plant visible. Smaller figures scale the largest bubble down with their size so a narrow pane is not all bubbles.
MAX_AREA = 34.0**2
MIN_AREA = 16.0
FULL_WIDTH_IN = 10.0
#: The legend's note on the front, on two lines so that the legend fits a narrow pane (English; translated where
#: drawn, where the translator chooses the line break).
_FRONT_LEGEND = QT_TRANSLATE_NOOP("Charts", "Pareto front: no other project\nis both cheaper and less risky")
#: The same note on one line.
FRONT_NOTE = _FRONT_LEGEND.replace("\n", " ")


def draw_cost_risk(fig: Figure, ranking: Ranking, *, highlight: Collection[str] = (), label_front: bool = True) -> None:
    """Bubble chart of LCOP (x) against project risk (y, lower is better) for the scored projects.

    Bubble area is proportional to capacity (size legend with round reference capacities), colour is the
    coverage score (colorbar, fixed 0–100 so colours mean the same in every scenario). The Pareto front
    (minimising LCOP and project risk, :func:`evaluator.scoring.pareto.pareto_front`) is a step line through the
    non-dominated projects, each named when ``label_front``; highlighted projects get a black edge and a bold name.
    Projects without a finite LCOP (zero capacity, overflowing capex) cannot be placed; the title counts them.
    :func:`update_cost_risk` brings the drawing up to date in place after a change of weights.
    """
    prepare(fig)
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Cost and risk"))
        return
    table = ranking.table
    lcop = table["lcop_usd_per_kg"].to_numpy(dtype=float)
    risk = table["project_risk"].to_numpy(dtype=float)
    shown = np.isfinite(lcop) & np.isfinite(risk)
    if not shown.any():
        show_message(
            fig,
            translate("Charts", "No project has a finite LCOP and risk to place."),
            heading=translate("Charts", "Cost and risk"),
        )
        return
    rows = table[shown].reset_index(drop=True)
    ax = fig.add_subplot()
    chosen = rows["project_id"].isin(set(highlight)).to_numpy()
    cmap, norm = sequential(), _coverage_norm()
    largest = max_area(fig)
    areas = bubble_areas(rows["capacity_tpa"].to_numpy(dtype=float), largest)
    bubbles = _bubbles(ax, rows, areas, chosen, cmap=cmap, norm=norm)
    front = pareto_front(rows["lcop_usd_per_kg"].to_numpy(), rows["project_risk"].to_numpy())
    front_line = _front_line(ax, rows, front)
    _axes(ax)
    heading = _title(fig, ranking, hidden=int((~shown).sum()))
    colorbar = fig.colorbar(_mappable(cmap, norm), ax=ax, pad=0.02, fraction=0.05)
    colorbar.set_label(translate("Charts", "Coverage score (0–100)"), fontsize=LABEL_SIZE)
    _legend(fig, front_line, rows["capacity_tpa"].to_numpy(dtype=float), largest)
    named = front if label_front else np.zeros(len(rows), dtype=bool)
    _labels(ax, rows, areas, named=named, chosen=chosen, line=step_path(np.asarray(front_line.get_xydata())))
    positions = ranking.scored[shown]
    data = {
        "dataset": ranking.dataset,
        "bubbles": bubbles,
        "order": positions[np.argsort(-areas, kind="stable")],
        "labelled": positions[_label_order(rows, named, chosen)],
        "outside": (colorbar.ax, *fig.legends, heading),
    }
    remember(fig, Drawn("cost_risk", ax, figure_size(fig), _key(ranking, shown, highlight, label_front), data))


def update_cost_risk(
    fig: Figure, ranking: Ranking, *, highlight: Collection[str] = (), label_front: bool = True
) -> Repaint | None:
    """Bring a chart drawn by :func:`draw_cost_risk` to ``ranking`` in place, or None when it must be drawn again.

    Nothing this chart shows depends on the weights: LCOP, risk, capacity and coverage do not, and neither do the
    front or the labels. What does is the order of the rows, and so which of two equally large bubbles a full draw
    puts on top (the bubbles are drawn largest first, ties in rank order). So an update is possible when the same
    projects have the same values and the same highlight, at the same size and in the same words; it then
    re-orders the bubbles if a full draw would, and only the plot area is rendered again. Anything else (other
    parameters moving LCOP or risk, a new selection, which moves the labels) is a full draw.
    """
    if len(ranking) == 0:
        return None
    table = ranking.table
    shown = np.isfinite(table["lcop_usd_per_kg"].to_numpy(dtype=float)) & np.isfinite(
        table["project_risk"].to_numpy(dtype=float)
    )
    drawn = recall(fig, "cost_risk", _key(ranking, shown, highlight, label_front))
    if drawn is None or drawn.data["dataset"] is not ranking.dataset or not shown.any():
        return None
    rows = table[shown].reset_index(drop=True)
    positions = ranking.scored[shown]
    chosen = rows["project_id"].isin(set(highlight)).to_numpy()
    if label_front:
        named = pareto_front(rows["lcop_usd_per_kg"].to_numpy(), rows["project_risk"].to_numpy())
    else:
        named = np.zeros(len(rows), dtype=bool)
    if not np.array_equal(positions[_label_order(rows, named, chosen)], drawn.data["labelled"]):
        return None  # projects with the same LCOP and risk are labelled in rank order: the labels move
    areas = bubble_areas(rows["capacity_tpa"].to_numpy(dtype=float), max_area(fig))
    order = np.argsort(-areas, kind="stable")
    if np.array_equal(positions[order], drawn.data["order"]):
        return NOTHING
    from matplotlib.colors import to_rgba

    bubbles = drawn.data["bubbles"]
    bubbles.set_offsets(rows[["lcop_usd_per_kg", "project_risk"]].to_numpy(dtype=float)[order])
    bubbles.set_sizes(areas[order])
    bubbles.set_array(rows["coverage_score"].to_numpy(dtype=float)[order])
    # RGBA rows rather than 10,000 colour names: the same colours as the full draw's, converted once.
    bubbles.set_edgecolors(np.where(chosen[order, None], to_rgba(HIGHLIGHT), to_rgba(EDGE)))
    bubbles.set_linewidths(list(np.where(chosen, 2.2, 0.6)[order]))
    drawn.data["order"] = positions[order]
    ax = drawn.axes
    # The axes' own texts lie outside the plot area too; its grid lines, drawn by the same axis artists, inside.
    texts = [tick.label1 for axis in (ax.xaxis, ax.yaxis) for tick in axis.get_major_ticks()]
    return Repaint((ax.bbox.frozen(),), (*drawn.data["outside"], *texts, ax.xaxis.label, ax.yaxis.label))


def _key(ranking: Ranking, shown: np.ndarray, highlight: Collection[str], label_front: bool) -> tuple[object, ...]:
    """What must be equal for an update in place: the dataset, which projects are placed and where, their bubbles'
    sizes and colours, the highlight, the wording and fonts. Compared in dataset order, so the rank order is not."""
    positions = ranking.scored[shown]
    table = ranking.table[shown]
    by_row = np.argsort(positions)
    values = tuple(
        table[column].to_numpy(dtype=float)[by_row].tobytes()
        for column in ("lcop_usd_per_kg", "project_risk", "capacity_tpa", "coverage_score")
    )
    highlighted = frozenset(set(table["project_id"]) & set(highlight))
    wording = (translate("Charts", "Coverage score (0–100)"), font_points(LABEL_SIZE))
    return (len(ranking), positions[by_row].tobytes(), values, highlighted, label_front, wording)


def _label_order(rows: pd.DataFrame, named: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """The rows :func:`_labels` names, in the order it places them: highlighted first, then cheapest first."""
    x = rows["lcop_usd_per_kg"].to_numpy(dtype=float)
    y = rows["project_risk"].to_numpy(dtype=float)
    wanted = np.flatnonzero(named | chosen)
    return wanted[np.lexsort((y[wanted], x[wanted], ~chosen[wanted]))]


def max_area(fig: Figure) -> float:
    """The largest bubble's area for this figure: :data:`MAX_AREA` at full size, less on a smaller figure."""
    size = min(fig.get_figwidth(), 1.5 * fig.get_figheight())
    return MAX_AREA * min(1.0, size / FULL_WIDTH_IN) ** 2


def bubble_areas(capacity: np.ndarray, largest: float = MAX_AREA) -> np.ndarray:
    """Marker areas in points², proportional to capacity: the biggest plant gets ``largest``, none less than
    :data:`MIN_AREA` (so a tiny plant stays visible; the size legend uses the same function).
    """
    capacity = np.nan_to_num(np.asarray(capacity, dtype=float), nan=0.0, posinf=0.0, neginf=0.0).clip(0)
    top = capacity.max() if capacity.size else 0.0
    if top <= 0:
        return np.full(capacity.shape, MIN_AREA)
    return np.maximum(capacity / top * largest, MIN_AREA)


def reference_capacities(capacity: np.ndarray) -> list[float]:
    """Up to three round capacities (1-2-5 series) for the size legend, the largest not above the biggest plant."""
    finite = np.asarray(capacity, dtype=float)
    finite = finite[np.isfinite(finite) & (finite > 0)]
    if not finite.size:
        return []
    top = float(finite.max())
    values = {_round_down(top), _round_down(top / 4), _round_down(top / 20)}
    return sorted(v for v in values if v > 0)


def _round_down(value: float) -> float:
    """The largest 1, 2 or 5 × 10ᵏ not above ``value``."""
    if value <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(value))
    return max(m * power for m in (1, 2, 5) if m * power <= value * (1 + 1e-12))


def _coverage_norm() -> Normalize:
    from matplotlib.colors import Normalize

    return Normalize(vmin=0.0, vmax=100.0)


def _mappable(cmap: Colormap, norm: Normalize) -> ScalarMappable:
    from matplotlib.cm import ScalarMappable

    return ScalarMappable(norm=norm, cmap=cmap)


def _bubbles(
    ax: Axes, rows: pd.DataFrame, areas: np.ndarray, chosen: np.ndarray, *, cmap: Colormap, norm: Normalize
) -> PathCollection:
    """Largest bubbles first, so a small plant is never hidden behind a big one."""
    order = np.argsort(-areas, kind="stable")
    return ax.scatter(
        rows["lcop_usd_per_kg"].to_numpy()[order],
        rows["project_risk"].to_numpy()[order],
        s=areas[order],
        c=rows["coverage_score"].to_numpy(dtype=float)[order],
        cmap=cmap,
        norm=norm,
        alpha=0.9,
        edgecolors=list(np.where(chosen, HIGHLIGHT, EDGE)[order]),
        linewidths=list(np.where(chosen, 2.2, 0.6)[order]),
        zorder=3,
        gid="projects",
    )


def _front_line(ax: Axes, rows: pd.DataFrame, front: np.ndarray) -> Line2D:
    """Step line through the front, cheapest first: across at a project's risk, then down to the next one's."""
    points = rows.loc[front, ["lcop_usd_per_kg", "project_risk"]].to_numpy(dtype=float)
    points = points[np.lexsort((points[:, 1], points[:, 0]))]
    (line,) = ax.plot(
        points[:, 0],
        points[:, 1],
        drawstyle="steps-post",
        color=HIGHLIGHT,
        linewidth=1.5,
        linestyle="--",
        zorder=4,
        label=translate("Charts", _FRONT_LEGEND),
        gid="pareto-front",
    )
    return line


def _axes(ax: Axes) -> None:
    ax.set_xlabel(translate("Charts", "Levelised cost of production, LCOP (USD/kg REO)"), fontsize=LABEL_SIZE)
    ax.set_ylabel(translate("Charts", "Project risk (0–100, lower is better)"), fontsize=LABEL_SIZE)
    ax.set_ylim(-6, 106)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.margins(x=0.08)
    ax.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _title(fig: Figure, ranking: Ranking, *, hidden: int) -> Text:
    text = translate("Charts", "Cost and risk of {projects} — better toward the lower left").format(
        projects=counted(len(ranking), "scored project")
    )
    if hidden:
        note = translate("Charts", "{projects} without a finite LCOP not shown")
        text += "\n" + note.format(projects=counted(hidden, "project"))
    return title(fig, text)


def _legend(fig: Figure, front_line: Artist, capacity: np.ndarray, largest: float) -> None:
    """Front note and reference bubbles below the plot, where they cannot cover a project."""
    from matplotlib import rcParams
    from matplotlib.lines import Line2D

    handles: list[Artist] = [front_line]
    top = float(np.nanmax(capacity, initial=0.0, where=np.isfinite(capacity)))
    references = reference_capacities(capacity)
    areas = bubble_areas(np.array([*references, top]), largest)[:-1]
    for value, area in zip(references, areas, strict=True):
        handles.append(
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markersize=math.sqrt(area),
                markerfacecolor="0.8",
                markeredgecolor=EDGE,
                label=translate("Charts", "{tonnes} t/a").format(tonnes=f"{value:,.0f}"),
            )
        )
    font_pt = font_points(LABEL_SIZE)
    widest = math.sqrt(max(areas, default=MIN_AREA))
    for ncols in (len(handles), 2, 1):  # one row if it fits the figure's width, else fold
        legend = fig.legend(
            handles=handles,
            loc="outside lower center",
            ncols=ncols,
            fontsize=LABEL_SIZE,
            frameon=False,
            title=translate("Charts", "Bubble area ∝ capacity (tonnes REO a year)\ncolour = coverage score"),
            title_fontsize=LABEL_SIZE,
            handlelength=max(widest / font_pt, float(rcParams["legend.handlelength"])),
            handleheight=widest / font_pt,
            columnspacing=1.6,
        )
        if ncols == 1 or legend.get_window_extent().width <= fig.bbox.width:
            return
        legend.remove()


def step_path(points: np.ndarray) -> np.ndarray:
    """The vertices a ``steps-post`` line really draws through ``points``: across first, then down."""
    if len(points) < 2:
        return np.asarray(points, dtype=float)
    corners = np.column_stack([points[1:, 0], points[:-1, 1]])
    path = np.empty((2 * len(points) - 1, 2))
    path[0::2] = points
    path[1::2] = corners
    return path


def _labels(
    ax: Axes, rows: pd.DataFrame, areas: np.ndarray, *, named: np.ndarray, chosen: np.ndarray, line: np.ndarray
) -> None:
    """Name the ``named`` (front) and the highlighted projects: highlighted first (they get the best spots), then
    cheapest first, so the placement depends on where the projects are, not on the method that ranked them.
    """
    x = rows["lcop_usd_per_kg"].to_numpy(dtype=float)
    y = rows["project_risk"].to_numpy(dtype=float)
    wanted = _label_order(rows, named, chosen)
    radii = np.sqrt(areas) / 2
    limit = name_limit(figure_of(ax), share=0.3)
    labels = [
        Label(x[i], y[i], truncate(rows["name"].iat[i], limit), radius_pt=float(radii[i]), bold=bool(chosen[i]))
        for i in wanted
    ]
    if labels:
        place_labels(ax, labels, np.column_stack([x, y]), radii, lines=[line], fontsize=LABEL_SIZE)
