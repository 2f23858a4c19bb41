"""Read typed values out of columns of raw cells, vectorised, keeping track of which cells could not be read.

A column arrives as a pandas Series of whatever the reader produced (floats, ints, text, bools, dates, blanks).
Each parser returns the values plus a boolean mask of unreadable cells; the loader turns masks into issue records.
Text is parsed per *distinct* value (cached), so a 10,000-row column costs a few dozen string operations.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.reference.currencies import CELL_MARKS

EXCEL_ERRORS = frozenset({"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!",
                          "#PYTHON!", "#TIMEOUT!", "#EXTERNAL!"})  # fmt: skip
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True)
class Parsed:
    """Values of one column with NaN where missing, and which non-blank cells could not be read."""

    values: np.ndarray
    blank: np.ndarray
    bad: np.ndarray


def blank_mask(series: pd.Series) -> np.ndarray:
    """True where a cell is empty: None, NaN, or only white space."""
    values = series.to_numpy(dtype=object)
    out = np.zeros(len(values), dtype=bool)
    for i, v in enumerate(values):  # one cheap type check per cell; no parsing here
        out[i] = v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, float) and math.isnan(v))
    return out


def parse_numbers(series: pd.Series, currency: str | None = None) -> Parsed:
    """Numbers from numeric cells and from text such as ``"1,250"``, ``" 300 "``, ``"$1,200"`` or ``"(40)"``.

    A currency sign is accepted only when it is the column's own ``currency`` (``$`` in a USD column, ``¥`` in a
    JPY one): ``¥300`` in a dollar column is a unit error, not 300 dollars.

    Booleans, dates, Excel error codes and text with other meaning are unreadable. Commas are read as thousands
    separators only where they group digits by three; ``"1,5"`` is ambiguous and reported rather than guessed.
    """
    raw = series.to_numpy(dtype=object)
    n = len(raw)
    values = np.full(n, np.nan)
    bad = np.zeros(n, dtype=bool)
    blank = np.zeros(n, dtype=bool)
    text_at: dict[str, list[int]] = {}
    for i, v in enumerate(raw):
        kind = type(v)
        if kind is float or kind is int:
            if kind is float and math.isnan(v):
                blank[i] = True
            elif math.isfinite(v):
                values[i] = v
            else:
                bad[i] = True
        elif kind is str:
            text_at.setdefault(v, []).append(i)
        elif v is None:
            blank[i] = True
        elif isinstance(v, int | float | np.number) and not isinstance(v, bool):
            values[i] = float(v) if math.isfinite(float(v)) else np.nan
            bad[i] = not math.isfinite(float(v))
        else:
            bad[i] = True
    for text, positions in text_at.items():
        number = number_from_text(text, currency)
        if number is None:
            if text.strip():
                bad[positions] = True
            else:
                blank[positions] = True
        else:
            values[positions] = number
    return Parsed(values, blank, bad)


_CURRENCY_MARKS = CELL_MARKS
#: Characters an Excel cell holds (Excel's specification limit): longer text is cut there, and said (issue 9.13).
EXCEL_CELL_CHARACTERS = 32_767
#: Longest text read as a number: ``-1,234,567,890,123.456789`` with a currency mark and spaces is under 40.
MAX_NUMBER_TEXT = 64


@lru_cache(maxsize=8192)
def number_from_text(text: str, currency: str | None = None) -> float | None:
    """A number written as text, or None where the meaning is not clear (see :func:`parse_numbers`).

    Text longer than :data:`MAX_NUMBER_TEXT` is never a number; it is refused before the patterns, which
    backtrack on long digit runs (ten cells of 40,000 digits took 150 s, issue 9.5).
    """
    if len(text) > MAX_NUMBER_TEXT:
        return None
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    if not cleaned:
        return None
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    for mark in _CURRENCY_MARKS.get(currency or "", ()):
        if cleaned.startswith(mark) or cleaned.endswith(mark):
            cleaned = cleaned.removeprefix(mark).removesuffix(mark)
            break
    if _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _PLAIN.fullmatch(cleaned):
        return None
    number = float(cleaned)
    if not math.isfinite(number):
        return None
    return -number if negative else number


_APPROX_PREFIX = re.compile(r"^(?:~|≈|c\.|ca\.|circa|approx\.?|approximately|about|est\.)\s*", re.IGNORECASE)
_APPROX_SUFFIX = re.compile(r"\s*(?:\((?:est\.?|estimated|e|approx\.?)\)|est\.?|estimated)$", re.IGNORECASE)
_MONEY_SCALE = re.compile(r"(?P<number>.*?)\s*(?P<scale>bn|billion|b|mn|mm|million|m|k)$", re.IGNORECASE)
_SCALE_IN_MILLIONS = {"bn": 1000.0, "billion": 1000.0, "b": 1000.0, "mn": 1.0, "mm": 1.0, "million": 1.0,
                      "m": 1.0, "k": 1e-3}  # fmt: skip
_NUMBER_RANGE = re.compile(r"(?P<low>[^\-\u2013]+?)\s*(?:-|\u2013|to)\s*(?P<high>[^\-\u2013]+)", re.IGNORECASE)


@dataclass(frozen=True)
class MoneyText:
    """A money cell as analysts write it: ``~450``, ``c. 450``, ``450 (est.)``, ``US$450m``, ``$1.15bn``, ``420-650``.

    ``base`` is in the column's unit unless ``millions`` is set (the cell named its own scale: ``m``, ``bn``), in
    which case it is in millions of the column's currency. A range gives ``low`` and ``high`` and its midpoint as
    ``base``.
    """

    base: float
    low: float | None = None
    high: float | None = None
    millions: bool = False


@lru_cache(maxsize=4096)
def money_from_text(text: str, currency: str | None = None) -> MoneyText | None:
    """Read a capex or opex cell written the analyst's way (issue 8.8); None when it is still not a number."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 40:
        return None
    cleaned = _APPROX_SUFFIX.sub("", _APPROX_PREFIX.sub("", cleaned, count=1)).strip()
    for mark in _CURRENCY_MARKS.get(currency or "", ()):
        if cleaned.upper().startswith(mark.upper()):
            cleaned = cleaned[len(mark) :].strip()
            break
    scale: float | None = None
    scaled = _MONEY_SCALE.fullmatch(cleaned)
    if scaled and scaled.group("number").strip():
        scale = _SCALE_IN_MILLIONS[scaled.group("scale").lower()]
        cleaned = scaled.group("number").strip()
    single = number_from_text(cleaned, currency)
    if single is not None:
        return MoneyText(single * (scale or 1.0), millions=scale is not None)
    bounds = _NUMBER_RANGE.fullmatch(cleaned)
    if bounds:
        low, high = number_from_text(bounds.group("low"), currency), number_from_text(bounds.group("high"), currency)
        if low is not None and high is not None and 0 <= low <= high:
            factor = scale or 1.0
            return MoneyText((low + high) / 2 * factor, low * factor, high * factor, millions=scale is not None)
    return None


