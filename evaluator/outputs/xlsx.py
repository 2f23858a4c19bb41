"""Small helpers for writing formatted sheets with openpyxl's write-only mode (fast and low on memory).

Every string goes through :func:`text_cell`: control characters Excel refuses are dropped, and text that starts with
``=``, ``+``, ``-`` or ``@`` is stored as text with Excel's quote prefix, so a project called ``=HYPERLINK(...)`` is
shown, never evaluated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as CONTROL_CHARACTERS_RE
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from evaluator.inputs.cells import EXCEL_CELL_CHARACTERS, cut_to_cell
from evaluator.outputs.print_setup import (
    LINE_PT,
    SAMPLE_ROWS,
    SECTION_PT,
    TITLE_PT,
    PagePlan,
    fitted_widths,
    header_height,
    lines_height,
    print_setup,
    row_height,
    text_lines,
)

FORMULA_PREFIXES = ("=", "+", "-", "@")
#: Rows of a worksheet: the .xlsx limit (ECMA-376; Excel "repairs" a file with rows beyond it, and openpyxl writes
#: them silently, then fails on a conditional format that reaches past it). No sheet written here goes beyond.
EXCEL_MAX_ROWS = 1_048_576
HEADER_FILL = PatternFill("solid", start_color="1F3B57", end_color="1F3B57")
#: Named like the workbook's body font: a styled font without a name prints in a serif stand-in in LibreOffice.
FONT_NAME = "Calibri"
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14, color="1F3B57")
SECTION_FONT = Font(name=FONT_NAME, bold=True, size=12, color="1F3B57")
SUBTITLE_FONT = Font(name=FONT_NAME, italic=True, color="555555")
BOLD = Font(name=FONT_NAME, bold=True)
THIN_BOTTOM = Border(bottom=Side(style="thin", color="999999"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
#: What an .xlsx file cannot hold: openpyxl's control characters, and the rest of what XML 1.0 excludes — U+FFFE,
#: U+FFFF and lone surrogates (a shared string "&#xFFFE;" reads as U+FFFE, and lxml then refused the whole export).
ILLEGAL_CHARACTERS_RE = re.compile(CONTROL_CHARACTERS_RE.pattern + "|[\ud800-\udfff\ufffe\uffff]")
# Sequential, colour-blind safe (single hue, light → mid blue) so dark text stays readable on every shade.
PERCENT_SCALE = ColorScaleRule(
    start_type="num", start_value=0, start_color="F7FBFF", end_type="num", end_value=1, end_color="6BAED6"
)
SCORE_SCALE = ColorScaleRule(
    start_type="num", start_value=0, start_color="F7FBFF", end_type="num", end_value=100, end_color="6BAED6"
)


@dataclass(frozen=True)
class Column:
    """One output column: header text, number format, width in characters."""

    header: str
    number_format: str | None = None
    width: float = 12.0
    wrap: bool = False


def clean_text(text: str) -> str:
    """Text as a cell can hold it: without the control characters that make an .xlsx file invalid, and at most
    32,767 characters, a cut shown by a final "…" (openpyxl cut it silently, issue 9.13)."""
    return cut_to_cell(ILLEGAL_CHARACTERS_RE.sub("", text))


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    """A string cell that Excel will never read as a formula.

    The formula test looks at the text as stored: ``"\x01=HYPERLINK(…)"`` is ``=HYPERLINK(…)`` once the control
    character is dropped, and must carry the quote prefix too (the test ran before the cleaning, issue 9.13).
    """
    cleaned = clean_text(text)
    cell = WriteOnlyCell(sheet, value=cleaned)
    cell.data_type = "s"
    if cleaned.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    return cell


def cell(sheet: WriteOnlyWorksheet, value: Any, column: Column | None = None) -> Any:
    """What to append for one value: ``None`` for blanks (NaN too), a plain value where no style or protection is
    needed (fast: most cells of a large export), else a styled :class:`WriteOnlyCell`."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    wrap = column is not None and column.wrap
    if isinstance(value, str):
        plain = len(value) <= EXCEL_CELL_CHARACTERS and not ILLEGAL_CHARACTERS_RE.search(value)
        if not wrap and plain and not value.startswith(FORMULA_PREFIXES):
            return value
        out = text_cell(sheet, value)
    elif isinstance(value, bool | int | float | dt.date | dt.datetime):
        if column is None or not (column.number_format or wrap):
            return value
        out = WriteOnlyCell(sheet, value=value)
        if column.number_format:
            out.number_format = column.number_format
    else:
        return cell(sheet, str(value), column)
    if wrap:
        out.alignment = WRAP
    return out


def styled_cell(sheet: WriteOnlyWorksheet, value: Any) -> Cell | None:
    """Like :func:`cell` but always a cell object (or None), for callers that style it afterwards."""
    plain = cell(sheet, value)
    if plain is None or isinstance(plain, Cell):
        return plain
    return text_cell(sheet, plain) if isinstance(plain, str) else WriteOnlyCell(sheet, value=plain)


