"""Find the header row of the Projects sheet and map its columns to the method's fields (METHOD.md §1).

Matching ignores case, spaces, underscores, punctuation and a unit in brackets; each field has aliases. Units in
headers (``Capex (USD bn)``, ``Capex JPY bn``, ``Capacity (kt/y)``, ``Opex (USD/t)``) become a scale factor and a
currency per column, so values are converted once, vectorised, after reading.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from evaluator.inputs.cells import number_from_text
from evaluator.model.fields import FIELDS, FIELDS_BY_NAME, IGNORE, fold
from evaluator.model.parameters import Parameters
from evaluator.reference.currencies import CURRENCIES, HEADER_WORDS
from evaluator.reference.elements import GROUPS, SYMBOLS, symbol_for

HEADER_SEARCH_ROWS = 20
MIN_RECOGNISED = 3
_ALIAS_TO_FIELD: dict[str, str] = {fold(alias): f.name for f in FIELDS for alias in f.aliases}

# ---------------------------------------------------------------------------------------------- units in headers


@dataclass(frozen=True)
class Unit:
    """How to bring a column's numbers to the method's unit: multiply by ``factor``; money stays in ``currency``."""

    factor: float = 1.0
    currency: str = ""  # a code of currencies.CURRENCIES for money columns, "" otherwise
    text: str = ""
    #: ``magnet``: a capacity in tonnes of magnet, brought to REO by ``magnet_reo_share`` when it is scored (the
    #: factor holds the default share so the import's checks see REO); "" for every other unit.
    basis: str = ""


#: METHOD.md v2 §1: oxide / metal mass ratio for a capacity given in t metal/y (REO = metal × 1.17).
OXIDE_PER_METAL = 1.17


_CODES = "|".join(code.lower() for code in CURRENCIES)
_SCALE_WORDS = (
    ("million", "m"),
    ("millions", "m"),
    ("mn", "m"),
    ("mm", "m"),
    ("billion", "bn"),
    ("billions", "bn"),
    ("thousand", "k"),
)
_MONEY_SCALE = {"": 1e-6, "k": 1e-3, "m": 1.0, "bn": 1000.0, "b": 1000.0, "oku": 100.0}
#: Words naming the basis of a quantity, not its unit ("t REO/y", "USD m real"): dropped before matching.
_BASIS_WORDS = frozenset({"reo", "treo", "oxide", "oxides", "ree", "contained", "nominal", "real"})


def _fold_unit(text: str) -> str:
    folded = text.lower().replace("億円", "okujpy").replace("百万円", "mjpy").replace("億", "oku")
    for word, replacement in HEADER_WORDS:
        folded = folded.replace(word, f" {replacement} ")
    tokens = re.findall(r"[0-9a-z]+|/", folded)
    words = [dict(_SCALE_WORDS).get(w, w) for w in tokens if w not in _BASIS_WORDS]
    return "".join(words).replace("per", "/")


def parse_unit(unit_kind: str, text: str) -> Unit | None:
    """The conversion for a unit written in a header, or None when this app cannot read that unit."""
    if not text.strip():
        return Unit(currency="USD" if unit_kind.startswith("money") else "")
    folded = _fold_unit(text)
    if unit_kind == "money_m":
        match = re.fullmatch(rf"({_CODES})(k|m|bn|b|oku|)|(k|m|bn|b|oku|)({_CODES})", folded)
        if not match:
            return None
        currency = (match.group(1) or match.group(4)).upper()
        scale = match.group(2) if match.group(1) else match.group(3)
        return Unit(_MONEY_SCALE[scale or ""], currency, text.strip())
    if unit_kind == "money_per_kg":
        match = re.fullmatch(rf"({_CODES})?/?(kg|t|tonne|ton|lb)", folded)
        if not match:
            return None
        per = {"kg": 1.0, "t": 1e-3, "tonne": 1e-3, "ton": 1e-3, "lb": 1 / 0.45359237}[match.group(2)]
        return Unit(per, (match.group(1) or "usd").upper(), text.strip())
    if unit_kind == "capacity":
        match = re.fullmatch(
            r"(k)?(t|tonnes|tons|tonne)(magnets?|ndfeb|metals?)?(/?y|/?a|pa|py|/year|/yr|peryear|/annum)?", folded
        )
        if not match:
            return None
        scale = 1000.0 if match.group(1) else 1.0
        product = match.group(3) or ""
        if product.startswith("metal"):
            return Unit(scale * OXIDE_PER_METAL, "", text.strip())
        if product:  # magnet or NdFeB: converted at scoring by magnet_reo_share; the default share meanwhile
            return Unit(scale * Parameters().magnet_reo_share, "", text.strip(), basis="magnet")
        return Unit(scale, "", text.strip())
    return Unit(text=text.strip())


# Unit words that may trail a header without brackets ("Capex USD bn", "capacity_ktpa", "Opex USD/kg").
_TRAILING_UNIT = re.compile(
    r"(?P<unit>(?:in\s+)?(?:us\$|au\$|a\$|ca\$|c\$|\$|€|£|₩|¥|yen|rmb|" + _CODES + r")\s*"
    r"(?:m|mn|mm|bn|b|million|billion|k)?(?:\s*/\s*(?:kg|t))?"
    r"|(?:m|mn|bn|million|billion)\s*(?:yen|" + _CODES + r")|(?:k)?t\s*/\s*(?:y|a|yr)|k?tpa|k?tpy|億円|百万円)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeaderCell:
    """What one header cell says: the field it names (or an element symbol), and its unit."""

    text: str
    field: str | None = None
    element: str | None = None
    unit_text: str = ""


def read_header(text: object) -> HeaderCell:
    """Recognise a header cell; unrecognised text yields a HeaderCell with neither field nor element."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        return HeaderCell(raw)
    units = re.findall(r"[(\[]([^)\]]*)[)\]]", raw)
    bare = re.sub(r"[(\[][^)\]]*[)\]]", " ", raw).strip()
    unit_text = units[-1].strip() if units else ""
    found = None
    if not unit_text:
        # A unit written after the name ("Capex USD bn", "Capex 億円") is split off first: matching the whole text
        # would fold the unit away (non-Latin units vanish entirely) and lose it silently.
        trailing = _TRAILING_UNIT.search(bare.replace("_", " "))
        if trailing and trailing.start() > 0:
            candidate = _field_or_element(bare.replace("_", " ")[: trailing.start()])
            if candidate is not None:
                found, unit_text = candidate, trailing.group("unit").strip()
    if found is None:
        found = _field_or_element(bare)
    if found is None:
        return HeaderCell(raw, unit_text=unit_text)
    kind, name = found
    return HeaderCell(
        raw, field=name if kind == "field" else None, element=name if kind == "element" else None, unit_text=unit_text
    )


