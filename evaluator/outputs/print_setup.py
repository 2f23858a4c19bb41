"""How the committee workbook prints (issue 8.11): landscape A4, one page wide, header rows repeated, a footer.

Excel and LibreOffice paginate with their own font metrics, so where a page ends cannot be known exactly from
here. The export therefore plans the pages itself: every row it writes is given a height tall enough for its
wrapped text, and a manual row break goes wherever the next row might not fit at a generous estimate of the
fit-to-width scale (Excel's column widths, which are the narrowest of the two, and 15 pt rows, the tallest).
LibreOffice keeps manual breaks under fit-to-width, so there a sheet prints on exactly ``breaks + 1`` pages,
which a test checks; an application that repaginates still prints one page wide with the header repeated.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

PAPER_A4 = 9  # openpyxl / OOXML paper size code
PAGE_WIDTH_PT = 841.9  # A4 landscape
PAGE_HEIGHT_PT = 595.3
MARGIN_SIDE_IN = 0.5
MARGIN_TOP_IN = 0.75  # the header sits inside it, 0.3 in from the edge
MARGIN_BOTTOM_IN = 0.75  # the footer likewise
HEADER_FOOTER_IN = 0.3
USABLE_WIDTH_PT = PAGE_WIDTH_PT - 2 * 72 * MARGIN_SIDE_IN
USABLE_HEIGHT_PT = PAGE_HEIGHT_PT - 72 * (MARGIN_TOP_IN + MARGIN_BOTTOM_IN)

#: Height of a row of 11 pt text: Excel's default (LibreOffice's is lower, which only leaves more room).
LINE_PT = 15.0
TITLE_PT = 22.0
SECTION_PT = 18.0
#: Fill at most this share of a page by estimate, for the applications' own rounding and font substitutes.
PAGE_FILL = 0.92
#: Excel refuses more manual breaks than this per sheet; longer sheets are left to automatic pagination.
MAX_BREAKS = 1000
#: Rows looked at to size the columns (the first ones: a table sorted by rank starts with the names that matter).
SAMPLE_ROWS = 500
MIN_WIDTH = 6.0
MAX_WIDTH = 50.0
#: Characters of text per character of column width when wrapping: about what DejaVu Sans (LibreOffice's stand-in
#: for Calibri, and wider) fits, so in Excel wrapped text gets a line too many rather than one too few.
TEXT_PER_WIDTH = 1.0


def width_points(width: float) -> float:
    """A column ``width`` (characters of Calibri 11, as the file stores it) in points, as Excel draws it."""
    return (7 * width + 5) * 0.75


def text_lines(text: Any, width: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` characters wide (an estimate that errs long)."""
    if text is None:
        return 1
    per_line = max(1, int(width * TEXT_PER_WIDTH / (1.1 if bold else 1.0)))
    return sum(max(1, len(textwrap.wrap(part, per_line, break_long_words=True))) for part in str(text).split("\n"))


def lines_height(lines: int) -> float:
    return lines * LINE_PT + (3.0 if lines > 1 else 0.0)


def _shown_length(value: Any, number_format: str | None) -> int:
    """Characters a value shows in its number format (enough to size a column; not Excel's exact rendering)."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        return max((len(part) for part in str(value).split("\n")), default=0)
    if isinstance(value, float) and not math.isfinite(value):
        return 0
    fmt = number_format or "General"
    decimals = len(fmt.split(".", 1)[1].rstrip("%")) if "." in fmt else 0
    if "%" in fmt:
        return len(f"{value * 100:.{decimals}f}%")
    if fmt == "General":
        return len(f"{value:g}")
    return len(f"{value:{',' if ',' in fmt else ''}.{decimals}f}")


def fitted_widths(columns: Sequence[Any], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Column widths that fit the header's longest word and the sample's values, between 6 and 50 characters.

    A wrapping column keeps its designed width (its text wraps instead), unless its content is narrower.
    """
    widths = []
    for index, column in enumerate(columns):
        words = [word for line in column.header.split("\n") for word in line.split()] or [""]
        header_need = max(len(word) for word in words) * 1.1 + 2
        content = max((_shown_length(row[index], column.number_format) for row in sample), default=0) + 2
        width = max(header_need, min(column.width, content / TEXT_PER_WIDTH + 1) if column.wrap else content)
        widths.append(round(min(max(width, MIN_WIDTH), MAX_WIDTH), 1))
    return widths


