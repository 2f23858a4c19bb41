"""Qt item models over core results: the ranked projects and the import issues.

The ranking model sorts and searches with numpy over whole columns and hands the proxy a ready answer, so the
table stays smooth at 10,000 rows: the proxy never calls ``data()`` row by row to sort or filter.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from evaluator.model.columns import TABLE_VIEW, ResultColumn, columns
from evaluator.model.issues import Issue, Severity
from evaluator.reference.vocabulary import STAGES, category_label
from evaluator.scoring.ranking import Ranking
from ui.plain_text import plain_tooltip

ScoreRole = Qt.ItemDataRole.UserRole + 1  # float 0–100 for score bars
MoveRole = Qt.ItemDataRole.UserRole + 2  # rank movement since the last change (+ up, − down)
ProjectIdRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


#: The table's columns: the spec's :data:`~evaluator.model.columns.TABLE_VIEW` (heading, tooltip, kind, width).
COLUMNS: tuple[ResultColumn, ...] = columns(TABLE_VIEW)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


def _text_sort_keys(values: np.ndarray, *, ordered: tuple[str, ...] | None) -> tuple[np.ndarray, np.ndarray]:
    """Sort keys for a text column and which cells are blank (None, NaN or only spaces).

    With ``ordered``, a value sorts by its place in that tuple (unknown values after the known ones).
    """
    text = pd.Series(values, dtype=object).fillna("").astype(str).str.strip().str.lower()
    blank = (text == "").to_numpy()
    if ordered is not None:
        place = pd.Series(range(len(ordered)), index=list(ordered))
        keys = text.map(place).fillna(len(ordered)).to_numpy(dtype=float)
        return keys, blank
    return text.to_numpy(dtype=object), blank


class RankingModel(QAbstractTableModel):
    """The scored projects. Row order is the user's sort (rank order by default); search hides rows via the proxy."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._table = pd.DataFrame()
        self._columns: dict[str, np.ndarray] = {}
        self._moves = np.zeros(0, dtype=int)
        self._order = np.zeros(0, dtype=int)
        self._visible = np.zeros(0, dtype=bool)
        self._haystack = pd.Series(dtype=str)
        self._haystack_of: tuple[object, pd.Series] | None = None
        #: Visible rows in row order, None when every row is (no search): read by RankingProxy for each row.
        self.visible_rows: list[bool] | None = None
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # -- feeding ------------------------------------------------------------------------------------------------

    def set_ranking(self, ranking: Ranking | None, moves: np.ndarray | None = None) -> None:
        self.beginResetModel()
        table = ranking.table if ranking is not None else pd.DataFrame(columns=[c.key for c in COLUMNS])
        self._table = table
        self._columns = {c.key: table[c.key].to_numpy() for c in COLUMNS if c.key in table.columns}
        self._moves = moves if moves is not None and len(moves) == len(table) else np.zeros(len(table), dtype=int)
        self._haystack = self._search_text(ranking) if len(table) else pd.Series(dtype=str)
        self._order = self._sorted_order(*self._sort)
        self._apply_search()
        self.endResetModel()

    def _search_text(self, ranking: Ranking) -> pd.Series:
        """What the search looks in, per row of ``ranking``'s table: ID, name, sponsor and country, lower case.

        Built once per dataset, over its rows, and taken in rank order: a re-rank changes the order only, and
        joining 40,000 strings cost ~8 ms of each slider step at 10,000 projects (issue 10.8).
        """
        dataset = ranking.dataset
        if self._haystack_of is None or self._haystack_of[0] is not dataset:
            projects = dataset.projects
            text = (
                projects["project_id"].astype(str)
                + " "
                + projects["name"].astype(str)
                + " "
                + projects["sponsor"].astype(str)
                + " "
                + projects["country"].astype(str)
            ).str.lower()
            self._haystack_of = (dataset, text)
        return self._haystack_of[1].take(ranking.scored).reset_index(drop=True)

    def set_search(self, text: str) -> None:
        """Keep rows whose ID, name, sponsor or country contains ``text`` (case-insensitive)."""
        self._search = text.strip().lower()
        self._apply_search()

    def _apply_search(self) -> None:
        if not self._search or not len(self._haystack):
            self._visible = np.ones(len(self._table), dtype=bool)
        else:
            self._visible = self._haystack.str.contains(self._search, regex=False).to_numpy()
        self._follow_order()

    def _follow_order(self) -> None:
        """Which rows are visible, in row order, as the plain list the proxy asks once per row (see RankingProxy)."""
        self.visible_rows = None if self._visible.all() else self._visible[self._order].tolist()

    def row_visible(self, row: int) -> bool:
        return bool(self._visible[self._order[row]])

    # -- sorting ------------------------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_positions = [self._order[index.row()] for index in before]
        self._order = self._sorted_order(column, order)
        self._follow_order()
        row_of = np.empty(len(self._order), dtype=int)
        row_of[self._order] = np.arange(len(self._order))
        after = [self.index(int(row_of[p]), index.column()) for p, index in zip(old_positions, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        """Row order for a sort: blanks last in both directions, for every column (issue 8.4).

        Stages sort along the chain of development (concept → operating), not alphabetically; other text sorts
        case-insensitively; numbers numerically. Ties keep rank order (the sort is stable).
        """
        n = len(self._table)
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "rank"
        values = self._columns.get(key)
        if values is None or n == 0:
            return np.arange(n)
        if COLUMNS[column].kind == "text":
            keys, blank = _text_sort_keys(values, ordered=STAGES if key == "stage" else None)
        else:
            keys = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
            blank = np.isnan(keys)
        present = np.flatnonzero(~blank)
        ordered = present[np.argsort(keys[present], kind="stable")]
        if order == Qt.SortOrder.DescendingOrder:
            ordered = ordered[::-1]
        return np.concatenate([ordered, np.flatnonzero(blank)]).astype(int)

    # -- lookups ------------------------------------------------------------------------------------------------

    def project_id(self, row: int) -> str:
        return str(self._columns["project_id"][self._order[row]])

    def row_of(self, project_id: str) -> int | None:
        ids = self._columns.get("project_id")
        if ids is None:
            return None
        found = np.flatnonzero(ids[self._order] == project_id)
        return int(found[0]) if found.size else None

    # -- Qt model interface -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", COLUMNS[section].header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Columns", COLUMNS[section].tooltip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        position = self._order[index.row()]
        value = self._columns[column.key][position]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value, position)
        if role == ScoreRole and column.kind == "score":
            return float(value)
        if role == MoveRole:
            return int(self._moves[position])
        if role == ProjectIdRole:
            return str(self._columns["project_id"][position])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == "text":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name":
            elements = self._columns["elements"][position] or self.tr("none listed")
            return plain_tooltip(self.tr("{name}\nElements: {elements}").format(name=value, elements=elements))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = QCoreApplication.translate("Columns", column.header)
            return f"{header}: {self._display(column, value, position)}"
        return None

    def _display(self, column: ResultColumn, value: Any, position: int) -> str:
        if column.kind == "text":
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            return category_label(str(value)) if column.key in ("facility_type", "stage") else str(value)
        if column.kind == "rank":
            move = int(self._moves[position])
            arrow = f"  ▲{move}" if move > 0 else (f"  ▼{-move}" if move < 0 else "")
            return f"{int(value)}{arrow}"
        number = float(value)
        if np.isnan(number):
            return ""
        if np.isinf(number):  # k when the plant adds no value
            return "∞" if number > 0 else "−∞"
        if column.kind == "integer":
            return self._locale.toString(round(number))
        if column.kind == "percent":
            return self._locale.toString(100.0 * number, "f", 1) + " %"
        if column.kind == "ratio":
            return self._locale.toString(number, "f", 2)
        return self._locale.toString(number, "f", 1)  # numbers and scores: one decimal, as in the export


class RankingProxy(QSortFilterProxyModel):
    """Sorting and searching are answered by :class:`RankingModel` (vectorised); the proxy only follows."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RankingModel):
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        """Hide the rows the model's search leaves out.

        The row filter is a Python ``filterAcceptsRow`` only while a search is active, set on this instance (PySide
        finds an instance's override at call time): without one, Qt accepts every row in C++ after each reset, and a
        slider step at 10,000 projects does not call into Python 10,000 times (19.5 → 10 ms, issue 10.8).
        """
        model = self.sourceModel()
        if not isinstance(model, RankingModel):
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._follow(model, text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._follow(model, text)
            self.invalidateRowsFilter()

    def _follow(self, model: RankingModel, text: str) -> None:
        model.set_search(text)
        searching = model.visible_rows is not None
        if searching and "filterAcceptsRow" not in vars(self):
            self.filterAcceptsRow = self._searched_row  # type: ignore[method-assign]
        elif not searching and "filterAcceptsRow" in vars(self):
            del self.filterAcceptsRow

    def _searched_row(self, source_row: int, source_parent: Index) -> bool:
        # Asked for every row after each reset while a search is active: one list lookup.
        rows = getattr(self.sourceModel(), "visible_rows", None)
        return True if rows is None else rows[source_row]


class IssuesModel(QAbstractTableModel):
    """The import report: one row per issue, errors first within the workbook's reading order."""

    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("IssuesModel", "Cell"),
        QT_TRANSLATE_NOOP("IssuesModel", "Column"),
        QT_TRANSLATE_NOOP("IssuesModel", "Value"),
        QT_TRANSLATE_NOOP("IssuesModel", "Problem"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._issues: list[Issue] = []

    def set_issues(self, issues: tuple[Issue, ...]) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

    def issue(self, row: int) -> Issue:
        return self._issues[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", issue.cell, issue.column, issue.value, issue.message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = {
                Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                Severity.NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation,
            }.get(issue.severity, QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if issue.severity is Severity.ERROR:
                text = self.tr("Error (row left out of scoring) at {cell}: {message}")
            elif issue.severity is Severity.NOTE:
                text = self.tr("Note (row skipped on purpose) at {cell}: {message}")
            else:
                text = self.tr("Warning (row kept) at {cell}: {message}")
            text = text.format(cell=issue.cell, message=issue.message)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None