def describe_unreadable_number(value: Any) -> str:
    """Why a cell could not be read as a number, as an English clause ("holds TRUE where a number is expected").

    Issue messages use :func:`unreadable_number_message`, which says the same in a whole, translatable sentence.
    """
    kind, parts = _unreadable(value)
    return _REASONS[kind].format(**parts)


#: What becomes of a cell that cannot be read as a number, as the end of its issue sentence says.
REJECTED = "rejected"  # "capex_musd holds TRUE where a number is expected." (an error: the row is left out)
VALUE_IGNORED = "value ignored"  # "…; the value is ignored."
IGNORED = "ignored"  # "…; ignored."

_REASONS = {
    "flag": "holds {value} where a number is expected",
    "date": "holds a date where a number is expected",
    "excel": "holds the Excel error {error}",
    "comma": "'{text}' is ambiguous: a comma here is read as a thousands separator; write {suggestion}",
    "infinite": "is not a finite number",
    "text": "'{text}' is not a number",
}


def unreadable_number_message(value: Any, column: str, outcome: str) -> str:
    """The issue sentence for a cell of ``column`` that holds ``value`` where a number is expected.

    ``outcome`` is :data:`REJECTED`, :data:`VALUE_IGNORED` or :data:`IGNORED`; the sentence is translated now.
    """
    kind, parts = _unreadable(value)
    return _unreadable_templates(kind)[outcome].format(column=column, **parts)


