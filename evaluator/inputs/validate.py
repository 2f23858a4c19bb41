"""Turn the Projects sheet's grid into clean project rows plus an issue for every bad cell (METHOD.md §1).

Rows with an error in a required field are left out and listed; every other row loads. The header is judged here
(required columns, units, duplicates); the data rows then go through :data:`CHECKS`, a table of small named checks
(:mod:`evaluator.inputs.checks_text`, :mod:`evaluator.inputs.checks_numbers`), each a pure function of the sheet's
readings (:mod:`evaluator.inputs.readings`, over the cells of :mod:`evaluator.inputs.data_rows`) that yields the
cells it flags. Checks run as vectorised masks over whole columns; Python only loops over the cells that turned out
bad, to write their messages, in the table's order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.inputs.checks_numbers import (
    MAX_PLAUSIBLE_CAPACITY_TPA,
    MAX_PLAUSIBLE_CAPEX_MUSD,
    MAX_PLAUSIBLE_OPEX_USD_PER_KG,
    MIN_PLAUSIBLE_CAPACITY_TPA,
    check_base_written_as_range,
    check_bound_not_negative,
    check_capacity_not_too_large,
    check_capacity_not_too_small,
    check_capacity_positive,
    check_capex_intensity_plausible,
    check_capex_plausible,
    check_coordinate_in_range,
    check_cost_not_negative,
    check_cost_not_zero,
    check_high_not_below_base,
    check_levelised_cost_plausible,
    check_low_not_above_base,
    check_number_given,
    check_number_readable,
    check_opex_plausible,
    check_separation_capacity_plausible,
    check_tonnes_within_capacity,
    check_year_plausible,
    check_year_readable,
    check_year_single,
)
from evaluator.inputs.checks_text import (
    check_country_given,
    check_country_has_data,
    check_country_not_placeholder,
    check_country_recognised,
    check_element_flags_readable,
    check_elements_known,
    check_elements_listed,
    check_facility_type_known,
    check_facility_type_single_step,
    check_feed_country_not_placeholder,
    check_feed_country_recognised,
    check_feed_shares_add_up,
    check_feed_shares_stated,
    check_form_known,
    check_formulas_calculated,
    check_id_unique,
    check_id_visible,
    check_name_given,
    check_stage_known,
    check_text_fits_cell,
)
from evaluator.inputs.data_rows import LOW_HIGH, REQUIRED, STORED_AS, DataRows, Flagged, SheetContext
from evaluator.inputs.headers import HeaderMap, Unit, absorb_unit_row, find_header, parse_unit
from evaluator.inputs.read import Grid
from evaluator.inputs.readings import YEAR_RANGE, ProjectColumns
from evaluator.inputs.sheet_facts import NO_FACTS, SheetFacts
from evaluator.model.dataset import PROJECT_COLUMNS
from evaluator.model.fields import FIELDS_BY_NAME
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import InputFileError, IssueLog, Severity, column_letter
from evaluator.model.parameters import Parameters

__all__ = [
    "CHECKS",
    "MAX_PLAUSIBLE_CAPACITY_TPA",
    "MAX_PLAUSIBLE_CAPEX_MUSD",
    "MAX_PLAUSIBLE_OPEX_USD_PER_KG",
    "MIN_PLAUSIBLE_CAPACITY_TPA",
    "REQUIRED",
    "YEAR_RANGE",
    "Check",
    "ProjectRows",
    "read_projects",
    "run_checks",
]


@dataclass(frozen=True)
class ProjectRows:
    """Projects that loaded, their element coverage, the currency of each money column, and rows seen."""

    projects: pd.DataFrame
    coverage: np.ndarray
    currencies: dict[str, str]
    rows_read: int
    tonnes: np.ndarray | None = None  # t/y REO written per element (NaN: none written); None: no tonnage anywhere


# A check: ``run(columns, *args)`` yields the cells it flags (args: the field or quantity it is asked about).
CheckFunction = Callable[..., Iterable[Flagged]]


@dataclass(frozen=True)
class Check:
    """A named check of :data:`CHECKS`, run as ``run(columns, *args)``."""

    run: CheckFunction
    args: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """``check_text_fits_cell(name)``: the function and what it is asked about."""
        return f"{self.run.__name__}({', '.join(self.args)})" if self.args else self.run.__name__


def _on(run: CheckFunction, *args: str) -> Check:
    return Check(run, args)


# Every check of the data rows, in the order their issues are written: the issue list, the tests and the
# translation catalogue read them in this order. A field's text is checked where it is first read, each money
# column as it is read; the unit slips speak only of rows that load, and the countries without governance data
# are said once each on their first row that loads, so both come after the errors they depend on.
CHECKS: tuple[Check, ...] = (
    _on(check_formulas_calculated),
    _on(check_text_fits_cell, "name"),
    _on(check_name_given),
    _on(check_text_fits_cell, "project_id"),
    _on(check_id_visible),
    _on(check_id_unique),
    _on(check_text_fits_cell, "country"),
    _on(check_country_given),
    _on(check_country_not_placeholder),
    _on(check_country_recognised),
    _on(check_text_fits_cell, "feed_country"),
    _on(check_feed_shares_stated),
    _on(check_feed_shares_add_up),
    _on(check_feed_country_recognised),
    _on(check_feed_country_not_placeholder),
    _on(check_text_fits_cell, "facility_type"),
    _on(check_facility_type_known),
    _on(check_facility_type_single_step),
    _on(check_text_fits_cell, "stage"),
    _on(check_stage_known),
    _on(check_form_known, "output_form"),
    _on(check_form_known, "input_form"),
    _on(check_number_readable, "capacity_tpa"),
    _on(check_number_given, "capacity_tpa"),
    _on(check_capacity_positive),
    _on(check_capacity_not_too_large),
    _on(check_capacity_not_too_small),
    _on(check_number_readable, "capex_musd"),
    _on(check_number_given, "capex_musd"),
    _on(check_number_readable, "capex_low"),
    _on(check_number_readable, "capex_high"),
    _on(check_number_readable, "opex_usd_per_kg"),
    _on(check_number_given, "opex_usd_per_kg"),
    _on(check_number_readable, "opex_low"),
    _on(check_number_readable, "opex_high"),
    _on(check_base_written_as_range, "capex"),
    _on(check_base_written_as_range, "opex"),
    _on(check_capex_plausible),
    _on(check_cost_not_negative, "capex_musd"),
    _on(check_cost_not_zero, "capex_musd"),
    _on(check_cost_not_negative, "opex_usd_per_kg"),
    _on(check_cost_not_zero, "opex_usd_per_kg"),
    _on(check_opex_plausible),
    _on(check_bound_not_negative, "capex_low"),
    _on(check_bound_not_negative, "capex_high"),
    _on(check_low_not_above_base, "capex"),
    _on(check_high_not_below_base, "capex"),
    _on(check_bound_not_negative, "opex_low"),
    _on(check_bound_not_negative, "opex_high"),
    _on(check_low_not_above_base, "opex"),
    _on(check_high_not_below_base, "opex"),
    _on(check_separation_capacity_plausible),
    _on(check_levelised_cost_plausible),
    _on(check_capex_intensity_plausible),
    _on(check_year_readable),
    _on(check_year_single),
    _on(check_year_plausible),
    _on(check_number_readable, "latitude"),
    _on(check_coordinate_in_range, "latitude"),
    _on(check_number_readable, "longitude"),
    _on(check_coordinate_in_range, "longitude"),
    _on(check_text_fits_cell, "elements"),
    _on(check_elements_known),
    _on(check_element_flags_readable),
    _on(check_elements_listed),
    _on(check_tonnes_within_capacity),
    _on(check_country_has_data, "country"),
    _on(check_country_has_data, "feed_country"),
    _on(check_text_fits_cell, "sponsor"),
    _on(check_text_fits_cell, "notes"),
)


def read_projects(
    grid: Grid,
    sheet: str,
    log: IssueLog,
    *,
    fx_rates: Mapping[str, float] | None = None,
    known_countries: frozenset[str] | None = None,
    assumed_risk: float = 50.0,
    choices: ImportChoices = AUTOMATIC,
    facts: SheetFacts = NO_FACTS,
    checks: Iterable[Check] = CHECKS,
) -> ProjectRows:
    """Validate the Projects grid. Raises :class:`InputFileError` only when the sheet cannot be used at all.

    ``known_countries`` are the ISO3 codes with governance data; a real country outside it is loaded with a
    warning that its risk is assumed to be ``assumed_risk``. ``choices`` are the analyst's import choices (header
    row, unit row, column mapping, hidden rows); ``facts`` what the sheet's XML says beyond its values. The data
    rows go through ``checks`` (the whole table, :data:`CHECKS`, unless a test asks for fewer).
    """
    header = find_header(grid, header_row=choices.header_row, columns=choices.column_targets)
    if header is not None:
        header = absorb_unit_row(header, grid, forced=choices.unit_row)
    if header is None and choices.header_row is not None:
        raise InputFileError(
            translate("InputFile", "Sheet '{sheet}' has no row {row} to use as the header.").format(
                sheet=sheet, row=choices.header_row
            )
        )
    if header is None:
        raise InputFileError(
            translate(
                "InputFile",
                "No header row found in sheet '{sheet}': none of its first 20 rows holds three or more recognised "
                "column names (such as name, country, capacity_tpa, capex_musd, opex_usd_per_kg).",
            ).format(sheet=sheet)
        )
    _require_columns(header, sheet)
    units = _units(header, sheet, log)
    _report_header(header, sheet, log)
    context = SheetContext(units, fx_rates or Parameters().fx_rates(), known_countries, assumed_risk, choices, facts)
    columns = ProjectColumns(DataRows(grid, header, sheet, log, context))
    return _projects(columns, run_checks(columns, log, checks))


def _require_columns(header: HeaderMap, sheet: str) -> None:
    missing = [name for name in REQUIRED if name not in header.fields]
    if "elements" not in header.fields and not header.elements:
        missing.append(translate("InputFile", "elements (a list column, or one column per element such as Nd, Pr, Dy)"))
    if missing:
        template = (
            translate("InputFile", "Sheet '{sheet}' lacks the required columns {columns} (header found on row {row}).")
            if len(missing) > 1
            else translate(
                "InputFile", "Sheet '{sheet}' lacks the required column {columns} (header found on row {row})."
            )
        )
        raise InputFileError(template.format(sheet=sheet, columns=", ".join(missing), row=header.row_index + 1))


def _units(header: HeaderMap, sheet: str, log: IssueLog) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for name, column in list(header.fields.items()):
        field = FIELDS_BY_NAME[name]
        if field.unit_kind is None:
            continue
        text = header.units.get(name, "")
        unit = parse_unit(field.unit_kind, text)
        if unit is None:
            if field.required:
                raise InputFileError(
                    translate(
                        "InputFile",
                        "Sheet '{sheet}': the unit '{unit}' in the header of {column} is not one this app converts "
                        "(use USD, JPY, AUD, CAD, EUR, GBP, CNY or KRW in millions or billions for capex, "
                        "a currency per kg or t for opex, t/y or kt/y for capacity).",
                    ).format(sheet=sheet, unit=text, column=name)
                )
            log.warning(
                sheet,
                translate(
                    "Issues",
                    "The unit '{unit}' in the header of {column} is not one this app converts; the column is ignored.",
                ).format(unit=text, column=name),
                column=name,
                column_index=column,
                row=header.row_index + 1,
                value=text,
            )
            del header.fields[name]
            continue
        units[name] = unit
    # A range column without a unit of its own is "as base" (METHOD.md §1).
    for _, base, low, high in LOW_HIGH:
        for bound in (low, high):
            if bound in units and not header.units.get(bound) and base in units:
                units[bound] = units[base]
    return units


def _report_header(header: HeaderMap, sheet: str, log: IssueLog) -> None:
    row = header.row_index + 1
    for name, kept, ignored in header.duplicates:
        log.warning(
            sheet,
            translate("Issues", "Column {column} appears twice; the first one (column {letter}) is used.").format(
                column=name, letter=column_letter(kept)
            ),
            column=name,
            column_index=ignored,
            row=row,
        )
    if header.unrecognised:
        names = ", ".join(f"'{text}'" for _, text in header.unrecognised[:12])
        more = len(header.unrecognised) - 12
        message = (
            translate("Issues", "Columns not used by the method were ignored: {names} and {count} more.")
            if more > 0
            else translate("Issues", "Columns not used by the method were ignored: {names}.")
        )
        log.warning(
            sheet,
            message.format(names=names, count=more),
            column_index=header.unrecognised[0][0],
            row=row,
        )


def run_checks(columns: ProjectColumns, log: IssueLog, checks: Iterable[Check]) -> np.ndarray:
    """Write every flagged cell of ``checks`` to ``log`` in order; returns the rows left out (those with an error)."""
    rows = columns.rows
    left_out = np.zeros(rows.n, dtype=bool)
    for check in checks:
        for flagged in check.run(columns, *check.args):
            mask = flagged.mask & ~left_out if flagged.loaded_only else flagged.mask
            if flagged.once_per is not None:
                mask = _first_of_each(mask, flagged.once_per)
            _write(rows, flagged, mask, log)
            if flagged.severity is Severity.ERROR:
                left_out |= mask
    return left_out


def _first_of_each(mask: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """``mask`` at the first True row of each key only."""
    # numpy's stubs leave None out of ArrayLike; np.where takes it as an object scalar.
    listed = np.where(mask, keys, None)  # type: ignore[call-overload]
    return mask & ~pd.Series(listed).duplicated().to_numpy()


def _write(rows: DataRows, flagged: Flagged, mask: np.ndarray, log: IssueLog) -> None:
    """One issue per True row of ``mask``, quoting the cell: Python loops over the flagged cells only."""
    column = rows.header.fields.get(flagged.field) if flagged.column is None else flagged.column
    raw = rows.cells(column)
    for i in np.flatnonzero(mask):
        value = raw[i] if raw is not None else None
        log.add(
            flagged.severity,
            rows.sheet,
            flagged.message(int(i), value),
            column=flagged.field,
            column_index=column,
            row=int(rows.excel_rows[i]),
            value=value,
        )


def _projects(columns: ProjectColumns, left_out: np.ndarray) -> ProjectRows:
    """The rows without an error, in the Dataset's columns, with the money values cleaned by the checks."""
    rows = columns.rows
    money = columns.money.values
    values: dict[str, Any] = {
        "project_id": columns.ids.ids,
        "name": columns.names,
        "sponsor": rows.text("sponsor"),
        "country": columns.site.names,
        "country_iso3": columns.site.iso3,
        "facility_type": columns.facility_types.values,
        "stage": columns.stages.values,
        "output_form": columns.output_forms.values,
        "input_form": columns.input_forms.values,
        "capacity_tpa": columns.capacity,
        **{STORED_AS[name]: money[name] for name in STORED_AS},
        "feed_country": columns.feed.names,
        "feed_country_iso3": columns.feed.iso3,
        "elements": columns.coverage.text,
        "start_year": columns.years.values,
        "latitude": columns.latitude.values,
        "longitude": columns.longitude.values,
        "notes": rows.text("notes"),
        "excel_row": rows.excel_rows,
    }
    keep = ~left_out
    projects = pd.DataFrame({name: values[name][keep] for name in PROJECT_COLUMNS})
    projects["feed_sources"] = columns.feed.sources[keep]  # several feed countries and their shares
    unit = rows.units.get("capacity_tpa")
    if unit is not None and unit.basis == "magnet":  # t magnet/y: scoring applies magnet_reo_share (METHOD.md §1)
        projects["capacity_magnet_t"] = projects["capacity_tpa"] / Parameters().magnet_reo_share
    for name in ("start_year", "excel_row"):
        projects[name] = projects[name].astype("Int64")
    currencies = {STORED_AS[name]: rows.currency(name) for name in STORED_AS}
    tonnes = columns.coverage.tonnes[keep]
    return ProjectRows(
        projects, columns.coverage.matrix[keep], currencies, rows.n, tonnes if np.isfinite(tonnes).any() else None
    )
