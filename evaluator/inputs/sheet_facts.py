"""What a sheet's values do not say: which rows are hidden, which formulas were never calculated (issue 8.7, 8.10).

calamine reads values only. Two facts an analyst's workbook often carries are lost with that: a row hidden in Excel
(an on-hold project tucked away, a filtered-out row) and a formula cell saved without its result (a file written by a
script or a tool that does not calculate, which Excel would fill on opening). Both are in the sheet's XML, so for
OOXML files (``.xlsx``/``.xlsm``) this module streams that XML once per sheet, looking only at ``<row>`` attributes
and ``<c>`` elements, and keeps nothing else. openpyxl's workbook parser maps sheet names to their XML parts; the
standard library's expat parser streams the part (it fetches no external entity and, from expat 2.4, refuses
entity amplification; lxml is not in the desktop bundle). Other formats (``.xls``, ``.ods``, CSV) report no facts:
the rows load as they read.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field

_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
#: Largest sheet part scanned (bytes, uncompressed): beyond it the facts are skipped, the values still load.
MAX_SCANNED_BYTES = 256 * 1024 * 1024
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix some writers use (<x:row>)
_HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")
_ROW_TAG = re.compile(rb"<" + _PREFIX + rb"row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_FORMULA_START = re.compile(rb"<" + _PREFIX + rb"f[\s>/]")
_CELL = re.compile(rb"<(" + _PREFIX + rb")c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.DOTALL)
_CELL_REF_ATTR = re.compile(rb"""\br\s*=\s*["']([A-Za-z]+\d+)["']""")
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f\b[^>]*?(?:/>|>(.*?)</" + _PREFIX + rb"f>)", re.DOTALL)
_VALUE = re.compile(rb"<" + _PREFIX + rb"v\b[^>]*>(.*?)</" + _PREFIX + rb"v>", re.DOTALL)
_INLINE = re.compile(rb"<" + _PREFIX + rb"is\b")


@dataclass(frozen=True)
class SheetFacts:
    """Hidden rows (1-based) and formula cells saved without a value: (row, 0-based column) → formula text."""

    hidden_rows: frozenset[int] = frozenset()
    formulas_without_value: Mapping[tuple[int, int], str] = field(default_factory=dict)


NO_FACTS = SheetFacts()


def sheet_parts(data: bytes) -> dict[str, str]:
    """Sheet name → XML part path inside an OOXML package; empty when the bytes are not one (or cannot be read)."""
    from openpyxl.reader.workbook import WorkbookParser

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            workbook_part = _workbook_part(archive)
            if workbook_part is None:
                return {}
            parser = WorkbookParser(archive, workbook_part)
            parser.parse()
            # openpyxl resolves each relationship to its path inside the archive (as its own reader opens it).
            return {sheet.name: rel.target.lstrip("/") for sheet, rel in parser.find_sheets()}
    except Exception:  # a package openpyxl cannot map still loads through calamine, only without these facts
        return {}


def read_sheet_facts(data: bytes, part: str) -> SheetFacts:
    """Scan one sheet part for its hidden rows and uncalculated formulas (nothing else is kept).

    Most sheets have neither, and say so in one byte search each; only then are the row tags or the cells looked
    at, with linear patterns over the part's bytes (an XML parser building every cell cost more than reading the
    sheet: 1.9 s for 10,000 rows). A part too large to scan, or one that cannot be read, reports no facts.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo(part).file_size > MAX_SCANNED_BYTES:
                return NO_FACTS
            xml = archive.read(part)
    except Exception:  # facts are a courtesy: a sheet calamine reads must not fail because of them
        return NO_FACTS
    hidden: set[int] = set()
    if b"hidden" in xml and _HIDDEN.search(xml):  # a byte search first: the pattern alone costs 15 ms per MB
        for tag in _ROW_TAG.finditer(xml):
            attributes = tag.group(1)
            if _HIDDEN.search(attributes) and (number := _ROW_NUMBER.search(attributes)):
                hidden.add(int(number.group(1)))
    formulas: dict[tuple[int, int], str] = {}
    if (b"<f" in xml or b":f" in xml) and _FORMULA_START.search(xml):
        for cell in _CELL.finditer(xml):
            body = cell.group(3) or b""
            formula = _FORMULA.search(body)
            if formula is None or _INLINE.search(body):
                continue
            value = _VALUE.search(body)
            if value is not None and value.group(1).strip():
                continue
            reference = _CELL_REF_ATTR.search(cell.group(2))
            position = _position(reference.group(1).decode("ascii")) if reference else None
            if position is not None:
                text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace")).strip()
                formulas[position] = "=" + text if text else "(shared formula)"
    return SheetFacts(frozenset(hidden), formulas)


def _workbook_part(archive: zipfile.ZipFile) -> str | None:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return "xl/workbook.xml"
    return next((name for name in names if name.endswith("/workbook.xml")), None)


def _position(reference: str) -> tuple[int, int] | None:
    match = _CELL_REF.fullmatch(reference.upper())
    if match is None:
        return None
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + (ord(letter) - 64)
    return int(digits), column - 1
