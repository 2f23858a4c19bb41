"""Seeded generator of hostile and unlucky workbooks for the fuzz test (issue 9); it never imports ``evaluator``.

Two kinds of case, each a pure function of ``(kind, seed, index)``: case ``i`` of seed ``s`` is always the same
bytes, in any process and in any order, so a failure found in a run of 20,000 is reproduced alone.

``random``
    A workbook built with openpyxl from nothing: one to five sheets (a projects-like sheet, the optional
    ``Settings``, ``Countries``, ``Elements`` and ``FX`` sheets, covers and junk), headers mixing the app's real
    column names and aliases with junk, duplicates and blanks, cells of every type (numbers with NaN, inf, huge,
    negative and subnormal values, unicode and formula-looking text, dates far out of range, booleans, Excel error
    values, formulas without a cached value), number formats that turn numbers into dates, hidden rows, columns and
    sheets, merged cells, comments, and now and then a stray cell far away. Strings are moved to a shared-strings
    part half of the time, as Excel writes them. About one case in twelve is a CSV file instead (encodings,
    delimiters, unbalanced quotes, NUL bytes).
``mutation``
    A valid workbook (the bundled sample, or a generated valid one with shared strings, a cached formula and the
    optional sheets) changed structurally, one to four times: zip members deleted, duplicated, renamed, swapped,
    emptied or compressed with another method; XML elements of the sheets, shared strings, workbook, relationships,
    content types and styles deleted, duplicated or swapped; attribute values replaced (``r="XFD1048576"``,
    ``t="s"`` with an index out of range, ``t="d"`` with junk, dimension refs, sheet states, relationship targets);
    cell text replaced; namespaces, encodings, quoting and attribute spacing changed; entity bombs and external
    entities added; and sometimes raw damage after packing (byte flips, truncation, central-directory fields that
    lie about sizes, methods, flags and offsets).

Each case carries a ``recipe``: the steps that made it, for the report.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = ("random", "mutation")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "ree_candidate_facilities_sample.xlsx"

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_FIXED_TIME = (2026, 1, 2, 3, 4, 6)


@dataclass(frozen=True)
class Case:
    """One generated input: the bytes, the file suffix it is saved under, and how it was made."""

    kind: str
    seed: int
    index: int
    data: bytes
    suffix: str
    recipe: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.kind} seed {self.seed} case {self.index}"


def make_case(kind: str, seed: int, index: int, *, sample: bytes | None = None) -> Case:
    """Case ``index`` of ``seed`` (deterministic); ``sample`` is the bundled workbook's bytes (read when omitted)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    rng = random.Random(f"ree-fuzz/{kind}/{seed}/{index}")  # a str seed is hashed with SHA-512: stable everywhere
    recipe: list[str] = []
    if kind == "random":
        data, suffix = random_input(rng, recipe)
    else:
        base = sample if sample is not None else SAMPLE.read_bytes()
        data, suffix = mutated_workbook(rng, recipe, base)
    return Case(kind, seed, index, data, suffix, tuple(recipe))


# ---------------------------------------------------------------------------------------------------- vocabulary

