"""Weight sweep and winner stability (METHOD.md §4), checked against hand-worked numbers and brute force.

Sub-scores come from :mod:`scoring_helpers` datasets with capex 0, so LCOP = opex and min–max cost is 100/50/0;
risk score = 100 − country risk (site and feed in the same country): AUS 85, BRA 60, MYS 40, CHN 0; coverage with
criticality Dy = Tb = 10, Nd = Pr = 5, La = Ce = 1 (Σ = 32): Nd 15.625, Nd Pr 31.25, La Ce 6.25, Dy Tb 62.5,
Dy Tb Nd Pr 93.75, all six 100, none 0.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
import pytest
from scipy.optimize import linprog

from evaluator.analysis.sensitivity import path_weights, sub_scores, weight_sweep, winner_stability
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.methods import topsis, wsm
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import V1, country_table, element_table, ids_in_rank_order, make_dataset, project

GRID = np.linspace(0.0, 1.0, 21)


# ------------------------------------------------------------------------------------------------- helpers


def _leader_finder(ranking: Ranking) -> Callable[[np.ndarray], str]:
    """Rank 1 at given weights, from the sub-scores with METHOD.md §3's tie rule written out here."""
    method = wsm if ranking.parameters.method == "wsm" else topsis
    subs = sub_scores(ranking)
    table = ranking.table
    lcop = np.round(table["lcop_usd_per_kg"].to_numpy(dtype=float), 9)
    ids = table["project_id"].astype(str).tolist()

    def find(weights: np.ndarray) -> str:
        overall = np.round(method(subs, np.asarray(weights, dtype=float))[0], 9)
        best = np.flatnonzero(overall == overall.max())
        return min((lcop[i], ids[i]) for i in best)[1]

    return find


def _brute_leader(ranking: Ranking, weights: np.ndarray) -> str:
    return _leader_finder(ranking)(weights)


def _along(current: tuple[float, float, float], k: int, t: float) -> np.ndarray:
    """The sweep's weight vector at ``t`` for criterion ``k``, written out independently of path_weights."""
    others = [j for j in range(3) if j != k]
    rest = sum(current[j] for j in others)
    w = np.zeros(3)
    w[k] = t
    for j in others:
        w[j] = (1 - t) * (current[j] / rest if rest > 0 else 0.5)
    return w


def _assert_changes_consistent(ranking: Ranking, probe: float) -> int:
    """Every reported change is where brute force sees the leader change, and no change on a fine grid is missed.

    Returns how many changes were reported, so a caller can insist the cases are not trivial.
    """
    sweep = weight_sweep(ranking)
    current = ranking.weights
    leader_at = _leader_finder(ranking)
    reported = 0
    for k, criterion in enumerate(("cost", "risk", "coverage")):
        changes = sweep.criteria[criterion].changes
        reported += len(changes)
        for change in changes:
            if change.weight - probe >= 0:
                assert leader_at(_along(current, k, change.weight - probe)) == change.before
            if change.weight + probe <= 1:
                assert leader_at(_along(current, k, change.weight + probe)) == change.after
            else:  # a change at the very end: the new leader must hold at t = 1 itself
                assert leader_at(_along(current, k, 1.0)) == change.after
        # Completeness: each leader change between neighbours of a fine grid lies near a reported change.
        fine = np.linspace(0.0, 1.0, 1001)
        leaders = [leader_at(_along(current, k, t)) for t in fine]
        for s in range(1, len(fine)):
            if leaders[s] != leaders[s - 1]:
                assert any(fine[s - 1] - 1e-9 <= c.weight <= fine[s] + 1e-9 for c in changes), (criterion, fine[s])
        if changes:
            assert changes[0].before == leaders[0]
            assert changes[-1].after == leaders[-1]
        else:
            assert set(leaders) == {leaders[0]}
    return reported


