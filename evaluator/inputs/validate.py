"""Turn the Projects sheet's grid into clean project rows plus an issue for every bad cell (METHOD.md §1).

Rows with an error in a required field are left out and listed; every other row loads. Checks run as vectorised
masks over whole columns; Python only loops over the cells that turned out bad, to write their messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.inputs.cells import (
    EXCEL_CELL_CHARACTERS,
    IGNORED,
    REJECTED,
    VALUE_IGNORED,
    Parsed,
    approximate_years,
    blank_mask,
    cut_to_cell,
    id_key,
    invisible_characters,
    money_from_text,
    number_from_text,
    parse_flags,
    parse_numbers,
    parse_text,
    parse_years,
    text_of,
    unreadable_number_message,
    visible_id,
)
from evaluator.inputs.headers import HeaderMap, Unit, absorb_unit_row, find_header, parse_unit
from evaluator.inputs.plausibility import CAPEX_INTENSITY_BAND_USD_PER_TPA, find_slips
from evaluator.inputs.read import Grid
from evaluator.inputs.row_kinds import kinds_column, skipped_rows
from evaluator.inputs.sheet_facts import NO_FACTS, SheetFacts
from evaluator.model.dataset import PROJECT_COLUMNS
from evaluator.model.fields import FIELDS, FIELDS_BY_NAME
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import InputFileError, IssueLog, Severity, column_letter, display_value
from evaluator.model.parameters import Parameters
from evaluator.reference.countries import country_name, feed_sources, means_not_known, resolve_country
from evaluator.reference.elements import INDEX, SYMBOLS, parse_element_list
from evaluator.reference.vocabulary import facility_type_of, stage_of

REQUIRED = tuple(f.name for f in FIELDS if f.required)
MAX_PLAUSIBLE_CAPACITY_TPA = 200_000.0
MAX_PLAUSIBLE_OPEX_USD_PER_KG = 1_000.0
MIN_PLAUSIBLE_CAPACITY_TPA = 1.0
MAX_PLAUSIBLE_CAPEX_MUSD = 100_000.0
YEAR_RANGE = (1950, 2100)

_LOW_HIGH = (("capex", "capex_musd", "capex_low", "capex_high"), ("opex", "opex_usd_per_kg", "opex_low", "opex_high"))
_STORED_AS = {
    "capex_musd": "capex_m",
    "capex_low": "capex_low_m",
    "capex_high": "capex_high_m",
    "opex_usd_per_kg": "opex_per_kg",
    "opex_low": "opex_low_per_kg",
    "opex_high": "opex_high_per_kg",
}


@dataclass(frozen=True)
class _Context:
    """What judging a row needs besides its cells: header units, FX, which countries have governance data."""

    units: dict[str, Unit]
    fx_rates: Mapping[str, float]  # currency → units per USD, for the plausibility checks only
    known_countries: frozenset[str] | None
    assumed_risk: float
    choices: ImportChoices = AUTOMATIC
    facts: SheetFacts = NO_FACTS


@dataclass(frozen=True)
class ProjectRows:
    """Projects that loaded, their element coverage, the currency of each money column, and rows seen."""

    projects: pd.DataFrame
    coverage: np.ndarray
    currencies: dict[str, str]
    rows_read: int


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
) -> ProjectRows:
    """Validate the Projects grid. Raises :class:`InputFileError` only when the sheet cannot be used at all.

    ``known_countries`` are the ISO3 codes with governance data; a real country outside it is loaded with a
    warning that its risk is assumed to be ``assumed_risk``. ``choices`` are the analyst's import choices (header
    row, unit row, column mapping, hidden rows); ``facts`` what the sheet's XML says beyond its values.
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
    context = _Context(units, fx_rates or Parameters().fx_rates(), known_countries, assumed_risk, choices, facts)
    return _Rows(grid, header, sheet, log, context).build()


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
    for _, base, low, high in _LOW_HIGH:
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


