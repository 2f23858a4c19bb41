"""The import report: every problem found in the workbook, by cell, in a dock the analyst can click through.

One job: list the open dataset's issues (METHOD.md §1 "Bad input"), title itself with their count, open itself when
rows were left out, and turn a click on an issue into "show me that project" — or a sentence saying why there is
no project to show (another sheet, a row left out, a row filtered out).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow, QTableView, QWidget

from evaluator.base.wording import counted
from ui.models import IssuesModel
from ui.state import AppState


class ImportReport(QDockWidget):
    """A dock with the issues table; ``message(text, milliseconds)`` asks the window to say something briefly."""

    message = Signal(str, int)

    def __init__(self, state: AppState, select_project: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import report"), parent)
        self.setObjectName("dock_issues")
        self.state = state
        self._select_project = select_project
        self.issues_model = IssuesModel(self)
        self.issues = QTableView()
        self.issues.setModel(self.issues_model)
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues.verticalHeader().setVisible(False)
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.issues.setAccessibleName(self.tr("import report"))
        self.issues.clicked.connect(self._issue_clicked)
        self.issues.activated.connect(self._issue_clicked)
        for column, width in enumerate((28, 110, 120, 120)):
            self.issues.setColumnWidth(column, width)
        self.setWidget(self.issues)
        self.hide()

    def follow_dataset(self) -> None:
        """Show the open dataset's issues; open the report when rows were left out, without being asked."""
        dataset = self.state.dataset
        # ``dataset is not None``, never ``if dataset``: a Dataset with no project is falsy (len 0), and that is the
        # load whose report matters most (issue 8.5).
        self.issues_model.set_issues(dataset.issues if dataset is not None else ())
        self.setWindowTitle(
            self.tr("Import report ({issues})").format(issues=counted(dataset.issue_counts.total, "issue"))
            if dataset is not None
            else self.tr("Import report")
        )
        if dataset is not None and dataset.error_count:
            self.show_report()

    def show_report(self) -> None:
        """Open at a modest height, leaving the table and charts most of the window."""
        if self.isHidden():
            self.show()
            window = self.parentWidget()
            if isinstance(window, QMainWindow):
                window.resizeDocks([self], [170], Qt.Orientation.Vertical)
        self.raise_()

    def _issue_clicked(self, index: QModelIndex) -> None:
        issue = self.issues_model.issue(index.row())
        dataset = self.state.dataset
        if dataset is None or issue.row is None:
            return
        if issue.sheet != dataset.sheet:
            self.message.emit(
                self.tr("{cell} is on sheet {sheet}, not a project row.").format(cell=issue.cell, sheet=issue.sheet),
                6000,
            )
            return
        match = dataset.projects.loc[dataset.projects["excel_row"] == issue.row, "project_id"]
        if match.empty:
            self.message.emit(
                self.tr("Row {row} was left out of scoring: {message}").format(row=issue.row, message=issue.message),
                8000,
            )
            return
        if not self._select_project(str(match.iloc[0])):
            self.message.emit(
                self.tr("Row {row} is loaded but filtered out under the current filters.").format(row=issue.row), 6000
            )
