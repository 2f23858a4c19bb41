"""Rows of a Projects sheet that are not projects: hidden rows, totals rows, footnotes (issue 8.7).

Analysts' sheets end with a ``Total`` or ``Average`` row and a line or two of notes ("Source: company filings",
"* estimate"); a row hidden in Excel is a project the analyst put aside. Read as projects, the first two turned into
three errors each ("country is empty", ...) and the hidden one was ranked without a word. These are recognised
before validation so that the report says what each is, once.

Recognition is deliberately narrow, so a real but incomplete project is still reported as one:

- *totals*: the name (or the first column) starts with a totals word (``Total``, ``Grand total``, ``Subtotal``,
  ``Sum``, ``Average``, ``Mean``, ``Median``, ``合計``, ``平均``) and the site country is blank;
- *footnote*: the row holds exactly one non-blank cell, a text that starts like a note (``*``, ``†``, ``(1)``,
  ``Note``, ``Source``, ``注``, ``出典``) or reads as a sentence (four words or more), and the country and capacity
  are blank.
"""

from __future__ import annotations

import math
import re
from typing import Any, Literal

import numpy as np
import pandas as pd

from evaluator.inputs.cells import blank_mask

RowKind = Literal["hidden", "total", "footnote"]

_TOTALS = re.compile(
    r"^\s*(?:grand\s+|sub[-\s]?)?(?:totals?|sum|average|avg\.?|mean|median)\b|^\s*(?:合計|総計|小計|平均)",
    re.IGNORECASE,
)
_NOTE_START = re.compile(
    r"^\s*(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)|\d{1,2}\)|\[\d{1,2}\]|"
    r"(?:notes?|sources?|n\.?b\.?|disclaimer|prepared\s+by|as\s+of|figures|all\s+figures)\b|注|出典|備考)",
    re.IGNORECASE,
)
_SENTENCE_WORDS = 4


def skipped_rows(
    frame: pd.DataFrame,
    body: list[list[Any]],
    excel_rows: np.ndarray,
    filled: np.ndarray,
    *,
    name_column: int | None,
    country_column: int | None,
    hidden_rows: frozenset[int],
) -> list[tuple[int, RowKind, str]]:
    """(position in ``body``, kind, the row's label) for every filled row that is not a project, in sheet order."""
    found: dict[int, tuple[RowKind, str]] = {}
    names = _texts(frame, name_column)
    if hidden_rows:
        for position in np.flatnonzero(filled & np.isin(excel_rows, list(hidden_rows))):
            found[int(position)] = ("hidden", names[position])
    country_blank = blank_mask(frame[country_column]) if country_column is not None else np.ones(len(frame), bool)
    candidates = filled & country_blank
    if candidates.any():
        labels = np.where(names != "", names, _texts(frame, 0))
        totals = candidates & pd.Series(labels).str.contains(_TOTALS).fillna(False).to_numpy(dtype=bool)
        for position in np.flatnonzero(totals):
            found.setdefault(int(position), ("total", str(labels[position])))
        for position in np.flatnonzero(candidates & ~totals):
            note = _footnote_text(body[position])
            if note is not None:
                found.setdefault(int(position), ("footnote", note))
    return [(position, kind, text) for position, (kind, text) in sorted(found.items())]


def kinds_column(row: list[Any]) -> int | None:
    """The 0-based column of the row's first non-blank cell (where a footnote is written)."""
    for column, value in enumerate(row):
        if not _blank(value):
            return column
    return None


def _footnote_text(row: list[Any]) -> str | None:
    cells = [value for value in row if not _blank(value)]
    if len(cells) != 1 or not isinstance(cells[0], str):
        return None
    text = cells[0].strip()
    if _NOTE_START.match(text) or len(text.split()) >= _SENTENCE_WORDS:
        return text
    return None


def _texts(frame: pd.DataFrame, column: int | None) -> np.ndarray:
    if column is None or column not in frame.columns:
        return np.full(len(frame), "", dtype=object)
    values = frame[column].astype(object)
    if pd.api.types.infer_dtype(values, skipna=True) not in _TEXT_DTYPES:
        # a column with no text at all (numbered rows in column A, names that are numbers): pandas refuses .str
        return np.full(len(frame), "", dtype=object)
    # .str leaves non-text cells (numbers, dates) as NaN: one vectorised pass, no loop over rows
    return values.str.strip().fillna("").to_numpy(dtype=object)


#: What pandas' ``infer_dtype`` calls a column ``.str`` accepts that holds some text.
_TEXT_DTYPES = frozenset({"string", "mixed", "mixed-integer"})


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and math.isnan(value)
