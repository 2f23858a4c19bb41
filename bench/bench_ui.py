"""How the desktop app keeps up: re-rank + table refresh per control change, sorting, searching, chart redraws.

Offscreen, in one process, timed with ``time.perf_counter`` around the same calls a control or a header click makes
(``AppState.set_parameters`` → scoring, ranking table, model reset; ``RankingModel.sort``; the search filter;
``ChartView.redraw`` plus an actual ``canvas.draw()``). Sizes: the 30-project sample, ~300 projects (what the
issue calls "a few hundred") and 10,000 (smoothness). A frame at 60 Hz is 16.7 ms.

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
    """Median milliseconds of: a weight change, a sort, a search keystroke, two chart redraws."""
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

    def redraw(key: str):
        view = window.charts.view(key)

        def run() -> None:
            view.redraw(state)
            view.canvas.draw()

        return run

    row = [median_ms(move_slider), median_ms(sort_lcop) / 2, median_ms(search) / 2,
           median_ms(redraw("ranking"), 5), median_ms(redraw("cost_risk"), 5)]  # fmt: skip
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
          "ranking chart redraw (ms) | cost–risk chart redraw (ms) |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|")
    for label, dataset in (("30 (sample)", sample), ("300", few_hundred), ("10,000", big)):
        print(f"| {label} | " + " | ".join(f"{v:.1f}" for v in measure(app, dataset)) + " |")
    print("\nA 60 Hz frame is 16.7 ms. Charts redraw 40 ms after the last change of a burst (coalesced), on the "
          "visible tab only.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
