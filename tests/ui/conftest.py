"""Fixtures for driving the window as a person would: a fresh settings file, the sample workbook, helpers."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from ui_helpers import open_and_wait

from evaluator.base.paths import sample_workbook


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own QSettings file and no blocking confirmation boxes."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("REE_EVALUATOR_SETTINGS", str(path))
    monkeypatch.setenv("REE_EVALUATOR_QUIET_DIALOGS", "1")
    return path


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """The sample workbook copied to tmp_path (so recent-file lists and exports stay in the test's folder)."""
    target = tmp_path / "candidates.xlsx"
    shutil.copy(sample_workbook(), target)
    return target


@pytest.fixture(autouse=True)
def english(qapp):
    """Every test starts and ends in English (a translator is process-wide)."""
    from ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def window(qtbot):
    """A main window with its charts built, shown offscreen, nothing loaded yet."""
    from ui.main_window import MainWindow

    main = MainWindow()
    # The window fits itself to the screen it opens on (offscreen: 800×600); the tests' figures assume the default
    # size, which a real desktop gives.
    main.resize(1500, 920)
    qtbot.addWidget(main)
    main.show()
    main.build_charts()
    yield main
    main.cancel_task()


@pytest.fixture
def loaded(qtbot, window, sample_copy):
    """The window with the sample workbook loaded."""
    open_and_wait(qtbot, window, sample_copy)
    return window


@dataclass(frozen=True)
class ShownBox:
    """A message box as the user would have seen it: its texts and whether Qt shows them as plain text."""

    title: str
    text: str
    informative: str
    plain: bool


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[ShownBox]:
    """Every message box the app shows, recorded instead of run modally (all go through ``QMessageBox.exec``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    shown: list[ShownBox] = []

    def record(box: QMessageBox) -> int:
        informative = box.findChildren(QLabel, "qt_msgbox_informativelabel")
        plain = box.textFormat() == Qt.TextFormat.PlainText and all(
            label.textFormat() == Qt.TextFormat.PlainText for label in informative
        )
        shown.append(ShownBox(box.windowTitle(), box.text(), box.informativeText(), plain))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown
