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