def close_quietly(workbook: Workbook) -> None:
    """Close a write-only workbook that will not be saved, so its streaming writers do not fail later in GC."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def header_cells(sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[WriteOnlyCell]:
    cells = []
    for column in columns:
        c = text_cell(sheet, column.header)
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        cells.append(c)
    return cells


def set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths (characters) must be set before the first row is written in write-only mode."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def write_table(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    heading: Sequence[str] = (),
    score_columns: Sequence[int] = (),
    freeze_columns: int = 0,
    percent_columns: Sequence[int] = (),
    more_tables: Sequence[tuple[str, Sequence[Column], Iterable[Sequence[Any]]]] = (),
) -> WriteOnlyWorksheet:
    """A sheet with optional heading lines, a styled header row, frozen panes, an autofilter and colour scales.

    ``score_columns`` get the 0–100 score scale, ``percent_columns`` a 0–100 % one; ``more_tables`` (title,
    columns, rows) follow the main table, each under its own title and header. Columns are sized to their content
    (:func:`~evaluator.outputs.print_setup.fitted_widths`), and the sheet prints one page wide with its header row
    repeated
    (:mod:`evaluator.outputs.print_setup`).
    """
    sheet = workbook.create_sheet(title)
    rows = iter(rows)
    sample = list(itertools.islice(rows, SAMPLE_ROWS))
    widths = fitted_widths(columns, sample)
    more = [(t, c, list(r)) for t, c, r in more_tables]
    for _, more_columns, more_rows in more:  # a table below shares the columns: each column fits both
        extra = fitted_widths(more_columns, more_rows)
        widths = [max(widths[i : i + 1] + extra[i : i + 1]) for i in range(max(len(widths), len(extra)))]
    set_widths(sheet, widths)
    header_row = len(heading) + (2 if heading else 1)
    print_setup(sheet, title_rows=f"{header_row}:{header_row}")
    sheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{header_row + 1}"
    plan = PagePlan(sheet, widths)
    for index, line in enumerate(heading):
        c = text_cell(sheet, line)
        c.font = TITLE_FONT if index == 0 else SUBTITLE_FONT
        plan.place(TITLE_PT if index == 0 else None)
        sheet.append([c])
    if heading:
        plan.place()
        sheet.append([])
    plan.place(header_height(columns, widths[: len(columns)]), repeated=True)
    sheet.append(header_cells(sheet, columns))
    every_row = itertools.chain(sample, rows)
    room = table_room(len(heading), more)
    count = _table_rows(sheet, plan, columns, widths, itertools.islice(every_row, room))
    omitted = sum(1 for _ in every_row)
    if omitted:  # the sheet is full: say so in its last row (the caller says it on Assumptions, issue 9.10)
        plan.place()
        sheet.append([text_cell(sheet, cut_sentence(omitted))])
    last_row = header_row + max(count, 1)
    last_column = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{last_row}"
    for index in score_columns:
        letter = get_column_letter(index + 1)
        sheet.conditional_formatting.add(f"{letter}{header_row + 1}:{letter}{last_row}", SCORE_SCALE)
    for index in percent_columns:
        letter = get_column_letter(index + 1)
        sheet.conditional_formatting.add(f"{letter}{header_row + 1}:{letter}{last_row}", PERCENT_SCALE)
    for table_title, table_columns, table_rows in more:
        head = header_height(table_columns, widths[: len(table_columns)])
        plan.place()
        sheet.append([])
        heading_cell = text_cell(sheet, table_title)
        heading_cell.font = SECTION_FONT
        plan.place(SECTION_PT, keep_with_next=head + 2 * LINE_PT)
        sheet.append([heading_cell])
        plan.place(head)
        sheet.append(header_cells(sheet, table_columns))
        _table_rows(sheet, plan, table_columns, widths, table_rows)
    return sheet


def table_room(heading_lines: int, more_tables: Sequence[tuple[str, Sequence[Column], Sequence[Any]]] = ()) -> int:
    """How many data rows :func:`write_table` places under ``heading_lines`` heading lines, keeping one row for
    :func:`cut_sentence` and the rows of the tables below (three each for the gap, the title and the header)."""
    header_row = heading_lines + (2 if heading_lines else 1)
    below = sum(3 + len(rows) for _, _, rows in more_tables)
    return max(EXCEL_MAX_ROWS - header_row - 1 - below, 0)


def cut_sentence(omitted: int) -> str:
    return f"… {omitted:,} more rows are not in this sheet: an Excel sheet ends at row {EXCEL_MAX_ROWS:,}."


def _table_rows(
    sheet: WriteOnlyWorksheet, plan: Any, columns: Sequence[Column], widths: Sequence[float], rows: Iterable
) -> int:
    """Append the data rows, each as tall as its wrapped text; returns how many."""
    wrapping = [(i, widths[i]) for i, column in enumerate(columns) if column.wrap]
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007 - count is used after the loop
        plan.place(row_height(row, wrapping) if wrapping else None)
        sheet.append([cell(sheet, value, column) for value, column in zip(row, columns, strict=True)])
    return count


def key_value_sheet(workbook: Workbook, title: str, sections: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> None:
    """A readable two-to-four column sheet of labelled sections (used for Assumptions), printed one page wide with
    each row as tall as its wrapped text and no section title left alone at the foot of a page."""
    sheet = workbook.create_sheet(title)
    widths = (34, 48, 70, 30)
    set_widths(sheet, widths)
    print_setup(sheet)
    plan = PagePlan(sheet, widths)
    for section_index, (section, rows) in enumerate(sections):
        if section_index:
            plan.place()
            sheet.append([])
        heading = text_cell(sheet, section)
        heading.font = TITLE_FONT if section_index == 0 else SECTION_FONT
        plan.place(TITLE_PT if section_index == 0 else SECTION_PT, keep_with_next=2 * LINE_PT)
        sheet.append([heading])
        for row in rows:
            cells = [styled_cell(sheet, value) for value in row]
            if cells and cells[0] is not None:
                cells[0].font = BOLD
                cells[0].alignment = TOP
            for c in cells[1:]:
                if c is not None:
                    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            lines = max(
                (
                    text_lines(value, width, bold=i == 0)
                    for i, (value, width) in enumerate(zip(row, widths, strict=False))
                ),
                default=1,
            )
            plan.place(lines_height(lines) if lines > 1 else None)
            sheet.append(cells)
