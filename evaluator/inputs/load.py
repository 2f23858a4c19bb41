"""Load an input workbook into a :class:`~evaluator.model.dataset.Dataset` (METHOD.md §1): the one way in.

Order matters: ``FX`` and ``Settings`` first (their rates are used to judge money plausibility), then the reference
overrides (``Countries``, ``Elements``), then ``Projects``. Countries used by projects but absent from every table get
an assumed risk and a warning, so scoring never meets a hole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from evaluator.base.i18n import translate
from evaluator.base.wording import counted
from evaluator.inputs.headers import find_header
from evaluator.inputs.override_sheets import read_countries, read_elements, read_fx, read_settings
from evaluator.inputs.read import Grid, RawWorkbook, read_workbook
from evaluator.inputs.sparse_sheet import describe_left_out
from evaluator.inputs.validate import read_projects
from evaluator.inputs.value_sheets import FORMS, PRICES, STAGES_SHEET, SUPPLY_GAP, read_value_sheet
from evaluator.model.dataset import Dataset, feed_codes
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import InputFileError, IssueLog
from evaluator.model.parameters import Parameters
from evaluator.reference.countries import country_name
from evaluator.reference.currencies import FX_PARAMETERS
from evaluator.reference.tables import CountryTable, reference_countries, reference_elements
from evaluator.reference.value_tables import reference_forms, reference_prices, reference_stages, reference_supply_gap

OPTIONAL_SHEETS = ("Countries", "Elements", "Settings", "FX")
#: Rows read of an override sheet (FX, Settings, Countries, Elements): far more than any reference table holds.
MAX_REFERENCE_ROWS = 10_000
#: Governance risk assumed for a real country missing from the bundled table and from the workbook.
ASSUMED_COUNTRY_RISK = 50.0


def load_workbook(path: str | Path, choices: ImportChoices = AUTOMATIC) -> Dataset:
    """Read, validate and assemble a dataset; raises :class:`InputFileError` only for an unusable file.

    ``choices`` are the analyst's import choices (issue 8.7); the default decides everything from the file.
    """
    return load_read_workbook(read_workbook(path, convention=choices.convention), choices)


def load_read_workbook(workbook: RawWorkbook, choices: ImportChoices = AUTOMATIC) -> Dataset:
    """:func:`load_workbook` for a file already read (the app reads it once to find its remembered choices).

    A CSV read with other number marks than ``choices`` asks for is read again with the chosen ones.
    """
    marks = workbook.number_marks
    if marks is not None and choices.convention is not None and marks.convention != choices.convention:
        workbook = read_workbook(workbook.source.path, convention=choices.convention)
    log = IssueLog()

    settings: dict = {}
    if name := workbook.find_sheet("FX"):
        settings = read_fx(reference_rows(workbook, name, log), name, log)
    if name := workbook.find_sheet("Settings"):
        # a Settings row names its parameter: it wins
        settings |= read_settings(reference_rows(workbook, name, log), name, log)
    countries = reference_countries()
    if name := workbook.find_sheet("Countries"):
        countries = countries.with_overrides(read_countries(reference_rows(workbook, name, log), name, log, countries))
    elements = reference_elements()
    if name := workbook.find_sheet("Elements"):
        elements = elements.with_overrides(read_elements(reference_rows(workbook, name, log), name, log))
    value_tables = _value_tables(workbook, log)

    sheet = projects_sheet(workbook, choices, log)
    _report_hidden_sheets(workbook, [sheet, *(workbook.find_sheet(n) for n in OVERRIDE_SHEETS)], log)
    _report_number_marks(workbook, sheet, log)
    grid = workbook.sheet(sheet)
    for name, cells in workbook.left_out.items():
        log.warning(
            name,
            translate(
                "InputFile",
                "Sheet '{sheet}' has {count} far outside its table ({cells}), left out: the table is read as the "
                "block that holds most of the sheet's values.",
            ).format(sheet=name, count=counted(len(cells), "value"), cells=describe_left_out(cells)),
        )
    for name, reason in workbook.fallbacks.items():
        log.note(
            name,
            translate(
                "InputFile",
                "Sheet '{sheet}' was read with the slower, forgiving reader: the fast one stopped at a cell it "
                "cannot convert ({reason}). Such cells are reported below, the rest loads.",
            ).format(sheet=name, reason=reason),
        )
    rows = read_projects(
        grid,
        sheet,
        log,
        fx_rates=Parameters().replace(**{k: v for k, v in settings.items() if k in FX_PARAMETERS}).fx_rates(),
        known_countries=frozenset(countries.frame.index),
        assumed_risk=ASSUMED_COUNTRY_RISK,
        choices=choices,
        facts=workbook.facts(sheet),
    )
    countries = _add_assumed_countries(countries, rows.projects)
    return Dataset(
        projects=rows.projects,
        coverage=rows.coverage,
        tonnes=rows.tonnes,
        **value_tables,
        countries=countries,
        elements=elements,
        currencies=rows.currencies,
        settings=settings,
        issues=log.freeze(),
        counted_issues=log.counts(),
        source=workbook.source,
        sheet=sheet,
        rows_read=rows.rows_read,
        import_choices=choices,
    )


def reference_rows(workbook: RawWorkbook, sheet: str, log: IssueLog) -> Grid:
    """The first MAX_REFERENCE_ROWS rows of an override sheet; a longer one is cut there, with a warning.

    An override sheet holds one row per country, element, currency or setting: a few hundred at most. A sheet that
    runs to a million rows (one row of an OpenDocument file repeated to the sheet's end, issue 9) is none a person
    typed, and reading it row by row took 25 s and a million warnings.
    """
    grid = workbook.sheet(sheet)
    if len(grid) <= MAX_REFERENCE_ROWS:
        return grid
    log.warning(
        sheet,
        translate(
            "InputFile",
            "Sheet '{sheet}' runs to row {rows}: a reference sheet is read to row {limit}, the rows below are ignored.",
        ).format(sheet=sheet, rows=f"{len(grid):,}", limit=f"{MAX_REFERENCE_ROWS:,}"),
        row=MAX_REFERENCE_ROWS + 1,
    )
    return grid[:MAX_REFERENCE_ROWS]


def _report_number_marks(workbook: RawWorkbook, sheet: str, log: IssueLog) -> None:
    """Say when a CSV's decimal/thousands convention was a judgement call (issue 8.3); a clear file says nothing."""
    marks = workbook.number_marks
    if marks is None:
        return
    if marks.guessed_from_separator:
        log.warning(
            sheet,
            translate(
                "InputFile",
                "Numbers such as '{example}' are read the European way ('5.000' = five thousand, decimal comma): "
                "the file separates columns with ';' and writes no number only the English way could mean.",
            ).format(example=marks.example),
        )
    elif marks.mixed:
        log.warning(
            sheet,
            translate(
                "InputFile",
                "The file writes numbers both ways (a decimal comma as in '{example}' and decimal points); each "
                "cell is read the English way and ambiguous ones are reported.",
            ).format(example=marks.example),
        )


#: The optional sheets a workbook may carry, read by name (METHOD.md §1).
OVERRIDE_SHEETS = ("FX", "Settings", "Countries", "Elements", "Prices", "Forms", "Stages", "SupplyGap")


def _value_tables(workbook: RawWorkbook, log: IssueLog) -> dict[str, Any]:
    """The v2 reference tables a workbook overrides (METHOD.md v2 §1), each the bundled table with its sheet's usable
    rows on top; a table the workbook leaves alone is the Dataset's default, the bundled one."""
    tables: dict[str, Any] = {}
    for field, sheet_name, bundled, spec in (
        ("prices", "Prices", reference_prices, PRICES),
        ("forms", "Forms", reference_forms, FORMS),
        ("stage_probabilities", "Stages", reference_stages, STAGES_SHEET),
        ("supply_gap", "SupplyGap", reference_supply_gap, SUPPLY_GAP),
    ):
        if name := workbook.find_sheet(sheet_name):
            rows = read_value_sheet(reference_rows(workbook, name, log), name, log, spec)
            tables[field] = bundled().with_overrides(rows)
    return tables


def _report_hidden_sheets(workbook: RawWorkbook, used: list[str | None], log: IssueLog) -> None:
    """A hidden sheet the load used is named (issue 9.13: hidden and very hidden sheets were scored without a
    word; a very hidden Settings sheet could change the weights where no one looks)."""
    for name in dict.fromkeys(n for n in used if n):
        state = workbook.hidden_sheets.get(name)
        if state == "hidden":
            log.warning(
                name,
                translate("InputFile", "Sheet '{sheet}' is hidden in the workbook; it was read all the same.").format(
                    sheet=name
                ),
            )
        elif state == "very hidden":
            log.warning(
                name,
                translate(
                    "InputFile",
                    "Sheet '{sheet}' is very hidden (only a macro shows it); it was read all the same. Check it is "
                    "meant to be part of this workbook.",
                ).format(sheet=name),
            )


def projects_sheet(workbook: RawWorkbook, choices: ImportChoices = AUTOMATIC, log: IssueLog | None = None) -> str:
    """The sheet that holds the projects: the one chosen, else ``Projects``, else the first sheet with a header row.

    Analysts put a ``Cover`` or ``Read me`` sheet first (issue 8.7): every sheet that is not an optional one is
    looked at in order, and the first whose first 20 rows hold a header is taken; a note says which when it is not
    the first sheet. With no header anywhere, the first candidate is returned so that its message names it.
    """
    if choices.sheet is not None:
        if name := workbook.find_sheet(choices.sheet.strip()):
            return name
        raise InputFileError(
            translate("InputFile", "{name} has no sheet '{sheet}' (its sheets are {sheets}).").format(
                name=workbook.source.path.name, sheet=choices.sheet, sheets=", ".join(workbook.sheet_names)
            )
        )
    if name := workbook.find_sheet("Projects"):
        return name
    optional = {s.lower() for s in OPTIONAL_SHEETS}
    candidates = [name for name in workbook.sheet_names if name.strip().lower() not in optional]
    if not candidates:
        raise InputFileError(
            translate("InputFile", "{name} has no Projects sheet.").format(name=workbook.source.path.name)
        )
    for position, name in enumerate(candidates):
        if find_header(workbook.sheet(name), columns=choices.column_targets) is None:
            continue
        if position > 0 and log is not None:
            log.note(
                name,
                translate(
                    "InputFile",
                    "Projects were read from sheet '{sheet}', the first sheet with a header row ({skipped} has none).",
                ).format(sheet=name, skipped=", ".join(f"'{s}'" for s in candidates[:position])),
            )
        return name
    if len(candidates) > 1:
        raise InputFileError(
            translate(
                "InputFile",
                "No sheet of {name} holds a header row (looked at {sheets}): none of their first 20 rows holds three "
                "or more recognised column names (such as name, country, capacity_tpa, capex_musd, opex_usd_per_kg).",
            ).format(name=workbook.source.path.name, sheets=", ".join(f"'{s}'" for s in candidates))
        )
    return candidates[0]


def _add_assumed_countries(countries: CountryTable, projects: pd.DataFrame) -> CountryTable:
    """Countries used by projects but known to no table get :data:`ASSUMED_COUNTRY_RISK` (validation warned)."""
    used = set(projects["country_iso3"]) | set(projects["feed_country_iso3"]) | feed_codes(projects)
    missing = sorted(code for code in used if code and code not in countries.frame.index)
    if not missing:
        return countries
    assumed = pd.DataFrame(
        {"name": [country_name(c) for c in missing], "governance_risk": ASSUMED_COUNTRY_RISK, "aligned": False},
        index=pd.Index(missing),
    )
    table = countries.with_overrides(assumed)
    table.frame.loc[missing, "origin"] = "assumed"
    return CountryTable(table.frame, countries.info)
