"""Limits checked on an Excel package before the fast reader sees it (issue 9.1).

calamine builds a dense grid of every sheet it reads: one stray cell at ``XFD1048576`` in a 1.9 KB file asks for
550 GB and the Rust allocator aborts the whole process (no exception, no message, the session lost); a zip part
that inflates to gigabytes does the same. Neither can be caught once calamine starts, so both are measured first,
on the bytes, and refused with one sentence naming the sheet and the limit:

- every zip member's declared size, the package's total, and its compression ratio (a zip bomb);
- the number of different texts the shared-strings table claims: calamine reserves room for all of them before
  reading one, so ``uniqueCount="99999999999"`` in a 9 kB file asked for 2.4 TB and aborted;
- each worksheet's used area, rows × columns, from the cell references in its XML (a byte scan, no XML parser),
  and whether a reference lies beyond the last row or column a worksheet can have (``ZZZZ1``, a damaged file).

The limits are far above any screening workbook (10,000 projects × 30 columns is 300,000 cells) and far below
what would exhaust a workstation.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from evaluator.base.i18n import translate
from evaluator.inputs.sheet_facts import MAX_SCANNED_BYTES
from evaluator.model.issues import InputFileError, column_letter

#: Largest uncompressed size of one package member, and of all of them (bytes).
MAX_PART_BYTES = 512 * 1024 * 1024
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
#: Members above this size must not inflate more than MAX_RATIO times (spreadsheet XML compresses 5–30×).
RATIO_CHECKED_ABOVE = 16 * 1024 * 1024
MAX_RATIO = 200
#: Largest used area of a sheet read (rows × columns of its dense grid).
MAX_GRID_CELLS = 10_000_000
#: The last row and column a worksheet can have (Excel's XFD1048576): a reference beyond is a damaged file.
LAST_ROW, LAST_COLUMN = 1_048_576, 16_384
#: Most different texts a shared-strings table may claim beyond what its size can hold (each needs 5 bytes,
#: ``<si/>``): calamine reserves 24 bytes for each claimed one before reading any.
MAX_CLAIMED_STRINGS = MAX_GRID_CELLS

# Only <row> and <c> carry an attribute named r in a sheet part, so the attribute alone is searched, with its
# leading space as a literal prefix (0.02 s per 12 MB sheet; a pattern matching the tag first, or any whitespace
# before r, cost 0.15-0.3 s). A part that separates attributes with tabs or newlines gets the general patterns.
# Column letters are matched however many there are: a reference of four (ZZZZ1, column 475,254) is none that
# Excel writes, but calamine reads it, and a scan that stopped at three did not see the width it asked for.
_FAST = {
    "rows": rb""" r=["'](\d+)["']""",
    "long_rows": rb""" r=["'][A-Za-z]+(\d{6,})["']""",
    "three_letters": rb""" r=["'][A-Za-z]{3,}\d""",
    "two_letters": rb""" r=["'][A-Za-z]{2}\d""",
    "columns": rb""" r=["']([A-Za-z]+)\d""",
}
_PATTERNS = {key: re.compile(pattern) for key, pattern in _FAST.items()}
_ANY_SPACE = {key: re.compile(rb"\s" + pattern[1:]) for key, pattern in _FAST.items()}


