"""The Projects sheet's data rows, cut out of the grid and parsed column by column (METHOD.md §1).

:class:`DataRows` is what every check of the validation reads (the table is :data:`evaluator.inputs.validate.CHECKS`):
the body below the header without its blank rows and without the rows left out on purpose (hidden, totals and
footnote rows, issue 8.7, each said in one sentence as the body is cut), the formula cells saved without a value
(issue 8.10), and each column parsed once and cached: text cut to what an Excel cell holds, numbers in the method's
unit, money cells written the analyst's way. Parsing writes no issue: a parsed column keeps the masks of its long,
unreadable and blank cells, and the checks turn masks into :class:`Flagged` cells, which the validator writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.inputs.cells import (
    EXCEL_CELL_CHARACTERS,
    Parsed,
    blank_mask,
    cut_to_cell,
    money_from_text,
    number_from_text,
    parse_numbers,
    parse_text,
)
from evaluator.inputs.headers import HeaderMap, Unit
from evaluator.inputs.read import Grid
from evaluator.inputs.row_kinds import kinds_column, skipped_rows
from evaluator.inputs.sheet_facts import NO_FACTS, SheetFacts
from evaluator.model.fields import FIELDS
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import IssueLog, Severity, display_value

# The fields a row cannot load without.
REQUIRED = tuple(f.name for f in FIELDS if f.required)
# The money columns, in the order they are read, and the Dataset column each one is stored as.
STORED_AS = {
    "capex_musd": "capex_m",
    "capex_low": "capex_low_m",
    "capex_high": "capex_high_m",
    "opex_usd_per_kg": "opex_per_kg",
    "opex_low": "opex_low_per_kg",
    "opex_high": "opex_high_per_kg",
}
# (quantity, base column, low column, high column) of the two money estimates with a range.
LOW_HIGH = (("capex", "capex_musd", "capex_low", "capex_high"), ("opex", "opex_usd_per_kg", "opex_low", "opex_high"))

# ``message(data row index, cell value)``: the sentence of one flagged cell.
Message = Callable[[int, Any], str]


@dataclass(frozen=True)
class SheetContext:
    """What judging a row needs besides its cells: header units, FX, which countries have governance data."""

    units: dict[str, Unit]
    fx_rates: Mapping[str, float]  # currency → units per USD, for the plausibility checks only
    known_countries: frozenset[str] | None
    assumed_risk: float
    choices: ImportChoices = AUTOMATIC
    facts: SheetFacts = NO_FACTS


@dataclass(frozen=True)
class Flagged:
    """The cells one check found: one issue per True row of ``mask``, in row order, about ``field``'s cell.

    ``column`` is the sheet column when it is not ``field``'s own (an element's yes/no column). ``loaded_only``
    leaves out the rows an earlier error already left out; ``once_per`` then keeps the first flagged row of each of
    its values (one warning per country). An error leaves its rows out of scoring.
    """

    mask: np.ndarray
    field: str
    severity: Severity
    message: Message
    column: int | None = None
    loaded_only: bool = False
    once_per: np.ndarray | None = None


def fixed(sentence: str) -> Message:
    """The same sentence (already translated) for every flagged cell."""
    return lambda _i, _value: sentence


def by_value(message: Callable[[Any], str]) -> Message:
    """A sentence that quotes the flagged cell's value."""
    return lambda _i, value: message(value)


