"""How the desktop app keeps up: re-rank + table refresh per control change, sorting, searching, chart redraws.

Offscreen, in one process, timed with ``time.perf_counter`` around the same calls a control or a header click makes
(``AppState.set_parameters`` → scoring, ranking table, model reset; ``RankingModel.sort``; the search filter;
``ChartView.redraw`` plus an actual ``canvas.draw()``). Sizes: the 30-project sample, ~300 projects (what the
issue calls "a few hundred") and 10,000 (smoothness). A frame at 60 Hz is 16.7 ms.

Each timed chart redraw follows a weight change, as after a slider move: the re-rank runs before the clock starts
(it is the slider column's cost), the chart has been drawn once before (the tab was on screen), and the time is
what the user waits for, the chart's update plus the canvas's rendering. The "full draw" columns time the same
with the chart drawn from scratch, what a new project set, a resize or a language change costs (issue 10.8).

Run: ``python bench/bench_ui.py`` (needs bench/data from bench_core.py for the 10k case; it generates it if missing).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REE_EVALUATOR_SETTINGS", str(Path(tempfile.mkdtemp()) / "settings.ini"))
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def median_ms(action, repeats: int = 15) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(app, dataset) -> list[float]:
    """Median milliseconds of: a weight change, a sort, a search keystroke, two chart redraws after a weight change
    (in place where the chart can), the same two drawn from scratch."""
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1500, 920)
    window.show()
    window.build_charts()
    window.state.set_dataset(dataset)
    app.processEvents()
    state = window.state
    weights = iter(range(10, 10_000))

    def move_slider() -> None:
        state.set_parameters(state.parameters.replace(weight_cost=float(next(weights) % 90 + 5)))

    def sort_lcop() -> None:
        window.model.sort(9, Qt.SortOrder.AscendingOrder)
        window.model.sort(0, Qt.SortOrder.AscendingOrder)

    def search() -> None:
        window.proxy.set_search("ja")
        window.proxy.set_search("")

    def redraw(key: str, *, full: bool = False, repeats: int = 9) -> float:
        """Median of ``repeats`` redraws of one chart, each after a weight change (not timed)."""
        view = window.charts.view(key)
        view.redraw(state)  # the tab was on screen before the slider moved
        view.canvas.draw()
        times = []
        for _ in range(repeats):
            move_slider()
            if full:
                view.figure.clear()  # nothing to update: what a new project set or a resize costs
            started = time.perf_counter()
            view.redraw(state)
            view.canvas.draw()
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    row = [median_ms(move_slider), median_ms(sort_lcop) / 2, median_ms(search) / 2, redraw("ranking"),
           redraw("cost_risk"), redraw("ranking", full=True), redraw("cost_risk", full=True)]  # fmt: skip
    window.close()
    window.deleteLater()
    app.processEvents()
    return row


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from evaluator.base.paths import sample_workbook
    from evaluator.inputs.load import load_workbook
    from evaluator.model.dataset import Dataset

    sample = load_workbook(sample_workbook())
    big_path = REPO / "bench" / "data" / "projects_10000_v1.xlsx"
    if not big_path.exists():
        import subprocess

        subprocess.run([sys.executable, str(REPO / "bench" / "bench_core.py"), "--sizes", "1000,10000",
                        "--skip-baseline", "--output", os.devnull], check=True)  # fmt: skip
    big = load_workbook(big_path)
    few_hundred = Dataset(
        projects=big.projects.iloc[:300].reset_index(drop=True), coverage=big.coverage[:300], countries=big.countries,
        elements=big.elements, currencies=big.currencies,
    )  # fmt: skip

    print("| projects | slider move: re-rank + table (ms) | sort by LCOP (ms) | search keystroke (ms) | "
          "ranking chart redraw (ms) | cost–risk chart redraw (ms) | ranking, full draw (ms) | "
          "cost–risk, full draw (ms) |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, dataset in (("30 (sample)", sample), ("300", few_hundred), ("10,000", big)):
        print(f"| {label} | " + " | ".join(f"{v:.1f}" for v in measure(app, dataset)) + " |")
    print("\nA 60 Hz frame is 16.7 ms. Charts redraw 40 ms after the last change of a burst (coalesced), on the "
          "visible tab only.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
