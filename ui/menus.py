"""The window's menu bar: File, View, Scoring, Help — every action with its shortcut and status tip.

One job: build the actions and connect each to the object that does the work (the file actions, the ranked table,
the state, the window's own view commands). The actions a test or the window needs later are attributes of
:class:`Menus`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QWidget

from ui.controls import ControlPanel
from ui.file_actions import FileActions
from ui.ranking_table import RankingTable
from ui.state import AppState


class MenuHost(Protocol):
    """What the menus need of their window (the main window, without importing it back)."""

    state: AppState
    files: FileActions
    ranking_table: RankingTable
    controls: ControlPanel
    controls_dock: QDockWidget
    issues_dock: QDockWidget
    detail: QWidget

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def step_chart(self, step: int) -> None: ...
    def switch_language(self, language: str) -> object: ...
    def show_methodology(self) -> None: ...
    def show_about(self) -> None: ...


Shortcut = QKeySequence.StandardKey | str | None


def add_action(menu: QMenu, text: str, slot: Callable[[], object], shortcut: Shortcut, tip: str) -> QAction:
    """An action in ``menu`` (owned by the menu's window) with its shortcut and a tip for status bar and tooltip."""
    action = QAction(text, menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


class Menus(QObject):
    """File, View, Scoring and Help on ``window``'s menu bar; the actions referred to later are attributes."""

    def __init__(self, window: MenuHost) -> None:
        super().__init__(window.menuBar())  # owned by the window through its menu bar
        self.recent_menu, self.open_action, self.import_action, self.export_action, self.pdf_action = self._file_menu(
            window
        )
        self.columns_menu, self.language_actions = self._view_menu(window)
        self.method_actions = self._scoring_menu(window)
        self._help_menu(window)

    def _file_menu(self, window: MenuHost) -> tuple[QMenu, QAction, QAction, QAction, QAction]:
        files = window.files
        menu = window.menuBar().addMenu(self.tr("&File"))
        open_action = add_action(
            menu,
            self.tr("&Open workbook…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open a projects workbook (.xlsx, .xlsm, .xls, .ods or .csv)."),
        )
        import_action = add_action(
            menu,
            self.tr("&Import with preview…"),
            files.import_dialog,
            "Ctrl+I",
            self.tr("Open a workbook after checking how it will be read: sheet, header row, units, columns."),
        )
        recent_menu = menu.addMenu(self.tr("Open &recent"))
        recent_menu.aboutToShow.connect(lambda: files.fill_recent(recent_menu))
        add_action(
            menu,
            self.tr("Load &sample data"),
            files.open_sample,
            None,
            self.tr("Open the bundled illustrative workbook of 30 fictional facilities."),
        )
        menu.addSeparator()
        export_action = add_action(
            menu,
            self.tr("&Export shortlist…"),
            files.export_dialog,
            "Ctrl+E",
            self.tr("Write the committee workbook: shortlist, all projects, coverage, issues, assumptions and charts."),
        )
        pdf_action = add_action(
            menu,
            self.tr("Export as &PDF…"),
            files.export_pdf_dialog,
            "Ctrl+Shift+E",
            self.tr("Write the committee pack as a PDF: summary, shortlist, charts and assumptions."),
        )
        menu.addSeparator()
        add_action(
            menu,
            self.tr("Open s&cenario…"),
            files.open_scenario,
            "Ctrl+Shift+O",
            self.tr("Load weights, method, filters and parameters from a scenario file (.json)."),
        )
        add_action(
            menu,
            self.tr("Sa&ve scenario…"),
            files.save_scenario,
            QKeySequence.StandardKey.Save,
            self.tr("Save the current weights, method, filters and parameters as a scenario file (.json)."),
        )
        menu.addSeparator()
        add_action(menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, self.tr("Close the evaluator."))
        return recent_menu, open_action, import_action, export_action, pdf_action

    def _view_menu(self, window: MenuHost) -> tuple[QMenu, dict[str, QAction]]:
        from ui.i18n import LANGUAGES, current_language

        table = window.ranking_table
        view = window.menuBar().addMenu(self.tr("&View"))
        for dock, key in ((window.controls_dock, "Ctrl+1"), (window.issues_dock, "Ctrl+3")):
            action = dock.toggleViewAction()
            action.setShortcut(key)
            view.addAction(action)
        detail = QAction(self.tr("Project detail"), self, checkable=True, checked=True)
        detail.setShortcut("Ctrl+2")
        detail.toggled.connect(window.detail.setVisible)
        view.addAction(detail)
        add_action(
            view,
            self.tr("Go to the ranked table"),
            table.focus_table,
            "Ctrl+L",
            self.tr("Move the keyboard focus to the ranked projects."),
        )
        add_action(
            view,
            self.tr("Find project"),
            table.focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Jump to the search box above the table."),
        )
        add_action(
            view,
            self.tr("Next chart"),
            lambda: window.step_chart(1),
            "Ctrl+PgDown",
            self.tr("Show the next chart tab."),
        )
        add_action(
            view,
            self.tr("Previous chart"),
            lambda: window.step_chart(-1),
            "Ctrl+PgUp",
            self.tr("Show the previous chart tab."),
        )
        columns_menu = view.addMenu(self.tr("&Columns"))
        columns_menu.aboutToShow.connect(lambda: table.fill_column_menu(columns_menu))
        language_menu = view.addMenu(self.tr("&Language"))
        language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for code, name in LANGUAGES.items():  # each language in its own name, so anyone can find theirs
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current_language())
            action.setStatusTip(self.tr("Show the application in {language}.").format(language=name))
            action.triggered.connect(lambda _c=False, c=code: window.switch_language(c))
            languages.addAction(action)
            language_menu.addAction(action)
            language_actions[code] = action
        return columns_menu, language_actions

    def _scoring_menu(self, window: MenuHost) -> dict[str, QAction]:
        state = window.state
        scoring = window.menuBar().addMenu(self.tr("&Scoring"))
        group = QActionGroup(self)
        method_actions: dict[str, QAction] = {}
        for method, label, key in (("wsm", self.tr("Weighted sum (WSM)"), "Ctrl+W"), ("topsis", "TOPSIS", "Ctrl+T")):
            action = QAction(label, self, checkable=True)
            action.setShortcut(key)
            action.setStatusTip(
                self.tr("Aggregate the three sub-scores with {method} (METHOD §3).").format(method=label)
            )
            action.triggered.connect(lambda _c, m=method: state.set_parameters(state.parameters.replace(method=m)))
            group.addAction(action)
            scoring.addAction(action)
            method_actions[method] = action
        scoring.addSeparator()
        add_action(
            scoring,
            self.tr("&Reset to defaults"),
            window.controls.reset,
            "Ctrl+R",
            self.tr("Restore METHOD.md's default weights, method, filters and parameters."),
        )
        return method_actions

    def _help_menu(self, window: MenuHost) -> None:
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        add_action(
            help_menu,
            self.tr("&Methodology"),
            window.show_methodology,
            QKeySequence.StandardKey.HelpContents,
            self.tr("How every number is computed, with the parameters in use now."),
        )
        add_action(
            help_menu, self.tr("&About"), window.show_about, None, self.tr("Version, data sources and licences.")
        )
