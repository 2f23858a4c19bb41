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

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.base.wording import counted


class Severity(StrEnum):
    """How much an issue matters: an error leaves its row out of scoring, a warning does not.

    A note records what the import did on purpose and the analyst may want to know (a totals row or a footnote
    skipped, issue 8.7): nothing is wrong with the data.
    """

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class InputFileError(EvaluatorError):
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


#: Issues listed one by one for one column of one sheet at one severity; the rest are counted in one closing line.
#: A column wrong on every row of a long sheet says the same thing a million times (issue 9: a row repeated to the
#: sheet's end made 1,048,585 issues, 25 s to load and a JSON export that ran out of memory).
MAX_LISTED_PER_COLUMN = 1_000
#: Issues listed in all; beyond, every further one is counted in its column's closing line.
MAX_LISTED_ISSUES = 100_000


@dataclass(frozen=True)
class IssueCounts:
    """How many problems the import found, listed or not: what the status bar, the CLI and the exports count."""

    errors: int = 0
    warnings: int = 0
    notes: int = 0
    #: Worksheet rows with at least one error (left out of scoring).
    error_rows: int = 0

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.notes


@dataclass
class _Unlisted:
    count: int
    first_row: int | None
    last_row: int | None
    column_index: int | None


class IssueLog:
    """Collects issues while a workbook is read; cheap to append, frozen into a tuple at the end.

    Each (severity, sheet, column) lists at most MAX_LISTED_PER_COLUMN issues; the rest become one line saying how
    many more and on which rows, while :meth:`counts` still counts every one.
    """

    def __init__(self) -> None:
        self._issues: list[Issue] = []
        self._listed: dict[tuple[Severity, str, str], int] = {}
        self._unlisted: dict[tuple[Severity, str, str], _Unlisted] = {}
        self._counts: dict[Severity, int] = dict.fromkeys(Severity, 0)
        self._error_rows: set[int] = set()

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
        if self._listable(severity, sheet, column, column_index, row):
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

    def _listable(self, severity: Severity, sheet: str, column: str, column_index: int | None, row: int | None) -> bool:
        """Count one issue; True when it is listed, False when its column's closing line counts it instead."""
        self._counts[severity] += 1
        if severity is Severity.ERROR and row is not None:
            self._error_rows.add(row)
        key = (severity, sheet, column)
        listed = self._listed.get(key, 0)
        if listed < MAX_LISTED_PER_COLUMN and len(self._issues) < MAX_LISTED_ISSUES:
            self._listed[key] = listed + 1
            return True
        unlisted = self._unlisted.get(key)
        if unlisted is None:
            self._unlisted[key] = _Unlisted(1, row, row, column_index)
        else:
            unlisted.count += 1
            if row is not None:
                unlisted.first_row = row if unlisted.first_row is None else min(unlisted.first_row, row)
                unlisted.last_row = row if unlisted.last_row is None else max(unlisted.last_row, row)
        return False

    def error(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.ERROR, sheet, message, **where)

    def warning(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.WARNING, sheet, message, **where)

    def note(self, sheet: str, message: str, **where: Any) -> None:
        self.add(Severity.NOTE, sheet, message, **where)

    def extend(self, issues: Iterable[Issue]) -> None:
        for issue in issues:
            if self._listable(issue.severity, issue.sheet, issue.column, None, issue.row):
                self._issues.append(issue)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self._issues)

    def __len__(self) -> int:
        """Issues listed one by one, as iterated; :meth:`counts` counts every one found."""
        return len(self._issues)

    def counts(self) -> IssueCounts:
        """Every issue found, listed one by one or counted in a closing line."""
        return IssueCounts(
            errors=self._counts[Severity.ERROR],
            warnings=self._counts[Severity.WARNING],
            notes=self._counts[Severity.NOTE],
            error_rows=len(self._error_rows),
        )

    def freeze(self) -> tuple[Issue, ...]:
        """Issues sheet by sheet (in the order first met), then by row and column: a report reads like the workbook.

        A column's closing line ("N more …") comes after the last row it counts.
        """
        sheet_order: dict[str, int] = {}
        for issue in self._issues:
            sheet_order.setdefault(issue.sheet, len(sheet_order))
        for _severity, sheet, _column in self._unlisted:
            sheet_order.setdefault(sheet, len(sheet_order))

        def reading_order(issue: Issue) -> tuple[int, int, int, str]:
            return (sheet_order[issue.sheet], issue.row or 0, len(issue.cell), issue.cell)

        ordered = [(reading_order(issue), issue) for issue in self._issues]
        for (severity, sheet, column), unlisted in self._unlisted.items():
            closing = _closing_line(severity, sheet, column, unlisted, self._listed.get((severity, sheet, column), 0))
            ordered.append(((sheet_order[sheet], unlisted.last_row or 0, 1 << 30, closing.cell), closing))
        ordered.sort(key=lambda pair: pair[0])
        return tuple(issue for _key, issue in ordered)


def _closing_line(severity: Severity, sheet: str, column: str, unlisted: _Unlisted, listed: int) -> Issue:
    """The one line that stands for a column's issues beyond those listed one by one."""
    where = (
        translate("Issues", "in column {column}").format(column=column)
        if column
        else translate("Issues", "on this sheet")
    )
    rows = (
        translate("Issues", ", rows {first} to {last}").format(
            first=f"{unlisted.first_row:,}", last=f"{unlisted.last_row:,}"
        )
        if unlisted.first_row is not None and unlisted.last_row is not None
        else ""
    )
    message = translate(
        "Issues", "Not listed one by one: {more} {where}{rows} (the first {listed} are listed; every one is counted)."
    ).format(more=counted(unlisted.count, str(severity)), where=where, rows=rows, listed=f"{listed:,}")
    return Issue(
        severity=severity,
        sheet=sheet,
        cell=cell_ref(sheet, unlisted.column_index, None),
        column=column,
        value="",
        message=message,
        row=None,
    )
