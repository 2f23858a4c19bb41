"""The ranked table with its search box and summary line: what the analyst reads first, and selects from.

One job: show the state's ranking as rows, keep the state's selection and the table's in step, and fit the columns
to the width the window gives. It scores nothing; it reads the ranking and the winner's stability from
:class:`~ui.state.AppState` (issue 10.4).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

from evaluator.base.wording import counted
from evaluator.model.dataset import Dataset
from ui.delegates import RankDelegate, ScoreBarDelegate
from ui.models import COLUMNS, RankingModel, RankingProxy
from ui.plain_text import plain_label
from ui.state import AppState

#: After the last change of a burst, the summary says how firm rank 1 is (the charts' coalescing delay).
STABILITY_DELAY_MS = 40


class RankingTable(QWidget):
    """Search box, ranked table and summary, bound to one :class:`AppState`."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search projects by name, sponsor, country or ID  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("search projects"))
        self.search.setToolTip(self.tr("Show only projects whose name, sponsor, country or ID contains this text."))
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._search_to_table)
        self.summary = plain_label()  # names the winner and the filters: workbook text (issue 9.9)
        self._weights_line = ""
        # While a slider is dragged the winner's stability (a few ms at 10,000 projects) waits until it stops.
        self._stability_timer = QTimer(self)
        self._stability_timer.setSingleShot(True)
        self._stability_timer.setInterval(STABILITY_DELAY_MS)
        self._stability_timer.timeout.connect(self._show_stability)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("ranking summary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        state.ranking_changed.connect(self.refresh)
        state.selection_changed.connect(self.follow_selection)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setAccessibleName(self.tr("ranked projects"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.score_delegate = ScoreBarDelegate(table)
        self.rank_delegate = RankDelegate(table)
        for i, column in enumerate(COLUMNS):
            if column.kind == "score":
                table.setItemDelegateForColumn(i, self.score_delegate)
            table.setColumnHidden(i, not column.shown)
        table.setItemDelegateForColumn(0, self.rank_delegate)
        self.default_widths = [column.screen_width for column in COLUMNS]
        for i, width in enumerate(self.default_widths):
            table.setColumnWidth(i, width)
        table.viewport().installEventFilter(self)
        table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        return table

    # -- the ranking --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the state's ranking, keep the selection, and say under which weights and filters it stands."""
        ranking = self.state.ranking
        self.model.set_ranking(ranking, self.state.rank_moves)
        self.follow_selection()
        if ranking is None:
            return
        if len(ranking.dataset) == 0:
            self.summary.setText(self._nothing_loaded_sentence(ranking.dataset))
            return
        weights = ranking.weights
        method = "WSM" if ranking.parameters.method == "wsm" else "TOPSIS"
        self._weights_line = self.tr(
            "{method}, weights cost {cost} · risk {risk} · coverage {coverage}. {filters}"
        ).format(
            method=method,
            cost=f"{weights[0]:.0%}",
            risk=f"{weights[1]:.0%}",
            coverage=f"{weights[2]:.0%}",
            filters=ranking.filter_summary(),
        )
        if self.state.in_burst:  # a slider is being dragged: say how firm rank 1 is once it stops (issue 10.8)
            self.summary.setText(self._weights_line + "\n")
            self._stability_timer.start()
        else:
            self._stability_timer.stop()
            self._show_stability()

    def _show_stability(self) -> None:
        """The summary's second line: how far the weights may move before rank 1 changes hands."""
        ranking = self.state.ranking
        stability = self.state.winner_stability if ranking is not None and len(ranking) > 1 else None  # one wins
        self.summary.setText(self._weights_line + f"\n{stability.sentence if stability is not None else ''}")

    def _nothing_loaded_sentence(self, dataset: Dataset) -> str:
        """One sentence for a load that gave no project, pointing to the report that says why (issue 8.5)."""
        if dataset.issues:
            return self.tr(
                "No project could be loaded: {errors} left every row out. The import report (Ctrl+3) lists each one "
                "by cell."
            ).format(errors=counted(dataset.error_count, "error"))
        return self.tr("No project could be loaded: the sheet {sheet} has a header but no data rows.").format(
            sheet=dataset.sheet
        )

    # -- selection ----------------------------------------------------------------------------------------------

    def _table_selection_changed(self, *_args: object) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.project_id(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]
        self.state.select(ids)

    def follow_selection(self) -> None:
        """Re-select the state's projects after the table was rebuilt (re-ranking keeps the selection)."""
        selection = self.table.selectionModel()
        wanted = self.state.selected_ids
        current = {self.model.project_id(self.proxy.mapToSource(i).row()) for i in selection.selectedRows()}
        if current == set(wanted):
            return
        selection.blockSignals(True)
        selection.clearSelection()
        first: QModelIndex | None = None
        for project_id in wanted:
            row = self.model.row_of(project_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
                first = first or index
        selection.blockSignals(False)
        self.table.viewport().update()
        if first is not None:
            self.table.scrollTo(first)

    def select_project(self, project_id: str) -> bool:
        """Select one project in the table (and everywhere); False if it is not in the current ranking."""
        row = self.model.row_of(project_id)
        if row is None:
            return False
        self.search.clear()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _search_to_table(self) -> None:
        """Enter in the search box moves to the table's first match (keyboard-only use)."""
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- columns ------------------------------------------------------------------------------------------------

    def _column_menu(self, position) -> None:
        menu = QMenu(self)
        self.fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def fill_column_menu(self, menu: QMenu) -> None:
        """One checkable entry per column (the name always shown): the header's context menu and View ▸ Columns."""
        menu.clear()
        for i, column in enumerate(COLUMNS):
            action = QAction(QCoreApplication.translate("Columns", column.header), menu, checkable=True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda on, c=i: self._show_column(c, on))
            menu.addAction(action)

    def hidden_columns(self) -> list[str]:
        """The keys of the hidden columns, for the settings."""
        return [c.key for i, c in enumerate(COLUMNS) if self.table.isColumnHidden(i)]

    def hide_columns(self, keys: set[str]) -> None:
        """Show every column but those named (restoring the settings)."""
        for i, column in enumerate(COLUMNS):
            self.table.setColumnHidden(i, column.key in keys)

    def fit_rank_column(self, projects: int) -> None:
        """Wide enough for the largest rank and move this workbook can show ("10000  ▲9999"), never cut (8.12)."""
        rank = next(i for i, column in enumerate(COLUMNS) if column.kind == "rank")
        widest = f"{max(projects, 1)}  ▲{max(projects - 1, 1)}"
        needed = self.table.fontMetrics().horizontalAdvance(widest) + 28  # cell padding and the sort arrow
        self.default_widths[rank] = max(62, needed)
        self.fit_columns()

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Narrow the text columns so every visible column fits the table's width (1366×768 included, issue 8.12).

        Numbers and scores keep their width (a cut number misleads); names, sponsors, countries, stages and types
        give up room in proportion to what they have above a readable minimum. Below the sum of the minima the
        table scrolls, as it must.
        """
        visible = [i for i in range(len(COLUMNS)) if not self.table.isColumnHidden(i)]
        available = self.table.viewport().width()
        widths = {i: self.default_widths[i] for i in visible}
        excess = sum(widths.values()) - available
        if excess > 0:
            slack = {i: widths[i] - (COLUMNS[i].shrink_to or widths[i]) for i in visible}
            total = sum(slack.values())
            share = min(1.0, excess / total) if total > 0 else 0.0
            widths = {i: widths[i] - math.ceil(slack[i] * share) for i in visible}
        for i, width in widths.items():
            self.table.setColumnWidth(i, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)
