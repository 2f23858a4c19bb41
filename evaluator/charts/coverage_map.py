"""The coverage heat map: which of the 17 rare earths each top project produces, weighted by criticality (§2).

The coverage score is one number; the map shows what is behind it: a project that covers many light elements can
score lower than one that covers only Dy and Tb, because covered cells are coloured by criticality weight.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.charts.common import (
    LABEL_SIZE,
    emphasise,
    empty_message,
    figure_of,
    name_limit,
    prepare,
    rank_label,
    rows_that_fit,
    show_message,
    shown_rows,
    title,
)
from evaluator.charts.palette import GRID, HIGHLIGHT, criticality_colormap
from evaluator.reference.elements import SYMBOLS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.image import AxesImage

    from evaluator.scoring.ranking import Ranking

#: Column groups in display order; a group the element table does not know goes after these, under its own name.
GROUP_ORDER: tuple[str, ...] = ("light", "heavy", "other")
#: The groups' names in English (marked for the catalogue; :func:`group_title` translates them).
GROUP_TITLES: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("Charts", "Light REE"),
    "heavy": QT_TRANSLATE_NOOP("Charts", "Heavy REE"),
    "other": QT_TRANSLATE_NOOP("Charts", "Other"),
}
MAGNET_MARK = "◆"
#: Text lines of title, element header, group labels and colorbar with its label, in font heights.
OVERHEAD_LINES = 9.0


def element_columns(elements: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """``[(group, [symbols…]), …]``: the heat map's column groups, light | heavy | other, symbols in table order.

    ``elements`` is ``Dataset.elements.frame`` (index = symbol, column ``group``).
    """
    groups = [str(g) for g in elements["group"].reindex(list(SYMBOLS), fill_value="other")]
    known = [g for g in GROUP_ORDER if g in groups]
    extra = sorted(set(groups) - set(GROUP_ORDER))
    return [(g, [s for s, sg in zip(SYMBOLS, groups, strict=True) if sg == g]) for g in known + extra]


def group_title(group: str) -> str:
    """A column group's name as the charts show it, in the user's language; an unknown group is its own name."""
    return translate("Charts", GROUP_TITLES[group]) if group in GROUP_TITLES else group.capitalize()


def draw_coverage(fig: Figure, ranking: Ranking, *, top_n: int = 30, highlight: Collection[str] = ()) -> None:
    """Heat map of the ``top_n`` best projects (rows, rank order) × the 17 elements (columns, grouped).

    A covered cell is coloured by the element's criticality weight; an uncovered cell is blank (white). Magnet
    elements carry a ◆ and a bold symbol; each row ends with its coverage score. Highlighted projects get a bold
    label and a black frame around their row.
    """
    prepare(fig)
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Element coverage"))
        return
    wanted = min(max(int(top_n), 1), len(ranking))
    n = min(wanted, rows_that_fit(fig, OVERHEAD_LINES))
    rows = ranking.table.head(n)
    groups = element_columns(ranking.dataset.elements.frame)
    symbols = [s for _, members in groups for s in members]
    columns = [SYMBOLS.index(s) for s in symbols]
    covered = ranking.dataset.coverage[ranking.scored[:n]][:, columns]
    weights = ranking.dataset.elements.frame["criticality"].reindex(symbols).to_numpy(dtype=float)
    ax = fig.add_subplot()
    image = _cells(ax, covered, np.nan_to_num(weights))
    _element_axis(ax, ranking.dataset.elements.frame, symbols)
    _groups(ax, groups)
    _rows(ax, rows, highlight)
    title(fig, translate("Charts", "Elements produced — {shown}").format(shown=shown_rows(n, wanted, len(ranking))))
    colorbar = fig.colorbar(image, ax=ax, location="bottom", shrink=0.5, aspect=30, pad=0.02)
    colorbar.set_label(
        translate(
            "Charts", "Criticality weight of a covered element; blank: not produced\n{mark} bold: magnet element"
        ).format(mark=MAGNET_MARK),
        fontsize=LABEL_SIZE,
    )


def _cells(ax: Axes, covered: np.ndarray, weights: np.ndarray) -> AxesImage:
    """The matrix image: criticality where covered, masked (blank) where not."""
    from matplotlib.colors import Normalize

    values = np.ma.masked_array(np.broadcast_to(weights, covered.shape).astype(float), mask=~covered)
    top = float(weights.max()) if weights.size and weights.max() > 0 else 1.0
    image = ax.imshow(
        values,
        cmap=criticality_colormap(),
        norm=Normalize(vmin=0.0, vmax=top),
        aspect="auto",
        interpolation="nearest",
        gid="coverage-cells",
    )
    ax.set_xticks(np.arange(covered.shape[1] + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(covered.shape[0] + 1) - 0.5, minor=True)
    ax.grid(True, which="minor", color=GRID, linewidth=0.8)
    ax.tick_params(which="minor", length=0)
    return image


def _element_axis(ax: Axes, elements: pd.DataFrame, symbols: list[str]) -> None:
    """Element symbols along the top; magnet elements bold with a ◆ above."""
    magnet = elements["magnet"].reindex(symbols, fill_value=False).to_numpy(dtype=bool)
    labels = [f"{MAGNET_MARK}\n{s}" if m else s for s, m in zip(symbols, magnet, strict=True)]
    ax.xaxis.tick_top()
    ax.set_xticks(np.arange(len(symbols)), labels)
    ax.tick_params(axis="x", which="major", length=0, labelsize=LABEL_SIZE)
    for label, is_magnet in zip(ax.get_xticklabels(), magnet, strict=True):
        label.set_fontweight("bold" if is_magnet else "normal")
        label.set_verticalalignment("bottom")


def _groups(ax: Axes, groups: list[tuple[str, list[str]]]) -> None:
    """Separators between the groups and the group names under the matrix."""
    sizes = np.array([len(members) for _, members in groups])
    edges = np.cumsum(sizes)
    for edge in edges[:-1]:
        ax.axvline(edge - 0.5, color=HIGHLIGHT, linewidth=1.6)
    centres = edges - sizes / 2 - 0.5
    bottom = ax.secondary_xaxis("bottom")
    bottom.set_xticks(centres, [group_title(g) for g, _ in groups])
    bottom.tick_params(length=0, labelsize=LABEL_SIZE)
    for label in bottom.get_xticklabels():
        label.set_fontweight("bold")


def _rows(ax: Axes, rows: pd.DataFrame, highlight: Collection[str]) -> None:
    """Rank and name on the left, coverage score on the right; a frame around highlighted rows."""
    from matplotlib.patches import Rectangle

    y = np.arange(len(rows))
    limit = name_limit(figure_of(ax), share=0.3)
    ax.set_yticks(y, [rank_label(r, n, limit) for r, n in zip(rows["rank"], rows["name"], strict=True)])
    ax.tick_params(axis="y", which="major", length=0, labelsize=LABEL_SIZE)
    emphasise(ax.get_yticklabels(), rows["project_id"], highlight)
    right = ax.secondary_yaxis("right")
    right.set_yticks(y, [f"{v:.0f}" for v in rows["coverage_score"]])
    right.tick_params(length=0, labelsize=LABEL_SIZE)
    right.set_ylabel(translate("Charts", "Coverage score (0–100)"), fontsize=LABEL_SIZE)
    emphasise(right.get_yticklabels(), rows["project_id"], highlight)
    width = ax.get_xlim()[1] - ax.get_xlim()[0]
    for i in np.flatnonzero(rows["project_id"].isin(set(highlight)).to_numpy()):
        ax.add_patch(
            Rectangle((ax.get_xlim()[0], i - 0.5), width, 1, fill=False, edgecolor=HIGHLIGHT, linewidth=2, zorder=4)
        )
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