class _Rows:
    """One pass over the data rows: parse each column, check it, and remember which rows carry an error."""

    def __init__(self, grid: Grid, header: HeaderMap, sheet: str, log: IssueLog, context: _Context) -> None:
        self.header = header
        self._texts: dict[str, np.ndarray] = {}
        self.units = context.units
        self.sheet = sheet
        self.log = log
        self.context = context
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
        blank |= self._skip_on_purpose(frame, body, excel_rows, ~blank)
        self.raw = frame.loc[~blank, wanted].reset_index(drop=True)
        self.excel_rows = excel_rows[~blank]
        self.n = len(self.raw)
        self.error = np.zeros(self.n, dtype=bool)
        #: Base money cells written as ranges: field → (low, high) in the method's unit (NaN where not a range).
        self.text_ranges: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        #: Column → the rows whose cell holds a formula saved without its result (issue 8.10), and the formulas.
        self.uncalculated: dict[int, np.ndarray] = {}
        self.formula_text: dict[tuple[int, int], str] = {}
        positions = {int(row): i for i, row in enumerate(self.excel_rows)}
        for (row, column), formula in context.facts.formulas_without_value.items():
            if column in wanted and row in positions:
                self.uncalculated.setdefault(column, np.zeros(self.n, dtype=bool))[positions[row]] = True
                self.formula_text[(positions[row], column)] = formula

    def _skip_on_purpose(
        self, frame: pd.DataFrame, body: Grid, excel_rows: np.ndarray, filled: np.ndarray
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
                self.log.warning(
                    self.sheet,
                    translate(
                        "Issues",
                        "Row {row} ('{name}') is hidden in the workbook and was skipped; choose to include hidden "
                        "rows in the import to score it.",
                    ).format(row=where["row"], name=text or translate("Issues", "no name")),
                    **where,
                )
            elif kind == "total":
                self.log.note(
                    self.sheet,
                    translate("Issues", "Row {row} ('{text}') is a totals row, not a project; skipped.").format(
                        row=where["row"], text=text
                    ),
                    **where,
                )
            else:
                self.log.note(
                    self.sheet,
                    translate("Issues", "Row {row} is a note ('{text}'), not a project; skipped.").format(
                        row=where["row"], text=display_value(text, 50)
                    ),
                    **{**where, "column_index": kinds_column(body[position])},
                )
        skip = np.zeros(len(frame), dtype=bool)
        skip[[position for position, _, _ in kinds]] = True
        return skip

    # -- reporting helpers ------------------------------------------------------------------------------------

    def report(
        self, mask: np.ndarray, field: str, message: Callable[[Any], str], severity: Severity, column: int | None = None
    ) -> None:
        """Write one issue per True cell of ``mask``; errors also mark their row as left out."""
        self._log_rows(mask, field, severity, lambda _i, value: message(value), column)
        if severity is Severity.ERROR:
            self.error |= mask

    def _log_rows(
        self,
        mask: np.ndarray,
        field: str,
        severity: Severity,
        message: Callable[[int, Any], str],
        column: int | None = None,
    ) -> None:
        """One issue per True row of ``mask``; ``message(row index, cell value)`` gives its sentence."""
        column = self.header.fields.get(field) if column is None else column
        raw = self.raw[column].to_numpy(dtype=object) if column is not None else None
        for i in np.flatnonzero(mask):
            value = raw[i] if raw is not None else None
            self.log.add(
                severity,
                self.sheet,
                message(int(i), value),
                column=field,
                column_index=column,
                row=int(self.excel_rows[i]),
                value=value,
            )

    def empty(self, mask: np.ndarray, field: str) -> np.ndarray:
        """``mask`` without the cells that are empty only because their formula was never calculated."""
        column = self.header.fields.get(field)
        uncalculated = self.uncalculated.get(column) if column is not None else None
        return mask & ~uncalculated if uncalculated is not None else mask

    def _report_uncalculated(self) -> None:
        """One issue per formula cell saved without its value: an error where the field is required (issue 8.10)."""
        by_column = {column: name for name, column in self.header.fields.items()}
        by_column.update({column: symbol for symbol, column in self.header.elements.items() if column not in by_column})
        for column, mask in sorted(self.uncalculated.items()):
            field = by_column[column]
            required = field in REQUIRED

            def message(i: int, _value: Any, c: int = column, f: str = field) -> str:
                return translate(
                    "Issues",
                    "{column} holds a formula with no saved value ({formula}) — open and save the file in Excel or "
                    "LibreOffice so that its results are stored.",
                ).format(column=f, formula=display_value(self.formula_text[(i, c)], 40))

            self._log_rows(mask, field, Severity.ERROR if required else Severity.WARNING, message, column)
            if required:
                self.error |= mask

    def column(self, field: str) -> pd.Series | None:
        index = self.header.fields.get(field)
        return None if index is None else self.raw[index]

    # -- fields -----------------------------------------------------------------------------------------------

    def text(self, field: str) -> np.ndarray:
        """The field's cells as text (a fresh array: callers may change it); text longer than an Excel cell holds
        is cut there with a final "…", and said once per cell (issue 9.13: the export cut it silently)."""
        if field not in self._texts:
            series = self.column(field)
            if series is None:
                self._texts[field] = np.full(self.n, "", dtype=object)
            else:
                values = parse_text(series)
                lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
                long = lengths > EXCEL_CELL_CHARACTERS
                if long.any():

                    def too_long(i: int, _value: Any, f: str = field) -> str:
                        return translate(
                            "Issues",
                            "{column} holds {length} characters, more than an Excel cell holds ({limit}); it is cut "
                            "there, ending in “…”.",
                        ).format(column=f, length=f"{lengths[i]:,}", limit=f"{EXCEL_CELL_CHARACTERS:,}")

                    self._log_rows(long, field, Severity.WARNING, too_long)
                    values[long] = [cut_to_cell(v) for v in values[long]]
                self._texts[field] = values
        return self._texts[field].copy()

    def number(self, field: str, *, required: bool) -> np.ndarray:
        series = self.column(field)
        if series is None:
            return np.full(self.n, np.nan)
        unit = self.units.get(field)
        if field in _STORED_AS:
            series = self._money_as_written(field, series, unit)
        parsed = parse_numbers(series, unit.currency or None if unit else None)
        severity = Severity.ERROR if required else Severity.WARNING
        outcome = REJECTED if required else VALUE_IGNORED
        self.report(parsed.bad, field, lambda v: unreadable_number_message(v, field, outcome), severity)
        if required:
            self.report(
                self.empty(parsed.blank, field),
                field,
                lambda _v: translate("Issues", "{column} is empty (or holds an Excel error).").format(column=field),
                severity,
            )
        return parsed.values * unit.factor if unit else parsed.values

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

    def _fill_ranges_from_text(self, money: dict[str, np.ndarray]) -> None:
        """A base written as a range (``420-650``) fills empty low/high cells; each such base is flagged."""
        for label, base, low, high in _LOW_HIGH:
            if base not in self.text_ranges:
                continue
            low_values, high_values = self.text_ranges[base]
            ranged = np.isfinite(low_values)
            for bound, values in ((low, low_values), (high, high_values)):
                empty = ranged & np.isnan(money[bound])
                money[bound][empty] = values[empty]

            def message(v: Any, lab: str = label, name: str = base) -> str:
                return translate(
                    "Issues",
                    "{column} '{value}' is a range: its midpoint is the base {quantity}, and its ends fill "
                    "the low and high estimates where they are empty.",
                ).format(column=name, value=text_of(v), quantity=lab)

            self.report(ranged, base, message, Severity.WARNING)

    def build(self) -> ProjectRows:
        self._report_uncalculated()
        names = self.text("name")
        self.report(
            self.empty(names == "", "name"),
            "name",
            lambda _v: translate("Issues", "{column} is empty.").format(column="name"),
            Severity.ERROR,
        )

        ids = self._project_ids()
        site_iso3, site_names = self._countries("country", required=True)
        feed_iso3, feed_names = self._countries("feed_country", required=False)
        facility_types = self._facility_types()
        stages = self._stages()

        capacity = self.number("capacity_tpa", required=True)
        self._check(
            capacity <= 0,
            "capacity_tpa",
            translate("Issues", "{column} must be above zero.").format(column="capacity_tpa"),
            Severity.ERROR,
        )
        self._check(
            capacity > MAX_PLAUSIBLE_CAPACITY_TPA,
            "capacity_tpa",
            translate("Issues", "{column} above 200,000 t/y is implausible for one facility; check the unit.").format(
                column="capacity_tpa"
            ),
            Severity.WARNING,
        )
        self._check(
            (capacity > 0) & (capacity < MIN_PLAUSIBLE_CAPACITY_TPA),
            "capacity_tpa",
            translate("Issues", "{column} below 1 t/y is implausible; check the unit.").format(column="capacity_tpa"),
            Severity.WARNING,
        )
        money = {name: self.number(name, required=FIELDS_BY_NAME[name].required) for name in _STORED_AS}
        self._fill_ranges_from_text(money)
        self._check(
            money["capex_musd"] / self._per_usd("capex_musd") > MAX_PLAUSIBLE_CAPEX_MUSD,
            "capex_musd",
            translate("Issues", "capex above 100,000 USD m is implausible for one facility; check the unit."),
            Severity.WARNING,
        )
        for name in ("capex_musd", "opex_usd_per_kg"):
            self._check(
                money[name] < 0,
                name,
                translate("Issues", "{column} must not be negative.").format(column=name),
                Severity.ERROR,
            )
            self._check(
                money[name] == 0,
                name,
                translate("Issues", "{column} is zero; check it is not missing.").format(column=name),
                Severity.WARNING,
            )
        opex_usd = money["opex_usd_per_kg"] / self._per_usd("opex_usd_per_kg")
        self._check(
            opex_usd > MAX_PLAUSIBLE_OPEX_USD_PER_KG,
            "opex_usd_per_kg",
            translate("Issues", "opex above 1,000 USD/kg is implausible; check the unit."),
            Severity.WARNING,
        )
        self._ranges(money)
        self._unit_slips(capacity, money["capex_musd"] / self._per_usd("capex_musd"), opex_usd, facility_types)

        years = self._years()
        latitude = self._bounded("latitude", 90.0)
        longitude = self._bounded("longitude", 180.0)
        coverage, element_text = self._coverage()

        self._countries_without_data("country", site_iso3)
        self._countries_without_data("feed_country", feed_iso3)
        keep = ~self.error
        columns: dict[str, Any] = {
            "project_id": ids,
            "name": names,
            "sponsor": self.text("sponsor"),
            "country": site_names,
            "country_iso3": site_iso3,
            "facility_type": facility_types,
            "stage": stages,
            "capacity_tpa": capacity,
            **{_STORED_AS[name]: values for name, values in money.items()},
            "feed_country": feed_names,
            "feed_country_iso3": feed_iso3,
            "elements": element_text,
            "start_year": years,
            "latitude": latitude,
            "longitude": longitude,
            "notes": self.text("notes"),
            "excel_row": self.excel_rows,
        }
        projects = pd.DataFrame({name: columns[name][keep] for name in PROJECT_COLUMNS})
        projects["feed_sources"] = self.feed_sources[keep]  # several feed countries and their shares
        for name in ("start_year", "excel_row"):
            projects[name] = projects[name].astype("Int64")
        currencies = {_STORED_AS[name]: self._currency(name) for name in _STORED_AS}
        return ProjectRows(projects, coverage[keep], currencies, self.n)

    def _unit_slips(
        self, capacity: np.ndarray, capex_usd_m: np.ndarray, opex_usd: np.ndarray, facility_types: np.ndarray
    ) -> None:
        """Warnings for numbers that read fine but look 1000× off (issue 8.3; thresholds in plausibility.py)."""
        slips = find_slips(capacity, capex_usd_m, opex_usd, facility_types)
        self._report_each(
            slips.small_separation,
            "capacity_tpa",
            lambda i: translate(
                "Issues",
                "capacity_tpa of {value} t/y is small for a separation plant (under 50 t/y): it looks 1000× too "
                "small. Was a thousands separator read as a decimal point, or is the unit kt/y?",
            ).format(value=f"{capacity[i]:,.6g}"),
        )
        for from_capex, field in ((True, "capex_musd"), (False, "opex_usd_per_kg")):
            self._report_each(
                slips.lcop_high & (slips.lcop_from_capex == from_capex),
                field,
                lambda i: translate(
                    "Issues",
                    "The levelised cost comes to about {lcop} USD/kg at the default discount rate and utilisation, "
                    "above the 300 USD/kg any separated rare-earth product sells for: check the units of capex "
                    "(USD m?), capacity (t/y, not kt/y?) and opex (USD/kg, not USD/t?).",
                ).format(lcop=f"{slips.lcop_estimate[i]:,.0f}"),
            )
        median = slips.intensity_median
        for mask, cause in (
            (slips.intensity_low, QT_TRANSLATE_NOOP("Issues", "it looks too small: capex in USD bn read as USD m?")),
            (
                slips.intensity_high & ~slips.lcop_high,
                QT_TRANSLATE_NOOP("Issues", "it looks too large: capex in USD k or USD read as USD m?"),
            ),
        ):

            def message(i: int, cause: str = cause) -> str:
                return translate(
                    "Issues",
                    "Capex per t/y of capacity is {intensity} USD, far outside {low}–{high} USD per t/y{median}; "
                    "{cause}",
                ).format(
                    intensity=f"{slips.intensity[i]:,.0f}",
                    low=f"{CAPEX_INTENSITY_BAND_USD_PER_TPA[0]:,.0f}",
                    high=f"{CAPEX_INTENSITY_BAND_USD_PER_TPA[1]:,.0f}",
                    median=translate("Issues", " or the file's median of {median} USD").format(median=f"{median:,.0f}")
                    if np.isfinite(median)
                    else "",
                    cause=translate("Issues", cause),
                )

            self._report_each(mask, "capex_musd", message)

    def _report_each(self, mask: np.ndarray, field: str, message: Callable[[int], str]) -> None:
        """A warning per flagged row still loaded, whose sentence quotes that row's figures (``message(row index)``)."""
        self._log_rows(mask & ~self.error, field, Severity.WARNING, lambda i, _value: message(i))

    def _currency(self, field: str) -> str:
        unit = self.units.get(field)
        return unit.currency if unit and unit.currency else "USD"

    def _per_usd(self, field: str) -> float:
        """Units of the column's currency per US dollar (1 for USD columns)."""
        return self.context.fx_rates.get(self._currency(field), 1.0)

    def _check(self, mask: np.ndarray, field: str, message: str, severity: Severity) -> None:
        """Report every True cell of ``mask`` with one fixed ``message`` (a whole sentence, already translated)."""
        self.report(mask, field, lambda _v: message, severity)

    def _project_ids(self) -> np.ndarray:
        """Ids without invisible characters, unique by :func:`~evaluator.inputs.cells.id_key` (``A\u200b1`` and the
        full-width ``Ａ1`` are ``A1``: they defeated the duplicate check, issue 9.13)."""
        written = self.text("project_id")
        ids = np.array([visible_id(v) for v in written], dtype=object)
        self._log_rows(
            ids != written,
            "project_id",
            Severity.WARNING,
            lambda i, _value: translate(
                "Issues", "{column} '{value}' holds invisible characters ({characters}); they were removed."
            ).format(column="project_id", value=ids[i], characters=invisible_characters(written[i])),
        )
        missing = ids == ""
        ids[missing] = [f"row-{r}" for r in self.excel_rows[missing]]
        first_row: dict[str, int] = {}
        duplicate = np.zeros(self.n, dtype=bool)
        keys = [id_key(v) for v in ids]
        for i, key in enumerate(keys):
            if key in first_row:
                duplicate[i] = True
            else:
                first_row[key] = int(self.excel_rows[i])
        self._log_rows(
            duplicate,
            "project_id",
            Severity.ERROR,
            lambda i, _value: translate(
                "Issues", "{column} '{value}' is already used on row {row}; ids must be unique."
            ).format(column="project_id", value=ids[i], row=first_row[keys[i]]),
        )
        self.error |= duplicate
        return ids

    def _countries(self, field: str, *, required: bool) -> tuple[np.ndarray, np.ndarray]:
        written = self.text(field)
        iso3 = np.empty(self.n, dtype=object)
        names = np.empty(self.n, dtype=object)
        resolved = {text: resolve_country(text) for text in set(written) if text}
        codes = {text: code or "" for text, code in resolved.items()} | {"": ""}
        not_known_words = {text for text in resolved if means_not_known(text)}
        iso3[:] = pd.Series(written).map(codes).to_numpy(dtype=object)
        names[:] = pd.Series(iso3).map({code: country_name(code) for code in set(codes.values())}).to_numpy(object)
        # "TBD", "various", "n/a" resolve to "": they say "not known" (docs/input-template.md), which is a blank,
        # not a misspelt country (issue 8.8).
        not_known = pd.Series(written).isin(not_known_words).to_numpy()
        unknown = (written != "") & (iso3 == "") & ~not_known
        if required:
            self.report(
                self.empty(written == "", field),
                field,
                lambda _v: translate("Issues", "{column} is empty.").format(column=field),
                Severity.ERROR,
            )
            self.report(
                not_known,
                field,
                lambda v: translate(
                    "Issues", "{column} '{value}' means not known; the site country is required."
                ).format(column=field, value=v),
                Severity.ERROR,
            )
            self.report(
                unknown,
                field,
                lambda v: translate("Issues", "'{value}' is not a recognised country.").format(value=v),
                Severity.ERROR,
            )
        else:
            listed = self._feed_lists(written, resolved, iso3, names) & unknown
            self.report(
                unknown & ~listed,
                field,
                lambda v: translate(
                    "Issues", "'{value}' is not a recognised country; the feed country is treated as unknown."
                ).format(value=v),
                Severity.WARNING,
            )
            self.report(
                not_known,
                field,
                lambda v: translate(
                    "Issues",
                    "{column} '{value}' means not known: the feed risk is assumed, a point for due diligence.",
                ).format(column=field, value=v),
                Severity.WARNING,
            )
        return iso3, names

    def _feed_lists(
        self, written: np.ndarray, resolved: dict[str, str | None], iso3: np.ndarray, names: np.ndarray
    ) -> np.ndarray:
        """Feed cells naming several countries (issue 8.8; METHOD.md v2 §1), read into ``self.feed_sources``.

        Every row gets its sources as ``ISO3:share;…`` (one country: share 1; unknown: empty); a list fills the
        single-country columns with its largest source and a name such as ``Australia 70%, Madagascar 30%``.
        Equal shares assumed, or stated shares not summing to 100 % ± 1, are warnings. Returns the list rows.
        """
        lists = {text: sources for text in resolved if not resolved[text] and (sources := feed_sources(text))}
        single = {code: f"{code}:1" for code in set(iso3) if code}
        text_of_row = pd.Series(written)
        self.feed_sources = pd.Series(iso3, dtype=object).map(single).to_numpy(dtype=object)
        self.feed_sources[pd.isna(self.feed_sources)] = ""
        listed = text_of_row.isin(lists.keys()).to_numpy()
        written_texts = text_of_row.to_numpy()
        for text, sources in lists.items():
            rows = np.flatnonzero(written_texts == text)
            main = sources.codes[int(np.argmax(sources.shares))]
            iso3[rows] = main
            names[rows] = ", ".join(
                f"{country_name(code)} {share:.0%}" for code, share in zip(sources.codes, sources.shares, strict=True)
            )
            self.feed_sources[rows] = ";".join(
                f"{code}:{share!r}" for code, share in zip(sources.codes, sources.shares, strict=True)
            )
        equal = {text for text, sources in lists.items() if not sources.stated}
        rescaled = {text for text, sources in lists.items() if sources.rescaled}
        self.report(
            text_of_row.isin(equal).to_numpy(),
            "feed_country",
            lambda v: translate(
                "Issues",
                "{column} '{value}' names {count} feed countries without shares; each is read as an equal share.",
            ).format(column="feed_country", value=v, count=len(lists[v].codes)),
            Severity.WARNING,
        )
        self.report(
            text_of_row.isin(rescaled).to_numpy(),
            "feed_country",
            lambda v: translate(
                "Issues", "The feed shares in {column} '{value}' add up to {total}%; they are rescaled to 100%."
            ).format(column="feed_country", value=v, total=f"{lists[v].written_total:g}"),
            Severity.WARNING,
        )
        return listed

    def _countries_without_data(self, field: str, iso3: np.ndarray) -> None:
        """Warn once per real country with no governance data, on its first row that loads (after all checks)."""
        if self.context.known_countries is None:
            return
        candidates = (iso3 != "") & ~pd.Series(iso3).isin(self.context.known_countries).to_numpy() & ~self.error
        # numpy's stubs leave None out of ArrayLike; np.where takes it as an object scalar.
        listed = np.where(candidates, iso3, None)  # type: ignore[call-overload]
        first = candidates & ~pd.Series(listed).duplicated().to_numpy()
        self.report(
            first,
            field,
            lambda v: translate(
                "Issues",
                "No governance data for '{country}'; its country risk is assumed to be {risk} "
                "(add it to a Countries sheet to set it).",
            ).format(country=text_of(v), risk=f"{self.context.assumed_risk:g}"),
            Severity.WARNING,
        )

    def _facility_types(self) -> np.ndarray:
        written = self.text("facility_type")
        parsed = {text: facility_type_of(text) for text in set(written) if text}
        out = np.array([parsed[t][0] if t else None for t in written], dtype=object)
        unknown = np.array([bool(t) and parsed[t][0] is None for t in written], dtype=bool)
        combined = np.array([bool(t) and parsed[t][1] for t in written], dtype=bool)
        self.report(
            unknown,
            "facility_type",
            lambda v: translate(
                "Issues",
                "{column} '{value}' is not one of separation, refining, metal, magnet or integrated; it is left blank.",
            ).format(column="facility_type", value=v),
            Severity.WARNING,
        )
        self.report(
            combined,
            "facility_type",
            lambda v: translate("Issues", "{column} '{value}' names several steps; read as integrated.").format(
                column="facility_type", value=v
            ),
            Severity.WARNING,
        )
        return out

    def _stages(self) -> np.ndarray:
        written = self.text("stage")
        parsed = {text: stage_of(text) for text in set(written) if text}
        out = np.array([parsed[t] if t else None for t in written], dtype=object)
        unknown = np.array([bool(t) and parsed[t] is None for t in written], dtype=bool)
        self.report(
            unknown,
            "stage",
            lambda v: translate(
                "Issues",
                "{column} '{value}' is not one of concept, scoping, pfs, dfs, construction, commissioning, "
                "operating, on hold; it is left blank.",
            ).format(column="stage", value=v),
            Severity.WARNING,
        )
        return out

    def _ranges(self, money: dict[str, np.ndarray]) -> None:
        """Low/high estimates: negative, or out of order (low > base > high), are reported and dropped."""
        to_usd = {name: self._per_usd(name) for name in _STORED_AS}
        for label, base, low, high in _LOW_HIGH:
            base_usd = money[base] / to_usd[base]
            for bound in (low, high):
                values = money[bound]
                negative = values < 0
                self._check(
                    negative,
                    bound,
                    translate("Issues", "{column} is negative; the value is ignored.").format(column=bound),
                    Severity.WARNING,
                )
                values[negative] = np.nan
            low_usd, high_usd = money[low] / to_usd[low], money[high] / to_usd[high]
            valid_base = base_usd >= 0  # a negative base is already an error; comparing to it is noise
            low_above = (low_usd > base_usd) & valid_base
            high_below = (high_usd < base_usd) & valid_base

            def above(v: Any, lab: str = label, name: str = low) -> str:
                return translate(
                    "Issues", "{column} ({value}) is above the base {quantity}; the range is ignored."
                ).format(column=name, value=_fmt(v), quantity=lab)

            def below(v: Any, lab: str = label, name: str = high) -> str:
                return translate(
                    "Issues", "{column} ({value}) is below the base {quantity}; the range is ignored."
                ).format(column=name, value=_fmt(v), quantity=lab)

            self.report(low_above, low, above, Severity.WARNING)
            self.report(high_below & ~low_above, high, below, Severity.WARNING)
            out_of_order = low_above | high_below
            money[low][out_of_order] = np.nan
            money[high][out_of_order] = np.nan

    def _years(self) -> np.ndarray:
        series = self.column("start_year")
        if series is None:
            return np.full(self.n, np.nan)
        parsed: Parsed = parse_years(series)
        self.report(
            parsed.bad,
            "start_year",
            lambda v: unreadable_number_message(v, "start_year", IGNORED),
            Severity.WARNING,
        )
        self.report(
            approximate_years(series),
            "start_year",
            lambda v: translate(
                "Issues", "{column} '{value}' is a range of years: the first year is used, as an approximation."
            ).format(column="start_year", value=text_of(v)),
            Severity.WARNING,
        )
        years = parsed.values
        odd = (years < YEAR_RANGE[0]) | (years > YEAR_RANGE[1]) | (np.round(years) != years)
        odd &= ~np.isnan(years)
        self.report(
            odd,
            "start_year",
            lambda v: translate("Issues", "{column} {value} is not a year between 1950 and 2100; ignored.").format(
                column="start_year", value=text_of(v)
            ),
            Severity.WARNING,
        )
        years[odd] = np.nan
        return years

    def _bounded(self, field: str, limit: float) -> np.ndarray:
        values = self.number(field, required=False)
        outside = np.abs(values) > limit
        self._check(
            outside,
            field,
            translate("Issues", "{column} must be between {low} and {high}; ignored.").format(
                column=field, low=f"-{limit:g}", high=f"{limit:g}"
            ),
            Severity.WARNING,
        )
        values[outside] = np.nan
        return values

    def _coverage(self) -> tuple[np.ndarray, np.ndarray]:
        coverage = np.zeros((self.n, len(SYMBOLS)), dtype=bool)
        listed = self.text("elements")
        if "elements" in self.header.fields:
            codes, distinct = pd.factorize(listed)  # cost grows with distinct lists, not rows × lists
            parsed = [parse_element_list(text) if text else ((), ()) for text in distinct]
            has_unknown = np.array([bool(unknown) for _, unknown in parsed], dtype=bool)
            self.report(
                has_unknown[codes],
                "elements",
                lambda v: translate("Issues", "not rare-earth elements: {names}; the rest of the list is used.").format(
                    names=", ".join(parse_element_list(text_of(v))[1])
                ),
                Severity.WARNING,
            )
            table = np.zeros((len(distinct), len(SYMBOLS)), dtype=bool)
            for position, (found, _) in enumerate(parsed):
                table[position, [INDEX[symbol] for symbol in found]] = True
            coverage |= table[codes]
        for e, symbol in enumerate(SYMBOLS):
            column = self.header.elements.get(symbol)
            if column is None:
                continue
            flags = parse_flags(self.raw[column])

            def message(v: Any, s: str = symbol) -> str:
                return translate(
                    "Issues",
                    "{column} column holds '{value}'; write yes/no, x, 1/0 or tonnes per year (read as not produced).",
                ).format(column=s, value=text_of(v))

            self.report(flags.bad, symbol, message, Severity.WARNING, column=column)
            coverage[:, e] |= flags.values == 1.0
        none = ~coverage.any(axis=1)
        self.report(
            none & ~self.error,
            "elements",
            lambda _v: translate(
                "Issues", "No rare-earth element is listed for this project; its coverage score is 0."
            ),
            Severity.WARNING,
            column=self.header.fields.get("elements", min(self.header.elements.values(), default=None)),
        )
        text = np.array([", ".join(SYMBOLS[e] for e in np.flatnonzero(row)) for row in coverage], dtype=object)
        return coverage, text


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)
