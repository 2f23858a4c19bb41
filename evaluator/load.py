"""Load an input workbook into a :class:`~evaluator.dataset.Dataset` (METHOD.md §1): the one entry point for import.

Order matters: ``Settings`` first (its FX rate is used to judge opex plausibility), then the reference overrides
(``Countries``, ``Elements``), then ``Projects``. Countries used by projects but absent from every table get an
assumed risk and a warning, so scoring never meets a hole.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from evaluator.countries import country_name
from evaluator.dataset import Dataset
from evaluator.i18n import translate
from evaluator.issues import InputFileError, IssueLog
from evaluator.override_sheets import read_countries, read_elements, read_settings
from evaluator.read import RawWorkbook, read_workbook
from evaluator.reference import CountryTable, reference_countries, reference_elements
from evaluator.validate import read_projects

OPTIONAL_SHEETS = ("Countries", "Elements", "Settings")
#: Governance risk assumed for a real country missing from the bundled table and from the workbook.
ASSUMED_COUNTRY_RISK = 50.0


def load_workbook(path: str | Path) -> Dataset:
    """Read, validate and assemble a dataset; raises :class:`InputFileError` only for an unusable file."""
    workbook = read_workbook(path)
    log = IssueLog()

    settings: dict = {}
    if name := workbook.find_sheet("Settings"):
        settings = read_settings(workbook.sheet(name), name, log)
    countries = reference_countries()
    if name := workbook.find_sheet("Countries"):
        countries = countries.with_overrides(read_countries(workbook.sheet(name), name, log, countries))
    elements = reference_elements()
    if name := workbook.find_sheet("Elements"):
        elements = elements.with_overrides(read_elements(workbook.sheet(name), name, log))

    sheet = _projects_sheet(workbook)
    _report_number_marks(workbook, sheet, log)
    rows = read_projects(
        workbook.sheet(sheet),
        sheet,
        log,
        fx_jpy_per_usd=settings.get("fx_jpy_per_usd", 150.0),
        known_countries=frozenset(countries.frame.index),
        assumed_risk=ASSUMED_COUNTRY_RISK,
    )
    countries = _add_assumed_countries(countries, rows.projects)
    return Dataset(
        projects=rows.projects,
        coverage=rows.coverage,
        countries=countries,
        elements=elements,
        currencies=rows.currencies,
        settings=settings,
        issues=log.freeze(),
        source=workbook.source,
        sheet=sheet,
        rows_read=rows.rows_read,
    )


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


def _projects_sheet(workbook: RawWorkbook) -> str:
    """``Projects`` if present, else the first sheet that is not one of the optional ones."""
    if name := workbook.find_sheet("Projects"):
        return name
    optional = {s.lower() for s in OPTIONAL_SHEETS}
    for name in workbook.sheet_names:
        if name.strip().lower() not in optional:
            return name
    raise InputFileError(translate("InputFile", "{name} has no Projects sheet.").format(name=workbook.source.path.name))


def _add_assumed_countries(countries: CountryTable, projects: pd.DataFrame) -> CountryTable:
    """Countries used by projects but known to no table get :data:`ASSUMED_COUNTRY_RISK` (validation warned)."""
    used = set(projects["country_iso3"]) | set(projects["feed_country_iso3"])
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