def _unreadable(value: Any) -> tuple[str, dict[str, str]]:
    """Which kind of unreadable cell ``value`` is, and the pieces its sentence names."""
    if isinstance(value, bool):
        return "flag", {"value": "TRUE" if value else "FALSE"}
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return "date", {}
    text = str(value).strip()
    if text.upper() in EXCEL_ERRORS:
        return "excel", {"error": text.upper()}
    if re.fullmatch(r"[+-]?\d+,\d{1,2}", text.replace(" ", "")):
        return "comma", {"text": text, "suggestion": text.replace(",", ".")}
    if isinstance(value, float):
        return "infinite", {}
    return "text", {"text": _clip(text)}


def _unreadable_templates(kind: str) -> dict[str, str]:
    """The three sentences (one per outcome) for one kind of unreadable cell, each a whole translatable template."""
    if kind == "flag":
        return {
            REJECTED: translate("Issues", "{column} holds {value} where a number is expected."),
            VALUE_IGNORED: translate(
                "Issues", "{column} holds {value} where a number is expected; the value is ignored."
            ),
            IGNORED: translate("Issues", "{column} holds {value} where a number is expected; ignored."),
        }
    if kind == "date":
        return {
            REJECTED: translate("Issues", "{column} holds a date where a number is expected."),
            VALUE_IGNORED: translate(
                "Issues", "{column} holds a date where a number is expected; the value is ignored."
            ),
            IGNORED: translate("Issues", "{column} holds a date where a number is expected; ignored."),
        }
    if kind == "excel":
        return {
            REJECTED: translate("Issues", "{column} holds the Excel error {error}."),
            VALUE_IGNORED: translate("Issues", "{column} holds the Excel error {error}; the value is ignored."),
            IGNORED: translate("Issues", "{column} holds the Excel error {error}; ignored."),
        }
    if kind == "comma":
        return {
            REJECTED: translate(
                "Issues",
                "{column} '{text}' is ambiguous: a comma here is read as a thousands separator; write {suggestion}.",
            ),
            VALUE_IGNORED: translate(
                "Issues",
                "{column} '{text}' is ambiguous: a comma here is read as a thousands separator; write {suggestion}; "
                "the value is ignored.",
            ),
            IGNORED: translate(
                "Issues",
                "{column} '{text}' is ambiguous: a comma here is read as a thousands separator; write {suggestion}; "
                "ignored.",
            ),
        }
    if kind == "infinite":
        return {
            REJECTED: translate("Issues", "{column} is not a finite number."),
            VALUE_IGNORED: translate("Issues", "{column} is not a finite number; the value is ignored."),
            IGNORED: translate("Issues", "{column} is not a finite number; ignored."),
        }
    return {
        REJECTED: translate("Issues", "{column} '{text}' is not a number."),
        VALUE_IGNORED: translate("Issues", "{column} '{text}' is not a number; the value is ignored."),
        IGNORED: translate("Issues", "{column} '{text}' is not a number; ignored."),
    }


def parse_text(series: pd.Series) -> np.ndarray:
    """Cell text stripped of surrounding space; numbers written without a trailing ``.0``; blanks as ``""``."""
    raw = series.to_numpy(dtype=object)
    out = np.empty(len(raw), dtype=object)
    for i, v in enumerate(raw):
        out[i] = text_of(v)
    return out


def cut_to_cell(text: str) -> str:
    """``text`` as an Excel cell can hold it: at most :data:`EXCEL_CELL_CHARACTERS`, a cut shown by a final "…"."""
    return text if len(text) <= EXCEL_CELL_CHARACTERS else text[: EXCEL_CELL_CHARACTERS - 1] + "…"


def visible_id(text: str) -> str:
    """An id without invisible format characters (zero-width space, joiners, BOM, bidi marks: Unicode Cf).

    ``A\u200b1`` looks like ``A1`` everywhere the id is shown, so it must not count as another project (issue 9.13).
    """
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def id_key(text: str) -> str:
    """What two ids must share to be the same id: the visible id in NFKC form (full-width ``Ａ1`` is ``A1``)."""
    return unicodedata.normalize("NFKC", visible_id(text))


def invisible_characters(text: str) -> str:
    """The invisible characters of ``text`` named for a message: ``U+200B ZERO WIDTH SPACE``."""
    found = dict.fromkeys(c for c in text if unicodedata.category(c) == "Cf")
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'format character')}" for c in found)


