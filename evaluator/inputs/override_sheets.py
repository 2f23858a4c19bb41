"""The optional sheets of an input workbook: ``Countries``, ``Elements``, ``Settings`` and ``FX`` (METHOD.md §1).

They override bundled reference data and default parameters for one run. A bad row here never stops the load:
it is reported as a warning and the reference or default value stays in force.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.inputs.cells import number_from_text, text_of
from evaluator.inputs.read import Grid
from evaluator.model.fields import fold
from evaluator.model.issues import IssueLog
from evaluator.model.parameters import ParameterError, Parameters, parse_setting
from evaluator.reference.countries import country_name, resolve_country
from evaluator.reference.currencies import BASE, CURRENCIES, currency_of_code, fx_parameter
from evaluator.reference.elements import symbol_for
from evaluator.reference.tables import CountryTable

_YES = {"yes", "y", "true", "1", "x", "✓", "aligned"}
_NO = {"no", "n", "false", "0", "-", "not aligned"}


def simple_header(grid: Grid, columns: dict[str, tuple[str, ...]]) -> tuple[int, dict[str, int]] | None:
    """First row (of 20) naming the first column in ``columns``: where the header is and which column is which."""
    keys = {fold(alias): name for name, aliases in columns.items() for alias in aliases}
    first = next(iter(columns))
    for index, row in enumerate(grid[:20]):
        found: dict[str, int] = {}
        for column, value in enumerate(row):
            name = keys.get(fold(text_of(value)))
            if name and name not in found:
                found[name] = column
        if first in found and len(found) >= 2:
            return index, found
    return None


def cell_at(row: list[Any], column: int | None) -> Any:
    return row[column] if column is not None and column < len(row) else None


def keyed_rows(grid: Grid, header_index: int, key_column: int) -> Iterator[tuple[int, list[Any], str]]:
    """(worksheet row number, row, key text) for each row below the header whose key cell is not blank."""
    for offset, row in enumerate(grid[header_index + 1 :]):
        written = text_of(cell_at(row, key_column))
        if written:
            yield header_index + offset + 2, row, written


def number_of(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if np.isfinite(value) else None
    return number_from_text(str(value))


def read_settings(grid: Grid, sheet: str, log: IssueLog) -> dict[str, Any]:
    """``name | value`` rows → parameter values (field name → checked value), each bad row a warning."""
    found = simple_header(grid, {"name": ("name", "parameter", "setting", "key"), "value": ("value", "setting value")})
    start, name_col, value_col = (found[0] + 1, found[1]["name"], found[1]["value"]) if found else (0, 0, 1)
    settings: dict[str, Any] = {}
    params = Parameters()
    for offset, row in enumerate(grid[start:]):
        row_number = start + offset + 1
        name, value = text_of(cell_at(row, name_col)), cell_at(row, value_col)
        if not name or not text_of(value):
            continue
        try:
            field, parsed = parse_setting(name, value)
            params = params.replace(**{field: parsed})
        except ParameterError as error:
            log.warning(
                sheet,
                translate("Issues", "Setting '{name}' ignored: {reason}.").format(
                    name=name, reason=str(error).rstrip(".")
                ),
                column="value",
                column_index=value_col,
                row=row_number,
                value=value,
            )
            continue
        if field in settings:
            log.warning(
                sheet,
                translate("Issues", "Setting {name} is given twice; the later value is used.").format(name=field),
                column="name",
                column_index=name_col,
                row=row_number,
                value=name,
            )
        settings[field] = parsed
    return settings


def read_fx(grid: Grid, sheet: str, log: IssueLog) -> dict[str, float]:
    """An ``FX`` sheet (``currency | per_usd``, or ``usd_per_unit``) → ``fx_<currency>_per_usd`` settings (issue 8.9).

    Analysts quote the euro, the pound and the Australian dollar the market's way (USD per unit: EURUSD 1.08), so a
    ``usd_per_unit`` column is accepted and inverted; each row says which it is by the column it fills.
    """
    found = simple_header(
        grid,
        {
            "currency": ("currency", "ccy", "code", "iso"),
            "per_usd": ("per_usd", "per usd", "units per usd", "rate", "fx rate", "per us$"),
            "usd_per_unit": ("usd_per_unit", "usd per unit", "usd per currency", "us$ per unit", "in usd"),
        },
    )
    if found is None:
        log.warning(
            sheet,
            translate(
                "Issues",
                "The FX sheet has no header naming a currency column and a per_usd (or usd_per_unit) column; "
                "it is ignored and the bundled rates are used.",
            ),
        )
        return {}
    header_index, columns = found
    rates: dict[str, float] = {}
    for row_number, row, written in keyed_rows(grid, header_index, columns["currency"]):
        code = currency_of_code(written)
        if code is None or code == BASE:
            if code is None:
                log.warning(
                    sheet,
                    translate("Issues", "'{value}' is not a currency this app converts ({codes}); row ignored.").format(
                        value=written, codes=", ".join(c for c in CURRENCIES if c != BASE)
                    ),
                    column="currency",
                    column_index=columns["currency"],
                    row=row_number,
                    value=written,
                )
            continue
        per_usd = number_of(cell_at(row, columns.get("per_usd")))
        usd_per_unit = number_of(cell_at(row, columns.get("usd_per_unit")))
        rate = per_usd if per_usd is not None else (1.0 / usd_per_unit if usd_per_unit else None)
        if rate is None or not rate > 0:
            column = "per_usd" if "per_usd" in columns else "usd_per_unit"
            log.warning(
                sheet,
                translate(
                    "Issues", "The rate for {currency} is not a number above zero; the bundled rate is used."
                ).format(currency=code),
                column=column,
                column_index=columns.get(column),
                row=row_number,
                value=cell_at(row, columns.get(column)),
            )
            continue
        rates[fx_parameter(code)] = rate
    return rates


def read_countries(grid: Grid, sheet: str, log: IssueLog, reference: CountryTable) -> pd.DataFrame:
    """``country | governance_risk | aligned`` rows → overrides indexed by ISO3 (blank cells keep the reference)."""
    found = simple_header(
        grid,
        {
            "country": ("country", "name", "iso3", "countryname"),
            "governance_risk": ("governancerisk", "risk", "countryrisk", "governance", "riskscore"),
            "aligned": ("aligned", "ally", "alignedflag", "partner"),
        },
    )
    rows: dict[str, dict[str, Any]] = {}
    if found is None:
        log.warning(
            sheet,
            translate("Issues", "No header with country and governance_risk or aligned found; the sheet is ignored."),
        )
        return _frame(rows, ["name", "governance_risk", "aligned"])
    header_index, columns = found
    for row_number, row, written in keyed_rows(grid, header_index, columns["country"]):
        iso3 = resolve_country(written)
        if iso3 is None:
            log.warning(
                sheet,
                translate("Issues", "'{value}' is not a recognised country; the row is ignored.").format(value=written),
                column="country",
                column_index=columns["country"],
                row=row_number,
                value=written,
            )
            continue
        known = iso3 in reference.frame.index
        entry: dict[str, Any] = {"name": country_name(iso3)}
        risk_cell = cell_at(row, columns.get("governance_risk"))
        risk = number_of(risk_cell)
        if risk is not None and 0 <= risk <= 100:
            entry["governance_risk"] = risk
        elif text_of(risk_cell):
            log.warning(
                sheet,
                translate(
                    "Issues", "{column} for {country} must be a number from 0 to 100; the reference value is kept."
                ).format(column="governance_risk", country=written),
                column="governance_risk",
                column_index=columns.get("governance_risk"),
                row=row_number,
                value=risk_cell,
            )
        aligned_cell = cell_at(row, columns.get("aligned"))
        aligned_text = text_of(aligned_cell).lower()
        if aligned_text in _YES or aligned_cell is True:
            entry["aligned"] = True
        elif aligned_text in _NO or aligned_cell is False:
            entry["aligned"] = False
        elif aligned_text:
            log.warning(
                sheet,
                translate("Issues", "{column} for {country} must be yes or no; the reference value is kept.").format(
                    column="aligned", country=written
                ),
                column="aligned",
                column_index=columns.get("aligned"),
                row=row_number,
                value=aligned_cell,
            )
        if not known and "governance_risk" not in entry:
            log.warning(
                sheet,
                translate(
                    "Issues",
                    "{country} is not in the bundled table and has no governance_risk here; the row is ignored.",
                ).format(country=written),
                column="governance_risk",
                column_index=columns.get("governance_risk"),
                row=row_number,
            )
            continue
        if len(entry) > 1:
            base = reference.frame.loc[iso3] if known else {"governance_risk": np.nan, "aligned": False}
            rows[iso3] = {
                "name": entry["name"],
                "governance_risk": entry.get("governance_risk", base["governance_risk"]),
                "aligned": entry.get("aligned", bool(base["aligned"])),
            }
    return _frame(rows, ["name", "governance_risk", "aligned"])


def read_elements(grid: Grid, sheet: str, log: IssueLog) -> pd.DataFrame:
    """``symbol | criticality | price_usd_per_kg | typical_share`` rows → overrides indexed by symbol (NaN = keep
    the reference value)."""
    found = simple_header(
        grid,
        {
            "symbol": ("symbol", "element", "name", "elementsymbol"),
            "criticality": ("criticality", "weight", "criticalityweight"),
            "price_usd_per_kg": ("priceusdperkg", "price", "priceusdkg", "pricekg"),
            "typical_share": ("typicalshare", "share", "typicalreoshare", "reoshare"),
        },
    )
    rows: dict[str, dict[str, float]] = {}
    if found is None:
        log.warning(
            sheet,
            translate(
                "Issues", "No header with symbol and criticality or price_usd_per_kg found; the sheet is ignored."
            ),
        )
        return _frame(rows, list(_ELEMENT_VALUES))
    header_index, columns = found
    for row_number, row, written in keyed_rows(grid, header_index, columns["symbol"]):
        symbol = symbol_for(written)
        if symbol is None:
            log.warning(
                sheet,
                translate("Issues", "'{value}' is not one of the 17 rare-earth elements; the row is ignored.").format(
                    value=written
                ),
                column="symbol",
                column_index=columns["symbol"],
                row=row_number,
                value=written,
            )
            continue
        entry: dict[str, float] = {}
        for field in _ELEMENT_VALUES:
            cell = cell_at(row, columns.get(field))
            value = number_of(cell)
            if value is not None and value >= 0:
                entry[field] = value
            elif text_of(cell):
                log.warning(
                    sheet,
                    translate(
                        "Issues", "{column} for {symbol} must be a number of zero or more; the reference value is kept."
                    ).format(column=field, symbol=symbol),
                    column=field,
                    column_index=columns.get(field),
                    row=row_number,
                    value=cell,
                )
        if entry:
            rows[symbol] = {field: entry.get(field, np.nan) for field in _ELEMENT_VALUES}
    return _frame(rows, list(_ELEMENT_VALUES))


#: The values an Elements sheet may set per element (METHOD.md v2 §1), each a number of zero or more.
_ELEMENT_VALUES = ("criticality", "price_usd_per_kg", "typical_share")


def _frame(rows: dict[str, dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame.from_dict(rows, orient="index", columns=columns)