def header_height(columns: Sequence[Any], widths: Sequence[float]) -> float:
    """A header row tall enough for its wrapped (bold) text."""
    lines = max((text_lines(c.header, w, bold=True) for c, w in zip(columns, widths, strict=True)), default=1)
    return lines_height(lines)


def row_height(values: Sequence[Any], wrapping: Sequence[tuple[int, float]]) -> float | None:
    """Height for a data row whose wrapping columns (index, width) hold long text; None when one line is enough."""
    lines = 1
    for index, width in wrapping:
        value = values[index]
        if isinstance(value, str) and (len(value) > width * TEXT_PER_WIDTH or "\n" in value):
            lines = max(lines, text_lines(value, width))
    return lines_height(lines) if lines > 1 else None


def footer_date() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d")


def print_setup(
    sheet: Any, *, title_rows: str | None = None, fit_width: bool = True, fit_height: bool = False, scale: int = 100
) -> None:
    """Landscape A4, margins, footer (file name, export date, page of pages), header (sheet name), print titles.

    ``fit_width`` shrinks the sheet to one page wide (``fit_height`` also to one page tall); otherwise it prints
    at ``scale`` per cent. In write-only mode this must run before the sheet's first row is written (the sheet
    properties are written with it).
    """
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    if fit_width:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        setup.fitToWidth = 1
        setup.fitToHeight = 1 if fit_height else 0
    else:
        setup.scale = scale
    sheet.page_margins.left = sheet.page_margins.right = MARGIN_SIDE_IN
    sheet.page_margins.top = MARGIN_TOP_IN
    sheet.page_margins.bottom = MARGIN_BOTTOM_IN
    sheet.page_margins.header = sheet.page_margins.footer = HEADER_FOOTER_IN
    sheet.print_options.horizontalCentered = False
    footer = sheet.oddFooter
    footer.left.text, footer.center.text, footer.right.text = "&F", f"Exported {footer_date()}", "Page &P of &N"
    sheet.oddHeader.left.text = "&A"
    for part in (footer.left, footer.center, footer.right, sheet.oddHeader.left):
        part.size = 8
        part.color = "555555"
    if title_rows:
        sheet.print_title_rows = title_rows


@dataclass
class PagePlan:
    """Rows placed on pages as they are written; a manual break wherever the next row might not fit.

    ``widths`` (characters) give the fit-to-width scale; rows repeated at the top of every page (``repeat_pt``,
    set with :meth:`repeat`) count on every page after the first.
    """

    sheet: Any
    widths: Sequence[float]
    row: int = 0
    used_pt: float = 0.0
    repeat_pt: float = 0.0
    breaks: int = 0

    @property
    def capacity_pt(self) -> float:
        content = sum(width_points(w) for w in self.widths) or USABLE_WIDTH_PT
        scale = min(1.0, USABLE_WIDTH_PT / content)
        return USABLE_HEIGHT_PT * PAGE_FILL / scale

    def place(self, height: float | None = None, *, keep_with_next: float = 0.0, repeated: bool = False) -> int:
        """Account for the next row (and the ``keep_with_next`` points that must follow it on the same page);
        give it ``height`` when one is set. Returns the row's number. Call before appending the row."""
        self.row += 1
        tall = LINE_PT if height is None else height
        if height is not None:
            self.sheet.row_dimensions[self.row].height = height
        if self.used_pt > self.repeat_pt and self.used_pt + tall + keep_with_next > self.capacity_pt:
            if self.breaks < MAX_BREAKS:
                self.sheet.row_breaks.append(Break(id=self.row - 1))
                self.breaks += 1
            self.used_pt = self.repeat_pt
        self.used_pt += tall
        if repeated:
            self.repeat_pt += tall
        return self.row
