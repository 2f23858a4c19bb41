"""What the app remembers and restores: scenarios, recent files, window layout; help pages; the error handler."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import open_and_wait

from evaluator.model.parameters import Parameters
from evaluator.model.scenario import load_scenario


def test_scenario_round_trip_through_the_menus(qtbot, loaded, tmp_path: Path, monkeypatch) -> None:
    loaded.controls.method.setCurrentIndex(loaded.controls.method.findData("topsis"))
    loaded.controls.fields["discount_rate"].setValue(10.0)
    loaded.controls.max_risk_on.setChecked(True)
    loaded.controls.max_risk.setValue(45)
    wanted = loaded.state.parameters
    assert (wanted.method, wanted.discount_rate, wanted.max_risk) == ("topsis", pytest.approx(0.10), 45.0)

    target = tmp_path / "committee-view.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    loaded.files.save_scenario()
    assert load_scenario(target) == wanted

    loaded.controls.reset_button.click()
    assert loaded.state.parameters == Parameters()
    assert loaded.controls.method.currentData() == "wsm"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    loaded.files.open_scenario()
    assert loaded.state.parameters == wanted
    assert loaded.controls.method.currentData() == "topsis"
    assert loaded.controls.fields["discount_rate"].value() == pytest.approx(10.0)
    assert loaded.controls.max_risk_on.isChecked()
    assert loaded.controls.max_risk.value() == 45


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"format": "something-else"}', "not a scenario file"),
        ('{"format": "ree-evaluator-scenario", "version": 99, "parameters": {}}', "version 99 is not supported"),
        (
            '{"format": "ree-evaluator-scenario", "version": 1, "parameters": {"discount_rate": "lots"}}',
            "invalid value",
        ),
        (
            '{"format": "ree-evaluator-scenario", "version": 1, "parameters": {"evil": "__import__(\'os\')"}}',
            "'evil' is not a parameter",
        ),
    ],
)
def test_a_bad_scenario_is_refused_and_nothing_changes(
    qtbot, loaded, tmp_path, monkeypatch, message_boxes, content, message
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = loaded.state.parameters
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    loaded.files.open_scenario()
    assert len(message_boxes) == 1
    assert message in message_boxes[0].text
    assert loaded.state.parameters is before


def test_recent_files_last_scenario_and_layout_persist(qtbot, window, sample_copy, isolated_settings) -> None:
    open_and_wait(qtbot, window, sample_copy)
    window.controls.weight_rows["coverage"].spin.setValue(50)
    weights = window.state.parameters.weights()
    window.table.setColumnHidden(3, True)
    window.close()
    stored = isolated_settings.read_text(encoding="utf-8")
    assert "candidates.xlsx" in stored

    from ui.main_window import MainWindow
    from ui.settings import last_scenario, recent_files

    assert recent_files() == [str(sample_copy)]
    assert last_scenario().weights() == pytest.approx(weights)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(3)
    again.recent_menu.aboutToShow.emit()
    action = next(a for a in again.recent_menu.actions() if a.text() == "candidates.xlsx")
    with qtbot.waitSignal(again.loaded, timeout=30_000):
        action.trigger()
    assert again.proxy.rowCount() == 30


def test_cancelling_a_load_keeps_what_is_shown(qtbot, loaded, tmp_path: Path) -> None:
    before = loaded.state.dataset
    loaded.open_path(str(tmp_path / "does-not-matter.xlsx"))
    task = loaded.tasks.task
    assert loaded.cancel_button.isVisible()
    qtbot.mouseClick(loaded.cancel_button, Qt.MouseButton.LeftButton)
    assert not loaded.cancel_button.isVisible()
    assert loaded.statusBar().currentMessage() == "Cancelled."
    qtbot.waitUntil(task.done.is_set, timeout=10_000)  # the worker has reported (its signals are queued)...
    QCoreApplication.processEvents()  # ...and its report has been delivered, and ignored
    assert loaded.state.dataset is before
    assert loaded.statusBar().currentMessage() == "Cancelled."


def test_methodology_page_is_the_spec_with_current_parameters(qtbot, loaded, monkeypatch) -> None:
    from ui.dialogs import TextDialog

    shown: list[str] = []
    monkeypatch.setattr(TextDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    loaded.controls.fields["discount_rate"].setValue(12.0)
    loaded.show_methodology()
    text = shown[0]
    spec = (Path(__file__).resolve().parents[2] / "docs" / "METHOD.md").read_text(encoding="utf-8")
    assert "Cost-to-value ratio" in text
    assert spec.splitlines()[0].lstrip("# ") in text
    assert "Parameters in use now" in text
    assert "0.12" in text
    loaded.show_about()
    assert "Worldwide Governance Indicators" in shown[1]


def test_unhandled_exception_shows_a_dialog_and_is_logged(qtbot, loaded, message_boxes, tmp_path, caplog) -> None:
    from ui import errors

    errors.install_excepthook(loaded)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="ree_evaluator"):
            sys.excepthook(*sys.exc_info())
    assert [box.text for box in message_boxes] == [
        "Something went wrong: a bug in a slot.\nYour data is unchanged; you can keep working."
    ]
    assert message_boxes[0].plain
    assert "RuntimeError: a bug in a slot" in caplog.text
    assert loaded.isVisible()
    sys.excepthook = sys.__excepthook__


@pytest.mark.parametrize("module", ["ui", "ui.launch"])
def test_startup_probe_reports_first_paint(tmp_path, module) -> None:
    """``python -m ui`` and ``ree-evaluator`` without arguments (``python -m ui.launch``) open the window: it
    paints and, with the probe, quits by itself, reporting the time to first paint."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "REE_EVALUATOR_STARTUP_PROBE": "1",
        "REE_EVALUATOR_SETTINGS": str(tmp_path / "s.ini"),
    }
    import os

    result = subprocess.run(
        [sys.executable, "-m", module],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("first-paint "))
    assert float(line.split()[1]) > 0


def test_json_settings_value_is_a_scenario_document(isolated_settings) -> None:
    from ui.settings import app_settings, save_last_scenario

    save_last_scenario(Parameters(method="topsis"))
    document = json.loads(app_settings().value("scenario/last"))
    assert document["format"] == "ree-evaluator-scenario"
    assert document["parameters"]["method"] == "topsis"


def test_self_test_passes_from_source(tmp_path) -> None:
    """``ree-evaluator --self-test``: window, re-rank, charts, robustness, export, all checked, exit 0."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REE_EVALUATOR_SETTINGS": str(tmp_path / "s.ini")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("ok", "FAIL"))]
    assert len(lines) == 6
    assert all(line.startswith("ok") for line in lines)
    assert "Self-test passed" in result.stdout
