"""Monte Carlo rank acceptability (METHOD.md §4): exact cases without spread, reproducibility, hand-worked
probabilities, the samplers on their own, and cancellation.

Sub-scores as in test_sensitivity.py: capex 0 makes LCOP = opex; risk score AUS 85, BRA 60, MYS 40, CHN 0 (site =
feed); coverage Nd Pr 31.25, Dy Tb 62.5, Dy Tb Nd Pr 93.75, all six 100.
"""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from evaluator.analysis import montecarlo
from evaluator.analysis.montecarlo import (
    AnalysisCancelledError,
    MonteCarloResult,
    _quantile_rank,
    _rank_cells,
    _sample_weights,
    _triangular,
    monte_carlo,
)
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import V1, ids_in_rank_order, make_dataset, project

ALL_SIX = ("La", "Ce", "Nd", "Pr", "Dy", "Tb")


def _five_projects() -> Ranking:
    """Five projects with distinct overall scores (the ranking test's set): B, A, C, E, D under the defaults."""
    dataset = make_dataset(
        [
            project("E", country="MYS", feed="MYS", opex=50, elements=()),
            project("C", country="BRA", feed="AUS", opex=30, elements=("Dy", "Tb")),
            project("A", country="AUS", feed="AUS", opex=10, elements=("Nd", "Pr")),
            project("D", country="CHN", feed="CHN", opex=40, elements=("Nd",)),
            project("B", country="AUS", feed="", opex=20, elements=("Dy", "Tb", "Nd", "Pr")),
        ]
    )
    return score(dataset, V1)


#: Under the v1 preset the v2 sources of METHOD.md §4 are off.
V1_OFF = {"common_capex": 0, "prices": 0, "schedule": 0}


def _with_ranges(row: dict, capex: tuple[float, float] | None = None, opex: tuple[float, float] | None = None) -> dict:
    row = dict(row)
    if capex is not None:
        row["capex_low_m"], row["capex_high_m"] = capex
    if opex is not None:
        row["opex_low_per_kg"], row["opex_high_per_kg"] = opex
    return row


def _uncertain_projects(params: Parameters | None = None) -> Ranking:
    """Six projects, some with capex or opex ranges, so weights and costs both vary."""
    rows = [
        _with_ranges(project("A", capex=200, opex=20, elements=("Nd", "Pr")), capex=(150, 300)),
        _with_ranges(project("B", country="BRA", feed="BRA", capex=100, opex=25, elements=ALL_SIX), opex=(20, 40)),
        _with_ranges(project("C", country="MYS", feed="AUS", capex=400, opex=12, elements=("Dy", "Tb")), (350, 600)),
        project("D", capex=250, opex=22, elements=("Nd", "Pr", "Dy", "Tb")),
        _with_ranges(project("E", country="BRA", feed="", capex=50, opex=30, elements=("Nd",)), opex=(25, 31)),
        project("F", country="CHN", feed="CHN", capex=10, opex=15, elements=ALL_SIX),
    ]
    return score(make_dataset(rows), params or V1)


def _assert_identity(result: MonteCarloResult, ranking: Ranking) -> None:
    n = len(ranking)
    assert result.project_ids == tuple(ids_in_rank_order(ranking))
    np.testing.assert_array_equal(result.acceptability, np.eye(n))
    np.testing.assert_array_equal(result.mean_rank, np.arange(1, n + 1))
    np.testing.assert_array_equal(result.rank_p5, np.arange(1, n + 1))
    np.testing.assert_array_equal(result.rank_p95, np.arange(1, n + 1))


# ------------------------------------------------------------------------------------------- no spread: exact


