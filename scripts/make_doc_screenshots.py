"""Render the pictures of docs/user-guide.md into docs/images/ by driving the desktop app offscreen.

The window is 1500×920 (as on a laptop), uses a throw-away settings file, and shows the bundled sample workbook;
the import-report picture uses a copy of the sample with a few mistakes written into it. Chart pictures are taken
with the chart pane enlarged, so their text is readable in the guide.

Usage: python scripts/make_doc_screenshots.py [--out docs/images] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

_SCRATCH = Path(tempfile.mkdtemp(prefix="ree-doc-shots-"))  # settings file and the broken workbook
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["REE_EVALUATOR_SETTINGS"] = str(_SCRATCH / "settings.ini")
os.environ["REE_EVALUATOR_QUIET_DIALOGS"] = "1"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1500, 920
# Charts on hidden tabs may be laid out while their pane is tiny; matplotlib says so, harmlessly.
warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
TIMEOUT_S = 60.0

#: Mistakes written into a copy of the sample for the import-report picture: (cell, value, what it shows).
BROKEN_CELLS: tuple[tuple[str, object, str], ...] = (
    ("D7", "Atlantis", "error: not a recognised country"),
    ("G9", "1,5", "error: ambiguous number"),
    ("H11", -250, "error: negative capex"),
    ("A13", "SEP-AUS-1", "error: duplicate project_id"),
    ("F15", "maybe", "warning: unknown stage"),
    ("K17", "Nd, Pr, Unobtainium", "warning: unknown element"),
    ("L20", 9999, "warning: capex_low above base"),
    ("P22", 1890, "warning: not a plausible year"),
)


class Shooter:
    """The app, one main window, and helpers to set it up and photograph parts of it."""

    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        from ui.i18n import use_readable_locale
        from ui.main_window import MainWindow

        use_readable_locale()
        self.out = out
        self.window = MainWindow()
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()
        self.window.build_charts()
        self.settle(0.3)
        self.written: list[Path] = []

    # -- waiting ------------------------------------------------------------------------------------------------

    def settle(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait(self, done: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not done():
            if time.monotonic() > deadline:
                raise SystemExit(f"make_doc_screenshots: timed out waiting for {what}.")
            self.settle(0.05)

    # -- setting up ---------------------------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Open a workbook as File › Open does, and wait until it is ranked."""
        events: list[tuple[str, str]] = []
        self.window.loaded.connect(lambda opened: events.append(("loaded", opened)))
        self.window.load_failed.connect(lambda message: events.append(("failed", message)))
        self.window.open_path(str(path))
        self.wait(lambda: bool(events), f"{path.name} to load")
        kind, detail = events[0]
        if kind == "failed":
            raise SystemExit(f"make_doc_screenshots: {path.name} did not open: {detail}")
        self.settle(0.3)

    def parameters(self, **changes: object) -> None:
        """Apply parameter changes from the defaults (as the panel or a scenario would)."""
        from evaluator.model.parameters import Parameters

        self.window.state.set_parameters(Parameters().replace(**changes))
        self.settle(0.2)

    def select_ranks(self, *ranks: int) -> None:
        """Select projects by rank (1 = best), as ctrl-clicking their rows does."""
        table = self.window.state.ranking.table
        ids = [str(table["project_id"].iloc[r - 1]) for r in ranks]
        self.window.state.select(ids)
        self.settle(0.2)

    def chart_tab(self, title: str) -> None:
        self._tab(self.window.charts, title)

    def controls_tab(self, title: str) -> None:
        self._tab(self.window.controls.tabs, title)

    def _tab(self, tabs, title: str) -> None:
        for index in range(tabs.count()):
            if tabs.tabText(index) == title:
                tabs.setCurrentIndex(index)
                self.settle(0.3)
                return
        raise SystemExit(f"make_doc_screenshots: no tab titled {title!r}.")

    def layout(self, *, table: int, lower: int, charts: int, detail: int) -> None:
        """Split the window's central area: table above, charts and detail below (sizes in pixels)."""
        self.window.splitter.setSizes([table, lower])
        self.window.lower.setSizes([charts, detail])
        self.settle(0.6)  # charts redraw once a resize settles

    def default_layout(self) -> None:
        self.layout(table=330, lower=470, charts=680, detail=420)

    # -- photographing ------------------------------------------------------------------------------------------

    def save(self, widget, name: str) -> None:
        self.settle(0.8)
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"make_doc_screenshots: could not write {path}.")
        self.written.append(path)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


# ---------------------------------------------------------------------------------------------------- pictures


def main_window(shot: Shooter) -> None:
    shot.parameters()
    shot.controls_tab("Weights")
    shot.chart_tab("Ranking")
    shot.default_layout()
    shot.select_ranks(3)
    shot.save(shot.window, "main-window")


