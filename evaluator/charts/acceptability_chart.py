"""The Monte Carlo charts (METHOD.md §4): rank acceptability as stacked bars, and each project's rank interval.

The deterministic rank answers "who wins with these weights and these base-case costs"; these two charts answer
"how often would it still win if the weights and costs were a little different". Rows follow the deterministic
ranking, the same order as the ranking chart, so a reader can put the two side by side; a project that ranks
high but rarely takes rank 1 under uncertainty stands out as a short dark segment or a long interval.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from evaluator.base.i18n import translate
from evaluator.base.wording import counted
from evaluator.charts.common import (
    LABEL_SIZE,
    NOTE_SIZE,
    emphasise,
    figure_of,
    font_points,
    join_list,
    name_limit,
    prepare,
    rank_label,
    rows_that_fit,
    show_message,
    shown_rows,
    title,
)
from evaluator.charts.legends import fitted_legend
from evaluator.charts.palette import EDGE, GRID, HIGHLIGHT, OKABE_ITO, sequential

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure

    from evaluator.analysis.montecarlo import MonteCarloResult
    from evaluator.charts.legends import Handle

#: Lines of text besides the rows: a two-line title, tick and axis labels, legend title and one or two rows.
OVERHEAD_LINES = 9.0
#: The ranks below those shown, together: light grey, apart from every colour of the sequence.
LOWER_COLOUR = "0.87"
#: The darkest to the lightest share of cividis the shown ranks use (its lightest end is kept for nothing).
SEQUENCE_SPAN = (0.0, 0.8)
#: A segment gets its percentage printed inside when it is at least this many font heights wide.
INSIDE_LABEL_EMS = 2.2
INTERVAL_COLOUR = OKABE_ITO["sky_blue"]
MEAN_COLOUR = OKABE_ITO["blue"]


def draw_acceptability(
    fig: Figure,
    mc: MonteCarloResult,
    *,
    top_n: int = 10,
    ranks_shown: int = 5,
    highlight: Collection[str] = (),
) -> None:
    """Horizontal stacked bars, one per project of the ``top_n`` of the deterministic ranking (best on top).

    Segment r is the share of samples in which the project took rank r (P(rank = r), ranks 1 to ``ranks_shown``),
    darkest for rank 1; the last, grey segment gathers every lower rank, so each bar is 100 %. Shares wide enough
    carry their percentage. Highlighted projects get a bold label and black segment edges. At most the ranks the
    result keeps (``montecarlo.KEPT_RANKS``) are shown one by one.
    """
    prepare(fig)
    if _nothing_sampled(fig, mc, translate("Charts", "Rank acceptability")):
        return
    rows, wanted = _rows(fig, mc, top_n)
    shown = min(max(int(ranks_shown), 1), len(mc.project_ids), mc.ranks_kept)
    ax = fig.add_subplot()
    bars, colours = _segments(ax, mc, rows, shown, _highlighted(mc, rows, highlight))
    _project_axis(ax, mc, rows, highlight)
    ax.set_xlim(0, 100)
    ax.set_xticks(np.arange(0, 101, 20))
    ax.set_xlabel(translate("Charts", "Share of Monte Carlo samples (%)"), fontsize=LABEL_SIZE)
    ax.xaxis.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    heading = translate("Charts", "Rank acceptability of {projects}, in deterministic rank order — {sampling}")
    title(fig, heading.format(projects=_which(rows, wanted, len(mc.project_ids)), sampling=sampling_note(mc)))
    fitted_legend(fig, bars, title=translate("Charts", "Share of samples at rank"))
    _inside_labels(ax, bars, colours)


def draw_rank_intervals(fig: Figure, mc: MonteCarloResult, *, top_n: int = 15, highlight: Collection[str] = ()) -> None:
    """Per project (best on top): the 5–95 % interval of its Monte Carlo rank, its mean rank and its deterministic
    rank, on a rank axis with 1 (best) at the left.

    A narrow interval around the deterministic rank means the rank survives the sampled uncertainty; a wide one,
    or a mean far from the deterministic rank, means it rests on the exact weights and costs. Highlighted projects
    get a bold label and a shaded row.
    """
    prepare(fig)
    if _nothing_sampled(fig, mc, translate("Charts", "Rank intervals")):
        return
    rows, wanted = _rows(fig, mc, top_n)
    y = np.arange(rows)
    low = np.asarray(mc.rank_p5[:rows], dtype=float)
    high = np.asarray(mc.rank_p95[:rows], dtype=float)
    ax = fig.add_subplot()
    for i in np.flatnonzero(_highlighted(mc, rows, highlight)):
        ax.axhspan(i - 0.5, i + 0.5, color=GRID, zorder=0, linewidth=0)
    # Centred on the interval's middle, not on the mean: a skewed rank distribution can put the mean outside it.
    bars = ax.errorbar(
        (low + high) / 2,
        y,
        xerr=(high - low) / 2,
        fmt="none",
        ecolor=INTERVAL_COLOUR,
        elinewidth=5,
        capsize=5,
        capthick=1.6,
        zorder=2,
        label=translate("Charts", "5–95 % of samples"),
    )
    bars.lines[2][0].set_gid("rank-interval")
    (mean,) = ax.plot(
        mc.mean_rank[:rows],
        y,
        linestyle="",
        marker="o",
        markersize=7,
        color=MEAN_COLOUR,
        markeredgecolor="white",
        markeredgewidth=0.8,
        zorder=4,
        label=translate("Charts", "Mean rank"),
        gid="mean-rank",
    )
    (deterministic,) = ax.plot(
        y + 1,
        y,
        linestyle="",
        marker="D",
        markersize=7,
        markerfacecolor="none",
        markeredgecolor=HIGHLIGHT,
        markeredgewidth=1.4,
        zorder=3,
        label=translate("Charts", "Rank with the weights and base costs"),
        gid="deterministic-rank",
    )
    _project_axis(ax, mc, rows, highlight)
    _rank_axis(ax, float(max(high.max(), rows)))
    heading = translate("Charts", "Rank intervals of {projects}, in deterministic rank order — {sampling}")
    title(fig, heading.format(projects=_which(rows, wanted, len(mc.project_ids)), sampling=sampling_note(mc)))
    handles: list[Handle] = [bars, mean, deterministic]
    fitted_legend(fig, handles)


def sampling_note(mc: MonteCarloResult) -> str:
    """What was sampled, how often and with which seed: enough to reproduce the chart (METHOD.md §4)."""
    varied = []
    if mc.varied.get("weights", 1):
        varied.append(translate("Charts", "weights Dirichlet α = {alpha}").format(alpha=f"{mc.alpha:g}"))
    capex, opex = mc.varied.get("capex_ranges", 0), mc.varied.get("opex_ranges", 0)
    if capex and capex == opex:
        varied.append(
            translate("Charts", "capex and opex triangular for {projects}").format(projects=counted(capex, "project"))
        )
    elif capex and opex:
        ranged = translate("Charts", "triangular capex for {capex} and opex for {opex} projects")
        varied.append(ranged.format(capex=capex, opex=opex))
    elif capex:
        varied.append(translate("Charts", "triangular capex for {capex} projects").format(capex=capex))
    elif opex:
        varied.append(translate("Charts", "triangular opex for {opex} projects").format(opex=opex))
    what = join_list(varied) if varied else translate("Charts", "nothing varied")
    return translate("Charts", "{samples} samples (seed {seed}): {varied}").format(
        samples=f"{mc.samples:,}", seed=mc.seed, varied=what
    )


def _nothing_sampled(fig: Figure, mc: MonteCarloResult, heading: str) -> bool:
    """Show why there is no chart (no project, no sample) and say so; ``False`` when there is something to draw."""
    if not mc.project_ids:
        message = translate("Charts", "No project to show: nothing is ranked, so nothing was sampled.")
        show_message(fig, message, heading=heading)
        return True
    if mc.samples <= 0:
        show_message(fig, translate("Charts", "No Monte Carlo sample was drawn."), heading=heading)
        return True
    return False


def _rows(fig: Figure, mc: MonteCarloResult, top_n: int) -> tuple[int, int]:
    """How many rows to draw (what fits the figure's height) and how many were asked for."""
    wanted = min(max(int(top_n), 1), len(mc.project_ids))
    return min(wanted, rows_that_fit(fig, OVERHEAD_LINES, pitch=1.5)), wanted


def _highlighted(mc: MonteCarloResult, rows: int, highlight: Collection[str]) -> np.ndarray:
    """Which of the first ``rows`` projects are highlighted, as a boolean mask."""
    chosen = set(highlight)
    return np.array([project_id in chosen for project_id in mc.project_ids[:rows]], dtype=bool)


def _which(rows: int, wanted: int, total: int) -> str:
    """The rows shown, worded for the middle of the title ("all 8 projects", "the top 5 of 30")."""
    return shown_rows(rows, wanted, total, definite=True)


def _segments(
    ax: Axes, mc: MonteCarloResult, rows: int, shown: int, chosen: np.ndarray
) -> tuple[list[BarContainer], list[np.ndarray]]:
    """One bar container per rank shown, then one for the lower ranks; returns the containers and their RGBA
    colours."""
    cmap = sequential()
    total = len(mc.project_ids)
    shares = 100.0 * mc.acceptability[:rows]
    widths = [shares[:, r] for r in range(shown)]
    colours = [np.asarray(c) for c in cmap(np.linspace(*SEQUENCE_SPAN, shown))]
    labels = [f"{r + 1}" for r in range(shown)]
    if shown < total:
        widths.append(100.0 * mc.p_beyond(shown)[:rows])
        colours.append(np.asarray(_rgba(LOWER_COLOUR)))
        lower = translate("Charts", "{first}–{last}").format(first=shown + 1, last=total)
        labels.append(lower if shown + 1 < total else f"{total}")
    y = np.arange(rows)
    left = np.zeros(rows)
    edges = list(np.where(chosen, HIGHLIGHT, "white"))
    linewidths = list(np.where(chosen, 1.6, 0.6))
    bars = []
    for k, (width, colour, label) in enumerate(zip(widths, colours, labels, strict=True)):
        bar = ax.barh(
            y,
            width,
            left=left,
            height=0.72,
            color=colour,
            edgecolor=edges,
            linewidth=linewidths,
            label=label,
            gid=f"rank-{k + 1}" if k < shown else "lower-ranks",
            zorder=2,
        )
        bars.append(bar)
        left = left + width
    return bars, colours


def _rgba(colour: str) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    return to_rgba(colour)


def _inside_labels(ax: Axes, bars: list[BarContainer], colours: list[np.ndarray]) -> None:
    """The percentage inside each segment wide enough for it, white on dark segments and black on light ones.

    Measured after the layout has settled, in points, so the same segments are labelled at every DPI.
    """
    fig = figure_of(ax)
    fig.draw_without_rendering()
    points_per_percent = ax.bbox.width / (fig.dpi / 72.0) / 100.0
    least = INSIDE_LABEL_EMS * font_points(NOTE_SIZE) / points_per_percent
    for container, colour in zip(bars, colours, strict=True):
        ink = "white" if _luminance(colour) < 0.4 else "black"
        labels = [f"{bar.get_width():.0f}" if bar.get_width() >= least else "" for bar in container]
        for text in ax.bar_label(container, labels, label_type="center", fontsize=NOTE_SIZE, color=ink):
            text.set_gid("share-label")


def _luminance(colour: np.ndarray) -> float:
    """Relative luminance (WCAG) of an RGBA colour, to pick readable text on it."""
    rgb = np.asarray(colour[:3], dtype=float)
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return float(linear @ [0.2126, 0.7152, 0.0722])


def _project_axis(ax: Axes, mc: MonteCarloResult, rows: int, highlight: Collection[str]) -> None:
    """Deterministic rank and name on the left, rank 1 at the top."""
    limit = name_limit(figure_of(ax))
    ax.set_yticks(np.arange(rows), [rank_label(i + 1, mc.names[i], limit) for i in range(rows)])
    ax.tick_params(axis="y", length=0, labelsize=LABEL_SIZE)
    emphasise(ax.get_yticklabels(), mc.project_ids[:rows], highlight)
    ax.set_ylim(rows - 0.5, -0.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(EDGE)


def _rank_axis(ax: Axes, worst: float) -> None:
    """Rank 1 at the left and always labelled, whole ranks only, out to the worst 95 % bound shown."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(0.4, worst + 0.6)
    ticks = MaxNLocator(integer=True, steps=[1, 2, 5, 10]).tick_values(1, worst)
    ax.set_xticks(sorted({1, *(int(t) for t in ticks if 1 <= t <= worst)}))
    ax.set_xlabel(translate("Charts", "Rank (1 = best)"), fontsize=LABEL_SIZE)
    ax.tick_params(axis="x", labelsize=LABEL_SIZE)
    ax.xaxis.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