#: Header cells that number the rows: the analyst's row id (issue 8.8).
_ID_MARKS = frozenset({"#", "no.", "no", "nr.", "nr", "№", "n°"})


def _field_or_element(text: str) -> tuple[str, str] | None:
    if text.strip().lower() in _ID_MARKS:
        return "field", "project_id"
    key = fold(text)
    if not key:
        return None
    if key in _ALIAS_TO_FIELD:
        return "field", _ALIAS_TO_FIELD[key]
    symbol = symbol_for(text.strip()) or symbol_for(key)
    stripped = re.sub(r"(output|production|tpa|ty|t|produced|yesno)$", "", key)
    if symbol is None:
        symbol = symbol_for(stripped) if stripped else None
    if symbol:
        return "element", symbol
    group = GROUPS.get(key) or GROUPS.get(stripped)
    # A column named for a group ("NdPr", "DyTb") stands for each of its elements (issue 8.8).
    return ("element", "+".join(group)) if group else None


@dataclass(frozen=True)
class HeaderMap:
    """Where the header is and which column holds which field (0-based column indices)."""

    row_index: int  # 0-based index into the grid; the worksheet row is row_index + 1
    fields: dict[str, int]
    elements: dict[str, int]
    units: dict[str, str]  # field → unit text as written
    duplicates: list[tuple[str, int, int]]  # (field or element, kept column, ignored column)
    unrecognised: list[tuple[int, str]]  # (column, header text)
    unit_row: bool = False  # the row under the header states units (issue 8.3) and is not a project

    @property
    def data_start(self) -> int:
        """0-based grid index of the first data row: after the header, and after its unit row when there is one."""
        return self.row_index + (2 if self.unit_row else 1)


