"""The portfolio chart (METHOD.md §5): for each of the 17 elements, how many countries produce it before and after.

"Before" is picking projects by rank within the same budget and limits; "after" is the optimised portfolio. The
bars count distinct host countries rather than projects because the point of a portfolio is supply security: an
element made in one country is one export ban away from being lost, whatever the number of plants there.
Critical elements (the redundancy rule's) are shaded, and the rule's minimum number of countries is drawn over
them when it is set, so a reader sees at a glance whether the portfolio meets it and picking by rank does not.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING, TypedDict

import numpy as np

from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.base.wording import counted
from evaluator.charts.common import (
    LABEL_SIZE,
    emphasise,
    figure_of,
    join_list,
    name_limit,
    prepare,
    rank_label,
    show_message,
    title,
)
from evaluator.charts.coverage_map import element_columns, group_title
from evaluator.charts.legends import fitted_legend
from evaluator.charts.palette import EDGE, GRID, HIGHLIGHT, MUTED, OKABE_ITO

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import ColorType, LineStyleType

    from evaluator.analysis.portfolio import PortfolioResult
    from evaluator.charts.legends import Handle

BEFORE_COLOUR = OKABE_ITO["sky_blue"]
AFTER_COLOUR = OKABE_ITO["blue"]
#: Background of a critical element's column: light enough that both bar colours stay clear on it.
CRITICAL_SHADE = "0.9"
BAR_WIDTH = 0.38


class _LineStyle(TypedDict):
    """The keyword arguments of a line's look, as ``hlines`` and ``Line2D`` take them."""

    color: ColorType
    linestyle: LineStyleType
    linewidth: float


#: The redundancy rule's minimum, drawn across each critical element's column.
REQUIRED_STYLE: _LineStyle = {"color": HIGHLIGHT, "linestyle": "--", "linewidth": 1.4}
#: The selected projects are listed beside the plot on a figure at least this wide (inches), else below it on one
#: at least this tall; a figure smaller than both has no room for the list, and the title says so.
SIDE_LIST_WIDTH_IN = 9.0
LIST_BELOW_HEIGHT_IN = 6.0
#: The binding constraints :mod:`evaluator.analysis.portfolio` names by a fixed code, in English (translated where
#: shown).
_BINDING_NAMES: dict[str, str] = {
    "budget": QT_TRANSLATE_NOOP("Charts", "budget"),
    "max projects": QT_TRANSLATE_NOOP("Charts", "max projects"),
}
#: ``"<symbol> in ≥ <d> countries"``: a critical element at the redundancy rule's minimum.
_REDUNDANCY = re.compile(r"(?P<symbol>\S+) in ≥ (?P<countries>\d+) countries")
#: The solver statuses other than optimal, in English (translated where shown).
_STATUS_NAMES: dict[str, str] = {
    "infeasible": QT_TRANSLATE_NOOP("Charts", "infeasible"),
    "time limit": QT_TRANSLATE_NOOP("Charts", "time limit"),
    "no candidates": QT_TRANSLATE_NOOP("Charts", "no candidates"),
}


def draw_portfolio(
    fig: Figure, result: PortfolioResult, *, highlight: Collection[str] = (), list_projects: bool = True
) -> None:
    """Paired bars per element (grouped light | heavy | other): countries producing it with the projects picked by
    rank (light) and with the optimised portfolio (dark).

    Each column is labelled with the element and its criticality weight; critical elements are shaded and bold,
    with a dashed mark at the required number of countries when the redundancy rule is on. The title gives the
    coverage before → after, the capex against the budget and the binding constraints; the selected projects are
    listed (rank, name, what only they produce), highlighted ones in bold. A result without a portfolio (no
    candidates, infeasible, nothing fits the budget) shows its message instead. ``list_projects=False`` leaves the
    list out (the app shows the chosen projects in a table beside the chart).
    """
    prepare(fig)
    if not result.selected or result.elements.empty:
        message = result.message or translate("Charts", "No portfolio was built.")
        show_message(fig, message, heading=translate("Charts", "Portfolio"))
        return
    elements = result.elements.set_index("symbol")
    groups = element_columns(_groups_frame(elements))
    symbols = [s for _, members in groups for s in members]
    rows = elements.loc[symbols]
    ax, listing = _layout(fig) if list_projects else (fig.add_subplot(), None)
    critical = rows["critical"].to_numpy(dtype=bool)
    handles = _bars(ax, rows, critical, result)
    _element_axis(ax, rows, critical)
    _group_axis(ax, groups)
    _count_axis(ax, rows, result.constraints.min_countries)
    heading = _heading(result)
    if listing is None and list_projects:
        heading = translate("Charts", "{heading} — enlarge the chart to list the projects").format(heading=heading)
    title(fig, heading)
    fitted_legend(fig, handles, handlelength=2.0)
    if listing is not None:
        _project_list(listing, result, highlight)


