"""Render the main window on the sample workbook, offscreen, to a PNG (for the README and for looking at the UI).

Usage: python scripts/screenshot.py [OUT.png] [--tab N] [--select N] [--width W --height H]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REE_EVALUATOR_SETTINGS", str(Path(tempfile.mkdtemp()) / "settings.ini"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--tab", type=int, default=0, help="chart tab to show (0 ranking … 3 comparison)")
    parser.add_argument("--select", default="2", help="rank positions to select, comma-separated (0-based)")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--issues", action="store_true", help="show the import report")
    parser.add_argument("--language", default="en", help="UI language: en or ja")
    parser.add_argument(
        "--controls-tab", type=int, default=0, help="left panel tab (0 weights, 1 filters, 2 parameters)"
    )
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install(args.language)
    window = MainWindow()
    window.resize(args.width, args.height)
    window.show()
    window.build_charts()
    window.open_sample()

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    deadline = time.monotonic() + 30
    while window.state.ranking is None and time.monotonic() < deadline:
        settle(0.05)
    ids = [window.model.project_id(int(p)) for p in args.select.split(",") if p.strip()]
    window.state.select(ids)
    window.charts.setCurrentIndex(args.tab)
    window.controls.tabs.setCurrentIndex(args.controls_tab)
    if args.issues:
        window.show_issues()
    settle(1.0)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