class DataRows:
    """The data rows, as raw cells (one column per sheet column used) and parsed columns, cached by field."""

    def __init__(self, grid: Grid, header: HeaderMap, sheet: str, log: IssueLog, context: SheetContext) -> None:
        self.header = header
        self.sheet = sheet
        self.context = context
        self.units = context.units
        body = grid[header.data_start :]
        wanted = sorted(set(header.fields.values()) | set(header.elements.values()))
        frame = pd.DataFrame(body, dtype=object) if body else pd.DataFrame(dtype=object)
        frame = frame.reindex(columns=range(max(wanted) + 1))
        excel_rows = np.arange(len(frame)) + header.data_start + 1
        blank = np.ones(len(frame), dtype=bool)
        for column in wanted:  # only rows still blank need looking at: after one column almost none are
            candidates = np.flatnonzero(blank)
            if candidates.size == 0:
                break
            blank[candidates] = blank_mask(frame[column].iloc[candidates])
        blank |= self._skip_on_purpose(frame, body, excel_rows, ~blank, log)
        self.raw = frame.loc[~blank, wanted].reset_index(drop=True)
        self.excel_rows = excel_rows[~blank]
        self.n = len(self.raw)
        self._texts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._numbers: dict[str, Parsed] = {}
        # Base money cells written as ranges: field → (low, high) in the method's unit (NaN where not a range).
        self.text_ranges: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        # Column → the rows whose cell holds a formula saved without its result (issue 8.10), and the formulas.
        self.uncalculated: dict[int, np.ndarray] = {}
        self.formula_text: dict[tuple[int, int], str] = {}
        positions = {int(row): i for i, row in enumerate(self.excel_rows)}
        for (row, column), formula in context.facts.formulas_without_value.items():
            if column in wanted and row in positions:
                self.uncalculated.setdefault(column, np.zeros(self.n, dtype=bool))[positions[row]] = True
                self.formula_text[(positions[row], column)] = formula

    def _skip_on_purpose(
        self, frame: pd.DataFrame, body: Grid, excel_rows: np.ndarray, filled: np.ndarray, log: IssueLog
    ) -> np.ndarray:
        """Hidden, totals and footnote rows: left out before validation, each with one sentence (issue 8.7).

        A hidden row is a warning (the analyst hid a project; the choice to include hidden rows loads it), a totals
        or footnote row a note: they are not projects, so they are not reported as broken ones.
        """
        name_column = self.header.fields.get("name")
        country_column = self.header.fields.get("country")
        kinds = skipped_rows(
            frame,
            body,
            excel_rows,
            filled,
            name_column=name_column,
            country_column=country_column,
            hidden_rows=frozenset() if self.context.choices.include_hidden_rows else self.context.facts.hidden_rows,
        )
        for position, kind, text in kinds:
            where = {"row": int(excel_rows[position]), "column_index": name_column, "column": "name", "value": text}
            if kind == "hidden":
                log.warning(
                    self.sheet,
                    translate(
                        "Issues",
                        "Row {row} ('{name}') is hidden in the workbook and was skipped; choose to include hidden "
                        "rows in the import to score it.",
                    ).format(row=where["row"], name=text or translate("Issues", "no name")),
                    **where,
                )
            elif kind == "total":
                log.note(
                    self.sheet,
                    translate("Issues", "Row {row} ('{text}') is a totals row, not a project; skipped.").format(
                        row=where["row"], text=text
                    ),
                    **where,
                )
            else:
                log.note(
                    self.sheet,
                    translate("Issues", "Row {row} is a note ('{text}'), not a project; skipped.").format(
                        row=where["row"], text=display_value(text, 50)
                    ),
                    **{**where, "column_index": kinds_column(body[position])},
                )
        skip = np.zeros(len(frame), dtype=bool)
        skip[[position for position, _, _ in kinds]] = True
        return skip

    # -- cells ------------------------------------------------------------------------------------------------

    def column(self, field: str) -> pd.Series | None:
        index = self.header.fields.get(field)
        return None if index is None else self.raw[index]

    def cells(self, column: int | None) -> np.ndarray | None:
        """The raw cells of a sheet column (what an issue quotes), or None for no column."""
        return self.raw[column].to_numpy(dtype=object) if column is not None else None

    def empty(self, mask: np.ndarray, field: str) -> np.ndarray:
        """``mask`` without the cells that are empty only because their formula was never calculated."""
        column = self.header.fields.get(field)
        uncalculated = self.uncalculated.get(column) if column is not None else None
        return mask & ~uncalculated if uncalculated is not None else mask

    # -- parsed columns ---------------------------------------------------------------------------------------

    def text(self, field: str) -> np.ndarray:
        """The field's cells as text (a fresh array: callers may change it); text longer than an Excel cell holds
        is cut there with a final "…" (issue 9.13: the export cut it silently; :meth:`text_lengths` tells where)."""
        return self._text(field)[0].copy()

    def text_lengths(self, field: str) -> np.ndarray:
        """The length of each of the field's texts as written, before any cut."""
        return self._text(field)[1]

    def _text(self, field: str) -> tuple[np.ndarray, np.ndarray]:
        if field not in self._texts:
            series = self.column(field)
            if series is None:
                self._texts[field] = (np.full(self.n, "", dtype=object), np.zeros(self.n, dtype=np.int64))
            else:
                values = parse_text(series)
                lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
                long = lengths > EXCEL_CELL_CHARACTERS
                if long.any():
                    values[long] = [cut_to_cell(v) for v in values[long]]
                self._texts[field] = (values, lengths)
        return self._texts[field]

    def number(self, field: str) -> Parsed:
        """The field's numbers in the method's unit (NaN where blank or unreadable); all NaN without the column."""
        if field not in self._numbers:
            series = self.column(field)
            if series is None:
                nothing = np.zeros(self.n, dtype=bool)
                self._numbers[field] = Parsed(np.full(self.n, np.nan), nothing, nothing)
            else:
                unit = self.units.get(field)
                if field in STORED_AS:
                    series = self._money_as_written(field, series, unit)
                parsed = parse_numbers(series, unit.currency or None if unit else None)
                values = parsed.values * unit.factor if unit else parsed.values
                self._numbers[field] = Parsed(values, parsed.blank, parsed.bad)
        return self._numbers[field]

    def _money_as_written(self, field: str, series: pd.Series, unit: Unit | None) -> pd.Series:
        """Money cells written the analyst's way (``~450``, ``$1.15bn``, ``420-650``) as plain numbers (issue 8.8).

        A cell that names its own scale (``m``, ``bn``) is brought to the column's unit; a range gives its midpoint
        and is remembered in ``text_ranges`` so the low/high columns can be filled where empty (flagged).
        """
        currency = unit.currency or None if unit else None
        factor = unit.factor if unit else 1.0
        raw = series.to_numpy(dtype=object)
        texts = {v for v in raw if isinstance(v, str) and v.strip() and number_from_text(v, currency) is None}
        if not texts:
            return series
        readings = {text: money_from_text(text, currency) for text in texts}
        converted = raw.copy()
        low = np.full(self.n, np.nan)
        high = np.full(self.n, np.nan)
        for i, value in enumerate(raw):
            reading = readings.get(value) if isinstance(value, str) else None
            if reading is None or (reading.millions and not field.startswith("capex")):
                continue  # "22m" means nothing in USD/kg
            scale = 1.0 / factor if reading.millions else 1.0  # millions → the column's unit
            converted[i] = reading.base * scale
            if reading.low is not None and reading.high is not None:
                low[i], high[i] = reading.low * scale, reading.high * scale
        if np.isfinite(low).any():
            self.text_ranges[field] = (low * factor, high * factor)
        return pd.Series(converted, index=series.index, dtype=object)

    def currency(self, field: str) -> str:
        unit = self.units.get(field)
        return unit.currency if unit and unit.currency else "USD"

    def per_usd(self, field: str) -> float:
        """Units of the column's currency per US dollar (1 for USD columns)."""
        return self.context.fx_rates.get(self.currency(field), 1.0)