def _random_ranking(seed: int, method: str = "wsm") -> Ranking:
    """3–15 projects with continuous random sub-scores, built as a dataset.

    Cost from random opex (min–max), risk from one invented country per project (site = feed, not aligned, so risk
    score = 100 − governance risk), coverage from random criticality weights and random element lists.
    """
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 16))
    codes = [f"X{i:02d}" for i in range(n)]
    countries = country_table({c: (c, float(rng.uniform(0, 100)), False) for c in codes})
    elements = element_table({s: float(rng.uniform(0.1, 10)) for s in SYMBOLS})
    rows = []
    for i, code in enumerate(codes):
        chosen = rng.choice(np.array(SYMBOLS), size=int(rng.integers(0, 18)), replace=False)
        rows.append(project(f"P{i:02d}", country=code, feed=code, opex=float(rng.uniform(10, 100)), elements=chosen))
    raw = rng.uniform(0.05, 1.0, size=3)
    if seed % 5 == 0:
        raw[seed % 3] = 0.0  # some cases with a zero weight
    params = V1.replace(method=method, weight_cost=raw[0], weight_risk=raw[1], weight_coverage=raw[2])
    return score(make_dataset(rows, countries=countries, elements=elements), params)


# ------------------------------------------------------------------------------------------------ path_weights


