"""Helpers shared by the UI tests (a module of its own: two conftest.py files cannot both be imported by name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

LOAD_TIMEOUT_MS = 30_000


def open_and_wait(qtbot, window, path: Path | str) -> None:
    """Open a workbook the way File > Open does, and wait until it is in."""
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.open_path(str(path))


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click the middle of a row's Project cell, as a person selects a project."""
    from ui.models import COLUMN_INDEX

    index = table.model().index(row, COLUMN_INDEX["name"])
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_tab(qtbot, tabs, title: str) -> None:
    bar = tabs.tabBar()
    for i in range(tabs.count()):
        if tabs.tabText(i) == title:
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
            return
    raise AssertionError(f"no tab {title!r}")


def table_ids(window) -> list[str]:
    """Project IDs in the order the table shows them (after search and sort)."""
    proxy = window.proxy
    return [window.model.project_id(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]


def centre(widget) -> QPoint:
    return widget.rect().center()
