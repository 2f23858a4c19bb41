"""The optional sheets of METHOD.md v2's cost and coverage: ``Prices``, ``Forms``, ``Stages`` and ``SupplyGap``.

Each overrides the bundled table of the same role (:mod:`evaluator.reference.value_tables`) for one run, row by
row. A row that cannot be used — an element, form, stage or chain stage the method does not know, a value that is
not a number in its range — is a warning naming its cell, and the bundled row stays in force; the rest of the sheet
loads. One reader serves the four sheets: each is a few key columns and a few value columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.inputs.cells import text_of
from evaluator.inputs.override_sheets import cell_at, keyed_rows, number_of, simple_header
from evaluator.inputs.read import Grid
from evaluator.model.issues import IssueLog
from evaluator.reference.elements import symbol_for
from evaluator.reference.value_tables import ANY_DECK
from evaluator.reference.vocabulary import CHAIN_STAGES, INPUT_FORMS, OUTPUT_FORMS, form_of, stage_of


@dataclass(frozen=True)
class _Key:
    """A key column: its aliases, how a written key becomes the method's (None: not known), and the blank default
    (None: the key is required)."""

    name: str
    aliases: tuple[str, ...]
    resolve: Callable[[str], str | None]
    blank: str | None = None


@dataclass(frozen=True)
class _Value:
    """A value column with the range a value must lie in; ``required``: a row without it is not used."""

    name: str
    aliases: tuple[str, ...]
    low: float = 0.0
    high: float = np.inf
    required: bool = True


#: A sheet: its key columns, then its value columns.
SheetSpec = tuple[tuple[_Key, ...], tuple[_Value, ...]]


def _any_form(text: str) -> str | None:
    return form_of(text, OUTPUT_FORMS) or form_of(text, INPUT_FORMS)


def _chain_stage(text: str) -> str | None:
    folded = text.strip().lower()
    return folded if folded in CHAIN_STAGES else None


_SYMBOL = _Key("symbol", ("symbol", "element", "elementsymbol"), symbol_for)

PRICES: SheetSpec = (
    (_SYMBOL, _Key("deck", ("deck", "pricedeck", "scenario"), lambda text: text.strip(), blank=ANY_DECK)),
    (_Value("price_usd_per_kg", ("priceusdperkg", "price", "priceusdkg", "oxideprice")),),
)
FORMS: SheetSpec = (
    (_Key("form", ("form", "product", "productform"), _any_form),),
    (_Value("value_factor", ("valuefactor", "factor", "value", "f")),),
)
STAGES_SHEET: SheetSpec = (
    (_Key("stage", ("stage", "developmentstage", "status"), stage_of),),
    (_Value("delivery_probability", ("deliveryprobability", "probability", "pi", "π"), high=1.0),),
)
SUPPLY_GAP: SheetSpec = (
    (_SYMBOL, _Key("stage", ("stage", "chainstage"), _chain_stage)),
    (
        _Value("demand_tpa", ("demandtpa", "demand", "allieddemand")),
        _Value("exchina_supply_tpa", ("exchinasupplytpa", "exchinasupply", "supply", "committedsupply")),
        _Value("stockpile_t", ("stockpilet", "stockpile"), required=False),
    ),
)


def read_value_sheet(grid: Grid, sheet: str, log: IssueLog, spec: SheetSpec) -> pd.DataFrame:
    """The usable rows of one of the four sheets, with the method's keys; every other row is a warning."""
    keys, values = spec
    items: tuple[_Key | _Value, ...] = (*keys, *values)
    found = simple_header(grid, {item.name: item.aliases for item in items})
    names = [item.name for item in items]
    if found is None:
        log.warning(
            sheet,
            translate("Issues", "No header with {columns} found; the sheet is ignored.").format(
                columns=", ".join(names)
            ),
        )
        return pd.DataFrame(columns=names)
    header_index, columns = found
    rows = []
    for row_number, row, _written in keyed_rows(grid, header_index, columns[keys[0].name]):
        entry = _read_row(row, row_number, sheet=sheet, log=log, keys=keys, values=values, columns=columns)
        if entry is not None:
            rows.append(entry)
    return pd.DataFrame(rows, columns=names)


def _read_row(
    row: list[object],
    row_number: int,
    *,
    sheet: str,
    log: IssueLog,
    keys: tuple[_Key, ...],
    values: tuple[_Value, ...],
    columns: dict[str, int],
) -> dict[str, object] | None:
    entry: dict[str, object] = {}
    for key in keys:
        written = text_of(cell_at(row, columns.get(key.name)))
        resolved = key.resolve(written) if written else key.blank
        if resolved is None:
            log.warning(
                sheet,
                translate("Issues", "'{value}' is not a {column} the method knows; the row is ignored.").format(
                    value=written, column=key.name
                ),
                column=key.name,
                column_index=columns.get(key.name),
                row=row_number,
                value=written,
            )
            return None
        entry[key.name] = resolved
    for item in values:
        cell = cell_at(row, columns.get(item.name))
        number = number_of(cell)
        if number is not None and item.low <= number <= item.high:
            entry[item.name] = number
            continue
        if number is None and not text_of(cell) and not item.required:
            entry[item.name] = np.nan
            continue
        sentence = (
            translate("Issues", "{column} must be a number of at least {low}; the row is ignored.")
            if item.high == np.inf
            else translate("Issues", "{column} must be a number from {low} to {high}; the row is ignored.")
        )
        log.warning(
            sheet,
            sentence.format(column=item.name, low=f"{item.low:g}", high=f"{item.high:g}"),
            column=item.name,
            column_index=columns.get(item.name),
            row=row_number,
            value=cell,
        )
        return None
    return entry
