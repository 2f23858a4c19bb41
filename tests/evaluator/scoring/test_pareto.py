"""The cost–risk Pareto front: hand-worked cases, ties, NaN and ±inf, and agreement with an O(n²) definition."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.scoring.pareto import pareto_front


def brute_force(cost: np.ndarray, risk: np.ndarray) -> np.ndarray:
    """The definition, pair by pair: i is on the front unless some j is ≤ on both and < on one (NaN: never)."""
    n = len(cost)
    known = ~(np.isnan(cost) | np.isnan(risk))
    mask = known.copy()
    for i in range(n):
        for j in range(n):
            if not (known[i] and known[j]) or i == j:
                continue
            if cost[j] <= cost[i] and risk[j] <= risk[i] and (cost[j] < cost[i] or risk[j] < risk[i]):
                mask[i] = False
                break
    return mask


def test_hand_worked_front() -> None:
    # (10, 60) cheapest; (20, 25) beats (30, 30) and (20, 40); (40, 15) beats (50, 15); (15, 100) loses to (10, 60).
    cost = np.array([10.0, 20.0, 20.0, 30.0, 40.0, 50.0, 15.0])
    risk = np.array([60.0, 25.0, 40.0, 30.0, 15.0, 15.0, 100.0])
    assert pareto_front(cost, risk).tolist() == [True, True, False, False, True, False, False]


def test_identical_points_are_all_on_the_front() -> None:
    cost = np.array([5.0, 5.0, 6.0])
    risk = np.array([3.0, 3.0, 1.0])
    assert pareto_front(cost, risk).tolist() == [True, True, True]


def test_equal_cost_keeps_only_the_least_risky_and_equal_risk_only_the_cheapest() -> None:
    assert pareto_front(np.array([1.0, 1.0]), np.array([2.0, 3.0])).tolist() == [True, False]
    assert pareto_front(np.array([1.0, 2.0]), np.array([3.0, 3.0])).tolist() == [True, False]


def test_nan_is_off_the_front_and_dominates_nothing() -> None:
    cost = np.array([np.nan, 2.0, 1.0])
    risk = np.array([0.0, 1.0, np.nan])
    assert pareto_front(cost, risk).tolist() == [False, True, False]


def test_infinities_compare_as_numbers() -> None:
    assert pareto_front(np.array([np.inf]), np.array([np.inf])).tolist() == [True]
    cost = np.array([1.0, 2.0, np.inf])
    risk = np.array([np.inf, np.inf, 0.0])
    assert pareto_front(cost, risk).tolist() == [True, False, True]


def test_empty_and_mismatched_inputs() -> None:
    assert pareto_front(np.array([]), np.array([])).shape == (0,)
    with pytest.raises(ValueError, match="same length"):
        pareto_front(np.array([1.0]), np.array([1.0, 2.0]))


@pytest.mark.parametrize("seed", range(40))
def test_matches_brute_force_on_random_points_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 60))
    # Few distinct values, so equal costs, equal risks and identical points are common.
    cost = rng.integers(0, 8, n).astype(float)
    risk = rng.integers(0, 8, n).astype(float)
    if seed % 4 == 0:
        cost[rng.random(n) < 0.1] = np.nan
        risk[rng.random(n) < 0.1] = np.inf
    np.testing.assert_array_equal(pareto_front(cost, risk), brute_force(cost, risk))


def test_matches_brute_force_on_continuous_points() -> None:
    rng = np.random.default_rng(7)
    cost, risk = rng.random(300), rng.random(300)
    np.testing.assert_array_equal(pareto_front(cost, risk), brute_force(cost, risk))
