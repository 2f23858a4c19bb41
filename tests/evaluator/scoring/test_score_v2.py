"""score() under METHOD.md v2's defaults: cost against value, coverage in tonnes against the gap, fixed references.

The small functions are tested alone in test_value.py, test_delivery.py and test_coverage.py; here they are tested
as the ranking puts them together, by hand, on reference tables small enough to work on paper:

- prices (deck ``paper``): Nd 100, Pr 100, Dy 400 USD/kg; forms: the bundled table (oxide 1, concentrate 0.45,
  mixed 0.65);
- gaps at the oxide stage: Nd 10,000 t, Pr 1,000 t, Dy 400 t; La in surplus (−500); nothing at metal or magnet;
- criticality (scoring_helpers): Dy 10, Nd 5, Pr 5, La 1 (every other element 0);
- countries (scoring_helpers): AUS risk 15, so a project sited and fed in Australia has risk score 85.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.model.dataset import Dataset
from evaluator.model.parameters import ParameterError, Parameters
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.reference.value_tables import PriceDecks, SupplyGap
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import V1, by_id, ids_in_rank_order, make_dataset, project

PAPER = Parameters(price_deck="paper")


def _paper_tables(dataset: Dataset, tonnes: dict[str, dict[str, float]] | None = None) -> Dataset:
    prices = pd.DataFrame(
        {"deck": "paper", "symbol": ["Nd", "Pr", "Dy"], "price_usd_per_kg": [100.0, 100.0, 400.0], "origin": "test"}
    )
    gap = pd.DataFrame(
        {
            "symbol": ["Nd", "Pr", "Dy", "La"],
            "stage": "oxide",
            "demand_tpa": [12_000.0, 2_000.0, 500.0, 500.0],
            "exchina_supply_tpa": [2_000.0, 1_000.0, 100.0, 1_000.0],
            "stockpile_t": np.nan,
            "origin": "test",
        }
    )
    given = np.full(dataset.coverage.shape, np.nan)
    for row, (pid, by_symbol) in enumerate((tonnes or {}).items()):
        assert dataset.projects["project_id"].iat[row] == pid
        for symbol, value in by_symbol.items():
            given[row, INDEX[symbol]] = value
    return dataclasses.replace(dataset, prices=PriceDecks(prices), supply_gap=SupplyGap(gap), tonnes=given)


def _separation(pid: str = "A", **changes) -> dict:
    row = project(pid, feed="AUS", capex=0.0, capacity=1000.0, opex=22.0, elements=("Nd", "Pr"), stage="operating")
    row |= {"output_form": "oxide", "input_form": "concentrate", "start_year": 2024}
    return row | changes


def test_a_separation_plant_by_hand() -> None:
    """Nd 750 t + Pr 250 t of 1,000 t/y: basket 0.75·100 + 0.25·100 = 100; VA = 100·(1 − 0.45) = 55.

    Capex 0, so LCOP = opex = 22 and k = 22/55 = 0.4 ≤ k_lo: cost 100. Operating, oxide: π = 1, credit 1, u 0.85:
    E_Nd = 637.5, E_Pr = 212.5. γ·g: Nd 0.25·10,000 = 2,500, Pr 250, Dy 100 (La in surplus: no value).
    Coverage = 100·(5·0.255 + 5·0.85 + 10·0)/(5 + 5 + 10) = 27.625. Overall = 0.4·100 + 0.35·85 + 0.25·27.625.
    """
    dataset = _paper_tables(make_dataset([_separation()]), {"A": {"Nd": 750.0, "Pr": 250.0}})
    row = score(dataset, PAPER).table.iloc[0]
    assert row["basket_usd_per_kg"] == pytest.approx(100.0)
    assert row["value_added_usd_per_kg"] == pytest.approx(55.0)
    assert row["margin_usd_per_kg"] == pytest.approx(33.0)
    assert row["cost_to_value"] == pytest.approx(0.4)
    assert row["cost_score"] == pytest.approx(100.0)
    assert row["delivery_probability"] == 1.0
    assert row["expected_ndpr_t"] == pytest.approx(850.0)
    assert row["coverage_score"] == pytest.approx(27.625)
    assert row["overall"] == pytest.approx(40.0 + 29.75 + 0.25 * 27.625)
    assert not row["tonnage_estimated"]


def test_cost_score_between_the_anchors_and_npv_from_the_margin() -> None:
    """opex 60 → k = 60/55: cost 100·(1.5 − 60/55)/(1.5 − 0.5) = 40.9; margin −5 USD/kg on 850 t/y produced:
    NPV = −5·850,000/(CRF·1e6) with CRF(8 %, 20 y) = 0.101852; no IRR (VA < opex: the plant never earns cash)."""
    dataset = _paper_tables(make_dataset([_separation(opex_per_kg=60.0)]), {"A": {"Nd": 750.0, "Pr": 250.0}})
    row = score(dataset, PAPER).table.iloc[0]
    assert row["cost_score"] == pytest.approx(100 * (1.5 - 60 / 55))
    crf = 0.08 * 1.08**20 / (1.08**20 - 1)
    assert row["npv_musd"] == pytest.approx(-5 * 850_000 / (crf * 1e6))
    assert np.isnan(row["irr"])


def test_a_mixed_product_earns_half_the_oxide_gap_and_values_from_its_form() -> None:
    """A cracking plant selling mixed carbonate from concentrate: VA = 100·(0.65 − 0.45) = 20 per kg; its
    expected tonnes are halved (intermediate_credit 0.5): E_Nd 318.75, E_Pr 106.25 → coverage
    100·(5·318.75/2500 + 5·106.25/250)/20 = 13.8125."""
    row = _separation(facility_type="intermediate", output_form="mixed", opex_per_kg=10.0)
    dataset = _paper_tables(make_dataset([row]), {"A": {"Nd": 750.0, "Pr": 250.0}})
    result = score(dataset, PAPER).table.iloc[0]
    assert result["value_added_usd_per_kg"] == pytest.approx(20.0)
    assert result["form_credit"] == 0.5
    assert result["coverage_score"] == pytest.approx(100 * (5 * 318.75 / 2500 + 5 * 106.25 / 250) / 20)


def test_flagged_elements_share_what_the_given_tonnes_leave_and_are_flagged() -> None:
    """Dy given as 10 t; Nd and Pr only flagged: they share the other 990 t by the bundled typical shares."""
    row = _separation(elements="Nd, Pr, Dy")
    dataset = _paper_tables(make_dataset([row]), {"A": {"Dy": 10.0}})
    ranking = score(dataset, PAPER)
    tonnes = ranking.matrices["tonnes"][0]
    assert tonnes[INDEX["Dy"]] == 10.0
    assert tonnes[INDEX["Nd"]] + tonnes[INDEX["Pr"]] == pytest.approx(990.0)
    share = dataset.elements.typical_share
    assert tonnes[INDEX["Nd"]] / tonnes[INDEX["Pr"]] == pytest.approx(share[INDEX["Nd"]] / share[INDEX["Pr"]])
    assert bool(ranking.table["tonnage_estimated"].iat[0])


def test_a_start_after_the_target_year_delivers_nothing_and_on_hold_little() -> None:
    late = _separation("L", start_year=2031)
    hold = _separation("H", stage="on_hold")
    dataset = _paper_tables(make_dataset([late, hold]))
    probability = by_id(score(dataset, PAPER), "delivery_probability")
    assert probability == {"L": 0.0, "H": 0.05}
    assert by_id(score(dataset, PAPER.replace(target_year=2031)), "delivery_probability")["L"] == 1.0
    assert by_id(score(dataset, PAPER), "coverage_score")["L"] == 0.0


def test_a_plant_adding_no_value_scores_zero_cost_and_is_flagged() -> None:
    """A separation plant whose feed is worth as much as its output (input oxide): VA = 0, k = ∞."""
    dataset = _paper_tables(make_dataset([_separation(input_form="oxide")]))
    row = score(dataset, PAPER).table.iloc[0]
    assert row["value_added_usd_per_kg"] == 0.0
    assert row["cost_to_value"] == np.inf
    assert row["cost_score"] == 0.0
    assert bool(row["no_value_added"])


def test_a_project_without_forms_is_taken_as_separation_and_flagged() -> None:
    dataset = _paper_tables(make_dataset([_separation(output_form=None, input_form=None)]))
    row = score(dataset, PAPER).table.iloc[0]
    assert (row["output_form"], row["input_form"]) == ("oxide", "concentrate")
    assert bool(row["form_assumed"])


def test_an_unknown_price_deck_is_one_sentence_naming_the_decks() -> None:
    dataset = make_dataset([_separation()])
    with pytest.raises(ParameterError, match=r"'moon_2040' is not a price deck; decks are china_2024, exchina_2025"):
        score(dataset, Parameters(price_deck="moon_2040"))
    # Folded like any name a person writes: "China 2024" is the china_2024 deck.
    assert len(score(dataset, Parameters(price_deck="China 2024"))) == 1


def test_the_v1_preset_scores_the_same_projects_by_version_1s_rules() -> None:
    """Cost by min–max LCOP: the cheaper of two scores 100, the dearer 0, whatever their value added."""
    dataset = _paper_tables(make_dataset([_separation("A", opex_per_kg=10.0), _separation("B", opex_per_kg=30.0)]))
    assert by_id(score(dataset, V1.replace(price_deck="paper")), "cost_score") == {"A": 100.0, "B": 0.0}
    assert by_id(score(dataset, PAPER), "cost_score") == pytest.approx({"A": 100.0, "B": 100 * (1.5 - 30 / 55)})


# -- properties ------------------------------------------------------------------------------------------------

_ELEMENT_SETS = st.sets(st.sampled_from(("Nd", "Pr", "Dy", "Tb", "La", "Ce", "Sm", "Y")), min_size=0, max_size=4)
_PROJECT = st.fixed_dictionaries(
    {
        "country": st.sampled_from(("AUS", "BRA", "MYS", "CHN")),
        "feed": st.sampled_from(("AUS", "BRA", "MYS", "CHN", "")),
        "capex": st.floats(0, 2000),
        "capacity": st.floats(10, 20_000),
        "opex": st.floats(1, 200),
        "elements": _ELEMENT_SETS,
        "stage": st.sampled_from(("concept", "pfs", "dfs", "construction", "operating", "on_hold")),
        "facility_type": st.sampled_from(("separation", "intermediate", "metal", "magnet", "recycling", "integrated")),
    }
)


def _rows(drawn: list[dict]) -> list[dict]:
    from evaluator.reference.vocabulary import DEFAULT_INPUT_FORM, DEFAULT_OUTPUT_FORM

    rows = []
    for i, spec in enumerate(drawn):
        row = project(f"P{i:02d}", **spec)
        row |= {
            "output_form": DEFAULT_OUTPUT_FORM[spec["facility_type"]],
            "input_form": DEFAULT_INPUT_FORM[spec["facility_type"]],
        }
        rows.append(row)
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drawn=st.lists(_PROJECT, min_size=2, max_size=9),
    leave_out=st.integers(0, 8),
    method=st.sampled_from(("wsm", "topsis")),
)
def test_under_the_defaults_removing_a_project_never_reorders_the_others(drawn, leave_out, method) -> None:
    """METHOD.md v2 §2: every sub-score is absolute, so the others keep their order when one project goes (or,
    read backwards, comes). Under the v1 preset this is not so (min–max cost, observed TOPSIS): issue 11."""
    rows = _rows(drawn)
    gone = rows[leave_out % len(rows)]["project_id"]
    params = Parameters(method=method)
    full = [pid for pid in ids_in_rank_order(score(make_dataset(rows), params)) if pid != gone]
    fewer = ids_in_rank_order(score(make_dataset([r for r in rows if r["project_id"] != gone]), params))
    assert fewer == full


@settings(max_examples=60, deadline=None)
@given(
    tonnes=st.lists(st.floats(0, 5000), min_size=3, max_size=3),
    element=st.sampled_from(("Nd", "Pr", "Dy")),
    more=st.floats(0, 5000),
)
def test_coverage_never_falls_when_one_elements_tonnage_grows(tonnes, element, more) -> None:
    given_tonnes = dict(zip(("Nd", "Pr", "Dy"), tonnes, strict=True))
    bigger = given_tonnes | {element: given_tonnes[element] + more}
    row = _separation(elements="Nd, Pr, Dy", capacity_tpa=20_000.0)
    base = score(_paper_tables(make_dataset([row]), {"A": given_tonnes}), PAPER).table["coverage_score"].iat[0]
    grown = score(_paper_tables(make_dataset([row]), {"A": bigger}), PAPER).table["coverage_score"].iat[0]
    assert grown >= base - 1e-9


def test_ranking_carries_every_matrix_over_all_rows() -> None:
    dataset = _paper_tables(make_dataset([_separation("A"), _separation("B")]))
    ranking = score(dataset, PAPER)
    for name in ("tonnes", "expected_tonnes", "gap"):
        assert ranking.matrices[name].shape == (2, len(SYMBOLS))
    assert ranking.matrices["gap"][0, INDEX["Nd"]] == 10_000.0
    assert ranking.matrices["gap"][0, INDEX["La"]] == -500.0


def test_the_explanation_states_cost_per_dollar_of_value_added_and_tonnes_against_the_gap() -> None:
    from evaluator.scoring.explain import explain

    dataset = _paper_tables(make_dataset([_separation()]), {"A": {"Nd": 750.0, "Pr": 250.0}})
    item = explain(score(dataset, PAPER), 0)
    cost = " ".join(item.lcop_lines)
    assert "Basket price 100.00 USD/kg REO at the paper deck" in cost
    assert "Output oxide worth 100.00 USD/kg, feed concentrate 45.00: value added 55.00 USD/kg." in cost
    assert "k = 22.00 / 55.00 = 0.40 → cost score 100.0 (100 at k ≤ 0.5, 0 at k ≥ 1.5)" in cost
    assert item.coverage_bars == [("Pr", pytest.approx(212.5), pytest.approx(250.0)),
                                  ("Nd", pytest.approx(637.5), pytest.approx(2500.0))]  # fmt: skip
    assert "Nd: 637.5 t expected of the 2,500 t that earn full credit (26%)." in item.coverage_lines
    v1 = explain(score(dataset, V1.replace(price_deck="paper")), 0)
    assert v1.coverage_bars == []
    assert v1.cost_basis == "lcop"