def check_package(data: bytes, name: str) -> None:
    """Refuse a package whose members would inflate beyond the limits (declared sizes), whose shared-strings table
    claims more texts than it can hold (its first kilobytes are inflated), or, for OpenDocument, one table of which
    is beyond the dense-grid limit (``content.xml`` is inflated and scanned: calamine builds every table at open)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(members, name)  # first: what is inflated next is bounded by these declared sizes
            _check_shared_strings(archive, members, name)
            if any(member.filename == "content.xml" for member in members):
                _check_ods_tables(archive, name)
    except zipfile.BadZipFile:
        return  # not a zip: the reader says what it is
    except (NotImplementedError, OSError, ValueError, EOFError, UnicodeDecodeError, struct.error) as error:
        # A zip the zip module will not measure ("zip file version 22.0" in a damaged directory) is one calamine
        # may still open: never read unmeasured, it is refused in the reader's own sentence.
        raise InputFileError(
            translate("InputFile", "{name} is not a readable Excel workbook ({reason}).").format(
                name=name, reason=str(error) or type(error).__name__
            )
        ) from None


def _check_sizes(members: list[zipfile.ZipInfo], name: str) -> None:
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        too_big = member.file_size > MAX_PART_BYTES
        bomb = member.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_RATIO
        if too_big or bomb or total > MAX_PACKAGE_BYTES:
            limit = RATIO_CHECKED_ABOVE * MAX_RATIO if bomb else MAX_PART_BYTES if too_big else MAX_PACKAGE_BYTES
            raise _inflates_too_far(name, max(member.file_size, total), member.filename, limit)


def _inflates_too_far(name: str, size: int, part: str, limit: int) -> InputFileError:
    return InputFileError(
        translate(
            "InputFile",
            "{name} would inflate to {size} MB ({part}), beyond the {limit} MB this app reads: it is not a "
            "projects workbook, or it is damaged.",
        ).format(name=name, size=f"{size / 1048576:,.0f}", part=part, limit=f"{limit / 1048576:,.0f}")
    )


_SST_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sst\b[^>]*>")
_UNIQUE_COUNT = re.compile(rb"""\suniqueCount\s*=\s*["']\s*(\d+)""")


