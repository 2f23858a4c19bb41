"""A blank input workbook whose headers explain themselves (``ree-evaluator template OUT.xlsx``).

Each header cell carries a comment (meaning, unit, required or not); stage and facility type get drop-down lists;
numbers get validation; the optional sheets are present with their headers, and ``Settings`` lists every parameter
with its default so an analyst only fills in what they want to change.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from evaluator.base.atomic import write_atomically
from evaluator.model.parameters import DESCRIPTIONS, Parameters
from evaluator.reference.tables import reference_countries, reference_elements
from evaluator.reference.vocabulary import FACILITY_TYPES, INPUT_FORMS, OUTPUT_FORMS, STAGES

DATA_ROWS = 1000

#: (header, required, explanation) for the Projects sheet, in template order.
PROJECT_HEADERS: tuple[tuple[str, bool, str], ...] = (
    ("project_id", False, "Unique id (text). If left empty the worksheet row number is used."),
    ("name", True, "Project or facility name."),
    ("sponsor", False, "Company, owner or developer."),
    ("country", True, "Host country: a name or ISO code (USA, Viet Nam, Korea, Rep. and JP all work)."),
    ("facility_type", False, "One of: " + ", ".join(FACILITY_TYPES) + "."),
    ("stage", False, "One of: " + ", ".join(STAGES) + "."),
    (
        "output_form",
        False,
        "What the plant sells: one of " + ", ".join(OUTPUT_FORMS) + ". Empty = the facility type's usual product "
        "(intermediate: mixed; separation, refining, integrated, recycling: oxide; metal, alloy, magnet: themselves).",
    ),
    (
        "input_form",
        False,
        "What the plant buys: one of " + ", ".join(INPUT_FORMS) + ". Empty = the facility type's usual feed.",
    ),
    (
        "capacity_tpa",
        True,
        "Nameplate capacity in tonnes REO per year (> 0). A header like 'capacity (kt/y)' is "
        "read in thousands of tonnes.",
    ),
    (
        "capex_musd",
        True,
        "Capital cost in USD million (>= 0). Headers such as 'capex (USD bn)', 'capex (A$ m)' or 'capex (EUR bn)' "
        "are converted at the bundled FX table (Federal Reserve G.5A), or an FX sheet / fx_eur_per_usd setting.",
    ),
    ("opex_usd_per_kg", True, "Operating cost in USD per kg REO (>= 0)."),
    ("feed_country", False, "Country the feedstock comes from. Empty = unknown (feed risk assumed, see METHOD)."),
    (
        "elements",
        True,
        "Elements produced, e.g. 'Nd, Pr; Dy/Tb' (symbols or names; NdPr, LREE, HREE also work). "
        "Alternatively use one column per element (Nd, Pr, ...): a number is tonnes REO per year of that element "
        "in the output; yes/x means produced, tonnage unknown.",
    ),
    ("capex_low", False, "Low (P10) capex estimate, same unit as capex. Optional; used in sensitivity analysis."),
    ("capex_high", False, "High (P90) capex estimate, same unit as capex."),
    ("opex_low", False, "Low (P10) opex estimate, same unit as opex."),
    ("opex_high", False, "High (P90) opex estimate, same unit as opex."),
    ("start_year", False, "Planned or actual first production year."),
    ("latitude", False, "Site latitude, decimal degrees."),
    ("longitude", False, "Site longitude, decimal degrees."),
    ("notes", False, "Free text."),
)


def write_template(path: str | Path) -> Path:
    """Write the template workbook atomically and return its path."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    projects = workbook.active
    projects.title = "Projects"
    required_fill = PatternFill("solid", start_color="1F3B57", end_color="1F3B57")
    optional_fill = PatternFill("solid", start_color="5B7A99", end_color="5B7A99")
    columns: dict[str, str] = {}
    for index, (header, required, text) in enumerate(PROJECT_HEADERS, start=1):
        cell = projects.cell(row=1, column=index, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = required_fill if required else optional_fill
        cell.alignment = Alignment(vertical="center")
        cell.comment = Comment(f"{'REQUIRED' if required else 'Optional'}. {text}", "REE Evaluator", 140, 320)
        letter = get_column_letter(index)
        columns[header] = letter
        projects.column_dimensions[letter].width = max(12, len(header) + 4)
    projects.column_dimensions[columns["name"]].width = 32
    projects.column_dimensions[columns["elements"]].width = 24
    projects.column_dimensions[columns["notes"]].width = 40
    projects.freeze_panes = "C2"

    lists = workbook.create_sheet("Lists")
    countries = reference_countries().frame
    for row, value in enumerate(sorted(countries["name"]), start=1):
        lists.cell(row=row, column=1, value=value)
    for row, value in enumerate(STAGES, start=1):
        lists.cell(row=row, column=2, value=value)
    for row, value in enumerate(FACILITY_TYPES, start=1):
        lists.cell(row=row, column=3, value=value)
    lists.sheet_state = "hidden"
    sheet = quote_sheetname("Lists")

    def rows(header: str) -> str:
        return f"{columns[header]}2:{columns[header]}{DATA_ROWS + 1}"

    validations = [
        (DataValidation(type="list", formula1=f"{sheet}!$B$1:$B${len(STAGES)}", allow_blank=True), "stage"),
        (
            DataValidation(type="list", formula1=f"{sheet}!$C$1:$C${len(FACILITY_TYPES)}", allow_blank=True),
            "facility_type",
        ),
        (
            DataValidation(
                type="list", formula1=f"{sheet}!$A$1:$A${len(countries)}", allow_blank=True, errorStyle="warning"
            ),
            "country",
        ),
        (
            DataValidation(
                type="list", formula1=f"{sheet}!$A$1:$A${len(countries)}", allow_blank=True, errorStyle="warning"
            ),
            "feed_country",
        ),
        (DataValidation(type="decimal", operator="greaterThan", formula1="0", allow_blank=True), "capacity_tpa"),
    ]
    for header in ("capex_musd", "opex_usd_per_kg", "capex_low", "capex_high", "opex_low", "opex_high"):
        validations.append(
            (DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True), header)
        )
    for validation, header in validations:
        validation.error = f"See the comment on the {header} header for what this column takes."
        validation.errorTitle = header
        validation.prompt = dict((h, t) for h, _, t in PROJECT_HEADERS)[header][:250]
        validation.promptTitle = header
        validation.add(rows(header))
        projects.add_data_validation(validation)

    _optional_sheets(workbook, Font, PatternFill)
    _instructions(workbook, Font, Alignment)
    workbook.move_sheet("Lists", offset=len(workbook.sheetnames))
    return write_atomically(path, workbook.save)


