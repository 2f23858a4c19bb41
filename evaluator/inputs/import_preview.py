"""What an import would do, before it does it: the data behind the import preview (issue 8.7).

The preview shows the analyst the sheet the import would read, the rows around the header, how each header cell
would be read, and the detected CSV number marks, so that a wrong guess is corrected *before* scoring instead of
being discovered in the ranking. It is computed from the same functions the import uses (``projects_sheet``,
``find_header``, ``absorb_unit_row``), never a parallel guess, and it is cheap: the workbook is read once and each
change of a choice only re-maps a few rows.

Remembering: :func:`automatic_fingerprint` names a workbook's layout as the automatic import sees it (sheet and
header texts). Choices saved under it are found again when a new version of the same workbook is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluator.base.i18n import translate
from evaluator.inputs.headers import HEADER_SEARCH_ROWS, absorb_unit_row, find_header
from evaluator.inputs.load import projects_sheet
from evaluator.inputs.mapping_file import header_fingerprint
from evaluator.inputs.read import RawWorkbook, read_workbook
from evaluator.model.fields import IGNORE, fold
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import InputFileError, display_value

#: Rows and columns of the sheet shown in the preview table.
PREVIEW_ROWS = 30
PREVIEW_COLUMNS = 40


@dataclass(frozen=True)
class ColumnReading:
    """How one header cell is read: its text, what it maps to (None = not used) and whether the user chose it."""

    column: int  # 0-based
    text: str
    target: str | None
    chosen: bool


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview dialog shows for one set of choices."""

    sheet_names: tuple[str, ...]
    sheet: str
    rows: tuple[tuple[str, ...], ...]  # the first PREVIEW_ROWS rows as display text
    header_row: int | None  # 1-based; None when no header was found
    unit_row: bool
    columns: tuple[ColumnReading, ...]
    is_csv: bool
    decimal_mark: str | None  # as detected (CSV only)
    hidden_rows: tuple[int, ...]
    problem: str  # one sentence when these choices cannot load (no header, missing columns), else ""

    @property
    def fingerprint(self) -> str:
        return header_fingerprint(self.sheet, [reading.text for reading in self.columns])


def open_for_preview(path: str | Path, choices: ImportChoices = AUTOMATIC) -> RawWorkbook:
    """Read the file once for the dialog (CSV marks as chosen); :class:`InputFileError` if it cannot be used."""
    return read_workbook(path, convention=choices.convention)


def preview(workbook: RawWorkbook, choices: ImportChoices = AUTOMATIC) -> ImportPreview:
    """The preview of ``workbook`` under ``choices`` (a bad choice is reported in ``problem``, never raised)."""
    problem = ""
    try:
        sheet = projects_sheet(workbook, choices)
    except InputFileError as error:
        sheet, problem = (choices.sheet or workbook.sheet_names[0]), str(error)
        if sheet not in workbook.sheet_names:
            sheet = workbook.sheet_names[0]
    grid = workbook.sheet(sheet)
    header = find_header(grid, header_row=choices.header_row, columns=choices.column_targets)
    if header is not None:
        header = absorb_unit_row(header, grid, forced=choices.unit_row)
    elif not problem:
        problem = (
            translate("ImportPreview", "Sheet '{sheet}' has no row {row}.").format(sheet=sheet, row=choices.header_row)
            if choices.header_row
            else translate(
                "ImportPreview", "No header row found in the first {count} rows of sheet '{sheet}': choose the row."
            ).format(count=HEADER_SEARCH_ROWS, sheet=sheet)
        )
    columns: list[ColumnReading] = []
    if header is not None:
        targets = choices.column_targets
        by_column = {column: name for name, column in header.fields.items()}
        by_column.update({column: symbol for symbol, column in header.elements.items() if column not in by_column})
        for column, value in enumerate(grid[header.row_index]):
            text = "" if value is None else str(value).strip()
            if not text:
                continue
            chosen = fold(text) in targets
            target = by_column.get(column)
            if chosen and targets[fold(text)] == IGNORE:
                target = IGNORE
            columns.append(ColumnReading(column, text, target, chosen))
        missing = _missing_required(header.fields, header.elements)
        if missing and not problem:
            problem = translate(
                "ImportPreview", "The header on row {row} lacks the required columns {columns}: map them below."
            ).format(row=header.row_index + 1, columns=", ".join(missing))
    marks = workbook.number_marks
    decimal = None if marks is None else ("," if marks.convention == "european" else ".")
    return ImportPreview(
        sheet_names=tuple(workbook.sheet_names),
        sheet=sheet,
        rows=tuple(_display_row(r) for r in grid[:PREVIEW_ROWS]),
        header_row=None if header is None else header.row_index + 1,
        unit_row=bool(header and header.unit_row),
        columns=tuple(columns),
        is_csv=marks is not None,
        decimal_mark=decimal,
        hidden_rows=tuple(sorted(workbook.facts(sheet).hidden_rows)),
        problem=problem,
    )


def automatic_fingerprint(workbook: RawWorkbook) -> str:
    """The layout key of the workbook as the automatic import reads it (see the module docstring)."""
    automatic = preview(workbook)
    if automatic.columns:
        return automatic.fingerprint
    grid = workbook.sheet(automatic.sheet)
    first = next((row for row in grid[:HEADER_SEARCH_ROWS] if any(v not in (None, "") for v in row)), [])
    return header_fingerprint(automatic.sheet, list(first))


def remembered_choices(workbook: RawWorkbook, store: Mapping[str, str]) -> ImportChoices | None:
    """The choices saved for this workbook's layout in ``store`` (fingerprint → JSON), if any and still valid."""
    from evaluator.base.json_text import loads_bounded
    from evaluator.inputs.mapping_file import choices_from_dict

    saved = store.get(automatic_fingerprint(workbook))
    if not saved:
        return None
    try:
        return choices_from_dict(loads_bounded(saved), "remembered import choices")
    except (InputFileError, ValueError):
        return None  # a stale or damaged entry is forgotten, never an error on open


def _missing_required(fields: Mapping[str, int], elements: Mapping[str, int]) -> list[str]:
    from evaluator.inputs.validate import REQUIRED

    missing = [name for name in REQUIRED if name not in fields]
    if "elements" not in fields and not elements:
        missing.append("elements")
    return missing


def _display_row(row: list[Any]) -> tuple[str, ...]:
    return tuple(display_value(value, 40) for value in row[:PREVIEW_COLUMNS])
