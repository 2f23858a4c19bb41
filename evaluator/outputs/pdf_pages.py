"""Text and table pages drawn on a matplotlib ``Figure`` the size of a landscape A4 sheet, for the PDF pack.

A page's content is laid out first as blocks of known height (wrapped text, table rows), so long content can be
split over pages before anything is drawn and every page can say "page i of n". Sizes are in points (1/72 in).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PAGE_IN = (11.69, 8.27)
PAGE_PT = (PAGE_IN[0] * 72, PAGE_IN[1] * 72)
MARGIN_PT = 36.0
TOP_PT = 46.0  # below the running header
BOTTOM_PT = 40.0  # above the footer
WIDTH_PT = PAGE_PT[0] - 2 * MARGIN_PT
#: Average advance of DejaVu Sans (matplotlib's font) per point of size: wraps and cuts text to fit a width.
CHAR_EM = 0.56
INK = "#1a1a1a"
MUTED = "#555555"
ACCENT = "#1F3B57"
BAND = "#EEF3F8"

Draw = Callable[["Figure", float], None]  # draws a block with its top at y points from the page top


@dataclass(frozen=True)
class Block:
    height: float
    draw: Draw


@dataclass
class Flow:
    """Blocks poured onto pages: a new page starts where the next block (and what it keeps with) would not fit."""

    pages: list[list[tuple[float, Block]]] = field(default_factory=lambda: [[]])
    y: float = TOP_PT

    def add(self, block: Block, *, keep_with_next: float = 0.0) -> None:
        if self.pages[-1] and self.y + block.height + keep_with_next > PAGE_PT[1] - BOTTOM_PT:
            self.pages.append([])
            self.y = TOP_PT
        self.pages[-1].append((self.y, block))
        self.y += block.height


def chars_for(width_pt: float, size: float) -> int:
    return max(4, int(width_pt / (CHAR_EM * size)))


def cut(text: Any, width_pt: float, size: float) -> str:
    """``text`` on one line, cut with "…" where it would run past ``width_pt``."""
    text = "" if text is None else str(text)
    limit = chars_for(width_pt, size)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrap(text: str, width_pt: float, size: float) -> list[str]:
    lines: list[str] = []
    for part in str(text).split("\n"):
        lines.extend(textwrap.wrap(part, chars_for(width_pt, size)) or [""])
    return lines


def _xy(fig: Figure, x_pt: float, y_pt: float) -> tuple[float, float]:
    return x_pt / PAGE_PT[0], 1 - y_pt / PAGE_PT[1]


def text_block(
    text: str,
    *,
    size: float = 9.0,
    bold: bool = False,
    colour: str = INK,
    x: float = 0.0,
    width: float = WIDTH_PT,
    space_after: float = 0.0,
) -> Block:
    """Wrapped text at ``x`` points from the left margin, ``width`` points wide."""
    lines = wrap(text, width, size)
    leading = size * 1.35

    def draw(fig: Figure, top: float) -> None:
        for i, line in enumerate(lines):
            fig.text(
                *_xy(fig, MARGIN_PT + x, top + (i + 0.8) * leading),
                line,
                fontsize=size,
                fontweight="bold" if bold else "normal",
                color=colour,
                va="baseline",
            )

    return Block(len(lines) * leading + space_after, draw)


def row_block(
    cells: Sequence[Any],
    widths: Sequence[float],
    *,
    size: float = 8.0,
    header: bool = False,
    band: bool = False,
    right: Sequence[bool] = (),
    wrap_cells: bool = False,
    bold_first: bool = False,
) -> Block:
    """One table row: cells in columns ``widths`` points wide; cut to one line, or wrapped with ``wrap_cells``."""
    pad = 3.0
    texts = [
        wrap(str(c), w - 2 * pad, size) if wrap_cells else [cut(c, w - 2 * pad, size)]
        for c, w in zip(cells, widths, strict=False)
    ]
    leading = size * 1.35
    height = max((len(t) for t in texts), default=1) * leading + 2 * pad

    def draw(fig: Figure, top: float) -> None:
        from matplotlib.patches import Rectangle

        if header or band:
            x0, y0 = _xy(fig, MARGIN_PT, top + height)
            fig.patches.append(
                Rectangle(
                    (x0, y0),
                    sum(widths) / PAGE_PT[0],
                    height / PAGE_PT[1],
                    transform=fig.transFigure,
                    facecolor=ACCENT if header else BAND,
                    edgecolor="none",
                    zorder=0,
                )
            )
        left = MARGIN_PT
        for index, (lines, w) in enumerate(zip(texts, widths, strict=False)):
            align_right = index < len(right) and right[index]
            for i, line in enumerate(lines):
                fig.text(
                    *_xy(fig, left + (w - pad if align_right else pad), top + pad + (i + 0.8) * leading),
                    line,
                    fontsize=size,
                    fontweight="bold" if header or (bold_first and index == 0) else "normal",
                    color="white" if header else INK,
                    ha="right" if align_right else "left",
                    va="baseline",
                )
            left += w

    return Block(height, draw)


def frame(fig: Figure, *, section: str, footer_left: str, footer_centre: str, page: int, pages: int) -> None:
    """The running header (pack and section) and the footer (file name, date, page i of n) of every page."""
    for x, y, text, ha in (
        (MARGIN_PT, 22.0, f"REE committee pack · {section}", "left"),
        (MARGIN_PT, PAGE_PT[1] - 18.0, footer_left, "left"),
        (PAGE_PT[0] / 2, PAGE_PT[1] - 18.0, footer_centre, "center"),
        (PAGE_PT[0] - MARGIN_PT, PAGE_PT[1] - 18.0, f"Page {page} of {pages}", "right"),
    ):
        fig.text(*_xy(fig, x, y), text, fontsize=7.5, color=MUTED, ha=ha, va="baseline")