def detail(shot: Shooter) -> None:
    shot.parameters()
    shot.select_ranks(3)
    shot.window.resize(WIDTH, 1040)  # tall enough for the whole explanation without scrolling
    shot.layout(table=150, lower=800, charts=600, detail=620)
    shot.save(shot.window.detail, "project-detail")
    shot.window.resize(WIDTH, HEIGHT)
    shot.default_layout()


def chart(title: str, name: str, *ranks: int) -> Callable[[Shooter], None]:
    def take(shot: Shooter) -> None:
        shot.parameters()
        shot.select_ranks(*ranks)
        shot.chart_tab(title)
        shot.layout(table=120, lower=680, charts=1150, detail=30)
        shot.save(shot.window.charts, name)

    return take


def monte_carlo(shot: Shooter) -> None:
    shot.parameters()
    shot.select_ranks(1, 2)
    shot.chart_tab("Monte Carlo")
    shot.layout(table=120, lower=680, charts=1150, detail=30)
    view = shot.window.charts.monte_carlo
    view.result = None
    view.run_button.click()
    shot.wait(lambda: view.result is not None and view.task is None, "Monte Carlo to finish")
    shot.save(shot.window.charts, "monte-carlo")


def portfolio(shot: Shooter) -> None:
    # The guide's example: China (the dominant supplier) left out, USD 1.5 bn, four projects, one per country,
    # Nd, Pr, Dy and Tb each produced in at least two countries.
    shot.parameters(
        exclude_countries=frozenset({"CHN"}),
        portfolio_budget_musd=1500.0,
        portfolio_max_projects=4,
        portfolio_per_country=1,
        portfolio_min_countries=2,
    )
    shot.select_ranks(3)
    shot.chart_tab("Portfolio")
    shot.layout(table=120, lower=680, charts=1150, detail=30)
    view = shot.window.charts.portfolio
    view.views.setCurrentIndex(0)
    view.result = None
    view.run_button.click()
    shot.wait(lambda: view.result is not None and view.task is None, "the portfolio to be solved")
    shot.save(shot.window.charts, "portfolio")
    view.views.setCurrentIndex(1)
    shot.layout(table=480, lower=320, charts=1150, detail=30)
    shot.save(shot.window.charts, "portfolio-projects")
    shot.default_layout()
    view.views.setCurrentIndex(0)


def filters(shot: Shooter) -> None:
    shot.parameters()
    shot.select_ranks(1)
    shot.default_layout()
    shot.chart_tab("Cost vs risk")
    shot.controls_tab("Filters")
    state = shot.window.state
    # One change, as a person ticking boxes would make it: risk at most 30, no concept- or scoping-stage projects.
    later_stages = frozenset({"pfs", "dfs", "construction", "commissioning", "operating"})
    state.set_parameters(state.parameters.replace(max_risk=30.0, stages=later_stages))
    shot.settle(0.3)
    shot.save(shot.window, "filters")


def import_report(shot: Shooter) -> None:
    from openpyxl import load_workbook

    from evaluator.base.paths import sample_workbook

    broken = _SCRATCH / "candidates-with-mistakes.xlsx"
    workbook = load_workbook(sample_workbook())
    sheet = workbook["Projects"]
    for cell, value, _what in BROKEN_CELLS:
        sheet[cell] = value
    workbook.save(broken)
    shot.parameters()
    shot.open(broken)
    shot.controls_tab("Weights")
    shot.chart_tab("Ranking")
    shot.default_layout()
    shot.window.show_issues()
    shot.window.resizeDocks([shot.window.issues_dock], [300], _vertical())
    shot.settle(0.3)
    # Click the stage warning, as a person would: the table selects that project.
    model = shot.window.issues_model
    for row in range(model.rowCount()):
        issue = model.issue(row)
        if issue.column == "stage":
            index = model.index(row, 0)
            shot.window.issues.selectRow(row)
            shot.window.issues.clicked.emit(index)
            break
    shot.save(shot.window, "import-report")
    shot.window.issues_dock.hide()


def _vertical():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


PICTURES: dict[str, Callable[[Shooter], None]] = {
    "main-window": main_window,
    "project-detail": detail,
    "cost-vs-risk": chart("Cost vs risk", "cost-vs-risk", 1, 2, 6),
    "element-coverage": chart("Element coverage", "element-coverage", 3),
    "comparison": chart("Comparison", "comparison", 1, 2, 3, 6),
    "weight-sweep": chart("Weight sweep", "weight-sweep", 1),
    "monte-carlo": monte_carlo,
    "portfolio": portfolio,
    "filters": filters,
    "import-report": import_report,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="folder for the PNG files")
    parser.add_argument("--only", nargs="+", choices=sorted(PICTURES), metavar="NAME", help="take only these")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from evaluator.base.paths import sample_workbook

    shot = Shooter(args.out.resolve())
    shot.open(sample_workbook())
    wanted = args.only or list(PICTURES)
    # The import report needs another workbook: take it last so every other picture shows the sample.
    for name in sorted(wanted, key=lambda n: n == "import-report"):
        PICTURES[name](shot)
    print(f"{len(shot.written)} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
