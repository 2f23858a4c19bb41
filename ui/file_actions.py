"""What the File menu does: open (plain, with preview, recent, sample, dropped), export (workbook, PDF), scenarios.

One job: turn a file the user names into a change of the state (a dataset, parameters) or into a file written from
it, on a worker thread where it is slow, with one sentence when it cannot be done. A failed open leaves the data on
screen untouched; an export never replaces the workbook it was computed from (issue 9.2); what is exported is what
the state holds — the ranking, and the Monte Carlo and portfolio results computed under its parameters (issue 10.4).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from evaluator.base.errors import EvaluatorError
from evaluator.base.file_checks import same_file
from evaluator.base.paths import sample_workbook
from evaluator.base.wording import counted
from evaluator.inputs.read import CSV_SUFFIXES, EXCEL_SUFFIXES
from evaluator.model.dataset import Dataset
from evaluator.model.import_choices import AUTOMATIC
from ui import settings
from ui.plain_text import inform, menu_text, message_box, plain_tooltip, warn
from ui.state import AppState
from ui.task_status import TaskStatus
from ui.workers import Task

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "FileActions", "Workbooks (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.tsv *.txt);;All files (*)"
)
#: The suffixes a dropped file may have to be opened.
READABLE = EXCEL_SUFFIXES | CSV_SUFFIXES


def load_dataset(path: str, progress=None, choices=None, remembered: dict[str, str] | None = None) -> Dataset:
    """Worker body for opening a workbook (imports the loader lazily, off the UI thread).

    ``choices`` are the import preview's (issue 8.7); without them, choices remembered for the workbook's layout in
    ``remembered`` (fingerprint → JSON, a snapshot of the settings) apply, and the dataset says so.
    """
    from evaluator.inputs.import_preview import remembered_choices
    from evaluator.inputs.load import load_read_workbook
    from evaluator.inputs.read import read_workbook

    if progress:
        progress(0.1, QCoreApplication.translate("FileActions", "Reading {name}…").format(name=Path(path).name))
    workbook = read_workbook(path, convention=choices.convention if choices else None)
    applied = choices
    if applied is None and remembered:
        applied = remembered_choices(workbook, remembered)
    return load_read_workbook(workbook, applied) if applied is not None else load_read_workbook(workbook)


def dropped_workbook(urls: list[QUrl]) -> str | None:
    """The first local file among ``urls`` the app can read, or None (drag and drop)."""
    for url in urls:
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in READABLE:
            return url.toLocalFile()
    return None


class FileActions(QObject):
    """File ▸ … for one window: ``loaded(path)``, ``load_failed(message)``, ``exported(path)`` when done."""

    loaded = Signal(str)
    load_failed = Signal(str)
    exported = Signal(str)

    def __init__(self, window: QWidget, state: AppState, tasks: TaskStatus) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.tasks = tasks
        self.import_preview: QDialog | None = None

    def _say(self, message: str, milliseconds: int) -> None:
        self.tasks.bar.showMessage(message, milliseconds)

    # -- opening ------------------------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        """Where a file dialog opens: the folder of the workbook opened last, or the current folder."""
        recent = settings.recent_files()
        return str(Path(recent[0]).parent) if recent else ""

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open projects workbook"), self._start_folder(), self.tr(OPEN_FILTER)
        )
        if path:
            self.open_path(path)

    def import_dialog(self, path: str | None = None) -> None:
        """Pick a workbook, preview its import, adjust the choices, then open it with them (issue 8.7)."""
        from evaluator.inputs.import_preview import automatic_fingerprint, open_for_preview, remembered_choices
        from ui.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import projects workbook"), self._start_folder(), self.tr(OPEN_FILTER)
            )
            if not path:
                return
        try:
            workbook = open_for_preview(path)
        except EvaluatorError as error:
            self.load_failed.emit(str(error))
            warn(self.window, self.tr("Cannot open workbook"), str(error))
            return
        fingerprint = automatic_fingerprint(workbook)
        start_with = remembered_choices(workbook, settings.remembered_imports())
        dialog = ImportDialog(workbook, start_with or AUTOMATIC, self.window)
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
        task = Task(partial(load_dataset, choices=choices, remembered=settings.remembered_imports()), path)
        self.tasks.run(
            task,
            self.tr("Opening {name}…").format(name=Path(path).name),
            finished=lambda dataset: self._loaded(task, dataset, path),
            failed=lambda message: self._load_failed(task, message, path),
            cancelled_message=self.tr("Opening cancelled."),
        )

    def _loaded(self, task: Task, dataset: Dataset, path: str) -> None:
        self.tasks.done(task, "")
        self.state.set_dataset(dataset, Path(path))
        if Path(path).resolve() != sample_workbook().resolve():
            settings.remember_file(path)
        self._say(self._opened_sentence(dataset, Path(path).name), 8000)
        self.loaded.emit(path)

    def _opened_sentence(self, dataset: Dataset, name: str) -> str:
        if len(dataset) == 0:
            message = self.tr("Opened {name}: no project could be loaded; see the import report.").format(name=name)
        elif dataset.issues:
            message = self.tr("Opened {name}: {projects}, {errors}, {warnings}.").format(
                name=name,
                projects=counted(len(dataset), "project"),
                errors=counted(dataset.error_count, "error"),
                warnings=counted(dataset.warning_count, "warning"),
            )
        else:
            message = self.tr("Opened {name}: {projects}.").format(name=name, projects=counted(len(dataset), "project"))
        if dataset.import_choices != AUTOMATIC:
            message += " " + self.tr("Import choices in force for this layout (File ▸ Import with preview… to change).")
        return message

    def _load_failed(self, task: Task, message: str, path: str) -> None:
        self.tasks.done(task, self.tr("Could not open {name}.").format(name=Path(path).name))
        self.load_failed.emit(message)
        warn(
            self.window,
            self.tr("Cannot open workbook"),
            self.tr("{message}\n\nThe data on screen has not changed.").format(message=message),
        )

    def fill_recent(self, menu: QMenu) -> None:
        """File ▸ Open recent: the workbooks opened last, newest first."""
        menu.clear()
        files = settings.recent_files()
        if not files:
            none = menu.addAction(self.tr("No recent workbooks"))
            none.setEnabled(False)
        for path in files:
            action = menu.addAction(menu_text(Path(path).name))
            action.setToolTip(plain_tooltip(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))

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
            inform(self.window, title, self.tr("There is no ranked project to export."))
            return
        dialog = ExportDialog(len(ranking), len(self.state.selected_ids), ranking.parameters.top_n, self.window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        path = self._export_target(title, ".pdf" if pdf else ".xlsx")
        if path is None:
            return
        selected = list(self.state.selected_ids) if dialog.use_selection else None
        self.export(path, top_n=dialog.count.value(), selected_ids=selected, pdf=pdf)

    def _export_target(self, title: str, suffix: str) -> str | None:
        """Ask where to write; None if the user gave up or named the workbook the data came from (issue 9.2)."""
        stem = self.state.source_path.stem if self.state.source_path else "shortlist"
        suggested = str(Path(self._start_folder()) / f"{stem}-shortlist{suffix}")  # Path("") / name is name
        kind = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, kind)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        source = self.state.source_path
        if source is not None and same_file(Path(path), source):  # the analyst's own workbook (issue 9.2)
            warn(
                self.window,
                title,
                self.tr(
                    "{name} is the workbook you opened: exporting there would replace it. Choose another name."
                ).format(name=Path(path).name),
            )
            return None
        return path

    def export(
        self, path: str, *, top_n: int | None = None, selected_ids: list[str] | None = None, pdf: bool = False
    ) -> None:
        """Write the committee workbook with chart images (or, with ``pdf``, the PDF pack) on a worker thread.

        The selection only picks the comparison chart's projects: nothing is drawn highlighted in the export. The
        Monte Carlo and portfolio results go in only when they were computed under the parameters in force.
        """
        ranking = self.state.ranking
        if ranking is None:
            return
        from ui.i18n import LANGUAGES, current_language

        compare = list(self.state.selected_ids)
        language = f"{LANGUAGES[current_language()]} ({current_language()})"
        robustness = self.state.robustness()
        portfolio = self.state.current_portfolio()

        def work(progress=None) -> str:
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
            from evaluator.outputs.chart_images import render_chart_images
            from evaluator.outputs.workbook_export import export_shortlist

            if progress:
                progress(0.2, self.tr("Drawing charts…"))
            images = render_chart_images(ranking, compare)
            if progress:
                progress(0.6, self.tr("Writing workbook…"))
            export_shortlist(ranking, path, images=images, **shared)
            return path

        task = Task(work)
        self.tasks.run(
            task,
            self.tr("Exporting to {name}…").format(name=Path(path).name),
            finished=lambda written: self._exported(task, written),
            failed=lambda message: self._export_failed(task, message),
            cancelled_message=self.tr("Export cancelled."),
        )

    def _exported(self, task: Task, path: str) -> None:
        self.tasks.done(task, self.tr("Exported {name}.").format(name=Path(path).name))
        self.exported.emit(path)
        if os.environ.get("REE_EVALUATOR_QUIET_DIALOGS"):
            return
        text = (
            self.tr("The committee pack PDF was written to:\n{path}")
            if path.lower().endswith(".pdf")
            else self.tr("The shortlist workbook was written to:\n{path}")
        )
        box = message_box(
            self.window, QMessageBox.Icon.Information, self.tr("Shortlist exported"), text.format(path=path)
        )
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _export_failed(self, task: Task, message: str) -> None:
        self.tasks.done(task, "")
        warn(
            self.window,
            self.tr("Export failed"),
            self.tr("{message}\n\nNo existing file was changed.").format(message=message),
        )

    # -- scenarios ----------------------------------------------------------------------------------------------

    def save_scenario(self) -> None:
        from evaluator.model.scenario import save_scenario

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save scenario"), "scenario.json", self.tr("Scenario (*.json)")
        )
        if not path:
            return
        try:
            save_scenario(self.state.parameters, path)
        except EvaluatorError as error:  # cannot be written, or a target refused (a folder, a device)
            warn(self.window, self.tr("Cannot save scenario"), str(error))
            return
        self._say(self.tr("Scenario saved to {name}.").format(name=Path(path).name), 5000)

    def open_scenario(self) -> None:
        from evaluator.model.scenario import load_scenario

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open scenario"), "", self.tr("Scenario (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            parameters = load_scenario(path)
        except EvaluatorError as error:  # not a scenario, or not a file the app reads
            warn(
                self.window,
                self.tr("Cannot open scenario"),
                self.tr("{error}\n\nThe current settings are unchanged.").format(error=error),
            )
            return
        self.state.set_parameters(parameters)
        self._say(self.tr("Scenario {name} applied.").format(name=Path(path).name), 5000)
