"""Geopolitical risk (METHOD.md §2): country risk, project risk from site and feed, and the risk score.

Reference (scoring_helpers): AUS 20 aligned → 15, BRA 40, MYS 60, CHN 30 in the table but dominant → 100.
"""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import score
from evaluator.scoring.risk import country_risk, lookup, project_risk
from tests.evaluator.scoring_helpers import by_id, country_table, make_dataset, project


def test_country_risk_alignment_discount_and_dominant_supplier() -> None:
    risk = country_risk(country_table(), alignment_discount=0.25, dominant_supplier="CHN")
    # AUS aligned: 20·(1 − 0.25) = 15; BRA, MYS as in the table; CHN 100 regardless of its table value 30.
    assert risk.to_dict() == pytest.approx({"AUS": 15.0, "BRA": 40.0, "MYS": 60.0, "CHN": 100.0})


def test_country_risk_other_alignment_discount() -> None:
    risk = country_risk(country_table(), alignment_discount=0.5, dominant_supplier="CHN")
    assert risk["AUS"] == pytest.approx(20 * (1 - 0.5))
    assert risk["BRA"] == pytest.approx(40.0)


def test_dominant_supplier_is_100_even_when_table_says_low_and_aligned() -> None:
    table = country_table({"CHN": ("China", 5.0, True), "AUS": ("Australia", 20.0, True)})
    risk = country_risk(table, alignment_discount=0.25, dominant_supplier="CHN")
    assert risk["CHN"] == pytest.approx(100.0)
    assert risk["AUS"] == pytest.approx(15.0)


def test_empty_dominant_supplier_disables_override() -> None:
    risk = country_risk(country_table(), alignment_discount=0.25, dominant_supplier="")
    assert risk["CHN"] == pytest.approx(30.0)


def test_dominant_supplier_can_be_another_country() -> None:
    risk = country_risk(country_table(), alignment_discount=0.25, dominant_supplier="MYS")
    assert risk["MYS"] == pytest.approx(100.0)
    assert risk["CHN"] == pytest.approx(30.0)


def test_project_risk_known_feed() -> None:
    # 0.6·15 + 0.4·40 = 9 + 16 = 25; 0.6·40 + 0.4·100 = 24 + 40 = 64.
    risk, feed, assumed = project_risk(np.array([15.0, 40.0]), np.array([40.0, 100.0]), 0.6, 50.0)
    assert risk == pytest.approx([25.0, 64.0])
    assert feed == pytest.approx([40.0, 100.0])
    assert assumed.tolist() == [False, False]


def test_project_risk_unknown_feed_below_and_above_floor() -> None:
    # site 15 < 50: feed = 50, 0.6·15 + 0.4·50 = 9 + 20 = 29. site 60 > 50: feed = 60, risk 60.
    risk, feed, assumed = project_risk(np.array([15.0, 60.0]), np.array([np.nan, np.nan]), 0.6, 50.0)
    assert risk == pytest.approx([29.0, 60.0])
    assert feed == pytest.approx([50.0, 60.0])
    assert assumed.tolist() == [True, True]


def test_lookup_unknown_code_is_nan() -> None:
    risk = country_risk(country_table(), 0.25, "CHN")
    values = lookup(risk, risk.index.get_indexer(np.array(["BRA", "", "AUS"], dtype=object)))
    assert values[0] == pytest.approx(40.0)
    assert np.isnan(values[1])
    assert values[2] == pytest.approx(15.0)


# --- through score() -------------------------------------------------------------------------------------------


def _risk_dataset():
    return make_dataset(
        [
            project("A", country="AUS", feed="BRA"),  # 0.6·15 + 0.4·40 = 25
            project("B", country="BRA", feed="CHN"),  # 0.6·40 + 0.4·100 = 64
            project("C", country="CHN", feed="CHN"),  # 100
            project("D", country="AUS", feed=""),  # feed max(15, 50) = 50: 9 + 20 = 29
            project("E", country="MYS", feed=""),  # feed max(60, 50) = 60: 60
            project("F", country="MYS", feed="AUS"),  # 0.6·60 + 0.4·15 = 36 + 6 = 42
        ]
    )


def test_score_project_risk_by_hand() -> None:
    ranking = score(_risk_dataset())
    expected = {"A": 25.0, "B": 64.0, "C": 100.0, "D": 29.0, "E": 60.0, "F": 42.0}
    assert by_id(ranking, "project_risk") == pytest.approx(expected)
    assert by_id(ranking, "risk_score") == pytest.approx({k: 100.0 - v for k, v in expected.items()})
    assert by_id(ranking, "site_risk") == pytest.approx(
        {"A": 15.0, "B": 40.0, "C": 100.0, "D": 15.0, "E": 60.0, "F": 60.0}
    )
    assert by_id(ranking, "feed_risk") == pytest.approx(
        {"A": 40.0, "B": 100.0, "C": 100.0, "D": 50.0, "E": 60.0, "F": 15.0}
    )


def test_score_flags_assumed_feed_risk() -> None:
    ranking = score(_risk_dataset())
    flags = by_id(ranking, "feed_risk_assumed")
    assert {k for k, v in flags.items() if v} == {"D", "E"}
    position = ranking.position_of("D")
    assert position is not None
    assert any("Feed country unknown" in note and "50.0" in note for note in ranking.assumptions(position))


def test_score_without_dominant_supplier() -> None:
    # CHN back to its table value 30: B = 0.6·40 + 0.4·30 = 36; C = 30.
    ranking = score(_risk_dataset(), Parameters(dominant_supplier=""))
    risk = by_id(ranking, "project_risk")
    assert risk["B"] == pytest.approx(36.0)
    assert risk["C"] == pytest.approx(30.0)
    assert by_id(ranking, "risk_score")["C"] == pytest.approx(70.0)


def test_score_site_share_and_floor_parameters() -> None:
    # s = 0.5, floor 80: A = 0.5·15 + 0.5·40 = 27.5; D = 0.5·15 + 0.5·max(15, 80) = 47.5; E = 0.5·60 + 0.5·80 = 70.
    ranking = score(_risk_dataset(), Parameters(site_share=0.5, unknown_feed_floor=80.0))
    risk = by_id(ranking, "project_risk")
    assert risk["A"] == pytest.approx(27.5)
    assert risk["D"] == pytest.approx(47.5)
    assert risk["E"] == pytest.approx(70.0)


def test_score_alignment_discount_parameter() -> None:
    # a = 0: AUS back to 20: A = 0.6·20 + 0.4·40 = 28; a = 1: AUS 0: A = 16.
    assert by_id(score(_risk_dataset(), Parameters(alignment_discount=0.0)), "project_risk")["A"] == pytest.approx(28)
    assert by_id(score(_risk_dataset(), Parameters(alignment_discount=1.0)), "project_risk")["A"] == pytest.approx(16)


@pytest.mark.parametrize("text", ["none", "", "off"])
def test_dominant_supplier_disabled_from_settings_text(text: str) -> None:
    params = Parameters().with_settings({"dominant_supplier": text})
    assert params.dominant_supplier == ""
    assert by_id(score(_risk_dataset(), params), "project_risk")["C"] == pytest.approx(30.0)


def test_unknown_feed_with_dominant_site() -> None:
    # site CHN 100 > 50: feed assumed 100, project risk 100, risk score 0.
    ranking = score(make_dataset([project("A", country="CHN", feed="")]))
    assert by_id(ranking, "feed_risk") == pytest.approx({"A": 100.0})
    assert by_id(ranking, "risk_score") == pytest.approx({"A": 0.0})
    assert by_id(ranking, "feed_risk_assumed") == {"A": True}