@pytest.mark.parametrize("method", ["wsm", "topsis"])
@pytest.mark.parametrize("normalisation", ["minmax", "absolute"])
def test_no_spread_gives_the_deterministic_ranking(method: str, normalisation: str) -> None:
    ranking = _uncertain_projects(V1.replace(method=method, normalisation=normalisation))
    result = monte_carlo(ranking, samples=40, seed=1, vary_weights=False, vary_costs=False)
    _assert_identity(result, ranking)
    assert result.samples == 40
    assert result.method == method
    assert result.varied == {"weights": 0, "capex_ranges": 0, "opex_ranges": 0, **V1_OFF}


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_no_spread_with_ties_follows_the_tie_rule(method: str) -> None:
    """Identical Q and M (opex 20, AUS) tie everywhere: project_id puts M first. P1/P2 tie on overall under
    ½/0/½ weights (P1 = 25 + 40.625 = 65.625, P2 = 50 + 15.625 = 65.625, from test_ranking), P2 has the lower LCOP.
    """
    rows = [
        project("Q", opex=20, elements=("Nd", "Pr")),
        project("M", opex=20, elements=("Nd", "Pr")),
        project("P1", opex=20, elements=("Dy", "Tb", "Nd", "La")),
        project("P2", opex=10, elements=("Nd", "Pr")),
        project("P3", opex=30, elements=ALL_SIX),
    ]
    params = V1.replace(method=method, weight_cost=1, weight_risk=0, weight_coverage=1)
    ranking = score(make_dataset(rows), params)
    ids = ids_in_rank_order(ranking)
    assert ids.index("M") == ids.index("Q") - 1
    if method == "wsm":
        assert ids.index("P2") < ids.index("P1")
    result = monte_carlo(ranking, samples=30, seed=5, vary_weights=False, vary_costs=False)
    _assert_identity(result, ranking)


def test_no_spread_with_an_overall_tie_up_to_rounding() -> None:
    """Weights ⅓ each, all BRA (risk 60): A = (50 + 60 + 100)/3 = 70, B = (100 + 60 + 50)/3 = 70 (69.99999999999999
    in floating point), a tie that B wins on LCOP; C = (0 + 60 + 0)/3 = 20."""
    rows = [
        project("A", country="BRA", feed="BRA", opex=20, elements=ALL_SIX),
        project("B", country="BRA", feed="BRA", opex=10, elements=("Dy", "Nd", "La")),
        project("C", country="BRA", feed="BRA", opex=30, elements=()),
    ]
    ranking = score(make_dataset(rows), V1.replace(weight_cost=1, weight_risk=1, weight_coverage=1))
    assert ids_in_rank_order(ranking) == ["B", "A", "C"]
    _assert_identity(monte_carlo(ranking, samples=10, seed=0, vary_weights=False, vary_costs=False), ranking)


def test_no_spread_with_an_overflowing_lcop_gives_the_deterministic_ranking() -> None:
    """C's capex 1e308 on 1 t/y overflows LCOP to inf; min–max leaves it out of min and max and scores it 0
    (METHOD.md §2 via normalise.minmax_cost), so over A (opex 10) and B (opex 20): A cost 100, B 0, C 0.

    All AUS/AUS (risk 85). A: 40 + 29.75 + 0.25·31.25 = 77.5625; C (Dy Tb): 0 + 29.75 + 0.25·62.5 = 45.375;
    B (Dy): 0 + 29.75 + 0.25·31.25 = 37.5625. Rank: A, C, B, and without spread every sample must say so.
    """
    rows = [
        project("A", feed="AUS", opex=10, elements=("Nd", "Pr")),
        project("B", feed="AUS", opex=20, elements=("Dy",)),
        project("C", feed="AUS", capex=1e308, capacity=1, opex=5, elements=("Dy", "Tb")),
    ]
    ranking = score(make_dataset(rows), V1)
    assert ids_in_rank_order(ranking) == ["A", "C", "B"]
    assert ranking.table["overall"].tolist() == pytest.approx([77.5625, 45.375, 37.5625])
    result = monte_carlo(ranking, samples=10, seed=0, vary_weights=False, vary_costs=False)
    _assert_identity(result, ranking)


def test_only_the_scored_projects_take_part() -> None:
    # A (MYS, risk 60) is filtered by max_risk 50; B alone is always first. With nothing left, nothing is sampled.
    dataset = make_dataset([project("A", country="MYS", feed="MYS"), project("B", feed="AUS")])
    result = monte_carlo(score(dataset, V1.replace(max_risk=50)), samples=10, seed=0)
    assert result.project_ids == ("B",)
    np.testing.assert_array_equal(result.acceptability, [[1.0]])
    empty = monte_carlo(score(dataset, V1.replace(max_risk=10)), samples=10, seed=0)
    assert empty.project_ids == ()
    assert empty.acceptability.shape == (0, 0)


def test_varied_counts_ranges() -> None:
    result = monte_carlo(_uncertain_projects(), samples=20, seed=3)
    # Capex ranges on A and C; opex ranges on B and E.
    assert result.varied == {"weights": 1, "capex_ranges": 2, "opex_ranges": 2, **V1_OFF}