def _layout(fig: Figure) -> tuple[Axes, Axes | None]:
    """The plot's axes and, where the figure has room, an empty axes for the list of selected projects."""
    if fig.get_figwidth() >= SIDE_LIST_WIDTH_IN:
        ax, listing = fig.subplots(1, 2, width_ratios=[3, 1])
    elif fig.get_figheight() >= LIST_BELOW_HEIGHT_IN:
        ax, listing = fig.subplots(2, 1, height_ratios=[3, 1])
    else:
        return fig.add_subplot(), None
    listing.set_axis_off()
    return ax, listing


def _groups_frame(elements: pd.DataFrame) -> pd.DataFrame:
    """A frame with each element's ``group``: the result's own if it has one, else the bundled element table's
    (groups are chemistry, which no workbook overrides)."""
    if "group" in elements:
        return elements
    from evaluator.reference.tables import reference_elements

    return reference_elements().frame


def _bars(ax: Axes, rows: pd.DataFrame, critical: np.ndarray, result: PortfolioResult) -> list[Handle]:
    """Shaded critical columns, the before and after bars, and the required count over the critical columns.

    The legend entries carry each set's size and capex, which keeps the title short enough for a narrow pane.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    required = result.constraints.min_countries
    x = np.arange(len(rows))
    for i in np.flatnonzero(critical):
        ax.axvspan(i - 0.5, i + 0.5, color=CRITICAL_SHADE, linewidth=0, zorder=0, gid="critical-element")
    picked = translate("Charts", "Picked by rank ({size})")
    optimised = translate("Charts", "Optimised ({size})")
    sets = (
        ("before", -1, BEFORE_COLOUR, picked.format(size=_size(len(result.baseline), result.baseline_capex_musd))),
        ("after", 1, AFTER_COLOUR, optimised.format(size=_size(len(result.selected), result.capex_musd))),
    )
    before, after = (
        ax.bar(
            x + side * BAR_WIDTH / 2,
            rows[f"{name}_countries"].to_numpy(dtype=float),
            width=BAR_WIDTH,
            color=colour,
            edgecolor=EDGE,
            linewidth=0.6,
            label=label,
            gid=f"{name}-countries",
            zorder=2,
        )
        for name, side, colour, label in sets
    )
    handles: list[Handle] = [before, after]
    missing = np.flatnonzero(rows["after_countries"].to_numpy(dtype=float) <= 0)
    if missing.size:
        handles.append(_not_covered(ax, x[missing]))
    handles.append(Patch(facecolor=CRITICAL_SHADE, label=translate("Charts", "Critical element")))
    if required > 0 and critical.any():
        for i in np.flatnonzero(critical):
            ax.hlines(required, i - 0.5, i + 0.5, gid="required-countries", zorder=3, **REQUIRED_STYLE)
        label = translate("Charts", "Required for critical: {countries}").format(
            countries=counted(required, "country", "countries")
        )
        handles.append(Line2D([], [], label=label, **REQUIRED_STYLE))
    return handles


def _size(projects: int, capex_musd: float) -> str:
    return translate("Charts", "{projects}, {capex} USD m").format(
        projects=counted(projects, "project"), capex=f"{capex_musd:,.0f}"
    )


def _not_covered(ax: Axes, x: np.ndarray) -> Artist:
    """A cross just above the axis where the portfolio produces the element nowhere: a missing bar alone could
    also be read as missing data."""
    from matplotlib.transforms import offset_copy

    (crosses,) = ax.plot(
        x,
        np.zeros(len(x)),
        linestyle="",
        marker="x",
        markersize=6,
        markeredgewidth=1.4,
        color=MUTED,
        transform=offset_copy(ax.transData, fig=figure_of(ax), y=6, units="points"),
        clip_on=False,
        zorder=3,
        label=translate("Charts", "Not produced by the portfolio"),
        gid="not-covered",
    )
    return crosses


def _element_axis(ax: Axes, rows: pd.DataFrame, critical: np.ndarray) -> None:
    """Element symbol with its criticality weight below; critical elements bold."""
    weights = rows["criticality"].to_numpy(dtype=float)
    ax.set_xticks(np.arange(len(rows)), [f"{s}\n{w:g}" for s, w in zip(rows.index, weights, strict=True)])
    ax.tick_params(axis="x", length=0, labelsize=LABEL_SIZE)
    for label, bold in zip(ax.get_xticklabels(), critical, strict=True):
        label.set_fontweight("bold" if bold else "normal")
    ax.set_xlim(-0.5, len(rows) - 0.5)
    ax.set_xlabel(translate("Charts", "Element, with its criticality weight"), fontsize=LABEL_SIZE)


def _group_axis(ax: Axes, groups: list[tuple[str, list[str]]]) -> None:
    """Separators between light | heavy | other and the group names above the plot, as on the coverage map."""
    sizes = np.array([len(members) for _, members in groups])
    edges = np.cumsum(sizes)
    for edge in edges[:-1]:
        ax.axvline(edge - 0.5, color=HIGHLIGHT, linewidth=1.2, zorder=1)
    top = ax.secondary_xaxis("top")
    top.set_xticks(edges - sizes / 2 - 0.5, [group_title(g) for g, _ in groups])
    top.tick_params(length=0, labelsize=LABEL_SIZE)
    top.spines["top"].set_visible(False)
    for label in top.get_xticklabels():
        label.set_fontweight("bold")


def _count_axis(ax: Axes, rows: pd.DataFrame, required: int) -> None:
    """Whole numbers of countries, from 0 to a little above the tallest bar or the requirement."""
    from matplotlib.ticker import MaxNLocator

    tallest = float(max(rows["before_countries"].max(), rows["after_countries"].max(), required, 1))
    ax.set_ylim(0, tallest * 1.08 + 0.2)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(translate("Charts", "Countries producing it"), fontsize=LABEL_SIZE)
    ax.tick_params(axis="y", labelsize=LABEL_SIZE)
    ax.yaxis.grid(True, color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _heading(result: PortfolioResult) -> str:
    """Coverage before → after, what the portfolio costs against the budget, and what limits it."""
    text = translate(
        "Charts",
        "Portfolio coverage {before} % picking by rank → {after} % optimised — capex {capex} of {budget} USD m",
    ).format(
        before=f"{result.baseline_coverage:.1f}",
        after=f"{result.coverage:.1f}",
        capex=f"{result.capex_musd:,.0f}",
        budget=f"{result.constraints.budget_musd:,.0f}",
    )
    if result.binding:
        text = translate("Charts", "{heading}; binding: {constraints}").format(
            heading=text, constraints=binding_text(result.binding)
        )
    if result.status != "optimal":
        status = _STATUS_NAMES.get(result.status)
        text = translate("Charts", "{heading} — {status}: not proven optimal").format(
            heading=text, status=translate("Charts", status) if status else result.status
        )
    return text


def binding_text(binding: Collection[str]) -> str:
    """The binding constraints in few words, in the user's language: ``"per country: A", "per country: B"`` become
    ``"per country (A, B)"`` and ``"Pr in ≥ 2 countries", "Dy in ≥ 2 countries"`` become ``"Pr, Dy in ≥ 2
    countries"``; ``"budget"`` and ``"max projects"`` are translated, others stay as written."""
    parts: list[str] = []
    countries: list[str] = []
    elements: dict[int, list[str]] = {}
    for item in binding:
        redundancy = _REDUNDANCY.fullmatch(item)
        if item.startswith("per country: "):
            countries.append(item.removeprefix("per country: "))
        elif redundancy:
            elements.setdefault(int(redundancy["countries"]), []).append(redundancy["symbol"])
        else:
            parts.append(translate("Charts", _BINDING_NAMES[item]) if item in _BINDING_NAMES else item)
    if countries:
        parts.append(translate("Charts", "per country ({countries})").format(countries=join_list(countries)))
    parts.extend(
        translate("Charts", "{elements} in ≥ {n} countries").format(elements=join_list(symbols), n=n)
        for n, symbols in elements.items()
    )
    return join_list(parts)