def _optional_sheets(workbook, Font, PatternFill) -> None:  # noqa: N803 - openpyxl classes passed in lazily
    fill = PatternFill("solid", start_color="5B7A99", end_color="5B7A99")
    headers = {
        "Countries": ("country", "governance_risk", "aligned"),
        "Elements": ("symbol", "criticality", "price_usd_per_kg"),
        "Settings": ("name", "value", "default", "description"),
    }
    for title, names in headers.items():
        sheet = workbook.create_sheet(title)
        for column, header in enumerate(names, start=1):
            cell = sheet.cell(row=1, column=column, value=header)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            sheet.column_dimensions[cell.column_letter].width = 22
    settings = workbook["Settings"]
    settings.column_dimensions["D"].width = 90
    defaults = Parameters().as_dict()
    for row, (name, default) in enumerate(defaults.items(), start=2):
        settings.cell(row=row, column=1, value=name)
        shown = ", ".join(default) if isinstance(default, list) else default
        settings.cell(row=row, column=3, value="(empty)" if shown in (None, "", []) else shown)
        settings.cell(row=row, column=4, value=DESCRIPTIONS.get(name, ""))
    elements = workbook["Elements"]
    table = reference_elements().frame
    elements.cell(row=1, column=4, value="reference criticality").font = Font(bold=True)
    elements.cell(row=1, column=5, value="reference price").font = Font(bold=True)
    for row, symbol in enumerate(table.index, start=2):
        elements.cell(row=row, column=1, value=symbol)
        elements.cell(row=row, column=4, value=float(table.at[symbol, "criticality"]))
        price = table.at[symbol, "price_usd_per_kg"]
        elements.cell(row=row, column=5, value=None if pd.isna(price) else float(price))


def _instructions(workbook, Font, Alignment) -> None:  # noqa: N803
    sheet = workbook.create_sheet("Instructions", 1)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 110
    lines = [
        ("REE processing investment evaluator: input template", ""),
        ("", ""),
        (
            "Projects",
            "One row per candidate facility. Dark headers are required, light ones optional; hover a "
            "header for what it takes. The header row may sit below title rows (within the first 20).",
        ),
        (
            "Countries",
            "Optional. Override governance risk (0-100, higher = riskier) or the aligned flag for a "
            "country for this workbook only. Leave empty to use the bundled World Bank WGI table.",
        ),
        (
            "Elements",
            "Optional. Override an element's criticality weight or price (fill the criticality / "
            "price_usd_per_kg columns; the reference values are shown for comparison).",
        ),
        (
            "Settings",
            "Optional. Fill the value column to change a parameter for this workbook; empty values use "
            "the default shown. Percentages may be written as 8% or 0.08.",
        ),
        ("", ""),
        ("Checking", "Run 'ree-evaluator validate FILE' to list every problem with its cell reference before scoring."),
    ]
    for row, (label, text) in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True, size=14 if row == 1 else 11)
        cell = sheet.cell(row=row, column=2, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for header, required, text in PROJECT_HEADERS:
        row = sheet.max_row + 1
        sheet.cell(row=row, column=1, value=header).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=f"{'Required' if required else 'Optional'}. {text}").alignment = Alignment(
            wrap_text=True, vertical="top"
        )