def test_defaults_come_from_the_parameters() -> None:
    # METHOD.md §4: 5,000 samples, α = 50; the seed is the parameters' mc_seed.
    ranking = _uncertain_projects()
    result = monte_carlo(ranking)
    assert result.samples == 5000
    assert result.alpha == 50.0
    assert result.seed == V1.mc_seed
    small = _uncertain_projects(V1.replace(mc_samples=123, mc_seed=9, mc_alpha=7.5))
    result = monte_carlo(small)
    assert (result.samples, result.seed, result.alpha) == (123, 9, 7.5)


# ----------------------------------------------------------------------------------- reproducible, well-formed


def test_same_seed_same_result_different_seed_different_result() -> None:
    ranking = _uncertain_projects()
    first = monte_carlo(ranking, samples=400, seed=11)
    second = monte_carlo(ranking, samples=400, seed=11)
    other = monte_carlo(ranking, samples=400, seed=12)
    np.testing.assert_array_equal(first.acceptability, second.acceptability)
    np.testing.assert_array_equal(first.mean_rank, second.mean_rank)
    np.testing.assert_array_equal(first.rank_p5, second.rank_p5)
    np.testing.assert_array_equal(first.rank_p95, second.rank_p95)
    assert not np.array_equal(first.acceptability, other.acceptability)


