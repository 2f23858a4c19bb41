"""Import problems as data (METHOD.md §1 "Bad input").

A bad cell is not an exception: it becomes an :class:`Issue` that names the sheet, the cell, the column, the value
seen and a sentence a person understands. Only a file that cannot be used at all raises
:class:`InputFileError`, with one sentence for the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much an issue matters: an error leaves its row out of scoring, a warning does not.

    A note records what the import did on purpose and the analyst may want to know (a totals row or a footnote
    skipped, issue 8.7): nothing is wrong with the data.
    """

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class InputFileError(Exception):
    """The file cannot be used at all (not a workbook, encrypted, no header, a required column missing).

    ``str(error)`` is a complete sentence meant for the user; no traceback should ever reach them.
    """


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found while reading an input workbook.

    ``row`` is the 1-based worksheet row (as Excel shows it) or ``None`` for sheet-level problems, so a view can
    select the project concerned; ``cell`` is the reference a person types into Excel's name box.
    """

    severity: Severity
    sheet: str
    cell: str
    column: str
    value: str
    message: str
    row: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain-JSON form (severity as its string)."""
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    def __str__(self) -> str:
        where = self.cell or self.sheet
        return f"{self.severity.value.upper():7} {where}: {self.message}"


def cell_ref(sheet: str, column_index: int | None, row: int | None) -> str:
    """Excel reference such as ``Projects!D7`` (0-based column index, 1-based row); sheet names with spaces quoted."""
    escaped = sheet.replace("'", "''")
    quoted = f"'{escaped}'" if any(ch in sheet for ch in " -!'()&,;") else sheet
    if column_index is None and row is None:
        return quoted
    if column_index is None:
        return f"{quoted}!{row}:{row}"
    letters = column_letter(column_index)
    return f"{quoted}!{letters}{row}" if row is not None else f"{quoted}!{letters}:{letters}"


def column_letter(column_index: int) -> str:
    """Spreadsheet column letters for a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    n = column_index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def display_value(value: Any, limit: int = 60) -> str:
    """The value as a person would recognise it in the cell, shortened for a report."""
    if value is None:
        return ""
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class IssueLog:
    """Collects issues while a workbook is read; cheap to append, frozen into a tuple at the end."""

    def __init__(self) -> None:
        self._issues: list[Issue] = []

    def add(
        self,
        severity: Severity,
        sheet: str,
        message: str,
        *,
        column: str = "",
        column_index: int | None = None,
        row: int | None = None,
        value: Any = None,
    ) -> None:
        self._issues.append(
            Issue(
                severity=severity,
                sheet=sheet,
                cell=cell_ref(sheet, column_index, row),
                column=column,
                value=display_value(value),
                message=message,
                row=row,
            )
        )

    def error(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.ERROR, sheet, message, **where)

    def warning(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.WARNING, sheet, message, **where)

    def note(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.NOTE, sheet, message, **where)

    def extend(self, issues: Iterable[Issue]) -> None:
        self._issues.extend(issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self._issues)

    def __len__(self) -> int:
        return len(self._issues)

    def freeze(self) -> tuple[Issue, ...]:
        """Issues sheet by sheet (in the order first met), then by row and column: a report reads like the workbook."""
        sheet_order: dict[str, int] = {}
        for issue in self._issues:
            sheet_order.setdefault(issue.sheet, len(sheet_order))

        def reading_order(issue: Issue) -> tuple[int, int, int, str]:
            return (sheet_order[issue.sheet], issue.row or 0, len(issue.cell), issue.cell)

        return tuple(sorted(self._issues, key=reading_order))