def text_of(value: Any) -> str:
    """How a cell reads as text (``101.0`` → ``"101"``, a date → ``"2026-01-31"``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


_YES = frozenset({"yes", "y", "x", "true", "1", "✓", "✔", "☑", "●", "•", "o", "○", "◯", "produced", "p", "t"})
_NO = frozenset({"no", "n", "false", "0", "-", "–", "—", "✗", "✘", "×", "none", "nil", "", "f"})


def parse_flags(series: pd.Series, numbers: Parsed | None = None) -> Parsed:
    """Element columns: yes/no/x/✓/1/0 or tonnes per year; produced where yes or tonnes > 0 (METHOD.md §2).

    ``values`` is 1.0 produced, 0.0 not produced, NaN unreadable; negative tonnages are unreadable. ``numbers``:
    the column already read by :func:`parse_numbers` (the tonnages), so it is not read twice.
    """
    numbers = parse_numbers(series) if numbers is None else numbers
    raw = series.to_numpy(dtype=object)
    values = np.where(numbers.values > 0, 1.0, np.where(numbers.values == 0, 0.0, np.nan))
    bad = numbers.values < 0
    values[numbers.blank] = 0.0
    for i in np.flatnonzero(numbers.bad):
        v = raw[i]
        if isinstance(v, bool):
            values[i] = 1.0 if v else 0.0
            continue
        word = str(v).strip().lower()
        if word in _YES:
            values[i] = 1.0
        elif word in _NO:
            values[i] = 0.0
        else:
            bad[i] = True
    return Parsed(values, numbers.blank, bad)


def parse_years(series: pd.Series) -> Parsed:
    """A year from a number (2027), numeric text, a date cell, or the way analysts write years (issue 8.8).

    ``2027E``, ``2027F``, ``2027 (est.)``, ``FY26``, ``CY2027``, ``H2 2026``, ``Q3 2027``, ``mid-2028`` give the
    year; a range ``2028-29`` gives its first year and is flagged by :func:`approximate_years`.
    """
    raw = series.to_numpy(dtype=object)
    converted = pd.Series([v.year if isinstance(v, dt.date) else v for v in raw], index=series.index, dtype=object)
    parsed = parse_numbers(converted)
    values, bad = parsed.values.copy(), parsed.bad.copy()
    for i in np.flatnonzero(bad):
        text = raw[i]
        if isinstance(text, str):
            year = year_from_text(text)[0]
            if year is not None:
                values[i], bad[i] = year, False
    return Parsed(values, parsed.blank, bad)


def approximate_years(series: pd.Series) -> np.ndarray:
    """True where a start year was written as a range (``2028-29``): the first year is used, flagged."""
    raw = series.to_numpy(dtype=object)
    return np.array([isinstance(v, str) and year_from_text(v)[1] for v in raw], dtype=bool)


_YEAR_WORDS = (
    re.compile(r"(?:fy|cy)\s*'?(?P<year>\d{4}|\d{2})", re.IGNORECASE),
    re.compile(r"(?:[hq][1-4]|[1-4][hq]|mid|early|late|end)[\s\-/]*(?:of\s+)?(?P<year>\d{4})", re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})\s*[\-/]?\s*(?:[hq][1-4])", re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})\s*(?:e|f|est\.?|\(e\)|\(est\.?\)|estimated|target|\?)", re.IGNORECASE),
)
_YEAR_RANGE = re.compile(r"(?P<year>\d{4})\s*[\-\u2013/]\s*(?P<end>\d{2}|\d{4})")


@lru_cache(maxsize=4096)
def year_from_text(text: str) -> tuple[int | None, bool]:
    """(year, approximate) for a year written as text; (None, False) when it is not one (see parse_years)."""
    cleaned = text.strip()
    if len(cleaned) > 24:  # no way of writing a year is longer; the cap keeps the patterns cheap
        return None, False
    for pattern in _YEAR_WORDS:
        match = pattern.fullmatch(cleaned)
        if match:
            year = int(match.group("year"))
            return (2000 + year if year < 100 else year), False
    match = _YEAR_RANGE.fullmatch(cleaned)
    if match:
        first, end = int(match.group("year")), int(match.group("end"))
        last = (first // 100) * 100 + end if end < 100 else end
        if last >= first:
            return first, True
    return None, False


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
