"""The main window: ranked table, controls, detail, charts, import report; menus, status bar, drag and drop.

Start-up is kept fast: the window paints first, then the chart panel (matplotlib) is built and the workbook loads on
a worker thread. Every long task shows progress in the status bar and can be cancelled; a failed load leaves the
data on screen untouched.
"""

from __future__ import annotations

import math
import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaluator.base.errors import EvaluatorError
from evaluator.base.file_checks import same_file
from evaluator.base.paths import sample_workbook
from evaluator.base.wording import counted
from evaluator.inputs.read import CSV_SUFFIXES, EXCEL_SUFFIXES
from evaluator.model.dataset import Dataset
from evaluator.model.import_choices import AUTOMATIC
from ui import settings
from ui.controls import ControlPanel
from ui.delegates import RankDelegate, ScoreBarDelegate
from ui.detail import DetailPanel
from ui.models import COLUMNS, IssuesModel, RankingModel, RankingProxy
from ui.plain_text import inform, menu_text, message_box, plain_label, plain_tooltip, warn
from ui.state import AppState
from ui.workers import Task, TaskRelay, start

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Workbooks (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.tsv *.txt);;All files (*)"
)
READABLE = EXCEL_SUFFIXES | CSV_SUFFIXES
#: How narrow the text columns may become before the table scrolls sideways (numbers never shrink).
SHRINK_TO = {
    "name": 130, "sponsor": 70, "country": 72, "facility_type": 64, "stage": 72, "elements": 80, "project_id": 50,
}  # fmt: skip


def load_dataset(path: str, progress=None, choices=None, remembered: dict[str, str] | None = None) -> Dataset:
    """Worker body for opening a workbook (imports the loader lazily, off the UI thread).

    ``choices`` are the import preview's (issue 8.7); without them, choices remembered for the workbook's layout in
    ``remembered`` (fingerprint → JSON, a snapshot of the settings) apply, and the dataset says so.
    """
    from evaluator.inputs.import_preview import remembered_choices
    from evaluator.inputs.load import load_read_workbook
    from evaluator.inputs.read import read_workbook

    if progress:
        progress(0.1, QCoreApplication.translate("MainWindow", "Reading {name}…").format(name=Path(path).name))
    workbook = read_workbook(path, convention=choices.convention if choices else None)
    applied = choices
    if applied is None and remembered:
        applied = remembered_choices(workbook, remembered)
    return load_read_workbook(workbook, applied) if applied is not None else load_read_workbook(workbook)


