"""Rank order and ties (METHOD.md §3): rank 1 is best; ties go to the lower LCOP, then to project_id."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, ids_in_rank_order, make_dataset, project


def _five_projects():
    # capex 0: LCOP = opex; min–max over 10..50 → cost 100, 75, 50, 25, 0.
    return make_dataset(
        [
            project("E", country="MYS", feed="MYS", opex=50, elements=()),
            project("C", country="BRA", feed="AUS", opex=30, elements=("Dy", "Tb")),
            project("A", country="AUS", feed="AUS", opex=10, elements=("Nd", "Pr")),
            project("D", country="CHN", feed="CHN", opex=40, elements=("Nd",)),
            project("B", country="AUS", feed="", opex=20, elements=("Dy", "Tb", "Nd", "Pr")),
        ]
    )


def test_rank_column_and_order_by_hand() -> None:
    # A: 0.4·100 + 0.35·85 + 0.25·31.25 = 40 + 29.75 + 7.8125 = 77.5625
    # B: risk 0.6·15 + 0.4·50 = 29 → 71; 0.4·75 + 0.35·71 + 0.25·93.75 = 30 + 24.85 + 23.4375 = 78.2875
    # C: risk 0.6·40 + 0.4·15 = 30 → 70; 0.4·50 + 0.35·70 + 0.25·62.5 = 20 + 24.5 + 15.625 = 60.125
    # D: risk 100 → 0; 0.4·25 + 0 + 0.25·15.625 = 10 + 3.90625 = 13.90625
    # E: risk 60 → 40; 0 + 14 + 0 = 14
    ranking = score(_five_projects(), V1)
    expected = {"A": 77.5625, "B": 78.2875, "C": 60.125, "D": 13.90625, "E": 14.0}
    assert by_id(ranking, "overall") == pytest.approx(expected)
    assert ids_in_rank_order(ranking) == ["B", "A", "C", "E", "D"]
    table = ranking.table
    assert table["rank"].tolist() == [1, 2, 3, 4, 5]
    assert np.all(np.diff(table["overall"].to_numpy()) <= 0)
    assert len(ranking) == 5
    assert ranking.position_of("B") == 0
    assert ranking.position_of("D") == 4
    assert ranking.position_of("nope") is None


def test_table_rows_carry_their_own_inputs() -> None:
    table = score(_five_projects(), V1).table.set_index("project_id")
    assert table.loc["C", "country_iso3"] == "BRA"
    assert table.loc["C", "opex_usd_per_kg"] == pytest.approx(30.0)
    assert table.loc["C", "elements"] == "Tb, Dy"


def test_equal_overall_lower_lcop_first() -> None:
    """Weights cost 1, risk 0, coverage 1 → ½ each; all sited in AUS.

    P1: opex 20 → cost 100·(30 − 20)/20 = 50; Dy, Tb, Nd, La = 26/32 → 81.25; overall 25 + 40.625 = 65.625.
    P2: opex 10 → cost 100; Nd, Pr = 10/32 → 31.25; overall 50 + 15.625 = 65.625 (a tie with P1).
    P3: opex 30 → cost 0; all → 100; overall 50.
    P2 has the lower LCOP, so it ranks above P1 although P1 comes first by project_id.
    """
    dataset = make_dataset(
        [
            project("P1", opex=20, elements=("Dy", "Tb", "Nd", "La")),
            project("P2", opex=10, elements=("Nd", "Pr")),
            project("P3", opex=30, elements=("La", "Ce", "Pr", "Nd", "Tb", "Dy")),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=1, weight_risk=0, weight_coverage=1))
    assert by_id(ranking, "overall") == pytest.approx({"P1": 65.625, "P2": 65.625, "P3": 50.0})
    assert ids_in_rank_order(ranking) == ["P2", "P1", "P3"]
    assert ranking.table["rank"].tolist() == [1, 2, 3]


def test_equal_overall_up_to_rounding_is_still_a_tie() -> None:
    """Weights 1/1/1 → ⅓ each; all BRA/BRA so risk score 60.

    A: opex 20 → cost 50; all elements → 100; overall (50 + 60 + 100)/3 = 70.
    B: opex 10 → cost 100; Dy, Nd, La = 16/32 → 50; overall (100 + 60 + 50)/3 = 70.
    In floating point B's sum comes out 69.99999999999999: still a tie, so B (lower LCOP) ranks first.
    """
    dataset = make_dataset(
        [
            project("A", country="BRA", feed="BRA", opex=20, elements=("La", "Ce", "Pr", "Nd", "Tb", "Dy")),
            project("B", country="BRA", feed="BRA", opex=10, elements=("Dy", "Nd", "La")),
            project("C", country="BRA", feed="BRA", opex=30, elements=()),
        ]
    )
    ranking = score(dataset, V1.replace(weight_cost=1, weight_risk=1, weight_coverage=1))
    assert by_id(ranking, "overall") == pytest.approx({"A": 70.0, "B": 70.0, "C": 20.0})
    assert ids_in_rank_order(ranking) == ["B", "A", "C"]


def test_equal_overall_and_lcop_then_project_id() -> None:
    # Identical projects listed C, A, B: every score ties, LCOP ties, so project_id decides: A, B, C.
    dataset = make_dataset([project(pid, country="BRA", feed="MYS", capex=300, opex=20) for pid in ("C", "A", "B")])
    ranking = score(dataset, V1)
    assert ids_in_rank_order(ranking) == ["A", "B", "C"]
    assert ranking.table["rank"].tolist() == [1, 2, 3]


def test_tie_break_with_a_better_project_present() -> None:
    # X is best (opex 10); Q and M are identical (opex 20), so M before Q by id; Z worst (opex 30, MYS).
    dataset = make_dataset(
        [
            project("Q", opex=20),
            project("Z", opex=30, country="MYS", feed="MYS"),
            project("M", opex=20),
            project("X", opex=10),
        ]
    )
    ranking = score(dataset, V1)
    assert ids_in_rank_order(ranking) == ["X", "M", "Q", "Z"]
    assert ranking.table["rank"].tolist() == [1, 2, 3, 4]


def test_equal_lcop_by_hand_then_project_id() -> None:
    """LCOPs equal by hand must fall through to project_id, whatever the last bit of the float says.

    A: 500 USD m on 5,000 t/y and B: 100 USD m on 1,000 t/y: both 100e6·CRF/(1,000·1,000·0.85) = 11.982613 USD/kg
    capital, + opex 20 = 31.982613. C (opex 10) is cheapest, D (opex 50) dearest, so A and B score the same
    cost 100·(50 − 31.982613)/40 = 45.04347, the same risk and coverage, the same overall and the same LCOP:
    project_id decides, A before B.
    """
    dataset = make_dataset(
        [
            project("B", capex=100, capacity=1000, opex=20),
            project("A", capex=500, capacity=5000, opex=20),
            project("C", opex=10),
            project("D", opex=50),
        ]
    )
    ranking = score(dataset, V1)
    crf = 0.08 * 1.08**20 / (1.08**20 - 1)
    lcop = 100e6 * crf / (1000 * 1000 * 0.85) + 20
    assert by_id(ranking, "cost_score")["A"] == pytest.approx(100 * (50 - lcop) / 40)
    assert by_id(ranking, "cost_score")["B"] == pytest.approx(100 * (50 - lcop) / 40)
    assert ids_in_rank_order(ranking) == ["C", "A", "B", "D"]


def test_topsis_ranks_are_also_1_to_n() -> None:
    ranking = score(_five_projects(), V1.replace(method="topsis"))
    table = ranking.table
    assert table["rank"].tolist() == [1, 2, 3, 4, 5]
    assert np.all(np.diff(table["overall"].to_numpy()) <= 1e-9)
    assert sorted(table["project_id"]) == ["A", "B", "C", "D", "E"]


def test_empty_dataset_scores_nothing() -> None:
    ranking = score(make_dataset([]))
    assert len(ranking) == 0
    assert ranking.table.empty


def test_the_ranking_carries_the_crf_and_country_risks_it_scored_with() -> None:
    # CRF = r(1+r)^n / ((1+r)^n − 1): r = 8 %, n = 20 → 0.08 × 4.660957 / 3.660957 = 0.101852;
    # r = 10 %, n = 10 → 0.1 × 2.593742 / 1.593742 = 0.162745. Country risks as in the hand-worked ranking above.
    dataset = _five_projects()
    ranking = score(dataset, V1)
    assert ranking.crf == pytest.approx(0.101852, abs=1e-6)
    assert ranking.country_risks[["AUS", "BRA", "MYS", "CHN"]].tolist() == pytest.approx([15.0, 40.0, 60.0, 100.0])
    other = score(dataset, V1.replace(discount_rate=0.10, life_years=10))
    assert other.crf == pytest.approx(0.162745, abs=1e-6)
    assert ranking.crf == pytest.approx(0.101852, abs=1e-6)  # each ranking keeps its own


def test_explanations_and_the_assumptions_quote_the_rankings_own_crf_and_risks() -> None:
    """What a ranking carries is what is quoted: a ranking made to carry another CRF and risks shows those."""
    import dataclasses

    from evaluator.outputs.assumptions import assumption_sections
    from evaluator.scoring.explain import explain

    base = score(_five_projects(), V1)
    marked = dataclasses.replace(base, crf=0.4321, country_risks=base.country_risks.replace(15.0, 17.25))
    assert "0.4321" in " ".join(explain(marked, 0).lcop_lines)
    sections = dict(assumption_sections(marked, marked.table, None))
    cells = [str(cell) for rows in sections.values() for row in rows for cell in row]
    assert any("0.432100" in cell for cell in cells)
    assert "17.25" in cells  # Australia's R_c as carried, in the country table