def test_rows_and_columns_sum_to_one_and_counts_are_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # 6 projects and 600 cells per batch → 100 samples per batch: 1,001 samples need 11 batches, the last of 1.
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", 600)
    result = monte_carlo(_uncertain_projects(), samples=1001, seed=2)
    assert result.samples == 1001
    np.testing.assert_allclose(result.acceptability.sum(axis=1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.acceptability.sum(axis=0), 1.0, rtol=0, atol=1e-12)
    counts = result.acceptability * 1001
    np.testing.assert_allclose(counts, np.round(counts), rtol=0, atol=1e-9)
    assert result.acceptability.shape == (6, 6)


def test_summaries_follow_their_definitions_on_a_real_run() -> None:
    result = monte_carlo(_uncertain_projects(), samples=500, seed=4)
    acc = result.acceptability
    n = acc.shape[0]
    for i in range(n):
        assert result.mean_rank[i] == pytest.approx(sum((r + 1) * acc[i, r] for r in range(n)), abs=1e-12)
        cumulative = np.cumsum(acc[i])
        assert result.rank_p5[i] == 1 + min(r for r in range(n) if cumulative[r] >= 0.05 - 1e-12)
        assert result.rank_p95[i] == 1 + min(r for r in range(n) if cumulative[r] >= 0.95 - 1e-12)
        assert result.p_top(3)[i] == pytest.approx(acc[i, 0] + acc[i, 1] + acc[i, 2], abs=1e-12)
    assert len(set(result.mean_rank.round(6))) > 1  # spread really happened


#: Rank counts (projects × ranks, rows in ranking order) of ``_uncertain_projects`` with 1,001 samples, seed 2 and
#: 600 cells per batch (11 batches), as the implementation before issue 8.12 (full argsort and a projects² bincount
#: per half-batch) gave them: the same seed must keep giving the same result.
PINNED_COUNTS = {
    "wsm": (
        ("F", "C", "D", "B", "A", "E"),
        [
            [731, 111, 95, 49, 15, 0],
            [62, 492, 296, 143, 8, 0],
            [178, 247, 417, 152, 7, 0],
            [29, 143, 120, 241, 451, 17],
            [1, 8, 73, 416, 503, 0],
            [0, 0, 0, 0, 17, 984],
        ],
    ),
    "topsis": (
        ("F", "C", "A", "D", "B", "E"),
        [
            [673, 170, 44, 77, 30, 7],
            [295, 617, 76, 11, 2, 0],
            [10, 117, 541, 246, 87, 0],
            [18, 50, 207, 525, 201, 0],
            [5, 47, 133, 131, 505, 180],
            [0, 0, 0, 11, 176, 814],
        ],
    ),
}


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_same_seed_gives_the_pinned_counts(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", 600)
    result = monte_carlo(_uncertain_projects(V1.replace(method=method)), samples=1001, seed=2)
    ids, counts = PINNED_COUNTS[method]
    assert result.project_ids == ids
    np.testing.assert_array_equal(result.acceptability, np.array(counts) / 1001)


def _random_projects(rng: np.random.Generator, n: int, params: Parameters) -> Ranking:
    """n projects with random costs, ranges on about half, and few distinct element sets and countries (ties)."""
    countries = ("AUS", "BRA", "MYS", "CHN")
    element_sets = (("Nd", "Pr"), ("Dy", "Tb"), ALL_SIX, ())
    rows = []
    for i in range(n):
        capex, opex = float(rng.choice([0.0, 100.0, 250.0])), float(rng.integers(10, 40))
        row = project(
            f"P{i:03d}",
            country=countries[rng.integers(4)],
            feed=countries[rng.integers(4)],
            capex=capex,
            opex=opex,
            elements=element_sets[rng.integers(4)],
        )
        if rng.random() < 0.5:
            row = _with_ranges(row, capex=(0.5 * capex, 2.0 * capex), opex=(0.8 * opex, 1.5 * opex))
        rows.append(row)
    return score(make_dataset(rows), params)


@pytest.mark.parametrize(("method", "normalisation"), [("wsm", "minmax"), ("wsm", "absolute"), ("topsis", "minmax")])
def test_blocks_do_not_change_the_result(method: str, normalisation: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """One sample per block, a few blocks per half-batch and one block per half-batch give identical results.

    More than 128 projects, so sums over the projects (TOPSIS's norms) go past numpy's pairwise-summation block.
    """
    n = 150
    ranking = _random_projects(np.random.default_rng(5), n, V1.replace(method=method, normalisation=normalisation))
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", n * 60)  # 60 samples (WSM) or 15 (TOPSIS) per batch
    results = []
    for block_cells in (1, 7 * n, 10**12):
        monkeypatch.setattr(montecarlo, "BLOCK_CELLS", block_cells)
        results.append(monte_carlo(ranking, samples=333, seed=13))
    first = results[0]
    assert len(set(first.mean_rank.round(6))) > 1
    for other in results[1:]:
        np.testing.assert_array_equal(other.acceptability, first.acceptability)
        np.testing.assert_array_equal(other.mean_rank, first.mean_rank)
        np.testing.assert_array_equal(other.rank_p5, first.rank_p5)
        np.testing.assert_array_equal(other.rank_p95, first.rank_p95)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30).flatmap(
        lambda n: st.tuples(
            st.lists(
                st.lists(
                    st.sampled_from([0.0, 12.5, 33.3333333333, 50.0, 99.9999999999, 100.0]), min_size=n, max_size=n
                ),
                min_size=1,
                max_size=6,
            ),
            st.permutations(range(n)),
        )
    )
)
def test_rank_cells_sort_by_score_then_tie_place(case: tuple[list[list[float]], list[int]]) -> None:
    """Each sample: higher score (to 9 decimals) first, equal scores by the lower tie place; cell = row·n + rank."""
    scores, places = case
    overall, tie_place = np.array(scores), np.array(places, dtype=np.int64)
    n = overall.shape[1]
    cells = _rank_cells(overall, tie_place, np.argsort(tie_place)).reshape(overall.shape)
    for sample, row_scores in enumerate(np.round(overall, 9)):
        order = np.lexsort((tie_place, -row_scores))  # rows from rank 1 down
        np.testing.assert_array_equal(cells[sample], order * n + np.arange(n))


# ------------------------------------------------------------------------------- hand-worked probabilities


def test_dominating_project_is_always_first_when_weights_vary() -> None:
    """W: cost 100 (opex 10), risk 85 (AUS), coverage 100 beats every other project on every sub-score."""
    rows = [
        project("W", opex=10, elements=ALL_SIX),
        project("X", country="BRA", feed="BRA", opex=20, elements=ALL_SIX),
        project("Y", country="MYS", feed="MYS", opex=30, elements=("Nd", "Pr")),
        project("Z", opex=25, elements=("Dy", "Tb")),
    ]
    ranking = score(make_dataset(rows), V1)
    result = monte_carlo(ranking, samples=300, seed=8, vary_costs=False)
    assert result.project_ids[0] == "W"
    assert result.p_top(1)[0] == 1.0
    assert result.acceptability[0, 0] == 1.0
    assert result.mean_rank[0] == 1.0
    np.testing.assert_array_equal(result.acceptability[1:, 0], 0.0)


def test_weight_uncertainty_matches_the_beta_distribution() -> None:
    """Weights ½/0/½ → Dirichlet(25, 25) on (cost, coverage), so w_cost ~ Beta(25, 25) and risk stays 0.

    A: cost 100 (opex 10), coverage 0 → 100·w; B: cost 0 (opex 30), coverage 62.5 → 62.5·(1 − w).
    A first ⇔ 100w > 62.5 − 62.5w ⇔ w > 62.5/162.5 = 5/13: P = Beta(25, 25).sf(5/13) ≈ 0.9485.
    """
    rows = [project("A", opex=10, elements=()), project("B", opex=30, elements=("Dy", "Tb"))]
    ranking = score(make_dataset(rows), V1.replace(weight_cost=1, weight_risk=0, weight_coverage=1))
    samples = 4000
    result = monte_carlo(ranking, samples=samples, seed=21, vary_costs=False)
    expected = stats.beta(25, 25).sf(5 / 13)
    se = np.sqrt(expected * (1 - expected) / samples)
    row = result.project_ids.index("A")
    assert result.p_top(1)[row] == pytest.approx(expected, abs=5 * se)


def test_capex_uncertainty_by_hand() -> None:
    """Discount rate 0 and life 20 → CRF = 1/20; utilisation 1; 5,000 t/y:
    capital = capex·1e6·0.05/(5,000·1,000) = capex/100 USD/kg.

    A: capex triangular(0, 1,000, 2,000) → capital triangular(0, 10, 20), opex 20 → LCOP 20–40.
    B: capex 0, opex 35 → LCOP 35. All weight on cost: A first ⇔ capital < 15.
    P = 1 − (20 − 15)²/((20 − 0)(20 − 10)) = 1 − 25/200 = 0.875.
    """
    rows = [
        _with_ranges(project("A", capex=1000, opex=20), capex=(0, 2000)),
        project("B", capex=0, opex=35),
    ]
    params = V1.replace(discount_rate=0.0, life_years=20, utilisation=1.0, weight_risk=0, weight_coverage=0)
    ranking = score(make_dataset(rows), params)
    assert ids_in_rank_order(ranking) == ["A", "B"]  # base LCOP 30 < 35
    samples = 4000
    result = monte_carlo(ranking, samples=samples, seed=31)
    se = np.sqrt(0.875 * 0.125 / samples)
    assert result.p_top(1)[0] == pytest.approx(0.875, abs=5 * se)
    assert result.varied == {"weights": 1, "capex_ranges": 1, "opex_ranges": 0, **V1_OFF}


def test_opex_uncertainty_by_hand() -> None:
    """A: opex triangular(10, 10, 40) (mode = low), capex 0; B: opex 20. Cost weight only.

    A first ⇔ opex < 20. With mode = low the density falls linearly from 10 to 40:
    P(X > 20) = (40 − 20)²/((40 − 10)(40 − 10)) = 400/900, so P(X < 20) = 5/9 ≈ 0.5556.
    """
    rows = [_with_ranges(project("A", opex=10), opex=(10, 40)), project("B", opex=20)]
    ranking = score(make_dataset(rows), V1.replace(weight_risk=0, weight_coverage=0))
    samples = 4000
    result = monte_carlo(ranking, samples=samples, seed=41)
    se = np.sqrt(5 / 9 * 4 / 9 / samples)
    assert result.p_top(1)[result.project_ids.index("A")] == pytest.approx(5 / 9, abs=5 * se)


# ---------------------------------------------------------------------------------------------- the samplers


def test_triangular_mean_bounds_and_distribution() -> None:
    rng = np.random.default_rng(123)
    low = np.array([0.0, 10.0, 5.0, 100.0])
    mode = np.array([5.0, 10.0, 9.0, 300.0])  # the second has mode = low, the fourth mode = high
    high = np.array([10.0, 40.0, 20.0, 300.0])
    size = 100_000
    x = _triangular(rng, low, mode, high, size)
    assert x.shape == (size, 4)
    assert np.all(x >= low)
    assert np.all(x <= high)
    # Means (l + m + h)/3: 5, 20, 34/3, 700/3; sd √((l² + m² + h² − lm − lh − mh)/18) ≤ 47.2, se ≤ 0.15.
    expected = np.array([5.0, 20.0, 34 / 3, 700 / 3])
    var = (low**2 + mode**2 + high**2 - low * mode - low * high - mode * high) / 18
    assert np.all(np.abs(x.mean(axis=0) - expected) <= 5 * np.sqrt(var / size))
    np.testing.assert_allclose(x.var(axis=0), var, rtol=0.03)
    for j in range(4):
        c = (mode[j] - low[j]) / (high[j] - low[j])
        p = stats.kstest(x[:, j], stats.triang(c, loc=low[j], scale=high[j] - low[j]).cdf).pvalue
        assert p > 1e-4
    # P(X < mode) = (m − l)/(h − l): 0.5, 0, 4/15, 1.
    np.testing.assert_allclose((x < mode).mean(axis=0), [0.5, 0.0, 4 / 15, 1.0], rtol=0, atol=0.006)


def test_triangular_is_bit_for_bit_the_plain_inverse_cdf() -> None:
    """The in-place, bit-mask form gives exactly ``np.where(left, low + √(u·a), high − √((1 − u)·b))``."""
    low = np.array([0.0, 10.0, 5.0, 100.0, 1e-3, 7.0])
    mode = np.array([5.0, 10.0, 9.0, 300.0, 2e-3, 7.0])  # mode = low, mode = high, no spread
    high = np.array([10.0, 40.0, 20.0, 300.0, 1e5, 7.0])
    x = _triangular(np.random.default_rng(3), low, mode, high, 5000)
    u = np.random.default_rng(3).random((5000, 6))
    span = high - low
    split = np.divide(mode - low, span, out=np.zeros_like(span), where=span > 0)
    plain = np.where(
        u < split, low + np.sqrt(u * (span * (mode - low))), high - np.sqrt((1 - u) * (span * (high - mode)))
    )
    assert x.tobytes() == plain.tobytes()


def test_triangular_without_spread_is_the_mode() -> None:
    value = np.array([7.0])
    x = _triangular(np.random.default_rng(0), value, value, value, 50)
    np.testing.assert_array_equal(x, 7.0)


def test_dirichlet_weights_keep_zeros_and_sum_to_one() -> None:
    rng = np.random.default_rng(7)
    w = _sample_weights(rng, np.array([0.5, 0.0, 0.5]), 50.0, 2000)
    assert w.shape == (2000, 3)
    np.testing.assert_array_equal(w[:, 1], 0.0)
    np.testing.assert_allclose(w.sum(axis=1), 1.0, rtol=0, atol=1e-12)
    assert np.all(w >= 0)
    one = _sample_weights(rng, np.array([0.0, 1.0, 0.0]), 50.0, 10)
    np.testing.assert_array_equal(one, np.tile([0.0, 1.0, 0.0], (10, 1)))


def test_dirichlet_mean_and_spread() -> None:
    """Dirichlet(α·w) with Σw = 1 has mean w and variance w(1 − w)/(α + 1)."""
    rng = np.random.default_rng(17)
    w = np.array([0.4, 0.35, 0.25])
    size = 20_000
    samples = _sample_weights(rng, w, 50.0, size)
    var = w * (1 - w) / 51  # 0.24/51, 0.2275/51, 0.1875/51
    assert np.all(np.abs(samples.mean(axis=0) - w) <= 5 * np.sqrt(var / size))
    np.testing.assert_allclose(samples.var(axis=0), var, rtol=0.05)
    tight = _sample_weights(rng, w, 1e6, 1000)
    np.testing.assert_allclose(tight, np.tile(w, (1000, 1)), rtol=0, atol=0.005)


# ------------------------------------------------------------------------------------ summaries by hand


def _hand_result() -> MonteCarloResult:
    """Rows: X always 1st; Y 2nd 95 %, 3rd 5 %; Z 2nd 5 %, 3rd 95 %.

    mean rank: X 1; Y 2·0.95 + 3·0.05 = 2.05; Z 2·0.05 + 3·0.95 = 2.95.
    5–95 %: Y cumulative (0, 0.95, 1) → p5 2, p95 2; Z cumulative (0, 0.05, 1) → p5 2, p95 3.
    """
    acceptability = np.array([[1.0, 0.0, 0.0], [0.0, 0.95, 0.05], [0.0, 0.05, 0.95]])
    cumulative = np.cumsum(acceptability, axis=1)
    return MonteCarloResult(
        project_ids=("X", "Y", "Z"),
        names=("Project X", "Project Y", "Project Z"),
        samples=20,
        seed=0,
        alpha=50.0,
        method="wsm",
        acceptability=acceptability,
        mean_rank=acceptability @ np.array([1, 2, 3]),
        rank_p5=_quantile_rank(cumulative, 0.05),
        rank_p95=_quantile_rank(cumulative, 0.95),
    )


def test_summaries_of_a_hand_made_matrix() -> None:
    result = _hand_result()
    np.testing.assert_allclose(result.p_top(1), [1.0, 0.0, 0.0])
    np.testing.assert_allclose(result.p_top(2), [1.0, 0.95, 0.05])
    np.testing.assert_allclose(result.p_top(3), [1.0, 1.0, 1.0])
    np.testing.assert_allclose(result.p_top(5), [1.0, 1.0, 1.0])  # k beyond n counts every rank
    np.testing.assert_allclose(result.mean_rank, [1.0, 2.05, 2.95])
    np.testing.assert_array_equal(result.rank_p5, [1, 2, 2])
    np.testing.assert_array_equal(result.rank_p95, [1, 2, 3])
    table = result.table()
    assert table["project_id"].tolist() == ["X", "Y", "Z"]
    assert table["rank"].tolist() == [1, 2, 3]
    np.testing.assert_allclose(table["p_top1"], [1.0, 0.0, 0.0])
    np.testing.assert_allclose(table["p_top3"], [1.0, 1.0, 1.0])
    np.testing.assert_allclose(table["mean_rank"], [1.0, 2.05, 2.95])
    json.dumps(table.to_dict(orient="records"), default=float)


def test_quantile_rank_at_the_boundaries() -> None:
    """Smallest rank whose cumulative probability reaches q.

    Row (0.05, 0.90, 0.05): cumulative 0.05, 0.95, 1 → 5 % at rank 1, 95 % at rank 2.
    Row (0.04, 0.50, 0.46): cumulative 0.04, 0.54, 1 → 5 % at rank 2, 95 % at rank 3.
    """
    acceptability = np.array([[0.05, 0.90, 0.05], [0.04, 0.50, 0.46]])
    cumulative = np.cumsum(acceptability, axis=1)
    np.testing.assert_array_equal(_quantile_rank(cumulative, 0.05), [1, 2])
    np.testing.assert_array_equal(_quantile_rank(cumulative, 0.95), [2, 3])


# ------------------------------------------------------------------------------------ progress and cancel


def test_progress_rises_to_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", 600)  # 100 samples per batch for 6 projects
    seen: list[tuple[float, str]] = []
    result = monte_carlo(_uncertain_projects(), samples=450, seed=1, progress=lambda f, text: seen.append((f, text)))
    fractions = [f for f, _ in seen]
    assert len(fractions) == 5
    assert all(b > a for a, b in itertools.pairwise(fractions))
    assert fractions == pytest.approx([100 / 450, 200 / 450, 300 / 450, 400 / 450, 1.0])
    assert fractions[-1] == 1.0
    assert all(isinstance(text, str) and text for _, text in seen)
    assert result.samples == 450


def test_cancel_after_the_first_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", 600)
    calls: list[float] = []
    with pytest.raises(AnalysisCancelledError):
        monte_carlo(
            _uncertain_projects(),
            samples=1000,
            seed=1,
            progress=lambda f, _text: calls.append(f),
            cancelled=lambda: len(calls) >= 1,
        )
    assert calls == [pytest.approx(0.1)]  # stopped after the first of ten batches


def test_not_cancelled_runs_to_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(montecarlo, "BATCH_CELLS", 600)
    result = monte_carlo(_uncertain_projects(), samples=250, seed=1, cancelled=lambda: False)
    assert result.samples == 250


def test_result_rows_follow_the_ranking() -> None:
    ranking = _five_projects()
    result = monte_carlo(ranking, samples=64, seed=0)
    assert result.acceptability.shape == (5, 5)
    np.testing.assert_allclose(result.acceptability.sum(axis=0), 1.0, rtol=0, atol=1e-12)
    assert result.project_ids == tuple(ids_in_rank_order(ranking))
    assert result.names == tuple(ranking.table["name"])