def _check_shared_strings(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a shared-strings table whose ``uniqueCount`` is beyond both its size and MAX_CLAIMED_STRINGS.

    The table is found by its root element rather than its name (the workbook's relationships may point anywhere);
    only the start of each XML member is inflated. Excel's own count is exact; a writer that overstates it a little
    is harmless and accepted.
    """
    for member in members:
        if not member.filename.lower().endswith(".xml") or member.file_size < 20:
            continue
        try:
            with archive.open(member) as stream:
                head = stream.read(4096)
        except Exception:  # a member that cannot be inflated: the reader reports the damage in its own words
            continue
        tag = _SST_TAG.search(head)
        count = _UNIQUE_COUNT.search(tag.group(0)) if tag else None
        if count is None:
            continue
        claimed = int(count.group(1))
        if claimed > max(member.file_size // 5, MAX_CLAIMED_STRINGS):
            # The reader's own sentence, with the reason in English as the reader's reasons are.
            reason = (
                f"its table of texts {member.filename} claims {claimed:,} different texts in "
                f"{member.file_size / 1024:,.0f} kB, room for at most {member.file_size // 5:,}: the file is damaged"
            )
            raise InputFileError(
                translate("InputFile", "{name} is not a readable Excel workbook ({reason}).").format(
                    name=name, reason=reason
                )
            )


def used_area(xml: bytes) -> tuple[int, int]:
    """(last row, last column) the cell references of a sheet part reach (1-based), from a few byte searches.

    Rows come from the row tags and from any cell reference with a six-digit row or more; columns are bounded by
    whether any reference has three or two letters, and counted exactly only when that bound is not enough.
    """
    other_space = any(space + b"r=" in xml for space in (b"\t", b"\n", b"\r"))  # byte searches: fast
    pattern = _ANY_SPACE if other_space else _PATTERNS
    rows = [int(n) for n in pattern["rows"].findall(xml)]
    rows += [int(n) for n in pattern["long_rows"].findall(xml)]
    last_row = max(rows, default=0)
    if pattern["three_letters"].search(xml):
        last_column = max(_column_number(letters) for letters in set(pattern["columns"].findall(xml)))
    elif pattern["two_letters"].search(xml):
        last_column = 702  # ZZ: a bound, exact only when the bound is too coarse
        if last_row * last_column > MAX_GRID_CELLS:
            last_column = max(_column_number(letters) for letters in set(pattern["columns"].findall(xml)))
    else:
        last_column = 26
    return last_row, last_column


@dataclass(frozen=True)
class SheetSurvey:
    """What one pass over a worksheet part tells: its used area, and whether it may hold a hidden row or formula."""

    area: tuple[int, int]  # (last row, last column)
    may_hold_facts: bool

    @property
    def oversized(self) -> bool:
        """Too large a grid to build, or reaching beyond the last row or column a worksheet can have."""
        rows, columns = self.area
        return rows * columns > MAX_GRID_CELLS or rows > LAST_ROW or columns > LAST_COLUMN


#: A worksheet part's root element, within the first bytes (after the declaration, perhaps a namespace prefix).
_WORKSHEET_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?worksheet[\s>/]")
_HEAD_BYTES = 4096


_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")
_ODS_NAME = re.compile(rb"""\stable:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ODS_ROWS = re.compile(rb"""\stable:number-rows-repeated\s*=\s*["']\s*(\d+)""")
_ODS_COLUMNS = re.compile(rb"""\stable:number-columns-repeated\s*=\s*["']\s*(\d+)""")


@dataclass(frozen=True)
class OdsTable:
    """What calamine builds of one OpenDocument table: its used area and its XML with every repeat written out."""

    area: tuple[int, int]  # (last row, last column) holding something
    expanded_bytes: int  # the cells holding something, as bytes of XML, times their row and column repeats


def ods_tables(xml: bytes) -> dict[str, OdsTable]:
    """Table name → :class:`OdsTable`, from an OpenDocument ``content.xml``.

    Repeated rows and cells count as often as they repeat, as calamine expands them into its dense grid (a row of
    values repeated 1,048,000 times in a 2 kB file is a grid of millions of cells), up to a worksheet's last row
    and column, where calamine stops; repeats that hold nothing (LibreOffice ends every sheet with its empty rest,
    1,048,576 rows × 1,024 columns) do not count. A cell with a value type, a formula, or content holds something:
    calamine keeps a formula grid beside the value grid, so a formula alone widens it. calamine also copies a
    repeated cell's text into every cell it stands for: one row of 1.5 kB of text repeated a million times is
    1.5 GB, inside the area limit, so the written-out size is measured too (the bytes of each cell element, an
    upper bound of its text and formula).
    """
    tables: dict[str, OdsTable] = {}
    name, rows, last_row, last_column = None, 0, 0, 0
    repeat, column, filled = 1, 0, False
    table_bytes, row_bytes, cell_start, cell_times = 0, 0, -1, 0
    for match in _ODS_TAG.finditer(xml):
        closing, tag, attributes = match.groups()
        empty = attributes.endswith(b"/")
        if tag == b"table":
            if name is not None:  # the end of a table, or a table that never ended
                tables[name] = OdsTable((min(last_row, LAST_ROW), min(last_column, LAST_COLUMN)), table_bytes)
                name = None
            if not closing:
                name = _table_name(attributes)
                rows, last_row, last_column, table_bytes = 0, 0, 0, 0
        elif tag == b"table-row":
            if closing or empty:
                times = repeat if closing else _repeats(_ODS_ROWS, attributes)
                times = min(times, max(LAST_ROW - rows, 0))  # calamine stops at the last row
                if filled and closing:
                    last_row = rows + times
                    table_bytes += row_bytes * times
                rows, filled = rows + times, False
            else:
                repeat, column, filled, row_bytes = _repeats(_ODS_ROWS, attributes), 0, False, 0
        elif closing:
            if cell_start >= 0:  # the end of a cell that holds something: its whole element, times its repeats
                row_bytes += (match.end() - cell_start) * cell_times
                cell_start = -1
        else:
            times = min(_repeats(_ODS_COLUMNS, attributes), max(LAST_COLUMN - column, 0))
            if b"value-type" in attributes or b"formula" in attributes or not empty:
                last_column, filled = max(last_column, column + times), True
                if empty:
                    row_bytes += len(match.group(0)) * times
                else:
                    cell_start, cell_times = match.start(), times
            column += times
    if name is not None:  # a part cut short inside a table: what it reached
        area = (min(max(last_row, rows + filled * repeat), LAST_ROW), min(last_column, LAST_COLUMN))
        tables[name] = OdsTable(area, table_bytes + row_bytes * filled * repeat)
    return tables


def _table_name(attributes: bytes) -> str:
    """The ``table:name`` of a table's start tag, its XML entities resolved ("" when it has none)."""
    import html

    found = _ODS_NAME.search(attributes)
    written = (found.group(1) if found.group(1) is not None else found.group(2)) if found else b""
    return html.unescape(written.decode("utf-8", "replace"))


def _repeats(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    if b"repeated" not in attributes:  # most cells and rows: a byte search, not a pattern
        return 1
    found = pattern.search(attributes)
    return max(int(found.group(1)), 1) if found else 1


def _check_ods_tables(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an OpenDocument package one table of which is beyond the dense-grid limit.

    calamine builds every table of an .ods when it opens the file, not when a sheet is read: a table too large is
    refused at once, whichever sheet the load would read.
    """
    try:
        with archive.open("content.xml") as stream:
            xml = stream.read(MAX_PART_BYTES + 1)
    except Exception:  # no content part, or a damaged one: the reader says so in its own words
        return
    if b"office:document-content" not in xml[:_HEAD_BYTES]:
        return
    for table, found in ods_tables(xml).items():
        if SheetSurvey(found.area, may_hold_facts=False).oversized:
            raise sheet_too_large(table, name, found.area)
        if found.expanded_bytes > MAX_PART_BYTES:
            raise _inflates_too_far(
                name,
                found.expanded_bytes,
                f"table '{table}' of content.xml, its repeated rows and cells written out",
                MAX_PART_BYTES,
            )


def survey_sheets(data: bytes) -> dict[str, SheetSurvey]:
    """Every worksheet part, inflated once at open: part → its survey.

    One pass serves both the size limit here and :mod:`evaluator.inputs.sheet_facts`, which only maps sheets to parts
    (openpyxl, 0.3 s to import) and scans one when a part may hold its facts; most workbooks hold none.
    """
    found: dict[str, SheetSurvey] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                try:
                    with archive.open(member) as stream:
                        # calamine reads a sheet wherever the relationships point, under any name: every member
                        # that starts as a worksheet is measured, not only worksheets/*.xml
                        xml = stream.read(_HEAD_BYTES)
                        if "worksheets/" not in member.filename and not _WORKSHEET_ROOT.search(xml):
                            continue
                        xml += stream.read(MAX_PART_BYTES + 1 - _HEAD_BYTES)
                except Exception:
                    # zlib.error, EOFError, NotImplementedError (a compression method), a bad CRC...: this part is
                    # damaged and the reader will say so in its own words; the other parts are still measured.
                    continue
                markers = b"hidden" in xml or b"<f" in xml or b":f" in xml
                found[member.filename] = SheetSurvey(used_area(xml), markers and member.file_size <= MAX_SCANNED_BYTES)
    except Exception:  # the reader reports a damaged package in its own words (check_package refused the rest)
        return found
    return found


def refused_area(survey: Mapping[str, SheetSurvey], part: str | None) -> tuple[int, int] | None:
    """The used area a sheet in ``part`` is refused for, or None when it may be read.

    A sheet whose part is not known (openpyxl, which maps sheets to parts, refuses a workbook part that calamine
    still reads) may be any part: it is refused when the package holds an oversized one, with the largest area,
    since guessing wrong lets calamine abort the process.
    """
    if part is not None and part in survey:
        return survey[part].area if survey[part].oversized else None
    oversized = [found.area for found in survey.values() if found.oversized]
    return max(oversized, key=lambda area: area[0] * area[1]) if oversized else None


def sheet_too_large(sheet: str, name: str, area: tuple[int, int]) -> InputFileError:
    """The sentence for a sheet whose used area is beyond the limit, or beyond a worksheet's last row or column."""
    last_row, last_column = area
    corner = f"{column_letter(last_column - 1)}{last_row}"
    if last_row * last_column <= MAX_GRID_CELLS:  # small, but reaching beyond a worksheet's last row or column
        beyond = (
            f"a cell in column {column_letter(last_column - 1)}, beyond a worksheet's last column XFD"
            if last_column > LAST_COLUMN
            else f"a cell in row {last_row:,}, beyond a worksheet's last row {LAST_ROW:,}"
        )
        return InputFileError(  # the reader's own sentence, with the reason in English as the reader's reasons are
            translate("InputFile", "Sheet '{sheet}' of {name} cannot be read ({reason}).").format(
                sheet=sheet, name=name, reason=f"{beyond}: the file is damaged"
            )
        )
    return InputFileError(
        translate(
            "InputFile",
            "Sheet '{sheet}' of {name} reaches cell {corner}: its used area of {rows} rows × {columns} columns is "
            "beyond the {limit} cells this app reads. A stray value far below or to the right of the data? "
            "Delete it (or clear those rows and columns) and save.",
        ).format(
            sheet=sheet,
            name=name,
            corner=corner,
            rows=f"{last_row:,}",
            columns=f"{last_column:,}",
            limit=f"{MAX_GRID_CELLS:,}",
        )
    )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number
