"""Issue 8.7: the import preview dialog, alone and from the window, driven as an analyst would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog
from ui_helpers import open_and_wait

from evaluator.inputs.import_preview import open_for_preview
from evaluator.model.import_choices import ImportChoices
from tests.evaluator.helpers import HEADER, row, rows, write_xlsx
from ui.import_dialog import ImportDialog

COVER = [["Rare-earth pipeline"], ["Confidential"]]


@pytest.fixture
def analyst_workbook(tmp_path):
    """A cover sheet first, then the projects with a column the aliases do not know."""
    return write_xlsx(
        tmp_path,
        [*HEADER, "Mine of origin"],
        [[*row("A"), "Brazil"], [*row("B"), "Madagascar"]],
        sheet="Pipeline",
        extra_sheets={"Cover": COVER},
        extra_first=True,
        name="pipeline.xlsx",
    )


def _combo_for(dialog: ImportDialog, header: str) -> QComboBox:
    for r in range(dialog.columns.rowCount()):
        if dialog.columns.item(r, 1).text() == header:
            return dialog.columns.cellWidget(r, 2)
    raise AssertionError(f"no row for {header}")


def test_the_dialog_shows_the_sheet_and_header_it_found(qtbot, analyst_workbook) -> None:
    dialog = ImportDialog(open_for_preview(analyst_workbook))
    qtbot.addWidget(dialog)
    assert "'Pipeline'" in dialog.status.text()
    assert "row 1" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    assert dialog.rows.item(0, 0).font().bold()  # the header row stands out
    assert _combo_for(dialog, "Mine of origin").currentData() == ""  # not used, until mapped
    assert _combo_for(dialog, "capex_musd").currentData() == "capex_musd"


def test_mapping_a_column_in_the_dialog_sets_the_choice(qtbot, analyst_workbook) -> None:
    dialog = ImportDialog(open_for_preview(analyst_workbook))
    qtbot.addWidget(dialog)
    combo = _combo_for(dialog, "Mine of origin")
    with qtbot.waitSignal(dialog.previewed):
        combo.setCurrentIndex(combo.findData("feed_country"))
    assert dialog.choices().columns == {"Mine of origin": "feed_country"}
    unmapped = _combo_for(dialog, "capex_musd")
    with qtbot.waitSignal(dialog.previewed) as shown:
        unmapped.setCurrentIndex(unmapped.findData(""))
    assert dialog.choices().columns["capex_musd"] == "ignore"
    assert "capex_musd" in shown.args[0].problem
    assert not dialog.import_button.isEnabled()  # a required column is no longer read
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.choices() == ImportChoices()
    assert dialog.import_button.isEnabled()


def test_choosing_a_sheet_without_a_header_disables_import(qtbot, analyst_workbook) -> None:
    dialog = ImportDialog(open_for_preview(analyst_workbook))
    qtbot.addWidget(dialog)
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("Cover"))
    assert dialog.choices().sheet == "Cover"
    assert "No header row" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    dialog.header_row.setValue(1)
    assert dialog.choices().header_row == 1


def test_import_with_preview_opens_the_workbook_with_the_choices_and_remembers_them(
    qtbot, window, analyst_workbook, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(analyst_workbook), ""))

    def map_and_import() -> None:
        dialog = window.files.import_preview
        combo = _combo_for(dialog, "Mine of origin")
        combo.setCurrentIndex(combo.findData("feed_country"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, map_and_import)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.import_action.trigger()
    projects = window.state.dataset.projects
    assert list(projects["feed_country_iso3"]) == ["BRA", "MDG"]
    assert "Import choices in force" in window.statusBar().currentMessage()
    # A new version of the same workbook opened the plain way gets the same reading.
    newer = write_xlsx(
        tmp_path,
        [*HEADER, "Mine of origin"],
        [[*row("C"), "Canada"]],
        sheet="Pipeline",
        extra_sheets={"Cover": COVER},
        extra_first=True,
        name="pipeline-v2.xlsx",
    )
    open_and_wait(qtbot, window, newer)
    assert list(window.state.dataset.projects["feed_country_iso3"]) == ["CAN"]


def test_cancelling_the_preview_opens_nothing(qtbot, window, analyst_workbook, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(analyst_workbook), ""))
    QTimer.singleShot(0, lambda: window.files.import_preview.reject())  # noqa: PLW0108 - the dialog does not exist yet
    window.import_action.trigger()
    assert window.state.dataset is None
    assert window.files.import_preview.result() == QDialog.DialogCode.Rejected


def test_the_hidden_rows_choice_names_them(qtbot, tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, rows("A", "B"), hidden_rows=[3], name="hidden.xlsx")
    dialog = ImportDialog(open_for_preview(path))
    qtbot.addWidget(dialog)
    assert dialog.hidden.isEnabled()
    assert "1 hidden rows (3)" in dialog.hidden.text()
    dialog.hidden.setChecked(True)
    assert dialog.choices().include_hidden_rows
