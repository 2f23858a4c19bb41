"""Issue 9 in the window: the export dialog refuses the open workbook as its target (9.2)."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.dialogs import ExportDialog


def test_the_export_refuses_the_open_workbook_as_target(qtbot, loaded, sample_copy, monkeypatch) -> None:
    before = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    spelled = sample_copy.parent / "." / sample_copy.name  # another spelling of the same file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(spelled), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: ExportDialog.DialogCode.Accepted)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    exported: list[str] = []
    loaded.exported.connect(exported.append)
    loaded.export_action.trigger()
    qtbot.wait(200)
    assert exported == []
    assert len(warnings) == 1
    assert "is the workbook you opened" in warnings[0]
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == before
    assert loaded.state.dataset is not None  # the data on screen stays


class _Panic(BaseException):
    """What pyo3 raises for a Rust panic: a BaseException, not an Exception."""


def test_a_reader_panic_is_a_failed_load_not_a_stuck_status_bar(qtbot, loaded, sample_copy, monkeypatch) -> None:
    from ui import main_window

    def panics(path, progress=None, choices=None, remembered=None):
        raise _Panic("TimeDelta::milliseconds out of bounds")

    monkeypatch.setattr(main_window, "load_dataset", panics)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    before = loaded.state.dataset
    with qtbot.waitSignal(loaded.load_failed, timeout=10_000) as failed:
        loaded.open_path(str(sample_copy))
    assert "_Panic" in failed.args[0]
    qtbot.waitUntil(lambda: not loaded.cancel_button.isVisible())
    assert "Opening" not in loaded.statusBar().currentMessage()
    assert loaded.state.dataset is before  # the data on screen stays


def test_the_window_survives_a_workbook_that_used_to_abort_it(qtbot, loaded, tmp_path, monkeypatch) -> None:
    """9.1: a stray cell at XFD1048576 aborted the whole app (exit 134, the session lost); now it is one message."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Projects"
    book.active.append(["name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"])
    book.active["XFD1048576"] = "stray"
    path = tmp_path / "stray.xlsx"
    book.save(path)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    before = loaded.state.dataset
    with qtbot.waitSignal(loaded.load_failed, timeout=20_000) as failed:
        loaded.open_path(str(path))
    assert "reaches cell XFD1048576" in failed.args[0]
    assert loaded.state.dataset is before
