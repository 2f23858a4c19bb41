"""Qt item models over core results: the ranked projects and the import issues.

The ranking model sorts and searches with numpy over whole columns and hands the proxy a ready answer, so the
table stays smooth at 10,000 rows: the proxy never calls ``data()`` row by row to sort or filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from evaluator.issues import Issue, Severity
from evaluator.ranking import Ranking

ScoreRole = Qt.ItemDataRole.UserRole + 1  # float 0–100 for score bars
MoveRole = Qt.ItemDataRole.UserRole + 2  # rank movement since the last change (+ up, − down)
ProjectIdRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn:
    key: str
    header: str
    kind: str  # rank | text | integer | number | score
    tooltip: str
    visible: bool = True
    decimals: int = 1


COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("rank", "Rank", "rank", "Rank 1 is best. ▲/▼ show the move caused by your last change."),
    TableColumn("project_id", "ID", "text", "Project ID from the workbook (or row-N when none was given).", False),
    TableColumn("name", "Project", "text", "Project or facility name."),
    TableColumn("sponsor", "Sponsor", "text", "Company, owner or developer."),
    TableColumn("country", "Country", "text", "Host country of the site."),
    TableColumn("facility_type", "Type", "text", "Facility type: separation, refining, metal, magnet, integrated."),
    TableColumn("stage", "Stage", "text", "Development stage, from concept to operating."),
    TableColumn("capacity_tpa", "Capacity (t/y)", "integer", "Nameplate capacity, tonnes REO per year."),
    TableColumn(
        "capex_musd", "Capex (USD m)", "number", "Capital cost in USD million (JPY converted at the FX).", False
    ),
    TableColumn(
        "lcop_usd_per_kg",
        "LCOP ($/kg)",
        "number",
        "Levelised cost of production, USD per kg REO (METHOD §2): annualised capex per kg produced plus opex.",
    ),
    TableColumn("cost_score", "Cost", "score", "Cost sub-score 0–100 from LCOP (higher = cheaper)."),
    TableColumn("risk_score", "Risk", "score", "Risk sub-score = 100 − project risk (higher = safer)."),
    TableColumn("coverage_score", "Coverage", "score", "Criticality-weighted share of the 17 elements produced."),
    TableColumn("overall", "Overall", "score", "Overall score 0–100 under the current method and weights."),
    TableColumn("elements", "Elements", "text", "Rare-earth elements the project produces.", False),
)

COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


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
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # -- feeding ------------------------------------------------------------------------------------------------

    def set_ranking(self, ranking: Ranking | None, moves: np.ndarray | None = None) -> None:
        self.beginResetModel()
        table = ranking.table if ranking is not None else pd.DataFrame(columns=[c.key for c in COLUMNS])
        self._table = table
        self._columns = {c.key: table[c.key].to_numpy() for c in COLUMNS if c.key in table.columns}
        self._moves = moves if moves is not None and len(moves) == len(table) else np.zeros(len(table), dtype=int)
        self._haystack = (
            (
                table["project_id"].astype(str)
                + " "
                + table["name"].astype(str)
                + " "
                + table["sponsor"].astype(str)
                + " "
                + table["country"].astype(str)
            ).str.lower()
            if len(table)
            else pd.Series(dtype=str)
        )
        self._order = self._sorted_order(*self._sort)
        self._apply_search()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Keep rows whose ID, name, sponsor or country contains ``text`` (case-insensitive)."""
        self._search = text.strip().lower()
        self._apply_search()

    def _apply_search(self) -> None:
        if not self._search or not len(self._haystack):
            self._visible = np.ones(len(self._table), dtype=bool)
        else:
            self._visible = self._haystack.str.contains(self._search, regex=False).to_numpy()

    def row_visible(self, row: int) -> bool:
        return bool(self._visible[self._order[row]])

    # -- sorting ------------------------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_positions = [self._order[index.row()] for index in before]
        self._order = self._sorted_order(column, order)
        row_of = np.empty(len(self._order), dtype=int)
        row_of[self._order] = np.arange(len(self._order))
        after = [self.index(int(row_of[p]), index.column()) for p, index in zip(old_positions, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        n = len(self._table)
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "rank"
        values = self._columns.get(key)
        if values is None or n == 0:
            return np.arange(n)
        if COLUMNS[column].kind == "text":
            keys = pd.Series(values).astype(str).str.lower().to_numpy()
            result = np.argsort(keys, kind="stable")
        else:
            result = np.argsort(np.nan_to_num(values.astype(float), nan=-np.inf), kind="stable")
        return result[::-1] if order == Qt.SortOrder.DescendingOrder else result

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
            return COLUMNS[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].tooltip
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
            return f"{value}\nElements: {self._columns['elements'][position] or 'none listed'}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.header}: {self._display(column, value, position)}"
        return None

    def _display(self, column: TableColumn, value: Any, position: int) -> str:
        if column.kind == "text":
            return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
        if column.kind == "rank":
            move = int(self._moves[position])
            arrow = f"  ▲{move}" if move > 0 else (f"  ▼{-move}" if move < 0 else "")
            return f"{int(value)}{arrow}"
        number = float(value)
        if np.isnan(number):
            return ""
        if column.kind == "integer":
            return self._locale.toString(round(number))
        return self._locale.toString(number, "f", column.decimals)


class RankingProxy(QSortFilterProxyModel):
    """Sorting and searching are answered by :class:`RankingModel` (vectorised); the proxy only follows."""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        return model.row_visible(source_row) if isinstance(model, RankingModel) else True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, RankingModel):
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        model = self.sourceModel()
        if isinstance(model, RankingModel):
            if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter() is deprecated there
                self.beginFilterChange()
                model.set_search(text)
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                model.set_search(text)
                self.invalidateRowsFilter()


class IssuesModel(QAbstractTableModel):
    """The import report: one row per issue, errors first within the workbook's reading order."""

    HEADERS = ("", "Cell", "Column", "Value", "Problem")

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
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", issue.cell, issue.column, issue.value, issue.message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if issue.severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            kept = "row left out of scoring" if issue.severity is Severity.ERROR else "row kept"
            return f"{issue.severity.value.capitalize()} ({kept}) at {issue.cell}: {issue.message}"
        return None
