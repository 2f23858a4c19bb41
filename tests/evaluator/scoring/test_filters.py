"""Filters (METHOD.md §3) remove projects before normalisation, and the report says how many and why."""

from __future__ import annotations

import math

import numpy as np
import pytest

from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, ids_in_rank_order, make_dataset, project


def _four_projects():
    """capex 0 so LCOP = opex. Project risk (site = feed): AUS 15, BRA 40, MYS 60, CHN 100.

    Unfiltered min–max over LCOP 10..40: P1 100, P2 100·(40 − 20)/30 = 66.67, P3 33.33, P4 0.
    """
    return make_dataset(
        [
            project("P1", country="AUS", feed="AUS", opex=10, stage="operating", facility_type="separation"),
            project(
                "P2",
                country="BRA",
                feed="BRA",
                opex=20,
                stage="dfs",
                facility_type="refining",
                elements=("Nd", "Pr", "Dy", "Tb"),
            ),
            project(
                "P3", country="MYS", feed="MYS", opex=30, stage="pfs", facility_type="metal", elements=("La", "Dy")
            ),
            project(
                "P4",
                country="CHN",
                feed="CHN",
                opex=40,
                stage="construction",
                facility_type="separation",
                elements=("Dy", "Tb"),
            ),
        ]
    )


def test_no_filter_cost_scores_by_hand() -> None:
    ranking = score(_four_projects(), V1)
    expected = {"P1": 100.0, "P2": 100 * 20 / 30, "P3": 100 * 10 / 30, "P4": 0.0}
    assert by_id(ranking, "cost_score") == pytest.approx(expected)
    assert ranking.filtered.empty
    assert ranking.filter_summary() == "All 4 loaded projects were scored; no filter removed any."


def test_excluding_the_cheapest_project_renormalises_cost() -> None:
    # P1 (AUS, LCOP 10) removed: min–max now over 20..40 → P2 100, P3 100·(40 − 30)/20 = 50, P4 0.
    ranking = score(_four_projects(), V1.replace(exclude_countries=frozenset({"AUS"})))
    assert by_id(ranking, "cost_score") == pytest.approx({"P2": 100.0, "P3": 50.0, "P4": 0.0})
    assert ids_in_rank_order(ranking) == ["P2", "P3", "P4"]
    # The filtered project keeps no score at all.
    assert math.isnan(ranking.values["cost_score"][0])
    assert math.isnan(ranking.values["overall"][0])
    assert ranking.filtered["project_id"].tolist() == ["P1"]
    assert ranking.filtered["reason"].tolist() == ["sited in an excluded country (AUS)"]
    assert ranking.filter_summary() == (
        "3 of 4 projects scored; 1 filtered out (1 sited in an excluded country (AUS))."
    )


def test_max_risk_filter_renormalises_and_keeps_boundary() -> None:
    # max 40: P3 (60) and P4 (100) removed, P2 at exactly 40 kept; cost over 10..20 → P1 100, P2 0.
    ranking = score(_four_projects(), V1.replace(max_risk=40))
    assert by_id(ranking, "cost_score") == pytest.approx({"P1": 100.0, "P2": 0.0})
    assert ranking.filtered["project_id"].tolist() == ["P3", "P4"]
    assert ranking.filtered["reason"].tolist() == ["project risk above 40", "project risk above 40"]
    assert ranking.filter_summary() == "2 of 4 projects scored; 2 filtered out (2 project risk above 40)."


def test_max_risk_filter_changes_wsm_overall() -> None:
    # Unfiltered, P2: 0.4·66.667 + 0.35·60 + 0.25·93.75 = 26.667 + 21 + 23.4375 = 71.104.
    # With max_risk 40, P2 is the dearest of two → cost 0: 0 + 21 + 23.4375 = 44.4375.
    unfiltered = by_id(score(_four_projects(), V1), "overall")["P2"]
    filtered = by_id(score(_four_projects(), V1.replace(max_risk=40)), "overall")["P2"]
    assert unfiltered == pytest.approx(0.4 * 100 * 20 / 30 + 0.35 * 60 + 0.25 * 93.75)
    assert filtered == pytest.approx(44.4375)


def test_stage_filter() -> None:
    # dfs or pfs keeps P2, P3 → cost over 20..30: P2 100, P3 0.
    ranking = score(_four_projects(), V1.replace(stages=frozenset({"dfs", "pfs"})))
    assert by_id(ranking, "cost_score") == pytest.approx({"P2": 100.0, "P3": 0.0})
    assert ranking.filtered["project_id"].tolist() == ["P1", "P4"]
    assert ranking.filtered["reason"].tolist() == ["stage not one of DFS, PFS"] * 2


def test_facility_type_filter() -> None:
    # separation keeps P1, P4 → cost over 10..40: P1 100, P4 0.
    ranking = score(_four_projects(), V1.replace(facility_types=frozenset({"separation"})))
    assert by_id(ranking, "cost_score") == pytest.approx({"P1": 100.0, "P4": 0.0})
    assert ranking.filtered["project_id"].tolist() == ["P2", "P3"]
    assert ranking.filtered["reason"].tolist() == ["facility type not separation"] * 2


