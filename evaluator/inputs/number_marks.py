"""Which marks a CSV file uses for decimals and thousands, decided from the file as a whole (issue 8.3).

A European CSV (``;`` separators, ``5.000`` for five thousand, ``12,5`` for twelve and a half) read cell by cell
with English rules turns 5,000 t/y into 5 t/y without a word. One cell alone is often ambiguous (``5.000``,
``1,250``), but a file is not: somewhere it writes ``12,5`` or ``1.250.000`` (European only) or ``12.5`` or
``1,250,000`` (English only). The evidence of every cell decides; a ``;`` separator with only ambiguous cells is the
European convention (Excel writes ``;`` exactly where the decimal mark is a comma). The chosen convention is then
applied to every number-shaped cell, so the cell parsers downstream only ever see English numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evaluator.model.import_choices import Convention

_SPACES = str.maketrans("", "", " \u00a0\u202f")
_EU_GROUPED = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EU_DECIMAL = re.compile(r"[+-]?\d+,\d+")
_EN_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_ONE_GROUP_DOT = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")  # 5.000: five, or five thousand?
_ONE_GROUP_COMMA = re.compile(r"[+-]?[1-9]\d{0,2},\d{3}")  # 1,250: one and a quarter, or one thousand 250?

#: Longest cell looked at: a number is never longer; longer text is not a number (and costs nothing to skip).
_MAX_NUMBER_TEXT = 40


@dataclass(frozen=True)
class NumberMarks:
    """The convention chosen for a file and why, in words for the import report."""

    convention: Convention
    european_cells: int
    english_cells: int
    ambiguous_cells: int
    guessed_from_separator: bool = False
    mixed: bool = False
    example: str = ""
    #: The convention was chosen by the user (import choices), not detected.
    chosen: bool = False


def _kind(cell: str) -> str:
    """'eu', 'en', 'ambiguous-dot', 'ambiguous-comma' or '' for one stripped cell."""
    if _ONE_GROUP_DOT.fullmatch(cell):
        return "ambiguous-dot"
    if _ONE_GROUP_COMMA.fullmatch(cell):
        return "ambiguous-comma"
    if _EU_GROUPED.fullmatch(cell) or _EU_DECIMAL.fullmatch(cell):
        return "eu"
    if _EN_GROUPED.fullmatch(cell) or _EN_DECIMAL.fullmatch(cell):
        return "en"
    return ""


def detect_marks(rows: list[list[str]], delimiter: str) -> NumberMarks:
    """Weigh every distinct number-shaped cell of the file and choose a convention (see the module docstring)."""
    counts = {"eu": 0, "en": 0, "ambiguous-dot": 0, "ambiguous-comma": 0}
    example = {"eu": "", "en": "", "ambiguous-dot": ""}
    seen: set[str] = set()
    for row in rows:
        for raw in row:
            if not raw or len(raw) > _MAX_NUMBER_TEXT or raw in seen:
                continue
            seen.add(raw)
            kind = _kind(raw.strip().translate(_SPACES))
            if kind:
                counts[kind] += 1
                if kind in example and not example[kind]:
                    example[kind] = raw.strip()
    eu, en = counts["eu"], counts["en"]
    ambiguous = counts["ambiguous-dot"] + counts["ambiguous-comma"]
    if eu and not en:
        return NumberMarks("european", eu, en, ambiguous, example=example["eu"])
    if eu and en:
        return NumberMarks("english", eu, en, ambiguous, mixed=True, example=example["eu"])
    if not en and delimiter == ";" and counts["ambiguous-dot"]:
        return NumberMarks("european", eu, en, ambiguous, guessed_from_separator=True, example=example["ambiguous-dot"])
    return NumberMarks("english", eu, en, ambiguous, example=example["en"])


def to_english(rows: list[list[str]], marks: NumberMarks) -> list[list[str]]:
    """The rows with every European number-shaped cell rewritten in English form (``5.000,5`` → ``5000.5``)."""
    if marks.convention != "european":
        return rows
    cache: dict[str, str] = {}

    def convert(raw: str) -> str:
        if not raw or len(raw) > _MAX_NUMBER_TEXT:
            return raw
        if raw not in cache:
            cell = raw.strip().translate(_SPACES)
            european = _EU_GROUPED.fullmatch(cell) or _EU_DECIMAL.fullmatch(cell)
            cache[raw] = cell.replace(".", "").replace(",", ".") if european else raw
        return cache[raw]

    return [[convert(cell) for cell in row] for row in rows]
