"""Cost normalisation (METHOD.md §2, Cost): min–max over the projects scored, and the absolute scale."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.scoring.normalise import absolute_cost, minmax_cost, vector_normalise
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, make_dataset, project

CRF_8_20 = 0.08 * 1.08**20 / (1.08**20 - 1)


def test_minmax_best_is_100_worst_is_0_middle_by_hand() -> None:
    # LCOP 20, 30, 50: max − min = 30; 30 → 100·(50 − 30)/30 = 66.67.
    scores = minmax_cost(np.array([20.0, 30.0, 50.0]))
    assert scores == pytest.approx([100.0, 100 * 20 / 30, 0.0])


def test_minmax_is_order_free() -> None:
    # 12 → 100·(40 − 12)/(40 − 10) = 93.33; 25 → 50.
    scores = minmax_cost(np.array([40.0, 12.0, 10.0, 25.0]))
    assert scores == pytest.approx([0.0, 100 * 28 / 30, 100.0, 50.0])


def test_minmax_all_equal_scores_100() -> None:
    assert minmax_cost(np.array([27.5, 27.5, 27.5])) == pytest.approx([100.0, 100.0, 100.0])


def test_minmax_single_project_scores_100() -> None:
    assert minmax_cost(np.array([42.0])) == pytest.approx([100.0])


def test_minmax_empty() -> None:
    assert minmax_cost(np.array([])).shape == (0,)


def test_absolute_inside_range() -> None:
    # 100·(100 − x)/90: 10 → 100, 55 → 50, 32.5 → 75, 100 → 0, 91 → 10.
    scores = absolute_cost(np.array([10.0, 55.0, 32.5, 100.0, 91.0]), 10.0, 100.0)
    assert scores == pytest.approx([100.0, 50.0, 75.0, 0.0, 10.0])


def test_absolute_clips_below_lo_and_above_hi() -> None:
    scores = absolute_cost(np.array([0.0, 5.0, 9.99, 100.01, 250.0]), 10.0, 100.0)
    assert scores == pytest.approx([100.0, 100.0, 100.0, 0.0, 0.0])


def test_vector_normalise_by_hand() -> None:
    # column norms: √(3² + 4²) = 5 and √(6² + 8²) = 10; an all-zero column stays zero.
    matrix = np.array([[3.0, 6.0, 0.0], [4.0, 8.0, 0.0]])
    assert vector_normalise(matrix) == pytest.approx(np.array([[0.6, 0.6, 0.0], [0.8, 0.8, 0.0]]))


# --- through score() -------------------------------------------------------------------------------------------


def test_score_minmax_cost_by_hand() -> None:
    # capex 0 → LCOP = opex: 10, 25, 40 → 100, 100·(40 − 25)/30 = 50, 0.
    dataset = make_dataset([project("A", opex=10), project("B", opex=25), project("C", opex=40)])
    cost = by_id(score(dataset, V1), "cost_score")
    assert cost == pytest.approx({"A": 100.0, "B": 50.0, "C": 0.0})


def test_score_minmax_cost_with_capital_part() -> None:
    # A: 300 USD m on 5,000 t/y + 20 → 7.189568 + 20 = 27.189568; B: opex 20, capex 0 → 20; C: opex 40 → 40.
    # A scores 100·(40 − 27.189568)/(40 − 20) = 64.05216.
    lcop_a = 300e6 * CRF_8_20 / (5000 * 1000 * 0.85) + 20
    dataset = make_dataset([project("A", capex=300, opex=20), project("B", opex=20), project("C", opex=40)])
    cost = by_id(score(dataset, V1), "cost_score")
    assert cost["A"] == pytest.approx(100 * (40 - lcop_a) / (40 - 20))
    assert cost["A"] == pytest.approx(64.05216, abs=5e-5)
    assert cost["B"] == pytest.approx(100.0)
    assert cost["C"] == pytest.approx(0.0)


def test_score_all_equal_lcop_scores_100() -> None:
    dataset = make_dataset([project("A", opex=30), project("B", opex=30), project("C", opex=30)])
    assert by_id(score(dataset, V1), "cost_score") == pytest.approx({"A": 100.0, "B": 100.0, "C": 100.0})


def test_score_single_project_scores_100() -> None:
    dataset = make_dataset([project("A", capex=300, opex=20)])
    assert by_id(score(dataset, V1), "cost_score") == pytest.approx({"A": 100.0})


def test_score_equal_lcop_from_scaled_capex_and_capacity_scores_100() -> None:
    """Projects whose LCOPs are equal by hand must all score 100 ("all equal → 100"), not 100 and 0.

    A: 100 USD m on 1,000 t/y and B: 500 USD m on 5,000 t/y both have capital 100e6·CRF/(1,000·1,000·0.85)
    = 11.982613 USD/kg, so with the same opex both LCOPs are 31.982613 and every project is equal.
    """
    dataset = make_dataset(
        [project("A", capex=100, capacity=1000, opex=20), project("B", capex=500, capacity=5000, opex=20)]
    )
    ranking = score(dataset, V1)
    assert by_id(ranking, "lcop_usd_per_kg") == pytest.approx({"A": 31.982613, "B": 31.982613}, abs=5e-6)
    assert by_id(ranking, "cost_score") == pytest.approx({"A": 100.0, "B": 100.0})


def test_score_absolute_normalisation_with_clipping() -> None:
    # lo 10, hi 100: LCOP 5 → 100 (clipped), 55 → 100·45/90 = 50, 32.5 → 75, 130 → 0 (clipped).
    dataset = make_dataset(
        [project("A", opex=5), project("B", opex=55), project("C", opex=32.5), project("D", opex=130)]
    )
    cost = by_id(score(dataset, V1.replace(normalisation="absolute")), "cost_score")
    assert cost == pytest.approx({"A": 100.0, "B": 50.0, "C": 75.0, "D": 0.0})


def test_score_absolute_custom_lo_hi() -> None:
    # lo 20, hi 60: 30 → 100·(60 − 30)/40 = 75; 50 → 25; 10 → 100 (clipped); 70 → 0 (clipped).
    dataset = make_dataset([project("A", opex=30), project("B", opex=50), project("C", opex=10), project("D", opex=70)])
    cost = by_id(score(dataset, V1.replace(normalisation="absolute", lcop_lo=20, lcop_hi=60)), "cost_score")
    assert cost == pytest.approx({"A": 75.0, "B": 25.0, "C": 100.0, "D": 0.0})


def test_score_absolute_does_not_depend_on_other_projects() -> None:
    # Unlike min–max, a single project at LCOP 55 scores 50 on the absolute scale, not 100.
    params = V1.replace(normalisation="absolute")
    assert by_id(score(make_dataset([project("B", opex=55)]), params), "cost_score") == pytest.approx({"B": 50.0})