def test_must_cover_filter_removes_cheapest() -> None:
    # Dy is produced by P2, P3, P4, not by P1 (Nd, Pr): cost over 20..40 → P2 100, P3 50, P4 0.
    ranking = score(_four_projects(), V1.replace(must_cover=frozenset({"Dy"})))
    assert by_id(ranking, "cost_score") == pytest.approx({"P2": 100.0, "P3": 50.0, "P4": 0.0})
    assert ranking.filtered["project_id"].tolist() == ["P1"]
    assert ranking.filtered["reason"].tolist() == ["does not produce all of Dy"]


def test_must_cover_needs_every_element() -> None:
    # Tb and Dy: P2 (Nd, Pr, Dy, Tb) and P4 (Dy, Tb) qualify; P3 has Dy only.
    ranking = score(_four_projects(), V1.replace(must_cover=frozenset({"Tb", "Dy"})))
    assert sorted(ids_in_rank_order(ranking)) == ["P2", "P4"]
    assert ranking.filtered["reason"].tolist() == ["does not produce all of Tb, Dy"] * 2


def test_project_failing_two_filters_lists_both_reasons() -> None:
    # max risk 50 removes P3 (60) and P4 (100); types separation/refining removes P3 (metal). P3 fails both.
    params = V1.replace(max_risk=50, facility_types=frozenset({"separation", "refining"}))
    ranking = score(_four_projects(), params)
    assert ids_in_rank_order(ranking) == ["P1", "P2"]
    reasons = dict(zip(ranking.filtered["project_id"], ranking.filtered["reason"], strict=True))
    assert reasons == {
        "P3": "project risk above 50; facility type not one of refining, separation",
        "P4": "project risk above 50",
    }
    assert ranking.filters.counts() == {"max_risk": 2, "facility_types": 1}
    assert ranking.filter_summary() == (
        "2 of 4 projects scored; 2 filtered out (2 project risk above 50; 1 facility type not one of refining, "
        "separation)."
    )


def test_filtered_frame_is_in_workbook_order_with_rows() -> None:
    ranking = score(_four_projects(), V1.replace(exclude_countries=frozenset({"CHN", "AUS"})))
    filtered = ranking.filtered
    assert filtered["project_id"].tolist() == ["P1", "P4"]
    assert filtered["country"].tolist() == ["Australia", "China"]
    assert filtered["excel_row"].tolist() == [2, 5]


def test_filter_removing_everything() -> None:
    ranking = score(_four_projects(), V1.replace(max_risk=10))
    assert len(ranking) == 0
    assert ranking.table.empty
    assert len(ranking.filtered) == 4
    assert ranking.filter_summary() == "0 of 4 projects scored; 4 filtered out (4 project risk above 10)."


def test_filter_leaving_one_project_scores_100_cost() -> None:
    ranking = score(_four_projects(), V1.replace(exclude_countries=frozenset({"AUS", "BRA", "MYS"})))
    assert by_id(ranking, "cost_score") == pytest.approx({"P4": 100.0})


def test_absolute_normalisation_unaffected_by_filters() -> None:
    # lo 10, hi 100: P2 (LCOP 20) → 100·80/90 = 88.89 with or without P1.
    params = V1.replace(normalisation="absolute")
    before = by_id(score(_four_projects(), params), "cost_score")["P2"]
    after = by_id(score(_four_projects(), params.replace(exclude_countries=frozenset({"AUS"}))), "cost_score")["P2"]
    assert before == pytest.approx(100 * 80 / 90)
    assert after == pytest.approx(100 * 80 / 90)


def test_filtered_topsis_by_hand() -> None:
    """max risk 40 leaves P1 (cost 100, risk 85, coverage 31.25) and P2 (0, 60, 93.75); weights .4/.35/.25.

    Column norms 100, √(85² + 60²) = √10825, 31.25·√10. Weighted: P1 [.4, .35·85/√10825, .25/√10],
    P2 [0, .35·60/√10825, .75/√10]. Each row is ideal on one side and anti-ideal on the other, so
    d⁺(P1) = d⁻(P2) = .5/√10 = 0.158114 and d⁻(P1) = d⁺(P2) = √(.4² + (.35·25/√10825)²) = 0.408745:
    P1 = 100·0.408745/0.566859 = 72.107, P2 = 27.893.
    """
    ranking = score(_four_projects(), V1.replace(method="topsis", max_risk=40))
    far = math.sqrt(0.4**2 + (0.35 * 25 / math.sqrt(10825)) ** 2)
    near = 0.5 / math.sqrt(10)
    expected = {"P1": 100 * far / (far + near), "P2": 100 * near / (far + near)}
    assert by_id(ranking, "overall") == pytest.approx(expected)
    assert by_id(ranking, "overall") == pytest.approx({"P1": 72.107, "P2": 27.893}, abs=1e-3)
    assert np.isnan(ranking.values["overall"][2:]).all()
