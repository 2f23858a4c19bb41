"""``--self-test``: prove an installation works, headless, in well under a minute.

Opens the main window offscreen on the bundled sample workbook (through the same background loader a user
triggers), re-ranks with changed weights and checks rank 1 against the core, draws every chart, runs a small Monte
Carlo and a portfolio, writes an export to a temporary folder and reads it back. Prints one line per step; exit
status 0 when every step passed, 1 with the failing step's message otherwise. The frozen bundle runs the same code,
so CI can check what a user would install.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

STEP_TIMEOUT_S = 60.0


class SelfTestError(AssertionError):
    """A self-test step found something wrong."""


def run(out=sys.stdout) -> int:
    """Run every step; return the process exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="ree-evaluator-self-test-"))
    os.environ["REE_EVALUATOR_SETTINGS"] = str(workdir / "settings.ini")  # never touch the user's settings
    os.environ["REE_EVALUATOR_QUIET_DIALOGS"] = "1"
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    checks = _Checks(app, workdir)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("open the sample workbook", checks.open_sample),
        ("re-rank with changed weights", checks.rerank),
        ("draw every chart", checks.charts),
        ("run Monte Carlo and the portfolio", checks.robustness),
        ("export and read the workbook back", checks.export),
        ("load the Japanese translation", checks.translation),
    ]
    for name, step in steps:
        try:
            detail = step()
        except Exception as error:  # report any failure as the step's result, never a bare traceback
            print(f"FAIL  {name}: {error}", file=out)
            if not isinstance(error, SelfTestError):
                traceback.print_exc(file=out)
            return 1
        print(f"ok    {name}: {detail}", file=out)
    print(f"Self-test passed in {time.perf_counter() - started:.1f} s.", file=out)
    checks.window.close()
    return 0


class _Checks:
    def __init__(self, app, workdir: Path) -> None:
        from ui.i18n import use_readable_locale
        from ui.main_window import MainWindow

        use_readable_locale()
        self.app = app
        self.workdir = workdir
        self.messages: list[str] = []
        self._no_modal_boxes()
        self.window = MainWindow()
        self.window.resize(1400, 900)
        self.window.show()
        self.window.build_charts()

    def _no_modal_boxes(self) -> None:
        """Message boxes become records: a modal box runs its own event loop, which nobody closes in a self-test
        (a failed load once hung the frozen build here until CI's limit); the waiting step reports it instead."""
        from PySide6.QtWidgets import QMessageBox

        def record(_parent, title, text, *_args, **_kwargs):
            self.messages.append(f"{title}: {text}")
            return QMessageBox.StandardButton.Ok

        for name in ("warning", "information", "critical", "question"):
            setattr(QMessageBox, name, staticmethod(record))
        QMessageBox.exec = lambda box: record(None, box.windowTitle(), box.text())  # type: ignore[method-assign]

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while not condition():
            if self.messages:
                raise SelfTestError(f"while waiting for {what} the app said: {self.messages[-1]}")
            if time.monotonic() > deadline:
                raise SelfTestError(f"timed out waiting for {what}")
            self.app.processEvents()
            time.sleep(0.01)

    def open_sample(self) -> str:
        from evaluator.base.paths import sample_workbook
        from evaluator.inputs.load import load_workbook

        window = self.window
        window.open_sample()
        self.wait_for(lambda: window.state.ranking is not None, "the sample to load")
        expected = len(load_workbook(sample_workbook()))
        shown = window.proxy.rowCount()
        _require(shown == expected and expected >= 20, f"table shows {shown} rows, the workbook holds {expected}")
        return f"{shown} projects ranked"

    def rerank(self) -> str:
        from evaluator.scoring.ranking import score

        window = self.window
        before = window.model.project_id(0)
        window.controls.weight_rows["cost"].spin.setValue(80)
        parameters = window.state.parameters
        expected = score(window.state.dataset, parameters).table["project_id"].iloc[0]
        now = window.model.project_id(0)
        _require(now == expected, f"rank 1 is {now}, the core says {expected}")
        return f"rank 1 {before} → {now} at cost weight 80 %"

    def charts(self) -> str:
        charts = self.window.charts
        drawn = []
        for index, view in enumerate(charts.views):
            charts.setCurrentIndex(index)
            self.wait_for(lambda v=view: not v.stale and v.draw_count > 0, f"the {view.spec.title} chart")
            view.canvas.draw()
            _require(bool(view.figure.axes), f"the {view.spec.title} chart is empty")
            drawn.append(view.spec.title)
        return ", ".join(drawn)

    def robustness(self) -> str:
        charts = self.window.charts
        mc, portfolio = charts.monte_carlo, charts.portfolio
        mc.samples.setValue(500)
        mc.run_button.click()
        self.wait_for(lambda: mc.result is not None, "Monte Carlo")
        portfolio.run_button.click()
        self.wait_for(lambda: portfolio.result is not None, "the portfolio")
        _require(portfolio.result.status == "optimal", f"portfolio status {portfolio.result.status}")
        return f"{mc.result.samples} samples; portfolio of {len(portfolio.result.selected)} projects"

    def export(self) -> str:
        import openpyxl

        target = self.workdir / "self-test-shortlist.xlsx"
        exported: list[str] = []
        self.window.exported.connect(exported.append)
        self.window.export(str(target), top_n=5)
        self.wait_for(lambda: bool(exported), "the export")
        book = openpyxl.load_workbook(target)
        wanted = {"Shortlist", "All projects", "Element coverage", "Sensitivity", "Portfolio", "Import issues",
                  "Assumptions", "Charts"}  # fmt: skip
        missing = wanted - set(book.sheetnames)
        _require(not missing, f"the export lacks {', '.join(sorted(missing))}")
        rows = [r for r in book["Shortlist"].iter_rows(min_row=5, values_only=True) if isinstance(r[0], int)]
        first = self.window.model.project_id(0)
        _require(len(rows) == 5 and rows[0][1] == first, f"shortlist rows {[r[1] for r in rows]}")
        _require(len(book["Charts"]._images) == 4, "the Charts sheet lacks images")
        return f"{target.name}: {len(book.sheetnames)} sheets, shortlist of 5 led by {first}"

    def translation(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from ui import i18n

        try:
            _require(i18n.install("ja") == "ja", "the Japanese catalogue did not load")
            menu = QCoreApplication.translate("MainWindow", "&File")
            _require(menu == "ファイル(&F)", f"File menu translates to {menu!r}")
        finally:
            i18n.install("en")
        return f"File → {menu}"


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)
