"""Issue 8.12: Ctrl+E with the focus in a spin box, in a real X session.

Qt gives line edits emacs-style bindings under X11 (Ctrl+E: end of line) but not on the offscreen platform the rest
of the suite uses, so only a real X server shows the defect: this test starts one (Xvfb, installed by
``scripts/install.sh``) and drives the window there, in a child process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import os, sys
sys.path.insert(0, os.getcwd())
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
window = MainWindow()
hits = []
window.export_action.triggered.disconnect()
window.export_action.triggered.connect(lambda *_: hits.append("export"))
window.export_action.setEnabled(True)
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
if not QTest.qWaitForWindowActive(window):
    print("NOT-ACTIVE"); sys.exit(4)
window.build_charts()
from PySide6.QtWidgets import QAbstractSpinBox
chart_spin = window.charts.portfolio.findChildren(QAbstractSpinBox)[0]  # built after the window, with the charts
window.charts.setCurrentWidget(window.charts.portfolio)
window.controls.tabs.setCurrentIndex(2)
for editor in (window.controls.fields["discount_rate"], window.search, chart_spin):
    editor.setFocus()
    app.processEvents()
    target = editor.lineEdit() if hasattr(editor, "lineEdit") else editor
    QTest.keyClick(target, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
print("HITS", len(hits), app.platformName())
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/install.sh installs it)"
)
def test_ctrl_e_exports_with_the_focus_in_a_spin_box_under_x11(tmp_path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = os.environ | {
        "QT_QPA_PLATFORM": "xcb",
        "REE_EVALUATOR_SETTINGS": str(tmp_path / "settings.ini"),
        "REE_EVALUATOR_QUIET_DIALOGS": "1",
    }
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(probe)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "NOT-ACTIVE" in done.stdout:
        pytest.skip("the X server gave the window no focus")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "HITS 3 xcb" in done.stdout, done.stdout + done.stderr[-2000:]