def find_header(
    rows: list[list[object]], *, header_row: int | None = None, columns: Mapping[str, str] | None = None
) -> HeaderMap | None:
    """The first row within the first 20 with at least three recognised names, mapped; None if there is none.

    ``header_row`` (1-based) takes that row as the header whatever it holds; ``columns`` maps folded header texts
    to a field, an element symbol or :data:`IGNORE`, ahead of the aliases (the import choices, issue 8.7).
    """
    columns = columns or {}
    if header_row is not None:
        if header_row > len(rows):
            return None
        return _map_row(header_row - 1, [_mapped(read_header(v), columns) for v in rows[header_row - 1]])
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [_mapped(read_header(value), columns) for value in row]
        if sum(1 for c in cells if c.field or c.element) >= MIN_RECOGNISED:
            return _map_row(index, cells)
    return None


def _mapped(cell: HeaderCell, columns: Mapping[str, str]) -> HeaderCell:
    """The cell as the user's column mapping says (a field, an element, or ignored), else as recognised."""
    target = columns.get(fold(cell.text)) if cell.text else None
    if target is None:
        return cell
    if target == IGNORE:
        return HeaderCell("", unit_text=cell.unit_text)
    if target in FIELDS_BY_NAME:
        return dataclasses.replace(cell, field=target, element=None)
    return dataclasses.replace(cell, field=None, element=target)


def absorb_unit_row(header: HeaderMap, rows: list[list[object]], *, forced: bool | None = None) -> HeaderMap:
    """Read a row of units directly under the header (``US$ bn`` under ``Capex``), as analysts often write them.

    The row counts as units when it holds no number at all and at least one of the columns that take a unit
    (capacity, capex, opex and their ranges) holds a unit this app reads. Its units fill in for header cells that
    name none; a unit in the header itself wins. Without this, ``US$ bn`` under ``Capex`` was read as USD m, a
    silent 1000× error, and the unit row itself was reported as a broken project. ``forced`` True takes the row
    as units whatever it holds, False never does (the import choices); None decides as above.
    """
    below = header.row_index + 1
    if forced is False or below >= len(rows):
        return header
    row = rows[below]
    if forced is None and any(_is_number(value) for value in row):
        return header
    units = dict(header.units)
    found = False
    for name, column in header.fields.items():
        field = FIELDS_BY_NAME[name]
        text = row[column] if column < len(row) else None
        if field.unit_kind is None or not isinstance(text, str) or not text.strip():
            continue
        if parse_unit(field.unit_kind, text) is None:
            continue
        found = True
        if not units.get(name):
            units[name] = text.strip()
    if not found and not forced:
        return header
    return dataclasses.replace(header, units=units, unit_row=True)


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return not math.isnan(value)  # NaN is a blank, not a number
    return isinstance(value, str) and number_from_text(value) is not None


def _map_row(index: int, cells: list[HeaderCell]) -> HeaderMap:
    fields: dict[str, int] = {}
    elements: dict[str, int] = {}
    units: dict[str, str] = {}
    duplicates: list[tuple[str, int, int]] = []
    unrecognised: list[tuple[int, str]] = []
    for column, cell in enumerate(cells):
        if cell.field:
            if cell.field in fields:
                duplicates.append((cell.field, fields[cell.field], column))
                continue
            fields[cell.field] = column
            units[cell.field] = cell.unit_text
        elif cell.element:
            for symbol in cell.element.split("+"):
                if symbol in elements:
                    duplicates.append((symbol, elements[symbol], column))
                    continue
                elements[symbol] = column
        elif cell.text:
            unrecognised.append((column, cell.text))
    ordered = {s: elements[s] for s in SYMBOLS if s in elements}
    return HeaderMap(index, fields, ordered, units, duplicates, unrecognised)
