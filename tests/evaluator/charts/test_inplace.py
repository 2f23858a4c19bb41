"""In-place chart updates (issue 10.8): an update followed by its repaint gives the very image a full draw gives.

Each test draws inputs A on a figure and renders it, updates the figure to inputs B in place and renders only what
the update says changed, then compares the RGBA buffer with a fresh full draw of B at the same size: pixel for
pixel, no tolerance (the update lays out and renders exactly as a full draw does). The fallback cases check that
the update declines (None) where only a full draw is right, and that the full draw then still is.
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from evaluator.base.paths import sample_workbook
from evaluator.charts.catalogue import CHARTS, ChartEntry, ChartInputs
from evaluator.charts.inplace import EVERYTHING, repaint
from evaluator.inputs.load import load_workbook
from evaluator.model.dataset import Dataset
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import V1, make_dataset, project

RANKING = next(entry for entry in CHARTS if entry.key == "ranking")
COST_RISK = next(entry for entry in CHARTS if entry.key == "cost_risk")
SIZES = [(10.0, 6.5, 100.0), (7.9, 4.0, 100.0), (6.0, 4.5, 200.0)]


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return load_workbook(sample_workbook())


def figure(size: tuple[float, float, float]) -> tuple[Figure, FigureCanvasAgg]:
    fig = Figure(figsize=size[:2], dpi=size[2], layout="constrained")
    return fig, FigureCanvasAgg(fig)


def full_draw(entry: ChartEntry, inputs: ChartInputs, size: tuple[float, float, float]) -> np.ndarray:
    fig, canvas = figure(size)
    entry.draw(fig, inputs)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def drawn(entry: ChartEntry, inputs: ChartInputs, size: tuple[float, float, float]) -> tuple[Figure, FigureCanvasAgg]:
    fig, canvas = figure(size)
    entry.draw(fig, inputs)
    canvas.draw()
    return fig, canvas


def updated(entry: ChartEntry, fig: Figure, canvas: FigureCanvasAgg, inputs: ChartInputs):
    """Update in place and render what changed; returns the Repaint and the image."""
    assert entry.update is not None
    change = entry.update(fig, inputs)
    assert change is not None, "expected an in-place update"
    repaint(fig, canvas.get_renderer(), change)
    return change, np.asarray(canvas.buffer_rgba()).copy()


def assert_same_image(image: np.ndarray, expected: np.ndarray) -> None:
    differ = np.any(image != expected, axis=-1)
    assert not differ.any(), f"{int(differ.sum())} pixels differ, first at (row, column) {np.argwhere(differ)[0]}"


def ranked(dataset: Dataset, **weights: float) -> Ranking:
    """Under the v1 preset: the weight changes below were chosen on its scores to move the top rows."""
    return score(dataset, V1.replace(**weights))


def top(ranking: Ranking, n: int = 15) -> list[str]:
    return list(ranking.table["project_id"].head(n))


@pytest.mark.parametrize("size", SIZES)
def test_ranking_weight_change_in_place_is_the_full_draw(sample: Dataset, size) -> None:
    """Same top 15 in the same order: bars, values and legend change, and the top value past 100 moves the layout."""
    before, after = ranked(sample, weight_cost=40), ranked(sample, weight_cost=45)
    assert top(before) == top(after)
    assert before.table["overall"].iat[0] != after.table["overall"].iat[0]
    fig, canvas = drawn(RANKING, ChartInputs(before), size)
    change, image = updated(RANKING, fig, canvas, ChartInputs(after))
    assert change.regions, "only the parts outside the tick labels and title are rendered again"
    assert_same_image(image, full_draw(RANKING, ChartInputs(after), size))


def test_ranking_reorder_in_place_is_the_full_draw(sample: Dataset) -> None:
    """The same 15 projects in another order: tick labels change, so the whole image is rendered again."""
    before, after = ranked(sample, weight_cost=40), ranked(sample, weight_cost=10)
    assert set(top(before)) == set(top(after))
    assert top(before) != top(after)
    size = SIZES[0]
    fig, canvas = drawn(RANKING, ChartInputs(before), size)
    change, image = updated(RANKING, fig, canvas, ChartInputs(after))
    assert change is EVERYTHING
    assert_same_image(image, full_draw(RANKING, ChartInputs(after), size))


def test_ranking_highlight_and_successive_updates(sample: Dataset) -> None:
    """Several updates in a row, the highlight moving between rows, end where a full draw of the last one is."""
    size = SIZES[0]
    chosen = top(ranked(sample, weight_cost=40))[3]
    fig, canvas = drawn(RANKING, ChartInputs(ranked(sample, weight_cost=40)), size)
    last = ChartInputs(ranked(sample, weight_cost=45))
    for inputs in (
        ChartInputs(ranked(sample, weight_cost=50), highlight=[chosen]),
        ChartInputs(ranked(sample, weight_cost=10), highlight=[chosen]),
        last,
    ):
        _change, image = updated(RANKING, fig, canvas, inputs)
    assert_same_image(image, full_draw(RANKING, last, size))


def test_ranking_falls_back_when_the_top_rows_change(sample: Dataset) -> None:
    """Another project enters the top 15: no update (the caller draws), and that draw is the usual one."""
    before, after = ranked(sample, weight_cost=40), ranked(sample, weight_cost=1)
    assert set(top(before)) != set(top(after))
    size = SIZES[0]
    fig, canvas = drawn(RANKING, ChartInputs(before), size)
    assert RANKING.update is not None
    assert RANKING.update(fig, ChartInputs(after)) is None
    RANKING.draw(fig, ChartInputs(after))
    canvas.draw()
    assert_same_image(np.asarray(canvas.buffer_rgba()), full_draw(RANKING, ChartInputs(after), size))


def test_updates_fall_back_after_a_resize_a_clear_a_zoom_or_another_chart(sample: Dataset) -> None:
    before, after = ChartInputs(ranked(sample, weight_cost=40)), ChartInputs(ranked(sample, weight_cost=45))
    assert RANKING.update is not None
    assert COST_RISK.update is not None
    fig, _canvas = drawn(RANKING, before, SIZES[0])
    fig.set_size_inches(8, 5)
    assert RANKING.update(fig, after) is None  # laid out for another size
    fig, _canvas = drawn(RANKING, before, SIZES[0])
    fig.axes[0].set_xlim(10, 60)  # the toolbar's zoom: a full draw resets the view, as before
    assert RANKING.update(fig, after) is None
    fig.clear()
    assert RANKING.update(fig, after) is None
    fig, _canvas = drawn(COST_RISK, before, SIZES[0])
    assert RANKING.update(fig, after) is None  # a cost–risk figure is no ranking chart to update


def trade_off() -> Dataset:
    """A and B: the same capacity (equal bubbles), the same country (the same risk) and nearly the same cost, so
    their bubbles overlap; A is cheaper, B covers more elements, so which ranks higher depends on the weights."""
    return make_dataset(
        [
            project("A", opex=20.0, capacity=8000, elements=("Nd",), name="Alpha"),
            project("B", opex=22.0, capacity=8000, elements=("Nd", "Pr", "Dy", "Tb"), name="Bravo"),
            project("C", opex=60.0, capacity=4000, country="BRA", name="Charlie"),
            project("D", opex=35.0, capacity=1000, country="MYS", elements=("La", "Ce"), name="Delta"),
        ]
    )


def test_cost_risk_weight_change_reorders_the_bubbles_as_a_full_draw() -> None:
    """Equally large bubbles are drawn in rank order: a weight change that swaps A and B swaps which is on top."""
    dataset = trade_off()
    before, after = (
        ranked(dataset, weight_cost=0.9, weight_risk=0.05, weight_coverage=0.05),
        ranked(dataset, weight_cost=0.05, weight_risk=0.05, weight_coverage=0.9),
    )
    assert [pid for pid in top(before) if pid in "AB"] == ["A", "B"]
    assert [pid for pid in top(after) if pid in "AB"] == ["B", "A"]
    size = SIZES[0]
    assert_differ = full_draw(COST_RISK, ChartInputs(before), size) != full_draw(COST_RISK, ChartInputs(after), size)
    assert assert_differ.any(), "the overlap must show which bubble is on top"
    fig, canvas = drawn(COST_RISK, ChartInputs(before), size)
    change, image = updated(COST_RISK, fig, canvas, ChartInputs(after))
    assert change.regions
    assert len(change.regions) == 1
    assert_same_image(image, full_draw(COST_RISK, ChartInputs(after), size))


def test_cost_risk_weight_change_without_reorder_renders_nothing(sample: Dataset) -> None:
    size = SIZES[1]
    before, after = ChartInputs(ranked(sample, weight_cost=40)), ChartInputs(ranked(sample, weight_cost=45))
    fig, canvas = drawn(COST_RISK, before, size)
    change, image = updated(COST_RISK, fig, canvas, after)
    assert change.nothing
    assert_same_image(image, full_draw(COST_RISK, after, size))


def test_cost_risk_falls_back_when_costs_or_the_highlight_change(sample: Dataset) -> None:
    """A discount rate moves every LCOP (and the front, the labels, the axis); a selection moves the labels."""
    assert COST_RISK.update is not None
    before = ChartInputs(ranked(sample))
    fig, _canvas = drawn(COST_RISK, before, SIZES[0])
    assert COST_RISK.update(fig, ChartInputs(score(sample, Parameters(discount_rate=0.12)))) is None
    chosen = top(before.ranking)[:1]
    assert COST_RISK.update(fig, ChartInputs(before.ranking, highlight=chosen)) is None
    assert COST_RISK.update(fig, ChartInputs(score(load_workbook(sample_workbook())))) is None  # another dataset
