"""What a sheet's values do not say: which rows are hidden, which formulas were never calculated (issue 8.7, 8.10).

calamine reads values only. Two facts an analyst's workbook often carries are lost with that: a row hidden in Excel
(an on-hold project tucked away, a filtered-out row) and a formula cell saved without its result (a file written by a
script or a tool that does not calculate, which Excel would fill on opening). Both are in the sheet's XML, so for
OOXML files (``.xlsx``/``.xlsm``) this module streams that XML once per sheet, looking only at ``<row>`` attributes
and ``<c>`` elements, and keeps nothing else. openpyxl's workbook parser maps sheet names to their XML parts; lxml
parses without entity resolution or network access. Other formats (``.xls``, ``.ods``, CSV) report no facts: the
rows load as they read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
_TRUE = {"1", "true"}


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
    """Stream one sheet part and collect its hidden rows and uncalculated formulas (nothing else is kept)."""
    from lxml import etree

    hidden: set[int] = set()
    formulas: dict[tuple[int, int], str] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part) as stream:
            events = etree.iterparse(
                stream,
                events=("start", "end"),
                tag=(f"{_MAIN_NS}row", f"{_MAIN_NS}c"),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
            )
            for event, element in events:
                if element.tag == f"{_MAIN_NS}row":
                    if event == "start" and element.get("hidden", "").lower() in _TRUE:
                        row = element.get("r")
                        if row and row.isdigit():
                            hidden.add(int(row))
                    elif event == "end":
                        element.clear()
                    continue
                if event != "end":
                    continue
                formula = element.find(f"{_MAIN_NS}f")
                if formula is not None:
                    value = element.find(f"{_MAIN_NS}v")
                    inline = element.find(f"{_MAIN_NS}is")
                    if (value is None or not (value.text or "").strip()) and inline is None:
                        position = _position(element.get("r", ""))
                        if position is not None:
                            formulas[position] = (
                                "=" + text if (text := (formula.text or "").strip()) else "(shared formula)"
                            )
    except Exception:  # facts are a courtesy: a sheet calamine reads must not fail because of them
        return SheetFacts(frozenset(hidden), formulas)
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
