"""The main window: it lays out the parts and says in the status bar what the state holds.

The parts each have one job and a module of their own (issue 10.7): :mod:`ui.ranking_table` (search, ranked table,
summary), :mod:`ui.detail`, :mod:`ui.controls`, :mod:`ui.chart_panel`, :mod:`ui.import_report`,
:mod:`ui.task_status` (progress and Cancel), :mod:`ui.file_actions` (open, export, scenarios) and :mod:`ui.menus`.
What stays here is the window's own: layout and its memory, the status bar's labels, drag and drop, the language
switch, the help dialogs, and keeping the window's shortcuts working inside text fields.

Start-up is kept fast: the window paints first, then the chart panel (matplotlib) is built and the workbook loads on
a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QDockWidget, QLabel, QLineEdit, QMainWindow, QPushButton, QSplitter

from evaluator.base.wording import counted
from ui import settings
from ui.controls import ControlPanel
from ui.detail import DetailPanel
from ui.file_actions import FileActions, dropped_workbook
from ui.import_report import ImportReport
from ui.menus import Menus
from ui.plain_text import plain_label, plain_tooltip
from ui.ranking_table import RankingTable
from ui.state import AppState
from ui.task_status import TaskStatus


class MainWindow(QMainWindow):
    """The evaluator's window. ``loaded`` fires after a workbook is in, ``exported`` after a file is written."""

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
        self.charts = None  # built after the first paint (matplotlib is slow to import)
        self._build_centre()
        self._build_docks()
        self._build_status_bar()
        self.files = FileActions(self, self.state, self.tasks)
        self.files.loaded.connect(self.loaded)
        self.files.load_failed.connect(self.load_failed)
        self.files.exported.connect(self.exported)
        self.menus = Menus(self)
        # The menu entries tests and the launcher reach for by name.
        self.open_action, self.import_action = self.menus.open_action, self.menus.import_action
        self.export_action, self.pdf_action = self.menus.export_action, self.menus.pdf_action
        self.recent_menu, self.columns_menu = self.menus.recent_menu, self.menus.columns_menu
        self.language_actions = self.menus.language_actions
        self.state.dataset_changed.connect(self._dataset_changed)
        self.state.dataset_changed.connect(self._show_workbook_settings)
        self.state.parameters_changed.connect(self._show_workbook_settings)
        self.state.parameters_changed.connect(self._follow_method)
        self.state.ranking_changed.connect(self._show_counts)
        self._follow_method()
        self._show_workbook_settings()
        self.resize(1500, 920)
        self.resizeDocks([self.controls_dock], [300], Qt.Orientation.Horizontal)
        self._guard_shortcuts()
        self._restore_layout()
        self._fit_to_screen()
        if self.state.dataset is not None:  # a window built around a state already in use (language switch)
            self._dataset_changed()
            self.ranking_table.refresh()
            self._show_counts()

    # -- construction -------------------------------------------------------------------------------------------

    def _build_centre(self) -> None:
        self.ranking_table = RankingTable(self.state)
        # The parts tests and the menus reach for by name.
        self.model, self.proxy = self.ranking_table.model, self.ranking_table.proxy
        self.table, self.search, self.summary = (
            self.ranking_table.table,
            self.ranking_table.search,
            self.ranking_table.summary,
        )
        self.chart_placeholder = QLabel(self.tr("Charts are loading…"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = DetailPanel(self.state)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.addWidget(self.chart_placeholder)
        self.lower.addWidget(self.detail)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.ranking_table)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

    def _build_docks(self) -> None:
        self.controls = ControlPanel(self.state)
        self.controls.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.controls_dock = QDockWidget(self.tr("Weights, filters and parameters"), self)
        self.controls_dock.setObjectName("dock_controls")
        self.controls_dock.setWidget(self.controls)
        self.controls_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)
        self.issues_dock = ImportReport(self.state, self.select_project, self)
        self.issues_dock.message.connect(self.statusBar().showMessage)
        self.issues_model, self.issues = self.issues_dock.issues_model, self.issues_dock.issues
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.issues_dock)
        self.issues_dock.hide()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = plain_label(self.tr("No workbook"))  # a file name is the user's text (issue 9.9)
        self.counts_label = plain_label()
        # Says when the open workbook's own Settings sheet overrides the user's parameters (issue 8.2).
        self.workbook_settings_label = plain_label()
        self.workbook_settings_label.setAccessibleName(self.tr("workbook settings in force"))
        self.workbook_settings_label.hide()
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
        self.tasks = TaskStatus(bar)  # progress and Cancel, right of the labels
        self.cancel_button = self.tasks.cancel_button

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

    # -- what the File menu does, by the names the app and its tests use -----------------------------------------

    def open_path(self, path: str, choices=None) -> None:
        """Load a workbook on a worker thread; the current data stays until the new one is ready."""
        self.files.open_path(path, choices)

    def open_sample(self) -> None:
        self.files.open_sample()

    def export(
        self, path: str, *, top_n: int | None = None, selected_ids: list[str] | None = None, pdf: bool = False
    ) -> None:
        """Write the committee workbook (or, with ``pdf``, the PDF pack) on a worker thread."""
        self.files.export(path, top_n=top_n, selected_ids=selected_ids, pdf=pdf)

    def cancel_task(self) -> None:
        self.tasks.cancel()

    def select_project(self, project_id: str) -> bool:
        """Select one project in the table (and everywhere); False if it is not in the current ranking."""
        return self.ranking_table.select_project(project_id)

    def show_issues(self) -> None:
        self.issues_dock.show_report()

    def step_chart(self, step: int) -> None:
        if self.charts is not None and self.charts.count():
            self.charts.setCurrentIndex((self.charts.currentIndex() + step) % self.charts.count())

    # -- reacting to the state ----------------------------------------------------------------------------------

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
        self.ranking_table.fit_rank_column(len(dataset) if dataset is not None else 0)
        self.issues_dock.follow_dataset()
        # ``dataset is not None``, never ``if dataset``: a Dataset with no project is falsy (len 0), and that is the
        # load whose report matters most (issue 8.5).
        self.issues_button.setVisible(dataset is not None and bool(dataset.issues))
        if dataset is not None and dataset.issues:
            self.issues_button.setText(
                self.tr("⚠ {errors}, {warnings}").format(
                    errors=counted(dataset.error_count, "error"), warnings=counted(dataset.warning_count, "warning")
                )
            )

    def _show_counts(self) -> None:
        ranking = self.state.ranking
        if ranking is None:
            return
        dataset = ranking.dataset
        self.counts_label.setText(
            self.tr("{loaded} loaded · {ranked} ranked · {filtered} filtered · {errors} with errors").format(
                loaded=counted(len(dataset), "project"),
                ranked=len(ranking),
                filtered=int(ranking.filters.removed.sum()),
                errors=counted(dataset.rows_with_errors, "row"),
            )
        )

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

    def _follow_method(self) -> None:
        action = self.menus.method_actions.get(self.state.parameters.method)
        if action is not None:
            action.setChecked(True)

    # -- help and language --------------------------------------------------------------------------------------

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

    # -- drag and drop ------------------------------------------------------------------------------------------

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
        return dropped_workbook(event.mimeData().urls() if event.mimeData().hasUrls() else [])

    # -- shortcuts inside editors -------------------------------------------------------------------------------

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self._is_window_shortcut(event)
        ):
            event.ignore()
            return True  # not the editor's: the shortcut system gets the key
        return super().eventFilter(watched, event)

    # -- layout and its memory ----------------------------------------------------------------------------------

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
            self.ranking_table.hide_columns({str(h) for h in (hidden if isinstance(hidden, list) else [hidden]) if h})

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_task()
        store = settings.app_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("table/hidden", self.ranking_table.hidden_columns())
        settings.save_last_scenario(self.state.user_parameters)
        super().closeEvent(event)
