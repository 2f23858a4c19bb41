"""Aggregation (METHOD.md §3): weighted sum and TOPSIS against hand-worked values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from evaluator.scoring.methods import topsis, wsm
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, element_table, ids_in_rank_order, make_dataset, project

# --- WSM -------------------------------------------------------------------------------------------------------


def test_wsm_by_hand() -> None:
    scores = np.array([[100.0, 85.0, 31.25], [50.0, 60.0, 93.75], [0.0, 40.0, 100.0]])
    overall, contributions = wsm(scores, np.array([0.40, 0.35, 0.25]))
    # 40 + 29.75 + 7.8125 = 77.5625; 20 + 21 + 23.4375 = 64.4375; 0 + 14 + 25 = 39.
    assert overall == pytest.approx([77.5625, 64.4375, 39.0])
    assert contributions[0] == pytest.approx([40.0, 29.75, 7.8125])
    assert contributions.sum(axis=1) == pytest.approx(overall)


def _three_projects():
    """Capex 0 so LCOP = opex 10/20/30 → cost 100/50/0; risk AUS 15, BRA 40, MYS 60 → 85/60/40."""
    return make_dataset(
        [
            project("P1", country="AUS", feed="AUS", opex=10, elements=("Nd", "Pr")),  # coverage 10/32 = 31.25
            project("P2", country="BRA", feed="BRA", opex=20, elements=("Dy", "Tb", "Nd", "Pr")),  # 30/32 = 93.75
            project("P3", country="MYS", feed="MYS", opex=30, elements=("La", "Ce", "Nd", "Pr", "Dy", "Tb")),  # 100
        ]
    )


def test_score_wsm_default_weights_by_hand() -> None:
    ranking = score(_three_projects(), V1)
    assert by_id(ranking, "cost_score") == pytest.approx({"P1": 100.0, "P2": 50.0, "P3": 0.0})
    assert by_id(ranking, "risk_score") == pytest.approx({"P1": 85.0, "P2": 60.0, "P3": 40.0})
    assert by_id(ranking, "coverage_score") == pytest.approx({"P1": 31.25, "P2": 93.75, "P3": 100.0})
    expected = {
        "P1": 0.40 * 100 + 0.35 * 85 + 0.25 * 31.25,  # 77.5625
        "P2": 0.40 * 50 + 0.35 * 60 + 0.25 * 93.75,  # 64.4375
        "P3": 0.40 * 0 + 0.35 * 40 + 0.25 * 100,  # 39.0
    }
    assert by_id(ranking, "overall") == pytest.approx(expected)
    assert by_id(ranking, "contribution_cost") == pytest.approx({"P1": 40.0, "P2": 20.0, "P3": 0.0})
    assert by_id(ranking, "contribution_risk") == pytest.approx({"P1": 29.75, "P2": 21.0, "P3": 14.0})
    assert by_id(ranking, "contribution_coverage") == pytest.approx({"P1": 7.8125, "P2": 23.4375, "P3": 25.0})
    assert ids_in_rank_order(ranking) == ["P1", "P2", "P3"]


@pytest.mark.parametrize("weights", [(4, 3.5, 2.5), (40, 35, 25), (0.4, 0.35, 0.25), (8, 7, 5)])
def test_score_wsm_weights_are_normalised(weights: tuple[float, float, float]) -> None:
    params = V1.replace(weight_cost=weights[0], weight_risk=weights[1], weight_coverage=weights[2])
    ranking = score(_three_projects(), params)
    assert ranking.weights == pytest.approx((0.40, 0.35, 0.25))
    assert by_id(ranking, "overall") == pytest.approx({"P1": 77.5625, "P2": 64.4375, "P3": 39.0})


def test_score_wsm_other_weights() -> None:
    # 1/1/2 → 0.25/0.25/0.5: P1 = 25 + 21.25 + 15.625 = 61.875; P2 = 12.5 + 15 + 46.875 = 74.375; P3 = 0 + 10 + 50.
    params = V1.replace(weight_cost=1, weight_risk=1, weight_coverage=2)
    ranking = score(_three_projects(), params)
    assert by_id(ranking, "overall") == pytest.approx({"P1": 61.875, "P2": 74.375, "P3": 60.0})
    assert ids_in_rank_order(ranking) == ["P2", "P1", "P3"]


def test_score_contributions_sum_to_overall_both_methods() -> None:
    for method in ("wsm", "topsis"):
        table = score(_three_projects(), V1.replace(method=method)).table
        parts = table[["contribution_cost", "contribution_risk", "contribution_coverage"]].sum(axis=1)
        assert parts.to_numpy() == pytest.approx(table["overall"].to_numpy()), method


# --- TOPSIS ----------------------------------------------------------------------------------------------------

#: Every column has norm √(60² + 80²) = 100, so the vector-normalised matrix is this one divided by 100.
TOPSIS_MATRIX = np.array([[60.0, 0.0, 80.0], [80.0, 60.0, 0.0], [0.0, 80.0, 60.0]])
TOPSIS_WEIGHTS = np.array([0.5, 0.3, 0.2])
# weighted: [.30, 0, .16], [.40, .18, 0], [0, .24, .12]; ideal [.40, .24, .16]; anti-ideal [0, 0, 0].
# row 1: d⁺ = √(.1² + .24² + 0²) = √.0676 = .26; d⁻ = √(.3² + 0² + .16²) = √.1156 = .34; 100·.34/.60 = 56.667
# row 2: d⁺ = √(0² + .06² + .16²) = √.0292; d⁻ = √(.4² + .18² + 0²) = √.1924 → .438634/(.170880 + .438634) = 71.9646
# row 3: d⁺ = √(.4² + 0² + .04²) = √.1616; d⁻ = √(0² + .24² + .12²) = √.072 → .268328/(.401995 + .268328) = 40.0297
TOPSIS_EXPECTED = [
    100 * 0.34 / (0.26 + 0.34),
    100 * math.sqrt(0.1924) / (math.sqrt(0.0292) + math.sqrt(0.1924)),
    100 * math.sqrt(0.072) / (math.sqrt(0.1616) + math.sqrt(0.072)),
]


def test_topsis_by_hand() -> None:
    overall, _ = topsis(TOPSIS_MATRIX, TOPSIS_WEIGHTS)
    assert overall == pytest.approx(TOPSIS_EXPECTED)
    assert overall == pytest.approx([56.6667, 71.9646, 40.0297], abs=1e-4)


def test_topsis_contributions_by_hand_and_sum() -> None:
    overall, contributions = topsis(TOPSIS_MATRIX, TOPSIS_WEIGHTS)
    # row 1 splits 56.667 in proportion to each criterion's share of d⁻² = .1156: .09, 0, .0256.
    first = TOPSIS_EXPECTED[0]
    assert contributions[0] == pytest.approx([first * 0.09 / 0.1156, 0.0, first * 0.0256 / 0.1156])
    assert contributions.sum(axis=1) == pytest.approx(overall)


def test_topsis_is_invariant_to_weight_scale() -> None:
    overall, _ = topsis(TOPSIS_MATRIX, TOPSIS_WEIGHTS * 10)
    assert overall == pytest.approx(TOPSIS_EXPECTED)


def test_topsis_dominating_project_scores_100_dominated_scores_0() -> None:
    overall, contributions = topsis(np.array([[90.0, 80.0, 70.0], [10.0, 20.0, 30.0]]), np.array([0.4, 0.35, 0.25]))
    assert overall == pytest.approx([100.0, 0.0])
    assert contributions.sum(axis=1) == pytest.approx([100.0, 0.0])


def test_topsis_all_identical_projects_score_100() -> None:
    weights = np.array([0.4, 0.35, 0.25])
    overall, contributions = topsis(np.tile([50.0, 70.0, 20.0], (4, 1)), weights)
    assert overall == pytest.approx([100.0] * 4)
    assert contributions == pytest.approx(np.tile(100 * weights, (4, 1)))


def test_topsis_empty() -> None:
    overall, contributions = topsis(np.zeros((0, 3)), np.array([0.4, 0.35, 0.25]))
    assert overall.shape == (0,)
    assert contributions.shape == (0, 3)


def test_score_topsis_by_hand() -> None:
    """The TOPSIS matrix above built as projects: absolute cost scale (LCOP = 100 − 0.9·score), a = 0, Σc = 5.

    cost 60/80/0 ← LCOP 46/28/100; risk score 0/60/80 ← CHN/CHN 100, BRA/BRA 40, AUS/AUS 20;
    coverage 80/0/60 ← Dy + Tb (3 + 1)/5, nothing, Dy 3/5 with Dy = 3, Tb = 1, Nd = 1.
    """
    dataset = make_dataset(
        [
            project("X", country="CHN", feed="CHN", opex=46, elements=("Dy", "Tb")),
            project("Y", country="BRA", feed="BRA", opex=28, elements=()),
            project("Z", country="AUS", feed="AUS", opex=100, elements=("Dy",)),
        ],
        elements=element_table({"Dy": 3.0, "Tb": 1.0, "Nd": 1.0}),
    )
    params = V1.replace(method="topsis", normalisation="absolute", alignment_discount=0.0)
    params = params.replace(weight_cost=5, weight_risk=3, weight_coverage=2)
    ranking = score(dataset, params)
    assert by_id(ranking, "cost_score") == pytest.approx({"X": 60.0, "Y": 80.0, "Z": 0.0})
    assert by_id(ranking, "risk_score") == pytest.approx({"X": 0.0, "Y": 60.0, "Z": 80.0})
    assert by_id(ranking, "coverage_score") == pytest.approx({"X": 80.0, "Y": 0.0, "Z": 60.0})
    expected = dict(zip(["X", "Y", "Z"], TOPSIS_EXPECTED, strict=True))
    assert by_id(ranking, "overall") == pytest.approx(expected)
    assert ids_in_rank_order(ranking) == ["Y", "X", "Z"]


def test_score_topsis_identical_projects_all_100() -> None:
    dataset = make_dataset([project(pid, country="BRA", feed="BRA", opex=20) for pid in ("A", "B", "C")])
    ranking = score(dataset, V1.replace(method="topsis"))
    assert by_id(ranking, "overall") == pytest.approx({"A": 100.0, "B": 100.0, "C": 100.0})
    assert ranking.table["rank"].tolist() == [1, 2, 3]
    assert ids_in_rank_order(ranking) == ["A", "B", "C"]


def test_fixed_reference_topsis_by_hand() -> None:
    """METHOD.md v2 §3: ideal 100, anti-ideal 0. Scores (80, 60, 40) at weights (0.4, 0.35, 0.25):
    d⁻ = √(32² + 21² + 10²) = √1565, d⁺ = √(8² + 14² + 15²) = √485, overall = 100·d⁻/(d⁺ + d⁻) = 64.24."""
    from evaluator.scoring.methods import topsis_fixed

    weights = np.array([0.4, 0.35, 0.25])
    overall, contributions = topsis_fixed(np.array([[80.0, 60.0, 40.0], [100.0, 100.0, 100.0], [0.0, 0.0, 0.0]]),
                                          weights)  # fmt: skip
    expected = 100 * math.sqrt(1565) / (math.sqrt(1565) + math.sqrt(485))
    assert overall == pytest.approx([expected, 100.0, 0.0])
    assert contributions[0] == pytest.approx(expected * np.array([1024, 441, 100]) / 1565)
    assert contributions.sum(axis=1) == pytest.approx(overall)


def test_fixed_reference_topsis_scores_a_project_alone() -> None:
    """Adding a project (even a dominating one) never moves another's fixed-reference score: no rank reversal."""
    from evaluator.scoring.methods import topsis_fixed

    weights = np.array([0.5, 0.3, 0.2])
    base = np.array([[70.0, 20.0, 90.0], [40.0, 80.0, 30.0]])
    alone, _ = topsis_fixed(base, weights)
    with_more, _ = topsis_fixed(np.vstack([base, [[100.0, 100.0, 0.0], [1.0, 2.0, 3.0]]]), weights)
    assert with_more[:2] == pytest.approx(alone)