#: The app's input columns, as analysts write them: the field name first, then aliases and headers with units.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "project_id": ("project_id", "Project ID", "ID", "Ref", "Project code", "code"),
    "name": ("name", "Project name", "Facility", "Plant", "Asset", "project"),
    "sponsor": ("sponsor", "Sponsor", "Company", "Owner", "Developer"),
    "country": ("country", "Country", "Host country", "Location", "Jurisdiction"),
    "facility_type": ("facility_type", "Facility type", "Type", "Process step", "Category"),
    "stage": ("stage", "Stage", "Status", "Development stage", "Phase"),
    "capacity_tpa": (
        "capacity_tpa", "Capacity (t/y REO)", "Capacity (kt/y)", "Nameplate capacity", "Throughput", "Capacity",
    ),
    "capex_musd": (
        "capex_musd", "Capex (USD m)", "Capex (USD bn)", "Capex JPY bn", "Capex (A$ m)", "Capital cost",
        "Capex (€ million)", "Capex (¥ oku)", "Capex",
    ),
    "opex_usd_per_kg": ("opex_usd_per_kg", "Opex (USD/kg)", "Opex (USD/t)", "Cash cost", "Opex (¥/kg)", "Opex"),
    "feed_country": ("feed_country", "Feed country", "Feedstock from", "Feed source", "Feedstock origin"),
    "elements": ("elements", "Elements", "Products", "REE produced", "Element list"),
    "capex_low": ("capex_low", "Capex low (USD m)", "Capex P10"),
    "capex_high": ("capex_high", "Capex high (USD m)", "Capex P90"),
    "opex_low": ("opex_low", "Opex low (USD/kg)", "Opex P10"),
    "opex_high": ("opex_high", "Opex high (USD/kg)", "Opex P90"),
    "start_year": ("start_year", "Start year", "First production", "COD", "Year"),
    "latitude": ("latitude", "Latitude", "lat"),
    "longitude": ("longitude", "Longitude", "lon", "lng"),
    "notes": ("notes", "Notes", "Comments", "Remarks"),
}  # fmt: skip
REQUIRED = ("name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg")
ELEMENT_COLUMNS = ("Nd", "Pr", "Dy", "Tb", "Terbium", "La", "Ce", "Y", "Sm", "Lu")
JUNK_HEADERS = (
    "", " ", "Column1", "Unnamed: 3", "TOTAL", "#REF!", "x", "??", "備考", "Capex?", "opex opex", "\u200b",
    "Project ID (old)", "1", "2026", "capex_musd_2", "name name", "N/A", "Σ", "country/feed", "=A1",
)  # fmt: skip
COUNTRIES = (
    "Australia", "USA", "United States", "Viet Nam", "Korea, Rep.", "JP", "CHN", "China", "Canada", "Brazil",
    "Madagascar", "Malaysia", "Estonia", "France", "UK", "Greenland", "Kazakhstan", "Myanmar", "Russia",
    "South Africa", "Namibia", "Tanzania", "India", "Japan", "TBD", "Atlantis", "Côte d'Ivoire", "Türkiye",
    "中国", "日本", "Deutschland", "EU", "n/a", "various",
)  # fmt: skip
STAGES = (
    "concept", "Scoping study", "PFS", "Pre-feasibility", "DFS", "BFS", "FID", "Under construction",
    "Commissioning", "Operating", "on hold", "Care and maintenance", "Pilot plant", "Exploration", "???",
)  # fmt: skip
TYPES = (
    "separation", "Refinery", "metal", "NdFeB magnets", "integrated", "Mine-to-magnet", "SX", "separation + metal",
    "metal/alloy", "magnet; refining", "cracking", "unknown",
)  # fmt: skip
ELEMENT_TEXTS = (
    "Nd, Pr", "NdPr", "Nd; Pr; Dy; Tb", "Dy, Tb", "LREE", "HREE", "all", "Y", "La/Ce", "Nd Pr Dy", "Sm-Co",
    "Neodymium, Praseodymium", "Nd, Nd, Nd", "Xx, Zz", "", "Nd,Pr,Dy,Tb,Y,La,Ce,Sm,Eu,Gd,Ho,Er,Tm,Yb,Lu,Sc,Pm",
)  # fmt: skip
PARAMETERS = (
    "method", "weight_cost", "weight_risk", "weight_coverage", "discount_rate", "life_years", "utilisation",
    "normalisation", "lcop_lo", "lcop_hi", "fx_jpy_per_usd", "fx_eur_per_usd", "alignment_discount",
    "dominant_supplier", "site_share", "unknown_feed_floor", "max_risk", "stages", "facility_types", "must_cover",
    "exclude_countries", "top_n", "mc_samples", "mc_seed", "mc_alpha", "portfolio_budget_musd", "discount rate",
    "Weight cost", "r", "unknown_setting",
)  # fmt: skip
SETTING_VALUES = (
    "wsm", "topsis", "WSM", "0.08", "8%", "8", "0", "1", "-1", "100", "1e308", "nan", "inf", "", "yes",
    "relative", "absolute", "operating, construction", "Nd, Dy", "CHN, RUS", "10", "0.999999", "20", "abc",
    "1,000", "50%", "-0", "1e-300",
)  # fmt: skip
SHEET_NAMES = (
    "Projects", "projects", "PROJECTS ", " Projects", "Settings", "Countries", "Elements", "FX", "About",
    "Cover", "Read me", "Sheet1", "Workings", "Pipeline", "データ", "Проекты", "x" * 31, "It's", "A&B (2026)",
    "Σ-sum", "😀", "Hidden", "Chart1",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------- cell values


def _pick(rng: random.Random, items: Sequence[Any]) -> Any:
    return items[rng.randrange(len(items))]


def _text(rng: random.Random, length: int | None = None) -> str:
    alphabets = (
        "abcdefghijklmnopqrstuvwxyz ",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,;:/()%$€¥£",
        "日本語中文한국어العربيةעבריתΑλφαКириллица",
        "\u0301\u0308\u200b\u200e\u200f\u202e\ufeff\u00a0\u3000",  # combining, zero-width, bidi, BOM, spaces
        "😀🏭⚗️🇦🇺",
        "<>&\"'=+-@\\|",
    )
    length = rng.randint(1, 24) if length is None else length
    chars = [_pick(rng, _pick(rng, alphabets)) for _ in range(length)]
    return "".join(chars)


def hostile_value(rng: random.Random) -> Any:
    """Any value a cell can hold that an analyst would not want to see there."""
    roll = rng.randrange(14)
    if roll == 0:
        return _pick(rng, (math.nan, math.inf, -math.inf, 1e308, -1e308, 5e-324, -0.0, 1e-310, 2.0**53 + 1))
    if roll == 1:
        return _pick(rng, (0, -1, -5000, 10**15, 10**30, 2**63, -(2**63) - 1, 10**400 // 10**390))
    if roll == 2:
        return rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-12, 12)
    if roll == 3:
        return _text(rng)
    if roll == 4:
        return _pick(
            rng,
            (
                "=1+1", "=SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3",
                "=1/0", "'quoted", "=", "==", "=A1048576",
            ),
        )  # fmt: skip
    if roll == 5:
        return _pick(
            rng,
            (
                "1,234.5", "1.234,5", "5.000", "1 234", "1e400", "NaN", "inf", "-inf", "−5", "１２３", "12%",
                "A$450m", "US$1.2bn", "¥ 3 oku", "€12,5", "(400)", "400-500", "~300", ">1000", "0x10", "1_000",
                "12.5.3", ".", "-", "—", "n/a", "TBD", "1e-400", "٣٤٥", "⅔", "4\u00a0000", "9" * 70,
            ),
        )  # fmt: skip
    if roll == 6:
        return _pick(
            rng,
            (
                dt.datetime(2026, 1, 2, 3, 4, 5), dt.date(1900, 1, 1), dt.date(1, 1, 1), dt.datetime(9999, 12, 31),
                dt.time(12, 30), dt.timedelta(days=-3, hours=5), dt.date(1900, 2, 28), dt.date(2030, 6, 30),
            ),
        )  # fmt: skip
    if roll == 7:
        return _pick(rng, (True, False))
    if roll == 8:
        return _pick(rng, ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"))
    if roll == 9:
        return _pick(rng, ("", " ", "\t", "\n", "  \u3000 ", "None", "null", "-", "0"))
    if roll == 10:
        return _text(rng, rng.choice((100, 300, 2000, 6000))) if rng.random() < 0.9 else "x" * 32767
    if roll == 11:
        return "".join(_pick(rng, ("_x0000_", "_x0007_", "_x001F_", "_xD800_", "_xFFFF_", "a", "_x")) for _ in range(5))
    if roll == 12:
        return _pick(rng, COUNTRIES) + _pick(rng, ("", " 60%, China 40%", "/", " ", ";", " (tbc)", "?"))
    return None


def proper_value(rng: random.Random, field: str) -> Any:
    """A plausible value for one of the app's fields (or an element column)."""
    if field in {"project_id"}:
        return f"P-{rng.randint(1, 999):03d}" if rng.random() < 0.9 else rng.randint(1, 99)
    if field in {"name", "sponsor", "notes"}:
        return (
            f"{_pick(rng, ('North', 'Lake', 'Red', 'Iron', 'Blue'))} {_pick(rng, ('Rare Earths', 'Refinery', 'Plant'))}"
        )
    if field in {"country", "feed_country"}:
        value = _pick(rng, COUNTRIES)
        if field == "feed_country" and rng.random() < 0.3:
            value = f"{value} 70%, {_pick(rng, COUNTRIES)} 30%"
        return value if rng.random() < 0.9 else ""
    if field == "facility_type":
        return _pick(rng, TYPES)
    if field == "stage":
        return _pick(rng, STAGES)
    if field == "capacity_tpa":
        return round(rng.uniform(50, 60000), rng.randint(0, 2))
    if field in {"capex_musd", "capex_low", "capex_high"}:
        return round(rng.uniform(1, 4000), rng.randint(0, 3))
    if field in {"opex_usd_per_kg", "opex_low", "opex_high"}:
        return round(rng.uniform(0.5, 150), 2)
    if field == "elements":
        return _pick(rng, ELEMENT_TEXTS)
    if field == "start_year":
        return rng.randint(2015, 2045) if rng.random() < 0.8 else dt.date(rng.randint(2015, 2045), 6, 1)
    if field == "latitude":
        return rng.uniform(-90, 90)
    if field == "longitude":
        return rng.uniform(-180, 180)
    if field in ELEMENT_COLUMNS:
        return _pick(rng, ("yes", "x", 1, 0, "", "no", "✓", 0.5, None))
    return _text(rng)


# ---------------------------------------------------------------------------------------------- random workbooks


def random_input(rng: random.Random, recipe: list[str]) -> tuple[bytes, str]:
    """A random workbook (one time in twelve a CSV file, one in ten an OpenDocument one) and its suffix."""
    kind = rng.random()
    if kind < 1 / 12:
        return random_csv(rng, recipe)
    if kind < 1 / 12 + 1 / 10:
        return random_ods(rng, recipe), ".ods" if rng.random() < 0.9 else _pick(rng, (".xlsx", ".ODS", ""))
    data = random_workbook(rng, recipe)
    suffix = ".xlsx" if rng.random() < 0.92 else _pick(rng, (".xlsm", ".xls", ".ods", ".XLSX", ".csv", ".bin", ""))
    if suffix != ".xlsx":
        recipe.append(f"saved as {suffix or 'no suffix'}")
    return data, suffix


def random_workbook(
    rng: random.Random, recipe: list[str], *, valid: bool = False, shared_strings: bool | None = None
) -> bytes:
    """A workbook built with openpyxl; ``valid`` makes one whose rows should load (a mutation base).

    ``shared_strings``: move the text to a shared-strings part (None: always for a valid one, else at random).
    """
    book = _random_book(rng, recipe, valid=valid)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book.save(buffer)
    parts = unpack(buffer.getvalue())
    if shared_strings if shared_strings is not None else (valid or rng.random() < 0.5):
        parts = to_shared_strings(parts)
        recipe.append("shared strings")
    if valid:
        parts = _add_cached_formula(parts)
    return pack(parts)


def _random_book(rng: random.Random, recipe: list[str], *, valid: bool) -> Any:
    """The openpyxl workbook behind :func:`random_workbook` and :func:`random_ods`."""
    from openpyxl import Workbook

    book = Workbook()
    projects = book.active
    projects.title = "Projects" if valid or rng.random() < 0.6 else _safe_title(rng, projects)
    proper = 1.0 if valid else rng.choice((0.5, 0.8, 0.9, 0.97, 1.0))
    recipe.append(f"sheet '{projects.title}', {proper:.0%} proper cells")
    _fill_projects(rng, projects, recipe, proper, valid=valid)
    extra = ["Settings", "Countries", "Elements", "FX"] if valid else []
    if not valid:
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
            extra.append(_pick(rng, SHEET_NAMES))
    for title in extra:
        sheet = book.create_sheet()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a title made longer than 31 characters to be unique
                sheet.title = title
        except ValueError:
            sheet.title = f"S{len(book.worksheets)}"
        position = rng.random()
        if not valid and position < 0.2 and len(book.worksheets) > 1:
            book.move_sheet(sheet, offset=-(len(book.worksheets) - 1))
            recipe.append(f"sheet '{sheet.title}' first")
        _fill_other_sheet(rng, sheet, recipe, proper)
    if not valid and rng.random() < 0.1 and len(book.worksheets) > 1:
        victim = _pick(rng, book.worksheets)
        victim.sheet_state = _pick(rng, ("hidden", "veryHidden"))
        recipe.append(f"sheet '{victim.title}' {victim.sheet_state}")
    return book


def _safe_title(rng: random.Random, sheet: Any) -> str:
    title = _pick(rng, SHEET_NAMES)
    try:
        sheet.title = title
    except ValueError:
        return "Sheet"
    return sheet.title


def _fill_projects(rng: random.Random, sheet: Any, recipe: list[str], proper: float, *, valid: bool) -> None:
    fields = list(REQUIRED) + [f for f in FIELD_WORDS if f not in (*REQUIRED, "elements") and rng.random() < 0.5]
    if valid or rng.random() < 0.75:
        fields.append("elements")  # the elements as a list ...
    if not valid and ("elements" not in fields or rng.random() < 0.1):
        fields += rng.sample(ELEMENT_COLUMNS, rng.randint(1, 4))  # ... or one column per element
    mode = "complete" if valid else rng.choices(("complete", "partial", "junk", "none"), (70, 18, 7, 5))[0]
    if mode == "partial":
        fields = rng.sample(fields, rng.randint(1, len(fields)))
    rng.shuffle(fields)
    columns: list[tuple[str, Any]] = [(f, f if valid else _pick(rng, FIELD_WORDS.get(f, (f,)))) for f in fields]
    if mode == "junk":
        columns = [("?", _pick(rng, JUNK_HEADERS)) for _ in range(rng.randint(1, 12))]
    if not valid:
        for _ in range(rng.choice((0, 0, 0, 1, 2))):  # a duplicate, a blank or a junk header
            extra = _pick(rng, columns) if columns and rng.random() < 0.6 else ("?", _pick(rng, JUNK_HEADERS))
            columns.insert(rng.randrange(len(columns) + 1), extra)
    headers = [header for _field, header in columns]
    recipe.append(f"header {mode}: {len(headers)} columns")
    title_rows = 0 if valid else rng.choice((0, 0, 0, 1, 2, 3))
    for _ in range(title_rows):
        sheet.append([_pick(rng, ("Candidate facilities", "ILLUSTRATIVE", _text(rng), None))])
    if title_rows and rng.random() < 0.5:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(headers)))
        recipe.append("merged title")
    header_row = title_rows + 1
    if mode != "none":
        sheet.append(headers)
        if not valid and rng.random() < 0.1:
            sheet.append([_pick(rng, ("USD m", "t/y", "USD/kg", "", "%")) for _ in headers])  # a unit row
            recipe.append("unit row")
    else:
        header_row = 0
    n_rows = rng.choice((1, 2, 3, 5, 8, 12, 20, 40)) if rng.random() < 0.95 else 0
    if valid:
        n_rows = rng.randint(3, 12)
    for number in range(n_rows):
        values = []
        for field, _header in columns:
            if field == "?" or rng.random() >= proper:
                values.append(hostile_value(rng))
            else:
                values.append(proper_value(rng, field))
        if valid:
            values = [f"P{number + 1}" if f == "project_id" else v for (f, _h), v in zip(columns, values, strict=True)]
        if not valid and rng.random() < 0.05:
            values = []  # a blank row
        elif not valid and rng.random() < 0.03:
            values = ["Total", *(f"=SUM(A1:A{number + 1})" for _ in values[1:])]
        _append(sheet, values, rng, valid=valid)
    if valid:
        if n_rows > 3:
            sheet.row_dimensions[header_row + 2].hidden = True
        return
    _decorate(rng, sheet, recipe, header_row, n_rows, len(headers))


def _append(sheet: Any, values: list[Any], rng: random.Random, *, valid: bool) -> None:
    """Append a row (text openpyxl refuses is cleaned) and give some cells another type or a number format."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    if valid or not values:
        return
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str) and value.startswith("=") and rng.random() < 0.5:
            cell.data_type = "s"  # text that looks like a formula
        elif isinstance(value, str) and value.startswith("#") and rng.random() < 0.5:
            cell.data_type = "e"  # an error value openpyxl does not know (or text marked as one)
        if isinstance(value, int | float) and not isinstance(value, bool) and rng.random() < 0.12:
            cell.number_format = _pick(
                rng, ("yyyy-mm-dd", "d/m/yy h:mm", "0%", "@", "#,##0.00 [$USD]", "[h]:mm:ss", "0.0E+00", "mmm-yy")
            )


def _decorate(rng: random.Random, sheet: Any, recipe: list[str], header_row: int, n_rows: int, width: int) -> None:
    """Hidden rows and columns, merged cells, comments, formulas, a far stray cell."""
    from openpyxl.cell.cell import MergedCell
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    last = max(header_row + n_rows, 1)
    if rng.random() < 0.2:
        for _ in range(rng.randint(1, 3)):
            sheet.row_dimensions[rng.randint(1, last)].hidden = True
        recipe.append("hidden rows")
    if rng.random() < 0.1:
        sheet.column_dimensions[get_column_letter(rng.randint(1, max(width, 1)))].hidden = True
        recipe.append("hidden column")
    if rng.random() < 0.1:
        sheet.row_dimensions[rng.randint(1, last)].outlineLevel = rng.randint(1, 7)
    if rng.random() < 0.15 and width:
        top = rng.randint(1, last)
        left = rng.randint(1, width)
        sheet.merge_cells(
            start_row=top, start_column=left, end_row=top + rng.randint(0, 3), end_column=left + rng.randint(0, 3)
        )
        recipe.append("merged cells")
    if rng.random() < 0.05:
        cell = sheet.cell(row=rng.randint(1, last), column=rng.randint(1, max(width, 1)))
        if not isinstance(cell, MergedCell):
            cell.comment = Comment(_text(rng), "fz")
            recipe.append("comment")
    if rng.random() < 0.05:
        cell = sheet.cell(row=last + 1, column=rng.randint(1, max(width, 1)))
        if not isinstance(cell, MergedCell):
            cell.value = "=1/0"
            recipe.append("formula without a value")
    if rng.random() < 0.03:
        sheet.freeze_panes = "C5"
        sheet.auto_filter.ref = f"A{max(header_row, 1)}:{get_column_letter(max(width, 1))}{last}"
    if rng.random() < 0.03:
        far = rng.random() < 0.5
        row = rng.randint(1_000_000, 1_048_576) if far else rng.randint(last, last + 2000)
        column = rng.randint(10_000, 16_384) if far else rng.randint(1, 60)
        cell = sheet.cell(row=row, column=column)
        if not isinstance(cell, MergedCell):
            cell.value = "stray"
            recipe.append(f"stray cell {get_column_letter(column)}{row}")


def _fill_other_sheet(rng: random.Random, sheet: Any, recipe: list[str], proper: float) -> None:
    title = sheet.title.strip().lower()
    good = rng.random() < proper

    def value(choices: Sequence[Any]) -> Any:
        return _pick(rng, choices) if good or rng.random() < 0.7 else hostile_value(rng)

    if title == "settings":
        sheet.append(["name", "value"] if rng.random() < 0.8 else ["parameter", "value", "note"])
        for _ in range(rng.randint(0, 8)):
            _append(sheet, [value(PARAMETERS), value(SETTING_VALUES)], rng, valid=good)
    elif title == "countries":
        sheet.append(["country", "governance_risk", "aligned"])
        for _ in range(rng.randint(0, 8)):
            risk, aligned = value((10, 50, 90, 0, 100, 150, -5, "high")), value(("yes", "no", 1, ""))
            _append(sheet, [value(COUNTRIES), risk, aligned], rng, valid=good)
    elif title == "elements":
        sheet.append(["symbol", "criticality", "price_usd_per_kg"])
        for _ in range(rng.randint(0, 8)):
            values = [value((*ELEMENT_COLUMNS, "Xx", "")), value((0, 0.5, 1, 2, -1)), value((10, 0, -3, 1e9))]
            _append(sheet, values, rng, valid=good)
    elif title == "fx":
        sheet.append(["currency", _pick(rng, ("per_usd", "usd_per_unit", "rate"))])
        for _ in range(rng.randint(0, 6)):
            values = [value(("EUR", "JPY", "AUD", "GBP", "XXX", "usd", "")), value((0.9, 150, 1.5, 0, -1, 1e300))]
            _append(sheet, values, rng, valid=good)
    else:
        for _ in range(rng.randint(0, 6)):
            _append(sheet, [hostile_value(rng) for _ in range(rng.randint(1, 6))], rng, valid=False)
    recipe.append(f"sheet '{sheet.title}'")


def random_csv(rng: random.Random, recipe: list[str]) -> tuple[bytes, str]:
    """A CSV file: a projects-like table as text, in a random encoding, with random damage."""
    delimiter = _pick(rng, (",", ";", "\t", "|"))
    fields = [
        *REQUIRED,
        "elements",
        *(f for f in FIELD_WORDS if f not in (*REQUIRED, "elements") and rng.random() < 0.4),
    ]
    rng.shuffle(fields)
    lines = [[_pick(rng, FIELD_WORDS[f]) for f in fields]]
    proper = rng.choice((0.6, 0.9, 1.0))
    for _ in range(rng.choice((0, 1, 3, 10, 30))):
        values = [proper_value(rng, f) if rng.random() < proper else hostile_value(rng) for f in fields]
        text = ["" if v is None else str(v) for v in values]
        if delimiter == ";" and rng.random() < 0.5:
            text = [t.replace(".", ",") if re.fullmatch(r"-?\d+\.\d+", t) else t for t in text]
        lines.append(text)
    out = io.StringIO()
    for line in lines:
        cells = []
        for cell in line:
            quoted = any(ch in cell for ch in (delimiter, '"', "\n", "\r")) or rng.random() < 0.05
            cells.append('"' + cell.replace('"', '""') + '"' if quoted else cell)
        out.write(delimiter.join(cells) + _pick(rng, ("\r\n", "\n", "\n", "\r")))
    text = out.getvalue()
    damage = rng.random()
    if damage < 0.1:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + '"' + text[at:]
        recipe.append("unbalanced quote")
    elif damage < 0.13:
        text = text.replace(delimiter, "\x00", 1)
        recipe.append("NUL byte")
    elif damage < 0.15:
        text += '"' + "x" * 140_000 + '"\n'
        recipe.append("field over csv's limit")
    encoding = _pick(rng, ("utf-8", "utf-8", "utf-8-sig", "cp1252", "shift_jis", "utf-16", "latin-1", "utf-16-be"))
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.05:
        data = bytes(rng.getrandbits(8) if rng.random() < 0.01 else b for b in data)
        recipe.append("random bytes")
    suffix = _pick(rng, (".csv", ".csv", ".csv", ".txt", ".tsv"))
    recipe.insert(0, f"CSV {encoding}, delimiter {delimiter!r}, {len(lines) - 1} rows, saved as {suffix}")
    return data, suffix


# ---------------------------------------------------------------------------------------------- OpenDocument

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_ODS_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
    b'xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="'
    + ODS_MIME
    + b'"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)
_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)
_ODS_TAIL = "</office:spreadsheet></office:body></office:document-content>"
#: What LibreOffice writes after the last used row and column: the rest of the sheet, empty, as repeats.
ODS_LAST_ROW, ODS_COLUMNS = 1_048_576, 1024


def random_ods(rng: random.Random, recipe: list[str], *, valid: bool = False) -> bytes:
    """The same random workbook as :func:`random_workbook`, written as OpenDocument (``content.xml`` by hand).

    Gaps become repeated empty rows and cells, as LibreOffice writes them (a far stray cell is one repeated row);
    LibreOffice's trailing repeats fill the sheet to row 1,048,576; now and then a row or a cell holding a value is
    repeated (a thousand times, or to the last row), which calamine expands into its dense grid.
    """
    book = _random_book(rng, recipe, valid=valid)
    tables = [_ods_table(rng, sheet, recipe, valid=valid) for sheet in book.worksheets]
    content = (_ODS_HEAD + "".join(tables) + _ODS_TAIL).encode("utf-8")
    recipe.append("written as OpenDocument")
    return ods_package(content)


def ods_package(content: bytes) -> bytes:
    """An OpenDocument spreadsheet package around ``content.xml``."""
    return pack(
        [
            ["mimetype", ODS_MIME, zipfile.ZIP_STORED],
            ["META-INF/manifest.xml", _ODS_MANIFEST, zipfile.ZIP_DEFLATED],
            ["content.xml", content, zipfile.ZIP_DEFLATED],
        ]
    )


def _ods_table(rng: random.Random, sheet: Any, recipe: list[str], *, valid: bool) -> str:
    from xml.sax.saxutils import quoteattr

    cells: dict[int, dict[int, Any]] = {}
    for (row, column), cell in sorted(sheet._cells.items()):  # the cells present, not the whole used area
        if cell.value is not None:
            cells.setdefault(row, {})[column] = cell.value
    hidden = ' table:display="false"' if sheet.sheet_state != "visible" else ""
    out = [f"<table:table table:name={quoteattr(sheet.title)}{hidden}>"]
    if not valid and rng.random() < 0.2:
        out.append(f'<table:table-column table:number-columns-repeated="{_pick(rng, (ODS_COLUMNS, 16384, 99999))}"/>')
    # At most one row and one cell holding values are repeated, in one table of four
    repeated_row = _pick(rng, list(cells)) if cells and not valid and rng.random() < 0.12 else None
    repeated_cell = _pick(rng, list(cells)) if cells and not valid and rng.random() < 0.08 else None
    previous = 0
    for row, values in cells.items():
        if row - previous > 1:
            out.append(f'<table:table-row table:number-rows-repeated="{row - previous - 1}"><table:table-cell/>')
            out.append("</table:table-row>")
        repeat, wide = "", False
        if row == repeated_row:
            # A few, or beyond the last row and 16,384 cells wide: far past the limit, refused at once. Not 100,000
            # rows of values: within the limit, and a load of a minute (the app's pace, not a fault; see the notes).
            times = _pick(rng, (2, 1000, 20_000_000))
            wide = times > ODS_LAST_ROW
            repeat = f' table:number-rows-repeated="{times}"'
            recipe.append(f"OpenDocument row {row} repeated {times:,} times")
        out.append(f"<table:table-row{repeat}>")
        column = 0
        for at, value in values.items():
            if at - column > 1:
                out.append(f'<table:table-cell table:number-columns-repeated="{at - column - 1}"/>')
            times = 1
            if (row == repeated_cell or wide) and at == max(values):
                times = 16384 if wide else _pick(rng, (3, 500, 16384))
                recipe.append(f"OpenDocument cell repeated {times:,} times")
            out.append(_ods_cell(rng, value, times, valid=valid))
            column = at + times - 1
        if valid or rng.random() < 0.6:
            out.append(f'<table:table-cell table:number-columns-repeated="{max(ODS_COLUMNS - column, 1)}"/>')
        out.append("</table:table-row>")
        previous = row
    if valid or rng.random() < 0.7:  # LibreOffice's own: the rest of the sheet, empty
        rest = max(ODS_LAST_ROW - previous, 1)
        out.append(f'<table:table-row table:number-rows-repeated="{rest}">')
        out.append(f'<table:table-cell table:number-columns-repeated="{ODS_COLUMNS}"/></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


def _ods_cell(rng: random.Random, value: Any, times: int, *, valid: bool) -> str:
    from xml.sax.saxutils import escape, quoteattr

    repeat = f' table:number-columns-repeated="{times}"' if times > 1 else ""
    text = "TRUE" if value is True else "FALSE" if value is False else str(value)
    shown = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    if isinstance(value, bool):
        kind = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, int | float):
        style = "float" if valid or rng.random() < 0.8 else _pick(rng, ("percentage", "currency"))
        currency = ' office:currency="USD"' if style == "currency" else ""
        kind = f'office:value-type="{style}" office:value="{value!r}"{currency}'
    elif isinstance(value, dt.datetime | dt.date):
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, dt.time):
        kind = f'office:value-type="time" office:time-value="PT{value.hour}H{value.minute}M{value.second}S"'
    elif isinstance(value, dt.timedelta):
        kind = f'office:value-type="time" office:time-value="PT{value.total_seconds():g}S"'
    elif isinstance(value, str) and value.startswith("=") and not valid and rng.random() < 0.5:
        return f"<table:table-cell table:formula={quoteattr('of:' + value)}{repeat}/>"  # a formula, no value
    else:
        kind = 'office:value-type="string"'
    return f"<table:table-cell {kind}{repeat}>{shown}</table:table-cell>"


# ---------------------------------------------------------------------------------------------- packages

Parts = list[list[Any]]  # [[name, bytes, compression], ...] in archive order; names may repeat


def unpack(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [[info.filename, archive.read(info), zipfile.ZIP_DEFLATED] for info in archive.infolist()]
    for part in parts:
        if part[0] == "docProps/core.xml":  # openpyxl stamps the time of saving: the same case must be the same bytes
            part[1] = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-02T03:04:05Z", part[1])
    return parts


def pack(parts: Parts) -> bytes:
    """A zip of ``parts`` with fixed timestamps, so the same parts always give the same bytes."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content, compression in parts:
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.compress_type = compression
                info.external_attr = 0o600 << 16
                archive.writestr(info, content)
    return buffer.getvalue()


def to_shared_strings(parts: Parts) -> Parts:
    """Move every inline string of the worksheets into ``xl/sharedStrings.xml``, as Excel saves them."""
    strings: list[bytes] = []
    where: dict[bytes, int] = {}
    pattern = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', re.DOTALL)

    def shared(match: re.Match[bytes]) -> bytes:
        body = match.group(3)
        if body not in where:
            where[body] = len(strings)
            strings.append(body)
        return b"<c " + match.group(1) + b't="s"' + match.group(2) + b"><v>%d</v></c>" % where[body]

    count = 0
    for part in parts:
        if part[0].startswith("xl/worksheets/") and part[0].endswith(".xml"):
            part[1], n = pattern.subn(shared, part[1])
            count += n
    if not strings:
        return parts
    table = b"".join(b"<si>" + body + b"</si>" for body in strings)
    sst = b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (MAIN_NS.encode(), count, len(strings), table)
    parts.append(["xl/sharedStrings.xml", sst, zipfile.ZIP_DEFLATED])
    for part in parts:
        if part[0] == "[Content_Types].xml":
            part[1] = part[1].replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        elif part[0] == "xl/_rels/workbook.xml.rels":
            part[1] = part[1].replace(
                b"</Relationships>",
                b'<Relationship Id="rIdSST" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
                % REL_NS.encode(),
            )
    return parts


def _add_cached_formula(parts: Parts) -> Parts:
    """Turn the first plain number of the first sheet into a formula with its cached value (Excel's way)."""
    for part in parts:
        if part[0] == "xl/worksheets/sheet1.xml":
            part[1] = re.sub(
                rb'(<c r="[A-Z]+[2-9]"[^>]*?)( t="n")?><v>([0-9.]+)</v>', rb"\1><f>\3*1</f><v>\3</v>", part[1], count=1
            )
    return parts


# ---------------------------------------------------------------------------------------------- mutations

_TAG = re.compile(rb"<(/?)([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)((?:\s[^<>]*?)?)(/?)>")
_ATTR = re.compile(rb"""([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)=(["'])(.*?)\2""", re.DOTALL)


def elements(xml: bytes) -> list[tuple[int, int, bytes]]:
    """(start, end, tag) of each element a simple tag scan can pair (damaged XML gives fewer, never an error)."""
    spans: list[tuple[int, int, bytes]] = []
    stack: list[tuple[bytes, int]] = []
    for match in _TAG.finditer(xml):
        closing, tag, _attrs, empty = match.groups()
        if empty:
            spans.append((match.start(), match.end(), tag))
        elif not closing:
            stack.append((tag, match.start()))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == tag:
                    spans.append((stack[depth][1], match.end(), tag))
                    del stack[depth:]
                    break
    return spans


#: Hostile values for attributes, by attribute name.
ATTRIBUTE_VALUES: dict[bytes, tuple[str, ...]] = {
    b"r": (
        "XFD1048576", "A1048576", "XFD1", "A0", "A1048577", "ZZZZ1", "", "1A", "A-1", "A99999999", "a1", " A1",
        "A1:B2", "AAA1", "B", "7", "XFE1", "A4294967297", "A1E5", "Ａ1",
    ),
    b"ref": ("A1:XFD1048576", "A1", "", "B2:A1", "A1:A1048576", "ZZZZ9", "A1:B2 C3:D4", "XFD1048576"),
    b"sqref": ("A1:XFD1048576", "", "A0", "Z9 A1:B2"),
    b"t": ("s", "d", "e", "b", "n", "str", "inlineStr", "x", "", "S"),
    b"s": ("0", "999", "-1", "4294967296", "x", ""),
    b"spans": ("1:16384", "0:0", "5:1", "x", "1:99999"),
    b"state": ("hidden", "veryHidden", "visible", "junk", ""),
    b"sheetId": ("0", "1", "-1", "99999999999", "x"),
    b"numFmtId": ("14", "22", "0", "164", "999", "-1", "x", "47"),
    b"formatCode": ("yyyy-mm-dd", "General", "[h]:mm", "d", "", "0.00E+00", '"x"', "[$-F800]dddd"),
    b"count": ("0", "-1", "99999999999", "x"),
    b"uniqueCount": ("0", "-1", "99999999999", "x"),
    b"Target": (
        "worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "../../../etc/passwd", "sheet99.xml", "",
        "http://example.com/x.xml", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml", "workbook.xml",
    ),
    b"Id": ("rId1", "rId2", "", "rId99"),
    b"r:id": ("rId1", "rId2", "rId3", "", "rId99"),
    b"name": ("Projects", "", "projects", "Settings", "x" * 300, "A/B", "Projects'", "\u202e"),
    b"ContentType": (
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/xml", "", "text/plain",
    ),
    b"PartName": ("/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/XL/WORKBOOK.XML", "", "/x"),
    b"hidden": ("1", "true", "0", "x"),
    b"ht": ("0", "-1", "1e308", "x", "409.5"),
    b"date1904": ("1", "true", "x"),
    b"min": ("0", "16384", "99999", "-1"),
    b"max": ("16384", "99999", "0", "x"),
    b"table:number-rows-repeated": ("1048576", "0", "-1", "99999999999", "x", "2", "1000000"),
    b"table:number-columns-repeated": ("16384", "0", "1000000", "-5", "x", "3"),
    b"office:value": ("nan", "1e999", "x", "", "-0", "1e-400"),
    b"office:value-type": ("float", "string", "date", "boolean", "percentage", "currency", "time", "void", "x"),
    b"office:date-value": ("not a date", "9999-12-31T23:59:59", "-0001-01-01", "2026-13-45", "", "1e12"),
    b"office:time-value": ("PT-5H", "P99999999D", "x", "PT1e9S"),
    b"office:boolean-value": ("yes", "2", "", "TRUE"),
    b"table:name": ("Projects", "", "Settings", "x" * 300, "a'b"),
}  # fmt: skip
_ANY_ATTRIBUTE_VALUES = ("", "x", "-1", "1e999", "NaN", "&amp;", "99999999999999999999", "\u202e", "A1")
CELL_TEXT = (
    "nan", "inf", "-inf", "1e999", "-0", "0x10", "", " ", "１", "1,5", "4294967296", "-1", "99999999", "0", "1",
    "2", "TRUE", "#SPILL!", "#N/A", "not a date", "2024-13-45T99:99:99", "2026-01-02T03:04:05", "9999-12-31",
    "-1e12", "1e12", "&#0;", "&#x1;", "&#xFFFE;", "&undefined;", "&amp;&lt;", "<![CDATA[x]]>", "x" * 5000,
    "😀", "=1+1", "\u202e", "_x0000_",
)  # fmt: skip
_SHEET_TAGS = (b"c", b"c", b"c", b"row", b"row", b"v", b"f", b"is", b"t", b"dimension", b"sheetData", b"mergeCell",
               b"col", b"cols", b"sheetView", b"worksheet")  # fmt: skip


def mutated_workbook(rng: random.Random, recipe: list[str], sample: bytes) -> tuple[bytes, str]:
    """A valid workbook changed structurally one to four times, and sometimes damaged as raw bytes."""
    choice = rng.random()
    if choice < 0.4:
        base = sample
        recipe.append("base: the bundled sample")
    elif choice < 0.5:
        base = random_ods(rng, [], valid=True)
        recipe.append("base: a generated valid OpenDocument workbook")
    else:
        base = random_workbook(rng, [], valid=True)
        recipe.append("base: a generated valid workbook")
    parts = unpack(base)
    for _ in range(rng.choices((1, 2, 3, 4), (45, 30, 15, 10))[0]):
        operation = rng.choices(_OPERATIONS, [weight for _op, weight in _OPERATION_WEIGHTS])[0]
        recipe.append(operation(rng, parts))
    data = pack(parts)
    if rng.random() < 0.15:
        damage = rng.choices(_RAW_OPERATIONS, (30, 15, 10, 35, 10))[0]
        data, step = damage(rng, data)
        recipe.append(step)
    suffix = ".ods" if base[:100].find(ODS_MIME) >= 0 else ".xlsx"
    return data, suffix if rng.random() < 0.95 else _pick(rng, (".xlsm", ".xls", ".ods", ".xlsx"))


def _target(rng: random.Random, parts: Parts, preference: Callable[[str], bool] | None = None) -> list[Any] | None:
    """A member to mutate: sheets most often, then shared strings, the workbook, relationships, types, styles."""
    if not parts:
        return None
    if preference is not None:
        chosen = [p for p in parts if preference(p[0])]
        if chosen:
            return _pick(rng, chosen)
    groups = (
        (50, lambda n: (n.startswith("xl/worksheets/") and n.endswith(".xml")) or n == "content.xml"),
        (15, lambda n: n.endswith("sharedStrings.xml")),
        (10, lambda n: n == "xl/workbook.xml"),
        (8, lambda n: n.endswith(".rels")),
        (7, lambda n: n == "[Content_Types].xml"),
        (6, lambda n: n.endswith("styles.xml")),
        (4, lambda n: True),
    )
    weight_of = [weight for weight, _test in groups]
    for _attempt in range(4):
        _weight, test = rng.choices(groups, weight_of)[0]
        chosen = [p for p in parts if test(p[0])]
        if chosen:
            return _pick(rng, chosen)
    return _pick(rng, parts)


def _element(rng: random.Random, part: list[Any]) -> tuple[int, int, bytes] | None:
    spans = elements(part[1])
    if not spans:
        return None
    if part[0].startswith("xl/worksheets/") and rng.random() < 0.8:
        tag = _pick(rng, _SHEET_TAGS)
        preferred = [s for s in spans if s[2].split(b":")[-1] == tag]
        if preferred:
            return _pick(rng, preferred)
    if part[0] == "content.xml" and rng.random() < 0.8:
        preferred = [s for s in spans if s[2] in {b"table:table-row", b"table:table-cell", b"text:p", b"table:table"}]
        if preferred:
            return _pick(rng, preferred)
    if part[0].endswith("sharedStrings.xml") and rng.random() < 0.7:
        preferred = [s for s in spans if s[2] in {b"si", b"t", b"r"}]
        if preferred:
            return _pick(rng, preferred)
    return _pick(rng, spans)


def _delete_element(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    span = _element(rng, part) if part else None
    if span is None:
        return "delete element: none found"
    start, end, tag = span
    part[1] = part[1][:start] + part[1][end:]
    return f"delete <{tag.decode()}> at {start} in {part[0]}"


def _duplicate_element(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    span = _element(rng, part) if part else None
    if span is None:
        return "duplicate element: none found"
    start, end, tag = span
    copies = rng.choice((1, 1, 1, 2, 50))
    part[1] = part[1][:end] + part[1][start:end] * copies + part[1][end:]
    return f"duplicate <{tag.decode()}> at {start} ×{copies} in {part[0]}"


def _swap_elements(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    span = _element(rng, part) if part else None
    if span is None:
        return "swap elements: none found"
    # another element with the same tag that does not overlap the first
    others = [s for s in elements(part[1]) if s[2] == span[2] and (s[1] <= span[0] or s[0] >= span[1])]
    if not others:
        return f"swap <{span[2].decode()}>: no partner"
    first, second = sorted((span, _pick(rng, others)))
    xml = part[1]
    part[1] = (
        xml[: first[0]] + xml[second[0] : second[1]] + xml[first[1] : second[0]] + xml[first[0] : first[1]]
    ) + xml[second[1] :]
    return f"swap two <{span[2].decode()}> in {part[0]}"


def _replace_attribute(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "replace attribute: no part"
    matches = [m for m in _ATTR.finditer(part[1]) if not m.group(1).startswith(b"xmlns")]
    if not matches:
        return f"replace attribute: none in {part[0]}"
    known = [m for m in matches if m.group(1) in ATTRIBUTE_VALUES]
    match = _pick(rng, known) if known and rng.random() < 0.85 else _pick(rng, matches)
    value = _pick(rng, ATTRIBUTE_VALUES.get(match.group(1), _ANY_ATTRIBUTE_VALUES)).encode()
    quote = match.group(2)
    part[1] = part[1][: match.start(3)] + value.replace(quote, b"") + part[1][match.end(3) :]
    was = match.group(3)[:40].decode(errors="replace")
    return f"{match.group(1).decode()}={value.decode()!r} (was {was!r}) in {part[0]}"


def _remove_attribute(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    matches = [m for m in _ATTR.finditer(part[1]) if not m.group(1).startswith(b"xmlns")] if part else []
    if not matches:
        return "remove attribute: none"
    match = _pick(rng, matches)
    part[1] = part[1][: match.start()] + part[1][match.end() :]
    return f"remove {match.group(1).decode()}= in {part[0]}"


def _replace_text(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "replace text: no part"
    texts = [m for m in re.finditer(rb"<((?:\w+:)?(?:v|t|f|p|definedName))(?:\s[^>]*)?>([^<]*)</\1>", part[1])]
    if not texts:
        return f"replace text: none in {part[0]}"
    match = _pick(rng, texts)
    value = _pick(rng, CELL_TEXT).encode()
    part[1] = part[1][: match.start(2)] + value + part[1][match.end(2) :]
    return f"<{match.group(1).decode()}> text {value[:30].decode()!r} in {part[0]}"


def _cell_type(rng: random.Random, parts: Parts) -> str:
    """A cell whose type and value disagree: ``t="s"`` out of the table, ``t="d"`` junk, ``t="b"`` 2..."""
    part = _target(rng, parts, lambda n: n.startswith("xl/worksheets/"))
    cells = list(re.finditer(rb'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>.*?</c>)', part[1], re.DOTALL)) if part else []
    if not cells:
        return "cell type: no cell"
    match = _pick(rng, cells)
    kind, value = _pick(
        rng,
        (
            ("s", "999999"), ("s", "-1"), ("s", "4294967296"), ("s", "x"), ("s", ""), ("d", "not a date"),
            ("d", "2024-13-45"), ("d", "99999-01-01T00:00:00"), ("d", "1e12"), ("b", "2"), ("b", "yes"),
            ("e", "#SPILL!"), ("e", "#JUNK"), ("e", ""), ("n", "1e999"), ("n", "abc"), ("n", "2958466"),
            ("n", "-2"), ("str", ""), ("inlineStr", "1"), ("x", "1"),
        ),
    )  # fmt: skip
    style = b' s="%d"' % rng.choice((0, 1, 2, 3)) if rng.random() < 0.3 else b""
    cell = b'<c r="%s" t="%s"%s><v>%s</v></c>' % (match.group(1), kind.encode(), style, value.encode())
    part[1] = part[1][: match.start()] + cell + part[1][match.end() :]
    return f'cell {match.group(1).decode()} t="{kind}" v={value!r} in {part[0]}'


def _far_reference(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts, lambda n: n.startswith("xl/worksheets/"))
    cells = list(re.finditer(rb'<c r="([A-Z]+)(\d+)"', part[1])) if part else []
    if not cells:
        return "far reference: no cell"
    match = _pick(rng, cells)
    column, row = _pick(rng, (("XFD", "1048576"), ("A", "1048576"), ("XFD", None), ("AAAA", None), ("A", "99999999")))
    row = row or match.group(2).decode()
    part[1] = part[1][: match.start(1)] + f"{column}{row}".encode() + part[1][match.end(2) :]
    if rng.random() < 0.5:  # the row too
        part[1] = part[1].replace(b'<row r="%s"' % match.group(2), b'<row r="%s"' % row.encode(), 1)
    return f"cell {match.group(1).decode()}{match.group(2).decode()} moved to {column}{row} in {part[0]}"


def _truncate_member(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None or not part[1]:
        return "truncate member: nothing"
    at = rng.randrange(len(part[1]))
    part[1] = part[1][:at]
    return f"truncate {part[0]} at {at}"


def _insert_junk(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "insert junk: no part"
    junk = _pick(
        rng,
        (
            b"<foo/>", b'<c r="A1"><v>1</v></c>', b'<row r="1"/>', b"</row>", b"<!-- x -->", b"<?pi x?>",
            b"\xef\xbb\xbf", b"\x00", b"\x01", b"\xff\xfe", b"&", b"<", b"]]>", "é".encode("latin-1"),
            b'<row r="3"><c r="A3" t="s"><v>0</v></c></row>', b"<x:c/>", b"\n\t ",
        ),
    )  # fmt: skip
    boundaries = [m.end() for m in _TAG.finditer(part[1])] or [0]
    at = _pick(rng, boundaries)
    part[1] = part[1][:at] + junk + part[1][at:]
    return f"insert {junk[:20]!r} at {at} in {part[0]}"


def _entities(rng: random.Random, parts: Parts) -> str:
    """A DOCTYPE with an entity bomb or an external entity, used in a cell or a shared string."""
    part = _target(rng, parts, lambda n: n.endswith("sharedStrings.xml") or n == "xl/worksheets/sheet1.xml")
    if part is None:
        return "entities: no part"
    if rng.random() < 0.6:
        depth = rng.choice((3, 5, 9))
        lines = [b'<!ENTITY e0 "' + b"ha" * 5 + b'">']
        lines += [b'<!ENTITY e%d "%s">' % (level, b"&e%d;" % (level - 1) * 10) for level in range(1, depth + 1)]
        use, what = b"&e%d;" % depth, f"entity bomb 10^{depth}"
    else:
        lines = [b'<!ENTITY e SYSTEM "file:///etc/passwd">']
        use, what = b"&e;", "external entity file:///etc/passwd"
    doctype = b"<!DOCTYPE x [" + b"".join(lines) + b"]>"
    xml = part[1]
    declaration = re.match(rb"<\?xml[^>]*\?>", xml)
    at = declaration.end() if declaration else 0
    xml = xml[:at] + doctype + xml[at:]
    slot = re.search(rb"<(?:\w+:)?(?:t|v)(?:\s[^>]*)?>", xml)
    if slot:
        xml = xml[: slot.end()] + use + xml[slot.end() :]
    part[1] = xml
    return f"{what} in {part[0]}"


def _reencode(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "re-encode: no part"
    choice = rng.randrange(4)
    try:
        text = part[1].decode("utf-8")
    except UnicodeDecodeError:
        return f"re-encode: {part[0]} is not UTF-8"
    body = re.sub(r"^<\?xml[^>]*\?>", "", text)
    if choice == 0:
        part[1] = ('<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16")
        return f"{part[0]} as UTF-16"
    if choice == 1:
        part[1] = ('<?xml version="1.0" encoding="ISO-8859-1"?>' + body).encode("utf-8")
        return f"{part[0]} declared Latin-1, written UTF-8"
    if choice == 2:
        part[1] = body.encode("utf-16-le")
        return f"{part[0]} as UTF-16 without a BOM or declaration"
    part[1] = ('<?xml version="1.0" encoding="x-junk"?>' + body).encode()
    return f"{part[0]} declared in an unknown encoding"


def _namespaces(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "namespaces: no part"
    choice = rng.randrange(4)
    if choice == 0:
        part[1] = part[1].replace(MAIN_NS.encode(), STRICT_NS.encode())
        return f"{part[0]} in the Strict namespace"
    if choice == 1:
        part[1] = part[1].replace(b' xmlns="%s"' % MAIN_NS.encode(), b"", 1)
        return f"{part[0]} without its default namespace"
    if choice == 2:  # every element prefixed x:, as some writers do
        xml = _TAG.sub(lambda m: b"<" + m.group(1) + b"x:" + m.group(2) + m.group(3) + m.group(4) + b">", part[1])
        part[1] = xml.replace(b' xmlns="%s"' % MAIN_NS.encode(), b' xmlns:x="%s"' % MAIN_NS.encode(), 1)
        return f"{part[0]} with prefixed elements"
    part[1] = part[1].replace(b"xmlns:r=", b"xmlns:rr=", 1)
    return f"{part[0]} with its relationship prefix renamed"


def _spacing(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "spacing: no part"
    choice = rng.randrange(3)
    if choice == 0:
        part[1] = re.sub(rb' (r|t|s)="', lambda m: b"\n\t" + m.group(1) + b'="', part[1])
        return f"{part[0]} attributes separated by newline and tab"
    if choice == 1:
        part[1] = re.sub(rb'([\w:]+)="([^"<>]*)"', rb"\1='\2'", part[1])
        return f"{part[0]} attributes in single quotes"
    part[1] = re.sub(rb"(<[^/!?][^>]*?)/>", rb"\1></" + b"__" + rb">", part[1], count=1)
    return f"{part[0]} a self-closing element closed wrongly"


_KEY_MEMBERS = (
    "xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/styles.xml",
    "xl/sharedStrings.xml",
)  # fmt: skip


def _delete_member(rng: random.Random, parts: Parts) -> str:
    if not parts:
        return "delete member: no parts"
    important = [p for p in parts if p[0] in _KEY_MEMBERS]
    part = _pick(rng, important) if important and rng.random() < 0.5 else _target(rng, parts)
    parts.remove(part)
    return f"delete member {part[0]}"


def _duplicate_member(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "duplicate member: no parts"
    copy = [part[0], part[1], part[2]]
    if rng.random() < 0.5 and part[1]:
        copy[1] = part[1][: rng.randrange(len(part[1]))]  # the second copy differs
    position = rng.randrange(len(parts) + 1)
    parts.insert(position, copy)
    return f"duplicate member {part[0]} at {position}"


def _rename_member(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "rename member: no parts"
    old = part[0]
    new = _pick(
        rng,
        (
            old.upper(), old.replace("/", "\\"), "/" + old, "./" + old, old + " ", old.replace(".xml", ".XML"),
            old.replace("sheet", "sheet0"), _pick(rng, parts)[0], "xl/worksheets/sheet2.xml", "ｘｌ/" + old,
            old.replace("xl/", "xl//"), "../" + old,
        ),
    )  # fmt: skip
    part[0] = new
    return f"rename member {old} → {new}"


def _swap_members(rng: random.Random, parts: Parts) -> str:
    if len(parts) < 2:
        return "swap members: too few"
    first, second = rng.sample(range(len(parts)), 2)
    parts[first][1], parts[second][1] = parts[second][1], parts[first][1]
    return f"swap contents of {parts[first][0]} and {parts[second][0]}"


def _add_member(rng: random.Random, parts: Parts) -> str:
    choice = rng.randrange(5)
    if choice == 0:
        parts.append(["xl/worksheets/sheet9.xml", bytes(rng.getrandbits(8) for _ in range(200)), zipfile.ZIP_DEFLATED])
        return "add a junk unreferenced sheet part"
    if choice == 1:
        parts.append(["xl/vbaProject.bin", bytes(rng.getrandbits(8) for _ in range(512)), zipfile.ZIP_DEFLATED])
        return "add a junk vbaProject.bin"
    if choice == 2:  # a second sheet, referenced from the workbook, relationships and content types
        sheet = b'<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
        parts.append(["xl/worksheets/sheet77.xml", sheet % MAIN_NS.encode(), zipfile.ZIP_DEFLATED])
        for part in parts:
            if part[0] == "xl/workbook.xml":
                part[1] = part[1].replace(b"</sheets>", b'<sheet name="Projects" sheetId="77" r:id="rId77"/></sheets>')
            elif part[0] == "xl/_rels/workbook.xml.rels":
                part[1] = part[1].replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId77" Type="%s/worksheet" Target="worksheets/sheet77.xml"/></Relationships>'
                    % REL_NS.encode(),
                )
        return "add a second sheet named Projects"
    if choice == 3:
        parts.append(["xl/nested.zip", pack([["a.xml", b"<a/>", zipfile.ZIP_DEFLATED]]), zipfile.ZIP_STORED])
        return "add a nested zip"
    parts.append(["", b"x", zipfile.ZIP_STORED])
    return "add a member with an empty name"


def _empty_member(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "empty member: no parts"
    part[1] = b""
    return f"empty member {part[0]}"


def _compression(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None:
        return "compression: no parts"
    method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA))
    part[2] = method
    return f"{part[0]} compressed with method {method}"


def relocate_part(parts: Parts, old: str, new: str) -> Parts:
    """Move a member and every reference to it (relationships, content types): a valid package either way."""
    for part in parts:
        if part[0] == old:
            part[0] = new
        elif part[0].endswith(".rels") or part[0] == "[Content_Types].xml":
            relative = old[len("xl/") :] if old.startswith("xl/") else old
            part[1] = part[1].replace(b'"/' + old.encode() + b'"', b'"/' + new.encode() + b'"')
            part[1] = part[1].replace(b'"' + relative.encode() + b'"', b'"/' + new.encode() + b'"')
    return parts


def _relocate(rng: random.Random, parts: Parts) -> str:
    """A worksheet moved out of ``xl/worksheets/`` (and renamed), with its references: still a valid package."""
    sheets = [p[0] for p in parts if p[0].startswith("xl/worksheets/") and p[0].endswith(".xml")]
    if not sheets:
        return "relocate: no sheet part"
    old = _pick(rng, sheets)
    stem = old.rsplit("/", 1)[1]
    new = _pick(rng, (f"xl/elsewhere/{stem}", f"xl/{stem}", stem.upper(), old[:-4] + ".bin", f"xl/worksheets/a/{stem}"))
    relocate_part(parts, old, new)
    return f"relocate {old} → {new} (relationships and content types too)"


def _flip_member_bytes(rng: random.Random, parts: Parts) -> str:
    part = _target(rng, parts)
    if part is None or not part[1]:
        return "flip member bytes: nothing"
    data = bytearray(part[1])
    flips = rng.randint(1, 8)
    for _ in range(flips):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    part[1] = bytes(data)
    return f"{flips} bit flips inside {part[0]}"


_OPERATION_WEIGHTS: tuple[tuple[Callable[[random.Random, Parts], str], int], ...] = (
    (_delete_element, 12),
    (_duplicate_element, 10),
    (_swap_elements, 6),
    (_replace_attribute, 16),
    (_remove_attribute, 5),
    (_replace_text, 10),
    (_cell_type, 10),
    (_far_reference, 3),
    (_truncate_member, 3),
    (_insert_junk, 5),
    (_entities, 2),
    (_reencode, 2),
    (_namespaces, 2),
    (_spacing, 2),
    (_delete_member, 4),
    (_duplicate_member, 3),
    (_rename_member, 3),
    (_swap_members, 2),
    (_add_member, 2),
    (_empty_member, 2),
    (_compression, 2),
    (_flip_member_bytes, 3),
    (_relocate, 2),
)
_OPERATIONS = [operation for operation, _weight in _OPERATION_WEIGHTS]


# -- raw damage to the packed bytes


def _flip_bytes(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    damaged = bytearray(data)
    flips = rng.randint(1, 10)
    for _ in range(flips):
        damaged[rng.randrange(len(damaged))] = rng.getrandbits(8)
    return bytes(damaged), f"{flips} random bytes in the zip"


def _truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    at = rng.randrange(1, len(data))
    return data[:at], f"zip truncated at {at} of {len(data)} bytes"


def _junk_around(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    junk = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 64)))
    if rng.random() < 0.5:
        return junk + data, f"{len(junk)} junk bytes before the zip"
    return data + junk, f"{len(junk)} junk bytes after the zip"


def _central_directory(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """A central-directory field that lies: sizes, method, flags (encrypted), offset, name length."""
    entries = [m.start() for m in re.finditer(rb"PK\x01\x02", data)]
    if not entries:
        return data, "central directory: none found"
    at = _pick(rng, entries)
    fields = {  # name: (offset in the entry, struct format, hostile values)
        "flags": (8, "<H", (1, 0x41, 0x08, 0xFFFF)),
        "method": (10, "<H", (99, 12, 14, 1, 0xFFFF)),
        "crc": (16, "<I", (0, 0xDEADBEEF)),
        "compressed size": (20, "<I", (0, 1, 0xFFFFFFFF, 0x7FFFFFFF)),
        "uncompressed size": (24, "<I", (0, 1, 0xFFFFFFFF, 600 * 1024 * 1024, 0x7FFFFFFF)),
        "name length": (28, "<H", (0, 1, 0xFFFF)),
        "extra length": (30, "<H", (4, 0xFFFF)),
        "local header offset": (42, "<I", (0, 1, 0xFFFFFFFF, len(data))),
    }
    name = _pick(rng, sorted(fields))
    offset, fmt, values = fields[name]
    value = _pick(rng, values)
    damaged = bytearray(data)
    struct.pack_into(fmt, damaged, at + offset, value)
    if name in {"compressed size", "uncompressed size", "crc", "flags", "method"} and rng.random() < 0.5:
        # the local header says the same, so a reader that trusts either is misled
        local = struct.unpack_from("<I", data, at + 42)[0]
        if data[local : local + 4] == b"PK\x03\x04":
            struct.pack_into(fmt, damaged, local + offset - 2, value)
    return bytes(damaged), f"central directory entry at {at}: {name} = {value:#x}"


def _end_record(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    at = data.rfind(b"PK\x05\x06")
    if at < 0:
        return data, "end record: none"
    damaged = bytearray(data)
    name, offset, fmt, value = _pick(
        rng,
        (
            ("entries on this disk", 8, "<H", 0), ("entries", 10, "<H", 0xFFFF), ("directory size", 12, "<I", 0),
            ("directory offset", 16, "<I", 0xFFFFFFFF), ("directory offset", 16, "<I", 0),
            ("comment length", 20, "<H", 0xFFFF),
        ),
    )  # fmt: skip
    struct.pack_into(fmt, damaged, at + offset, value)
    return bytes(damaged), f"end record: {name} = {value:#x}"


_RAW_OPERATIONS = [_flip_bytes, _truncate, _junk_around, _central_directory, _end_record]