def test_path_weights_keep_the_others_in_ratio() -> None:
    current = np.array([0.4, 0.35, 0.25])
    t = np.array([0.0, 0.3, 1.0])
    # Cost at t: risk 0.35/0.6·(1 − t), coverage 0.25/0.6·(1 − t).
    expected = np.array(
        [
            [0.0, 0.35 / 0.6, 0.25 / 0.6],
            [0.3, 0.35 / 0.6 * 0.7, 0.25 / 0.6 * 0.7],
            [1.0, 0.0, 0.0],
        ]
    )
    np.testing.assert_allclose(path_weights(current, 0, t), expected, rtol=0, atol=1e-12)
    # Risk at 0.5: cost 0.4/0.65·0.5, coverage 0.25/0.65·0.5.
    np.testing.assert_allclose(
        path_weights(current, 1, np.array([0.5])), [[0.4 / 0.65 * 0.5, 0.5, 0.25 / 0.65 * 0.5]], rtol=0, atol=1e-12
    )
    # Coverage at 0.2: cost 0.4/0.75·0.8, risk 0.35/0.75·0.8.
    np.testing.assert_allclose(
        path_weights(current, 2, np.array([0.2])), [[0.4 / 0.75 * 0.8, 0.35 / 0.75 * 0.8, 0.2]], rtol=0, atol=1e-12
    )
    np.testing.assert_allclose(path_weights(current, 0, np.linspace(0, 1, 21)).sum(axis=1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(current, [0.4, 0.35, 0.25])  # the caller's array is not touched


def test_path_weights_split_equally_when_the_others_are_zero() -> None:
    current = np.array([1.0, 0.0, 0.0])
    np.testing.assert_allclose(
        path_weights(current, 0, np.array([0.0, 0.4, 1.0])),
        [[0.0, 0.5, 0.5], [0.4, 0.3, 0.3], [1.0, 0.0, 0.0]],
        rtol=0,
        atol=1e-12,
    )
    # Sweeping risk from (1, 0, 0): the only other positive weight is cost, so cost gets all of 1 − t.
    np.testing.assert_allclose(path_weights(current, 1, np.array([0.25])), [[0.75, 0.25, 0.0]], rtol=0, atol=1e-12)


# ------------------------------------------------------------------------------------------ two-project sweep


def _two_projects() -> Ranking:
    """A: cost 100 (opex 10), risk 60 (BRA), coverage 31.25 (Nd Pr); B: cost 0 (opex 30), risk 85 (AUS), cov 100.

    Default weights: A = 40 + 21 + 7.8125 = 68.8125, B = 0 + 29.75 + 25 = 54.75, so A is rank 1.
    """
    dataset = make_dataset(
        [
            project("A", country="BRA", feed="BRA", opex=10, elements=("Nd", "Pr")),
            project("B", country="AUS", feed="AUS", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    return score(dataset, V1)


def test_sub_scores_of_the_two_project_case() -> None:
    ranking = _two_projects()
    assert ids_in_rank_order(ranking) == ["A", "B"]
    np.testing.assert_allclose(sub_scores(ranking), [[100.0, 60.0, 31.25], [0.0, 85.0, 100.0]], rtol=0, atol=1e-12)


def test_sweep_grid_and_current_weights() -> None:
    sweep = weight_sweep(_two_projects())
    assert sweep.project_ids == ["A", "B"]
    assert list(sweep.criteria) == ["cost", "risk", "coverage"]
    for criterion, current in zip(("cost", "risk", "coverage"), (0.4, 0.35, 0.25), strict=True):
        one = sweep.criteria[criterion]
        assert one.criterion == criterion
        assert one.current == pytest.approx(current, abs=1e-12)
        assert one.weights.shape == (21,)
        assert one.weights[0] == 0.0
        assert one.weights[-1] == 1.0
        np.testing.assert_allclose(one.weights, np.arange(21) / 20, rtol=0, atol=1e-12)
        assert one.scores.shape == (2, 21)
        assert one.leaders.shape == (21,)


def test_sweep_current_weight_is_normalised() -> None:
    # Weights 2 / 1 / 1 → 0.5, 0.25, 0.25.
    ranking = score(_two_projects().dataset, V1.replace(weight_cost=2, weight_risk=1, weight_coverage=1))
    sweep = weight_sweep(ranking)
    assert [sweep.criteria[c].current for c in ("cost", "risk", "coverage")] == pytest.approx([0.5, 0.25, 0.25])


def test_cost_sweep_by_hand() -> None:
    """Cost at t, risk 7/12·(1 − t), coverage 5/12·(1 − t) (0.35 : 0.25 of the remaining 0.6).

    A(t) = 100t + (1 − t)(60·7 + 31.25·5)/12 = 100t + (1 − t)·576.25/12
    B(t) = 0·t + (1 − t)(85·7 + 100·5)/12 = (1 − t)·1095/12
    Equal where 576.25 + 623.75t = 1095 − 1095t, so t = 518.75/1718.75 = 83/275 ≈ 0.30182: B leads before, A after.
    """
    one = weight_sweep(_two_projects()).criteria["cost"]
    assert len(one.changes) == 1
    assert one.changes[0].weight == pytest.approx(83 / 275, abs=1e-9)
    assert (one.changes[0].before, one.changes[0].after) == ("B", "A")
    # Step 0: A 576.25/12 = 48.0208333, B 1095/12 = 91.25.  Step 10 (t = 0.5): A 50 + 288.125/12, B 45.625.
    # Step 20: A 100, B 0.
    np.testing.assert_allclose(one.scores[:, 0], [576.25 / 12, 91.25], rtol=0, atol=1e-9)
    np.testing.assert_allclose(one.scores[:, 10], [50 + 576.25 / 24, 45.625], rtol=0, atol=1e-9)
    np.testing.assert_allclose(one.scores[:, 20], [100.0, 0.0], rtol=0, atol=1e-9)
    # t = 0.30 (step 6) is just before 0.30182, t = 0.35 (step 7) after: rows are A = 0, B = 1.
    np.testing.assert_array_equal(one.leaders, [1] * 7 + [0] * 14)


def test_risk_sweep_by_hand() -> None:
    """Risk at t, cost 8/13·(1 − t), coverage 5/13·(1 − t) (0.4 : 0.25 of the remaining 0.65).

    A(t) = 60t + (1 − t)(100·8 + 31.25·5)/13 = 60t + (1 − t)·956.25/13
    B(t) = 85t + (1 − t)(0·8 + 100·5)/13 = 85t + (1 − t)·500/13
    ×13: 956.25 − 176.25t = 500 + 605t, so t = 456.25/781.25 = 0.584: A leads before, B after.
    """
    one = weight_sweep(_two_projects()).criteria["risk"]
    assert len(one.changes) == 1
    assert one.changes[0].weight == pytest.approx(0.584, abs=1e-9)
    assert (one.changes[0].before, one.changes[0].after) == ("A", "B")
    # Step 4 (t = 0.2): A 12 + 0.8·956.25/13 = 12 + 765/13, B 17 + 400/13.
    np.testing.assert_allclose(one.scores[:, 4], [12 + 765 / 13, 17 + 400 / 13], rtol=0, atol=1e-9)
    np.testing.assert_allclose(one.scores[:, 20], [60.0, 85.0], rtol=0, atol=1e-9)
    # 0.55 (step 11) < 0.584 < 0.60 (step 12).
    np.testing.assert_array_equal(one.leaders, [0] * 12 + [1] * 9)


def test_coverage_sweep_by_hand() -> None:
    """Coverage at t, cost 8/15·(1 − t), risk 7/15·(1 − t) (0.4 : 0.35 of the remaining 0.75).

    A(t) = 31.25t + (1 − t)(800 + 420)/15;  B(t) = 100t + (1 − t)(0 + 595)/15
    ×15: 1220 − 751.25t = 595 + 905t, so t = 625/1656.25 = 20/53 ≈ 0.37736: A leads before, B after.
    """
    one = weight_sweep(_two_projects()).criteria["coverage"]
    assert len(one.changes) == 1
    assert one.changes[0].weight == pytest.approx(20 / 53, abs=1e-9)
    assert (one.changes[0].before, one.changes[0].after) == ("A", "B")
    # Step 0: A 1220/15 = 81.3333, B 595/15 = 39.6667. Step 16 (t = 0.8): A 25 + 0.2·1220/15, B 80 + 0.2·595/15.
    np.testing.assert_allclose(one.scores[:, 0], [1220 / 15, 595 / 15], rtol=0, atol=1e-9)
    np.testing.assert_allclose(one.scores[:, 16], [25 + 244 / 15, 80 + 119 / 15], rtol=0, atol=1e-9)
    # 0.35 (step 7) < 0.37736 < 0.40 (step 8).
    np.testing.assert_array_equal(one.leaders, [0] * 8 + [1] * 13)


def test_sweep_scores_are_the_weighted_sums_at_every_step() -> None:
    ranking = _two_projects()
    sweep = weight_sweep(ranking)
    subs = np.array([[100.0, 60.0, 31.25], [0.0, 85.0, 100.0]])
    for k, criterion in enumerate(("cost", "risk", "coverage")):
        expected = np.column_stack([subs @ _along(ranking.weights, k, t) for t in GRID])
        np.testing.assert_allclose(sweep.criteria[criterion].scores, expected, rtol=0, atol=1e-9)


# ---------------------------------------------------------------------------------------- three projects, ties


def test_leader_changes_twice_along_the_cost_sweep() -> None:
    """Weights 1/1/1 → ⅓ each; sweeping cost, risk and coverage each get (1 − t)/2.

    opex 30/20/10 → cost 0/50/100.
    P: cost 0, risk 85 (AUS), coverage 100 → P(t) = 92.5(1 − t)
    Q: cost 50, risk 60 (BRA), coverage 93.75 → Q(t) = 76.875(1 − t) + 50t = 76.875 − 26.875t
    R: cost 100, risk 40 (MYS), coverage 31.25 → R(t) = 35.625(1 − t) + 100t = 35.625 + 64.375t
    P = Q at 15.625/65.625 = 5/21 ≈ 0.2381; Q = R at 41.25/91.25 = 33/73 ≈ 0.4521 (P = R at 0.3625 lies under Q).
    """
    dataset = make_dataset(
        [
            project("P", country="AUS", feed="AUS", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
            project("Q", country="BRA", feed="BRA", opex=20, elements=("Nd", "Pr", "Dy", "Tb")),
            project("R", country="MYS", feed="MYS", opex=10, elements=("Nd", "Pr")),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=1, weight_risk=1, weight_coverage=1))
    one = weight_sweep(ranking).criteria["cost"]
    assert [(c.before, c.after) for c in one.changes] == [("P", "Q"), ("Q", "R")]
    assert one.changes[0].weight == pytest.approx(5 / 21, abs=1e-9)
    assert one.changes[1].weight == pytest.approx(33 / 73, abs=1e-9)
    rows = {pid: i for i, pid in enumerate(ids_in_rank_order(ranking))}
    # Step 4 (0.2) < 5/21 < step 5 (0.25); step 9 (0.45) < 33/73 < step 10 (0.5).
    expected = [rows["P"]] * 5 + [rows["Q"]] * 5 + [rows["R"]] * 11
    np.testing.assert_array_equal(one.leaders, expected)
    # Step 8 (t = 0.4): P 55.5, Q 76.875 − 10.75 = 66.125, R 35.625 + 25.75 = 61.375.
    got = {pid: one.scores[rows[pid], 8] for pid in "PQR"}
    assert got == pytest.approx({"P": 55.5, "Q": 66.125, "R": 61.375}, abs=1e-9)


def test_no_change_when_one_project_dominates() -> None:
    # D: cost 100, risk 85, coverage 100 beats E: cost 0, risk 60, coverage 31.25 at every weight.
    dataset = make_dataset(
        [
            project("E", country="BRA", feed="BRA", opex=30, elements=("Nd", "Pr")),
            project("D", country="AUS", feed="AUS", opex=10, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    for method in ("wsm", "topsis"):
        sweep = weight_sweep(score(dataset, V1.replace(method=method)))
        for one in sweep.criteria.values():
            assert one.changes == ()
            np.testing.assert_array_equal(one.leaders, np.zeros(21, dtype=int))


def test_tie_at_a_crossing_goes_to_the_lower_lcop() -> None:
    """Weights cost 1, risk 0, coverage 1 → ½, 0, ½; sweeping coverage, cost gets 1 − t and risk 0.

    A: opex 10 → cost 100, no elements → coverage 0: A(t) = 100(1 − t).
    B: opex 30 → cost 0, all six → coverage 100: B(t) = 100t.
    They tie at t = 0.5 (step 10): 50 = 50, and A has the lower LCOP (10 < 30), so A still leads there.
    """
    dataset = make_dataset(
        [
            project("A", opex=10, elements=()),
            project("B", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=1, weight_risk=0, weight_coverage=1))
    one = weight_sweep(ranking).criteria["coverage"]
    np.testing.assert_allclose(one.scores[:, 10], [50.0, 50.0], rtol=0, atol=1e-12)
    assert [(c.weight, c.before, c.after) for c in one.changes] == [(pytest.approx(0.5, abs=1e-9), "A", "B")]
    np.testing.assert_array_equal(one.leaders, [0] * 11 + [1] * 10)


def test_tie_at_a_crossing_with_equal_lcop_goes_to_project_id() -> None:
    """Weights 0/1/3 → 0, ¼, ¾; sweeping risk, coverage gets 1 − t and cost 0. Equal opex → equal LCOP.

    P2: risk 60 (BRA), coverage 31.25 → 31.25 + 28.75t.  P1: risk 85 (AUS), coverage 6.25 (La Ce) → 6.25 + 78.75t.
    Equal at 25/50 = 0.5 (both 45.625): equal LCOP, so project_id decides and P1 leads at step 10.
    """
    dataset = make_dataset(
        [
            project("P2", country="BRA", feed="BRA", opex=20, elements=("Nd", "Pr")),
            project("P1", country="AUS", feed="AUS", opex=20, elements=("La", "Ce")),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=0, weight_risk=1, weight_coverage=3))
    # At the current (0, 0.25, 0.75): P2 = 15 + 23.4375 = 38.4375, P1 = 21.25 + 4.6875 = 25.9375.
    assert ids_in_rank_order(ranking) == ["P2", "P1"]
    one = weight_sweep(ranking).criteria["risk"]
    np.testing.assert_allclose(one.scores[:, 10], [45.625, 45.625], rtol=0, atol=1e-12)
    assert [(c.weight, c.before, c.after) for c in one.changes] == [(pytest.approx(0.5, abs=1e-9), "P2", "P1")]
    np.testing.assert_array_equal(one.leaders, [0] * 10 + [1] * 11)


def test_tie_at_the_end_of_a_sweep_that_the_leader_keeps_is_not_a_change() -> None:
    """A: cost 100 (opex 10), coverage 31.25; B: cost 0 (opex 30), coverage 15.625; same site, feed unknown, so
    both have project risk 0.6·15 + 0.4·max(15, 50) = 29 → risk score 71.

    Sweeping risk, A(t) − B(t) = (1 − t)(100·0.4 + 15.625·0.25)/0.65 > 0 for t < 1; at t = 1 both are 71 and the
    tie goes to A (lower LCOP). B never leads, so the risk sweep has no leader change.
    """
    dataset = make_dataset(
        [project("A", opex=10, elements=("Nd", "Pr")), project("B", opex=30, elements=("Nd",))],
    )
    ranking = score(dataset, V1)
    one = weight_sweep(ranking).criteria["risk"]
    np.testing.assert_allclose(one.scores[:, 20], [71.0, 71.0], rtol=0, atol=1e-12)
    np.testing.assert_array_equal(one.leaders, np.zeros(21, dtype=int))
    assert one.changes == ()


@pytest.mark.parametrize("seed", range(8))
def test_wsm_changes_agree_with_brute_force(seed: int) -> None:
    _assert_changes_consistent(_random_ranking(seed), probe=1e-6)


@pytest.mark.parametrize("seed", range(100, 112))
def test_topsis_changes_agree_with_brute_force(seed: int) -> None:
    """At ±1e-4 around each reported change, TOPSIS on the sub-scores picks ``before`` and ``after``."""
    assert _assert_changes_consistent(_random_ranking(seed, "topsis"), probe=1e-4) >= 1


def test_topsis_sweep_scores_are_topsis_at_each_step() -> None:
    ranking = _random_ranking(7, "topsis")
    sweep = weight_sweep(ranking)
    subs = sub_scores(ranking)
    for k, criterion in enumerate(("cost", "risk", "coverage")):
        for s in (0, 7, 20):
            expected = topsis(subs, _along(ranking.weights, k, GRID[s]))[0]
            np.testing.assert_allclose(sweep.criteria[criterion].scores[:, s], expected, rtol=0, atol=1e-9)


# --------------------------------------------------------------------------------------------- winner stability


def test_stability_two_projects_by_hand() -> None:
    """A (100, 60, 31.25) = 68.8125 leads B (0, 85, 100) = 54.75 at (0.4, 0.35, 0.25).

    d = B − A = (−100, 25, 68.75); B needs a gain of 14.0625. Cheapest: move δ from cost (B's weakest) to coverage
    (B's strongest) at 68.75 + 100 = 168.75 per unit: δ = 14.0625/168.75 = 1/12 (< 0.4 available).
    L1 = 2δ = 1/6; tipping weights (0.4 − 1/12, 0.35, 0.25 + 1/12) = (19/60, 0.35, 1/3), where both score
    100·19/60 + 21 + 31.25/3 = 29.75 + 100/3 = 63.0833.
    """
    result = winner_stability(_two_projects())
    assert result.method == "wsm"
    assert result.exact is True
    assert (result.winner, result.runner_up) == ("A", "B")
    assert result.l1_margin == pytest.approx(1 / 6, abs=1e-9)
    assert result.weights == pytest.approx((0.4, 0.35, 0.25))
    assert result.tipping_weights == pytest.approx((19 / 60, 0.35, 1 / 3), abs=1e-9)
    assert "Project B" in result.sentence
    assert "0.167" in result.sentence


def test_stability_when_the_weakest_criterion_runs_out() -> None:
    """Weights 1/13/6 → (0.05, 0.65, 0.3). A: (100, 85, 31.25) = 5 + 55.25 + 9.375 = 69.625.

    B: (0, 40, 100) = 0 + 26 + 30 = 56; d = (−100, −45, 68.75); gain needed 13.625.
    From cost (rate 168.75) all 0.05 is usable: gain 8.4375, remaining 5.1875. Then from risk (rate 113.75):
    δ = 5.1875/113.75 = 83/1820. L1 = 2·(0.05 + 83/1820) = 0.1 + 83/910.
    Tipping: (0, 0.65 − 83/1820, 0.35 + 83/1820). Moving from risk alone would cost 2·13.625/113.75 ≈ 0.2396, more.
    """
    dataset = make_dataset(
        [
            project("A", country="AUS", feed="AUS", opex=10, elements=("Nd", "Pr")),
            project("B", country="MYS", feed="MYS", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=1, weight_risk=13, weight_coverage=6))
    result = winner_stability(ranking)
    assert (result.winner, result.runner_up) == ("A", "B")
    assert result.l1_margin == pytest.approx(0.1 + 83 / 910, abs=1e-9)
    assert result.tipping_weights == pytest.approx((0.0, 0.65 - 83 / 1820, 0.35 + 83 / 1820), abs=1e-9)


def test_stability_runner_up_is_the_nearest_challenger_not_rank_2() -> None:
    """W (100, 85, 31.25) = 77.5625; X (100, 85, 15.625) = 73.65625 is rank 2 but never overtakes (d = (0, 0, −15.625));
    Y (0, 85, 100) = 54.75 is rank 3: d = (−100, 0, 68.75), need 22.8125 at 168.75 per unit: δ = 73/540,
    L1 = 73/270 ≈ 0.27037, tipping (0.4 − 73/540, 0.35, 0.25 + 73/540).
    """
    dataset = make_dataset(
        [
            project("W", opex=10, elements=("Nd", "Pr")),
            project("X", opex=10, elements=("Nd",)),
            project("Y", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    ranking = score(dataset, V1)
    assert ids_in_rank_order(ranking) == ["W", "X", "Y"]
    result = winner_stability(ranking)
    assert (result.winner, result.runner_up) == ("W", "Y")
    assert result.l1_margin == pytest.approx(73 / 270, abs=1e-9)
    assert result.tipping_weights == pytest.approx((0.4 - 73 / 540, 0.35, 0.25 + 73 / 540), abs=1e-9)


def test_stability_none_when_the_winner_dominates() -> None:
    dataset = make_dataset(
        [
            project("E", country="BRA", feed="BRA", opex=30, elements=("Nd", "Pr")),
            project("D", country="AUS", feed="AUS", opex=10, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),
        ]
    )
    result = winner_stability(score(dataset, V1))
    assert result.exact is True
    assert result.winner == "D"
    assert result.runner_up is None
    assert result.l1_margin is None
    assert result.tipping_weights is None
    assert "every choice of weights" in result.sentence


def test_stability_none_when_a_challenger_can_only_tie_and_loses_the_tie() -> None:
    """A: (100, 85, 31.25) opex 10; B: (0, 85, 15.625) opex 30 (same country, so the same risk score).

    d = B − A = (−100, 0, −15.625): B can at best tie A, at weights (0, 1, 0) (both 85), and the tie goes to A
    (lower LCOP, 10 < 30). No weight vector makes B rank 1, so there is no margin.
    """
    dataset = make_dataset([project("A", opex=10, elements=("Nd", "Pr")), project("B", opex=30, elements=("Nd",))])
    ranking = score(dataset, V1)
    assert _brute_leader(ranking, np.array([0.0, 1.0, 0.0])) == "A"
    result = winner_stability(ranking)
    assert result.winner == "A"
    assert result.runner_up is None
    assert result.l1_margin is None


def test_stability_counts_a_tie_the_challenger_wins() -> None:
    """P2 and P1: same opex (LCOP), same country; P2 covers Nd Pr (31.25), P1 only Nd (15.625).

    d = P1 − P2 = (0, 0, −15.625): at coverage weight 0 they tie and project_id gives rank 1 to P1.
    Cheapest move: all 0.25 of coverage to cost or risk, L1 = 0.5.
    """
    dataset = make_dataset([project("P2", opex=20, elements=("Nd", "Pr")), project("P1", opex=20, elements=("Nd",))])
    ranking = score(dataset, V1)
    assert _brute_leader(ranking, np.array([0.4, 0.6, 0.0])) == "P1"
    result = winner_stability(ranking)
    assert (result.winner, result.runner_up) == ("P2", "P1")
    assert result.l1_margin == pytest.approx(0.5, abs=1e-9)
    assert result.tipping_weights is not None
    assert result.tipping_weights[2] == pytest.approx(0.0, abs=1e-12)


def test_identical_projects_never_change_rank_one() -> None:
    """Identical projects tie for any weights and the tie-break (LCOP, then ID) always picks A: no margin exists."""
    dataset = make_dataset([project(pid, country="BRA", feed="BRA", opex=20) for pid in ("B", "A")])
    ranking = score(dataset, V1)
    result = winner_stability(ranking)
    assert (result.winner, result.runner_up) == ("A", None)
    assert result.l1_margin is None
    assert "holds for every choice of weights" in result.sentence


def test_stability_topsis_is_not_exact() -> None:
    result = winner_stability(score(_two_projects().dataset, V1.replace(method="topsis")))
    assert result.method == "topsis"
    assert result.exact is False
    assert result.winner == ids_in_rank_order(score(_two_projects().dataset, V1.replace(method="topsis")))[0]
    assert result.l1_margin is None
    assert result.runner_up is None
    assert "WSM" in result.sentence


def test_stability_one_project() -> None:
    result = winner_stability(score(make_dataset([project("A")]), V1))
    assert result.winner == "A"
    assert result.l1_margin is None


def test_nothing_ranked() -> None:
    ranking = score(make_dataset([project("A", country="MYS", feed="MYS")]), V1.replace(max_risk=50))
    assert len(ranking) == 0
    result = winner_stability(ranking)
    assert (result.winner, result.runner_up, result.l1_margin) == (None, None, None)
    sweep = weight_sweep(ranking)
    for one in sweep.criteria.values():
        assert one.scores.shape == (0, 21)
        assert one.changes == ()


def test_stability_as_dict_is_json() -> None:
    rankings = [
        _two_projects(),
        score(_two_projects().dataset, V1.replace(method="topsis")),
        score(make_dataset([project("A")]), V1),
        _random_ranking(3),
    ]
    for ranking in rankings:
        result = winner_stability(ranking)
        data = json.loads(json.dumps(result.as_dict()))
        assert data["winner"] == result.winner
        assert data["l1_margin"] == result.l1_margin
        assert set(data["weights"]) == {"cost", "risk", "coverage"}
    data = winner_stability(_two_projects()).as_dict()
    assert data["tipping_weights"] == pytest.approx({"cost": 19 / 60, "risk": 0.35, "coverage": 1 / 3})


# ---------------------------------------------------------------------------- stability against brute force


STEP = 0.0025


def _simplex_grid(step: float) -> np.ndarray:
    """Every weight vector on the simplex whose entries are multiples of ``step`` (≈ 80,000 points at 0.0025)."""
    m = round(1 / step)
    i, j = np.meshgrid(np.arange(m + 1), np.arange(m + 1), indexing="ij")
    keep = i + j <= m
    i, j = i[keep], j[keep]
    return np.column_stack([i, j, m - i - j]) / m


SIMPLEX = _simplex_grid(STEP)


def _lp_margin(subs: np.ndarray, w0: np.ndarray) -> float:
    """Min over challengers of min ‖w − w0‖₁ s.t. (S_j − S_0)·w ≥ 0, w on the simplex (scipy's LP solver)."""
    best = np.inf
    for j in range(1, len(subs)):
        d = subs[j] - subs[0]
        # Variables w (3), u (3) with u ≥ |w − w0|; minimise Σu.
        c = np.r_[np.zeros(3), np.ones(3)]
        a_ub = np.vstack([np.c_[np.eye(3), -np.eye(3)], np.c_[-np.eye(3), -np.eye(3)], np.r_[-d, np.zeros(3)]])
        b_ub = np.r_[w0, -w0, 0.0]
        a_eq = np.r_[np.ones(3), np.zeros(3)][None, :]
        solved = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[1.0], bounds=[(0, None)] * 6, method="highs")
        if solved.status == 0:
            best = min(best, solved.fun)
    return best


@pytest.mark.parametrize("seed", range(30))
def test_stability_matches_a_grid_search(seed: int) -> None:
    ranking = _random_ranking(seed)
    subs = sub_scores(ranking)
    w0 = np.asarray(ranking.weights)
    result = winner_stability(ranking)
    ids = ids_in_rank_order(ranking)
    assert result.winner == ids[0]

    overall = subs @ SIMPLEX.T  # (projects × grid points)
    behind = (overall[1:] > overall[0] + 1e-9).any(axis=0)  # the winner is strictly behind someone
    distance = np.abs(SIMPLEX - w0).sum(axis=1)
    if not behind.any():
        assert result.l1_margin is None
        assert np.isinf(_lp_margin(subs, w0))
        return
    grid_min = distance[behind].min()
    assert result.l1_margin is not None
    assert result.l1_margin <= grid_min + 1e-9
    assert result.l1_margin >= grid_min - 2 * STEP
    assert result.l1_margin == pytest.approx(_lp_margin(subs, w0), abs=1e-7)

    # The runner-up leads (ties allowed) at some grid point where the winner is behind, near the best one.
    near = behind & (distance <= grid_min + 2 * STEP)
    top = overall[:, near].max(axis=0)
    leaders_near = {ids[i] for i in range(len(ids)) if np.any(overall[i, near] >= top - 1e-9)}
    assert result.runner_up in leaders_near

    # The tipping weights lie on the simplex, at the reported L1 distance, where the runner-up ties the winner.
    tip = np.asarray(result.tipping_weights)
    assert tip.min() >= -1e-12
    assert tip.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.abs(tip - w0).sum() == pytest.approx(result.l1_margin, abs=1e-9)
    runner = ids.index(result.runner_up)
    assert subs[runner] @ tip == pytest.approx(subs[0] @ tip, abs=1e-7)
    assert (subs @ tip).max() <= subs[0] @ tip + 1e-7