def _project_list(listing: Axes, result: PortfolioResult, highlight: Collection[str]) -> None:
    """The selected projects in rank order, with what only they produce, as a legend without handles in the
    ``listing`` axes (constrained layout then keeps it inside the figure): one column beside the plot, two below
    it when they fit the width."""
    from matplotlib.patches import Patch

    fig = figure_of(listing)
    spec = listing.get_subplotspec()  # the listing is always a subplot of its figure's grid (see _layout)
    beside = spec is not None and spec.get_gridspec().ncols > 1
    projects = result.projects.sort_values("rank", kind="stable")
    limit = name_limit(fig, share=0.2 if beside else 0.25)
    labels = []
    for _, row in projects.iterrows():
        label = translate("Charts", "{project} ({country})").format(
            project=rank_label(int(row["rank"]), row["name"], limit), country=row["country"]
        )
        if str(row.get("unique", "")).strip():
            label += "\n      " + translate("Charts", "only source of {elements}").format(elements=row["unique"])
        labels.append(label)
    handles = [Patch(visible=False, label=label) for label in labels]
    for ncols in (1,) if beside else (2, 1):
        legend = listing.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            ncols=ncols,
            title=translate("Charts", "Selected projects (rank)"),
            title_fontsize=LABEL_SIZE,
            fontsize=LABEL_SIZE,
            frameon=False,
            handlelength=0,
            handletextpad=0,
            borderaxespad=0,
            alignment="left",
        )
        if ncols == 1 or legend.get_window_extent().width <= fig.bbox.width:
            break
        legend.remove()
    emphasise(legend.get_texts(), projects["project_id"], highlight)
