"""Keyboard-only use of the main flows, and names for assistive technology on every control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from ui_helpers import table_ids

from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import score


def test_keyboard_only_search_select_reweight_and_switch_charts(qtbot, loaded) -> None:
    loaded.activateWindow()
    qtbot.keyClick(loaded, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert loaded.search.hasFocus()
    qtbot.keyClicks(loaded.search, "japan")
    qtbot.keyClick(loaded.search, Qt.Key.Key_Return)
    assert loaded.table.hasFocus()
    first_japanese = table_ids(loaded)[0]
    assert loaded.state.selected_ids == [first_japanese]
    qtbot.keyClick(loaded.table, Qt.Key.Key_Down)
    assert loaded.state.selected_ids == [table_ids(loaded)[1]]
    loaded.search.clear()

    spin = loaded.controls.weight_rows["risk"].spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "70")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    weights = loaded.state.parameters
    assert round(weights.weight_risk) == 70
    expected = score(loaded.state.dataset, Parameters(weight_cost=weights.weight_cost, weight_risk=weights.weight_risk,
                                                      weight_coverage=weights.weight_coverage))  # fmt: skip
    assert table_ids(loaded) == expected.table["project_id"].tolist()

    start = loaded.charts.currentIndex()
    qtbot.keyClick(loaded, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert loaded.charts.currentIndex() == (start + 1) % loaded.charts.count()
    qtbot.keyClick(loaded, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert loaded.table.hasFocus()


def test_every_control_has_a_name(loaded) -> None:
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit, QAbstractItemView)
    unnamed = []
    for widget in loaded.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView | QScrollBar):
            continue  # headers and scroll bars are parts of a named view, not controls of their own
        if not widget.isVisibleTo(loaded):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        label = widget.accessibleName() or text or widget.toolTip()
        if not label.strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    assert unnamed == []


def test_a_high_contrast_palette_reaches_the_widgets(qtbot, loaded) -> None:
    """No stylesheet pins colours: the table and panels take the system's (here high-contrast) palette."""
    app = QApplication.instance()
    original = app.palette()
    contrast = QPalette()
    colours = {
        QPalette.ColorRole.Window: "black",
        QPalette.ColorRole.WindowText: "white",
        QPalette.ColorRole.Base: "black",
        QPalette.ColorRole.Text: "yellow",
        QPalette.ColorRole.Highlight: "cyan",
        QPalette.ColorRole.HighlightedText: "black",
    }
    for role, colour in colours.items():
        contrast.setColor(role, QColor(colour))
    try:
        app.setPalette(contrast)
        qtbot.wait(50)
        assert loaded.table.palette().color(QPalette.ColorRole.Text) == QColor("yellow")
        assert loaded.detail.palette().color(QPalette.ColorRole.Base) == QColor("black")
        assert loaded.controls.palette().color(QPalette.ColorRole.WindowText) == QColor("white")
        assert not any(w.styleSheet() for w in loaded.findChildren(QWidget))
    finally:
        app.setPalette(original)