class MainWindow(QMainWindow):
    """The evaluator's window. ``loaded`` fires after a workbook is in; ``busy_changed`` while work runs."""

    loaded = Signal(str)
    load_failed = Signal(str)
    exported = Signal(str)
    #: The window that replaced this one after a language change.
    replaced = Signal(object)

    def __init__(self, state: AppState | None = None) -> None:
        super().__init__()
        self.state = state or AppState(self)
        self.setWindowTitle(self.tr("REE Processing Investment Evaluator"))
        self.setAcceptDrops(True)
        self._task: Task | None = None
        self.charts = None  # built after the first paint (matplotlib is slow to import)
        self._build_table()
        self._build_docks()
        self._build_status_bar()
        self._build_menus()
        self.state.ranking_changed.connect(self._ranking_changed)
        self.state.dataset_changed.connect(self._dataset_changed)
        self.state.selection_changed.connect(self._follow_selection)
        self.resize(1500, 920)
        self.resizeDocks([self.controls_dock], [300], Qt.Orientation.Horizontal)
        self._guard_shortcuts()
        self._restore_layout()
        self._fit_to_screen()
        if self.state.dataset is not None:  # a window built around a state already in use (language switch)
            self._dataset_changed()
            self._ranking_changed()

    # -- construction -------------------------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(self.tr("ranked projects"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.score_delegate = ScoreBarDelegate(self.table)
        self.rank_delegate = RankDelegate(self.table)
        for i, column in enumerate(COLUMNS):
            if column.kind == "score":
                self.table.setItemDelegateForColumn(i, self.score_delegate)
            self.table.setColumnHidden(i, not column.visible)
        self.table.setItemDelegateForColumn(0, self.rank_delegate)
        widths = {
            "rank": 62,
            "project_id": 90,
            "name": 206,
            "sponsor": 140,
            "country": 105,
            "facility_type": 82,
            "stage": 105,
            "capacity_tpa": 97,
            "capex_musd": 95,
            "lcop_usd_per_kg": 82,
            "elements": 160,
        }
        self._default_widths = [widths.get(column.key, 68) for column in COLUMNS]
        for i, width in enumerate(self._default_widths):
            self.table.setColumnWidth(i, width)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search projects by name, sponsor, country or ID  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("search projects"))
        self.search.setToolTip(self.tr("Show only projects whose name, sponsor, country or ID contains this text."))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_to_table)
        self.summary = plain_label()  # names the winner and the filters: workbook text (issue 9.9)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("ranking summary"))

        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.chart_placeholder = QLabel(self.tr("Charts are loading…"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = DetailPanel(self.state)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.addWidget(self.chart_placeholder)
        self.lower.addWidget(self.detail)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

    def _build_docks(self) -> None:
        self.controls = ControlPanel(self.state)
        self.controls.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.controls_dock = self._dock(
            self.tr("Weights, filters and parameters"), "controls", self.controls, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.controls_dock.setMinimumWidth(300)
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
        self.issues_dock = self._dock(
            self.tr("Import report"), "issues", self.issues, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.issues_dock.hide()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = plain_label(self.tr("No workbook"))  # a file name is the user's text (issue 9.9)
        self.counts_label = plain_label()
        # Says when the open workbook's own Settings sheet overrides the user's parameters (issue 8.2).
        self.workbook_settings_label = plain_label()
        self.workbook_settings_label.setAccessibleName(self.tr("workbook settings in force"))
        self.workbook_settings_label.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running task; the data on screen stays as it is."))
        self.cancel_button.clicked.connect(self.cancel_task)
        self.issues_button = QPushButton()
        self.issues_button.setFlat(True)
        self.issues_button.setToolTip(
            self.tr("Show the import report: every problem found in the workbook, by cell (Ctrl+3).")
        )
        self.issues_button.clicked.connect(self.show_issues)
        self.issues_button.hide()
        bar.addPermanentWidget(self.file_label)
        bar.addPermanentWidget(self.workbook_settings_label)
        bar.addPermanentWidget(self.issues_button)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.open_action = self._action(
            file_menu,
            self.tr("&Open workbook…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open a projects workbook (.xlsx, .xlsm, .xls, .ods or .csv)."),
        )
        self.import_action = self._action(
            file_menu,
            self.tr("&Import with preview…"),
            self.import_dialog,
            "Ctrl+I",
            self.tr("Open a workbook after checking how it will be read: sheet, header row, units, columns."),
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(
            file_menu,
            self.tr("Load &sample data"),
            self.open_sample,
            None,
            self.tr("Open the bundled illustrative workbook of 30 fictional facilities."),
        )
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu,
            self.tr("&Export shortlist…"),
            self.export_dialog,
            "Ctrl+E",
            self.tr("Write the committee workbook: shortlist, all projects, coverage, issues, assumptions and charts."),
        )
        self.pdf_action = self._action(
            file_menu,
            self.tr("Export as &PDF…"),
            self.export_pdf_dialog,
            "Ctrl+Shift+E",
            self.tr("Write the committee pack as a PDF: summary, shortlist, charts and assumptions."),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Open s&cenario…"),
            self.open_scenario,
            "Ctrl+Shift+O",
            self.tr("Load weights, method, filters and parameters from a scenario file (.json)."),
        )
        self._action(
            file_menu,
            self.tr("Sa&ve scenario…"),
            self.save_scenario,
            QKeySequence.StandardKey.Save,
            self.tr("Save the current weights, method, filters and parameters as a scenario file (.json)."),
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self.tr("Close the evaluator.")
        )

        view = menu.addMenu(self.tr("&View"))
        for dock, key in ((self.controls_dock, "Ctrl+1"), (self.issues_dock, "Ctrl+3")):
            action = dock.toggleViewAction()
            action.setShortcut(key)
            view.addAction(action)
        detail = QAction(self.tr("Project detail"), self, checkable=True, checked=True)
        detail.setShortcut("Ctrl+2")
        detail.toggled.connect(self.detail.setVisible)
        view.addAction(detail)
        self._action(
            view,
            self.tr("Go to the ranked table"),
            self._focus_table,
            "Ctrl+L",
            self.tr("Move the keyboard focus to the ranked projects."),
        )
        self._action(
            view,
            self.tr("Find project"),
            self._focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Jump to the search box above the table."),
        )
        self._action(
            view, self.tr("Next chart"), lambda: self._step_chart(1), "Ctrl+PgDown", self.tr("Show the next chart tab.")
        )
        self._action(
            view,
            self.tr("Previous chart"),
            lambda: self._step_chart(-1),
            "Ctrl+PgUp",
            self.tr("Show the previous chart tab."),
        )
        self.columns_menu = view.addMenu(self.tr("&Columns"))
        language_menu = view.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        from ui.i18n import LANGUAGES, current_language

        for code, name in LANGUAGES.items():  # each language in its own name, so anyone can find theirs
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current_language())
            action.setStatusTip(self.tr("Show the application in {language}.").format(language=name))
            action.triggered.connect(lambda _c=False, c=code: self.switch_language(c))
            languages.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.columns_menu.aboutToShow.connect(lambda: self._fill_column_menu(self.columns_menu))

        scoring = menu.addMenu(self.tr("&Scoring"))
        group = QActionGroup(self)
        self.method_actions = {}
        for method, label, key in (("wsm", self.tr("Weighted sum (WSM)"), "Ctrl+W"), ("topsis", "TOPSIS", "Ctrl+T")):
            action = QAction(label, self, checkable=True)
            action.setShortcut(key)
            action.setStatusTip(
                self.tr("Aggregate the three sub-scores with {method} (METHOD §3).").format(method=label)
            )
            action.triggered.connect(
                lambda _c, m=method: self.state.set_parameters(self.state.parameters.replace(method=m))
            )
            group.addAction(action)
            scoring.addAction(action)
            self.method_actions[method] = action
        scoring.addSeparator()
        self._action(
            scoring,
            self.tr("&Reset to defaults"),
            self.controls.reset,
            "Ctrl+R",
            self.tr("Restore METHOD.md's default weights, method, filters and parameters."),
        )
        self.state.parameters_changed.connect(self._follow_method)
        self.state.parameters_changed.connect(self._show_workbook_settings)
        self._follow_method()
        self._show_workbook_settings()

        help_menu = menu.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&Methodology"),
            self.show_methodology,
            QKeySequence.StandardKey.HelpContents,
            self.tr("How every number is computed, with the parameters in use now."),
        )
        self._action(
            help_menu, self.tr("&About"), self.show_about, None, self.tr("Version, data sources and licences.")
        )

    def _action(self, menu: QMenu, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def build_charts(self) -> None:
        """Create the chart tabs (imports matplotlib); called once, right after the first paint."""
        if self.charts is not None:
            return
        from ui.chart_panel import ChartPanel

        self.charts = ChartPanel(self.state)
        self.lower.replaceWidget(0, self.charts)
        self.chart_placeholder.deleteLater()
        self.lower.setSizes([680, 420])
        self._guard_shortcuts()  # the chart tabs bring spin boxes of their own (portfolio budget, samples)

    # -- opening ------------------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        folder = str(Path(settings.recent_files()[0]).parent) if settings.recent_files() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open projects workbook"), folder, self.tr(OPEN_FILTER))
        if path:
            self.open_path(path)

    def import_dialog(self, path: str | None = None) -> None:
        """Pick a workbook, preview its import, adjust the choices, then open it with them (issue 8.7)."""
        from evaluator.inputs.import_preview import automatic_fingerprint, open_for_preview, remembered_choices
        from ui.import_dialog import ImportDialog

        if path is None:
            folder = str(Path(settings.recent_files()[0]).parent) if settings.recent_files() else ""
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import projects workbook"), folder, self.tr(OPEN_FILTER)
            )
            if not path:
                return
        try:
            workbook = open_for_preview(path)
        except EvaluatorError as error:
            self.load_failed.emit(str(error))
            warn(self, self.tr("Cannot open workbook"), str(error))
            return
        fingerprint = automatic_fingerprint(workbook)
        start_with = remembered_choices(workbook, settings.remembered_imports())
        dialog = ImportDialog(workbook, start_with or AUTOMATIC, self)
        self.import_preview = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        settings.remember_import(fingerprint, choices.to_json())
        self.open_path(path, choices)

    def open_sample(self) -> None:
        self.open_path(str(sample_workbook()))

    def open_path(self, path: str, choices=None) -> None:
        """Load a workbook on a worker thread; the current data stays until the new one is ready."""
        self.cancel_task()
        task = Task(partial(load_dataset, choices=choices, remembered=settings.remembered_imports()), path)
        TaskRelay(
            self,
            task,
            finished=lambda dataset: self._loaded(task, dataset, path),
            failed=lambda message: self._load_failed(task, message, path),
            cancelled=lambda: self._task_done(task, self.tr("Opening cancelled.")),
        )
        self._task = task
        self._set_busy(True, self.tr("Opening {name}…").format(name=Path(path).name))
        start(task)

    def _loaded(self, task: Task, dataset: Dataset, path: str) -> None:
        if task is not self._task:
            return
        self._task_done(task, "")
        self.state.set_dataset(dataset, Path(path))
        if Path(path).resolve() != sample_workbook().resolve():
            settings.remember_file(path)
        if len(dataset) == 0:
            message = self.tr("Opened {name}: no project could be loaded; see the import report.").format(
                name=Path(path).name
            )
        elif dataset.issues:
            message = self.tr("Opened {name}: {projects}, {errors}, {warnings}.").format(
                name=Path(path).name,
                projects=counted(len(dataset), "project"),
                errors=counted(dataset.error_count, "error"),
                warnings=counted(dataset.warning_count, "warning"),
            )
        else:
            message = self.tr("Opened {name}: {projects}.").format(
                name=Path(path).name, projects=counted(len(dataset), "project")
            )
        if dataset.import_choices != AUTOMATIC:
            message += " " + self.tr("Import choices in force for this layout (File ▸ Import with preview… to change).")
        self.statusBar().showMessage(message, 8000)
        self.loaded.emit(path)

    def _load_failed(self, task: Task, message: str, path: str) -> None:
        if task is not self._task:
            return
        self._task_done(task, self.tr("Could not open {name}.").format(name=Path(path).name))
        self.load_failed.emit(message)
        warn(
            self,
            self.tr("Cannot open workbook"),
            self.tr("{message}\n\nThe data on screen has not changed.").format(message=message),
        )

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task_done(self._task, self.tr("Cancelled."))

    def _task_done(self, task: Task, message: str) -> None:
        if task is not self._task:
            return  # a task cancelled or replaced earlier, reporting late: it must not overwrite today's status
        self._task = None
        self._set_busy(False)
        if message:
            self.statusBar().showMessage(message, 5000)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self._busy_message = message
            self.statusBar().showMessage(message)
        elif self.statusBar().currentMessage() == getattr(self, "_busy_message", None):
            self.statusBar().clearMessage()  # "Opening…" must not outlive the work it announced (issue 9.6)

    # -- reacting to the state ----------------------------------------------------------------------------------

    def _show_workbook_settings(self) -> None:
        """Name the workbook Settings in force, or hide the label when the user's own parameters rule."""
        in_force = self.state.workbook_settings
        label = self.workbook_settings_label
        label.setVisible(bool(in_force))
        if not in_force:
            return
        label.setText(self.tr("Workbook Settings in force: {names}").format(names=", ".join(sorted(in_force))))
        values = "\n".join(f"{name} = {value}" for name, value in sorted(in_force.items()))
        label.setToolTip(
            plain_tooltip(
                self.tr(
                    "The open workbook's Settings sheet sets these for this workbook only; opening another workbook "
                    "restores your own values.\n{values}"
                ).format(values=values)
            )
        )

    def _dataset_changed(self) -> None:
        dataset = self.state.dataset
        path = self.state.source_path
        self.file_label.setText(path.name if path else self.tr("No workbook"))
        self.file_label.setToolTip(plain_tooltip(str(path)) if path else "")
        self.setWindowTitle(
            self.tr("{name} — REE Processing Investment Evaluator").format(
                name=path.name if path else self.tr("Untitled")
            )
        )
        # ``dataset is not None``, never ``if dataset``: a Dataset with no project is falsy (len 0), and that is the
        # load whose report matters most (issue 8.5).
        self.issues_model.set_issues(dataset.issues if dataset is not None else ())
        self._fit_rank_column(len(dataset) if dataset is not None else 0)
        self.issues_dock.setWindowTitle(
            self.tr("Import report ({issues})").format(issues=counted(dataset.issue_counts.total, "issue"))
            if dataset is not None
            else self.tr("Import report")
        )
        self.issues_button.setVisible(dataset is not None and bool(dataset.issues))
        if dataset is not None and dataset.issues:
            self.issues_button.setText(
                self.tr("⚠ {errors}, {warnings}").format(
                    errors=counted(dataset.error_count, "error"), warnings=counted(dataset.warning_count, "warning")
                )
            )
            if dataset.error_count:  # rows were left out: show where, without being asked
                self.show_issues()

    def show_issues(self) -> None:
        """Open the import report at a modest height, leaving the table and charts most of the window."""
        if self.issues_dock.isHidden():
            self.issues_dock.show()
            self.resizeDocks([self.issues_dock], [170], Qt.Orientation.Vertical)
        self.issues_dock.raise_()

    def _ranking_changed(self) -> None:
        ranking = self.state.ranking
        self.model.set_ranking(ranking, self.state.rank_moves)
        self._follow_selection()
        if ranking is None:
            return
        dataset = ranking.dataset
        filtered = int(ranking.filters.removed.sum())
        self.counts_label.setText(
            self.tr("{loaded} loaded · {ranked} ranked · {filtered} filtered · {errors} with errors").format(
                loaded=counted(len(dataset), "project"),
                ranked=len(ranking),
                filtered=filtered,
                errors=counted(dataset.rows_with_errors, "row"),
            )
        )
        if len(dataset) == 0:
            self.summary.setText(self._nothing_loaded_sentence(dataset))
            return
        from evaluator.analysis.sensitivity import winner_stability

        weights = ranking.weights
        method = "WSM" if ranking.parameters.method == "wsm" else "TOPSIS"
        stability = winner_stability(ranking).sentence if len(ranking) > 1 else ""
        self.summary.setText(
            self.tr("{method}, weights cost {cost} · risk {risk} · coverage {coverage}. {filters}").format(
                method=method,
                cost=f"{weights[0]:.0%}",
                risk=f"{weights[1]:.0%}",
                coverage=f"{weights[2]:.0%}",
                filters=ranking.filter_summary(),
            )
            + f"\n{stability}"
        )

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

    def _follow_method(self) -> None:
        action = self.method_actions.get(self.state.parameters.method)
        if action is not None:
            action.setChecked(True)

    # -- selection ----------------------------------------------------------------------------------------------

    def _table_selection_changed(self, *_args) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.project_id(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]
        self.state.select(ids)

    def _follow_selection(self) -> None:
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

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _search_to_table(self) -> None:
        """Enter in the search box moves to the table's first match (keyboard-only use)."""
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _step_chart(self, step: int) -> None:
        if self.charts is not None and self.charts.count():
            self.charts.setCurrentIndex((self.charts.currentIndex() + step) % self.charts.count())

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _issue_clicked(self, index: QModelIndex) -> None:
        issue = self.issues_model.issue(index.row())
        dataset = self.state.dataset
        if dataset is None or issue.row is None:
            return
        if issue.sheet != dataset.sheet:
            self.statusBar().showMessage(
                self.tr("{cell} is on sheet {sheet}, not a project row.").format(cell=issue.cell, sheet=issue.sheet),
                6000,
            )
            return
        match = dataset.projects.loc[dataset.projects["excel_row"] == issue.row, "project_id"]
        if match.empty:
            self.statusBar().showMessage(
                self.tr("Row {row} was left out of scoring: {message}").format(row=issue.row, message=issue.message),
                8000,
            )
            return
        if not self.select_project(str(match.iloc[0])):
            self.statusBar().showMessage(
                self.tr("Row {row} is loaded but filtered out under the current filters.").format(row=issue.row), 6000
            )

    # -- columns ------------------------------------------------------------------------------------------------

    def _column_menu(self, position) -> None:
        menu = QMenu(self)
        self._fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _fill_column_menu(self, menu: QMenu) -> None:
        menu.clear()
        for i, column in enumerate(COLUMNS):
            action = QAction(column.header, menu, checkable=True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda on, c=i: self._show_column(c, on))
            menu.addAction(action)

    # -- export -------------------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        self._export_with_dialog(pdf=False)

    def export_pdf_dialog(self) -> None:
        self._export_with_dialog(pdf=True)

    def _export_with_dialog(self, *, pdf: bool) -> None:
        from ui.dialogs import ExportDialog

        title = self.tr("Export as PDF") if pdf else self.tr("Export shortlist")
        ranking = self.state.ranking
        if ranking is None or len(ranking) == 0:
            inform(self, title, self.tr("There is no ranked project to export."))
            return
        dialog = ExportDialog(len(ranking), len(self.state.selected_ids), ranking.parameters.top_n, self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        stem = self.state.source_path.stem if self.state.source_path else "shortlist"
        suffix = ".pdf" if pdf else ".xlsx"
        suggested = (
            str(Path(settings.recent_files()[0]).parent / f"{stem}-shortlist{suffix}")
            if settings.recent_files()
            else f"{stem}-shortlist{suffix}"
        )
        kind = self.tr("PDF document (*.pdf)") if pdf else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, kind)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        source = self.state.source_path
        if source is not None and same_file(Path(path), source):  # the analyst's own workbook (issue 9.2)
            warn(
                self,
                title,
                self.tr(
                    "{name} is the workbook you opened: exporting there would replace it. Choose another name."
                ).format(name=Path(path).name),
            )
            return
        selected = list(self.state.selected_ids) if dialog.use_selection else None
        self.export(path, top_n=dialog.count.value(), selected_ids=selected, pdf=pdf)

    def export(
        self, path: str, *, top_n: int | None = None, selected_ids: list[str] | None = None, pdf: bool = False
    ) -> None:
        """Write the committee workbook with chart images (or, with ``pdf``, the PDF pack) on a worker thread.

        The selection only picks the comparison chart's projects: nothing is drawn highlighted in the export.
        """
        ranking = self.state.ranking
        if ranking is None:
            return
        from ui.i18n import LANGUAGES, current_language

        compare = list(self.state.selected_ids)
        language = f"{LANGUAGES[current_language()]} ({current_language()})"
        mc = self.charts.monte_carlo.current() if self.charts is not None else None
        portfolio = self.charts.portfolio.current() if self.charts is not None else None

        def work(progress=None) -> str:
            from evaluator.analysis.robustness import Robustness
            from evaluator.analysis.sensitivity import weight_sweep, winner_stability
            from evaluator.outputs.chart_images import render_chart_images

            robustness = (
                Robustness(ranking, mc, winner_stability(ranking), weight_sweep(ranking)) if mc is not None else None
            )
            shared = {
                "top_n": top_n,
                "selected_ids": selected_ids,
                "ui_language": language,
                "robustness": robustness,
                "portfolio": portfolio,
            }
            if pdf:
                from evaluator.outputs.pdf_export import export_pdf

                if progress:
                    progress(0.2, self.tr("Writing PDF…"))
                export_pdf(ranking, path, compare=compare, **shared)
                return path
            from evaluator.outputs.workbook_export import export_shortlist

            if progress:
                progress(0.2, self.tr("Drawing charts…"))
            images = render_chart_images(ranking, compare)
            if progress:
                progress(0.6, self.tr("Writing workbook…"))
            export_shortlist(ranking, path, images=images, **shared)
            return path

        task = Task(work)
        TaskRelay(
            self,
            task,
            finished=lambda written: self._exported(task, written),
            failed=lambda message: self._export_failed(task, message),
            cancelled=lambda: self._task_done(task, self.tr("Export cancelled.")),
        )
        self.cancel_task()
        self._task = task
        self._set_busy(True, self.tr("Exporting to {name}…").format(name=Path(path).name))
        start(task)

    def _exported(self, task: Task, path: str) -> None:
        self._task_done(task, self.tr("Exported {name}.").format(name=Path(path).name))
        self.exported.emit(path)
        if os.environ.get("REE_EVALUATOR_QUIET_DIALOGS"):
            return
        text = (
            self.tr("The committee pack PDF was written to:\n{path}")
            if path.lower().endswith(".pdf")
            else self.tr("The shortlist workbook was written to:\n{path}")
        )
        box = message_box(self, QMessageBox.Icon.Information, self.tr("Shortlist exported"), text.format(path=path))
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _export_failed(self, task: Task, message: str) -> None:
        self._task_done(task, "")
        warn(
            self,
            self.tr("Export failed"),
            self.tr("{message}\n\nNo existing file was changed.").format(message=message),
        )

    # -- scenarios ----------------------------------------------------------------------------------------------

    def save_scenario(self) -> None:
        from evaluator.model.scenario import save_scenario

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario"), "scenario.json", self.tr("Scenario (*.json)")
        )
        if not path:
            return
        try:
            save_scenario(self.state.parameters, path)
        except EvaluatorError as error:  # cannot be written, or a target refused (a folder, a device)
            warn(self, self.tr("Cannot save scenario"), str(error))
            return
        self.statusBar().showMessage(self.tr("Scenario saved to {name}.").format(name=Path(path).name), 5000)

    def open_scenario(self) -> None:
        from evaluator.model.scenario import load_scenario

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), "", self.tr("Scenario (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            parameters = load_scenario(path)
        except EvaluatorError as error:  # not a scenario, or not a file the app reads
            warn(
                self,
                self.tr("Cannot open scenario"),
                self.tr("{error}\n\nThe current settings are unchanged.").format(error=error),
            )
            return
        self.state.set_parameters(parameters)
        self.statusBar().showMessage(self.tr("Scenario {name} applied.").format(name=Path(path).name), 5000)

    # -- help ---------------------------------------------------------------------------------------------------

    def show_methodology(self) -> None:
        from ui.dialogs import TextDialog, methodology_markdown

        TextDialog(self.tr("Methodology"), methodology_markdown(self.state.parameters), self).exec()

    def show_about(self) -> None:
        from ui.dialogs import TextDialog, about_markdown

        dialog = TextDialog(self.tr("About"), about_markdown(), self)
        dialog.resize(620, 460)
        dialog.exec()

    def switch_language(self, language: str) -> MainWindow:
        """Show the app in ``language``: remember it and rebuild the window around the same data and settings.

        Rebuilding is simpler and surer than re-translating every widget in place; nothing is lost but the Monte
        Carlo and portfolio results on screen, which take a click to recompute.
        """
        from ui import i18n

        if language == i18n.current_language():
            return self
        i18n.remember_language(language)
        i18n.install(language)
        successor = MainWindow(self.state)
        self.state.setParent(successor)
        successor.restoreGeometry(self.saveGeometry())
        successor.restoreState(self.saveState())
        successor.show()
        successor.build_charts()
        self.replaced.emit(successor)
        self.close()  # closed, not deleted: whoever still holds it (the caller, a test) lets go in its own time
        return successor

    # -- recent files, drag and drop, layout --------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            none = self.recent_menu.addAction(self.tr("No recent workbooks"))
            none.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(menu_text(Path(path).name))
            action.setToolTip(plain_tooltip(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in READABLE:
                return url.toLocalFile()
        return None

    def _guard_shortcuts(self) -> None:
        """Let the window's own shortcuts work while a text field or spin box has the focus (issue 8.12).

        Under X11 Qt gives line edits the emacs-style bindings (Ctrl+E: end of line, Ctrl+K, Ctrl+U, …), and a line
        edit that claims a key in its ShortcutOverride swallows the menu shortcut: Ctrl+E did nothing with the
        cursor in the discount-rate box. The offscreen platform uses another key scheme, which is why only a real X
        session showed it. The filter refuses the claim for exactly the keys this window's actions use.
        """
        for editor in (*self.findChildren(QLineEdit), *self.findChildren(QAbstractSpinBox)):
            editor.installEventFilter(self)

    def _is_window_shortcut(self, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(
            action.isEnabled() and any(shortcut.matches(pressed) == exact for shortcut in action.shortcuts())
            for action in self.findChildren(QAction)
            if action.shortcuts()
        )

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self._is_window_shortcut(event):
                event.ignore()
                return True  # not the editor's: the shortcut system gets the key
        elif kind == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_rank_column(self, projects: int) -> None:
        """Wide enough for the largest rank and move this workbook can show ("10000  ▲9999"), never cut (8.12)."""
        rank = next(i for i, column in enumerate(COLUMNS) if column.kind == "rank")
        widest = f"{max(projects, 1)}  ▲{max(projects - 1, 1)}"
        needed = self.table.fontMetrics().horizontalAdvance(widest) + 28  # cell padding and the sort arrow
        self._default_widths[rank] = max(62, needed)
        self._fit_columns()

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Narrow the text columns so every visible column fits the table's width (1366×768 included, issue 8.12).

        Numbers and scores keep their width (a cut number misleads); names, sponsors, countries, stages and types
        give up room in proportion to what they have above a readable minimum. Below the sum of the minima the
        table scrolls, as it must.
        """
        visible = [i for i in range(len(COLUMNS)) if not self.table.isColumnHidden(i)]
        available = self.table.viewport().width()
        widths = {i: self._default_widths[i] for i in visible}
        excess = sum(widths.values()) - available
        if excess > 0:
            slack = {i: widths[i] - SHRINK_TO.get(COLUMNS[i].key, widths[i]) for i in visible}
            total = sum(slack.values())
            share = min(1.0, excess / total) if total > 0 else 0.0
            widths = {i: widths[i] - math.ceil(slack[i] * share) for i in visible}
        for i, width in widths.items():
            self.table.setColumnWidth(i, width)

    def _fit_to_screen(self) -> None:
        """Keep the window inside the screen it opens on (a saved or default size may be larger: 1366×768 laptops).

        The frame (title bar, borders) is not known before the first show, so a margin is kept for it.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame_margin = 48
        width = min(self.width(), max(640, available.width() - 16))
        height = min(self.height(), max(480, available.height() - frame_margin))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), available.left()), available.right() - width)
        y = min(max(self.y(), available.top()), available.bottom() - height - frame_margin + 16)
        self.move(max(x, available.left()), max(y, available.top()))

    def _restore_layout(self) -> None:
        store = settings.app_settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        layout = store.value("window/state")
        if isinstance(layout, QByteArray):
            self.restoreState(layout)
        hidden = store.value("table/hidden", None)
        if hidden is not None:
            names = {str(h) for h in (hidden if isinstance(hidden, list) else [hidden]) if h}
            for i, column in enumerate(COLUMNS):
                self.table.setColumnHidden(i, column.key in names)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_task()
        store = settings.app_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("table/hidden", [c.key for i, c in enumerate(COLUMNS) if self.table.isColumnHidden(i)])
        settings.save_last_scenario(self.state.user_parameters)
        super().closeEvent(event)
