"""The v2 reference tables (METHOD.md v2 §1 optional sheets): read with their header, looked up in element order,
overridden row by row by a workbook sheet."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from evaluator.reference.elements import SYMBOLS
from evaluator.reference.value_tables import reference_forms, reference_prices, reference_stages, reference_supply_gap

ND, PR, DY = (SYMBOLS.index(s) for s in ("Nd", "Pr", "Dy"))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_price_decks_by_name_with_their_basis(tmp_path) -> None:
    path = _write(tmp_path, "prices.csv", "# title: test decks\n# deck_cheap: FOB China\n"
                  "deck,symbol,price_usd_per_kg\ncheap,Nd,60\ncheap,Pr,62\ndear,Nd,110\ndear,Dy,400\n")  # fmt: skip
    decks = reference_prices(path)
    assert decks.decks == ("cheap", "dear")
    cheap = decks.prices("cheap")
    assert (cheap[ND], cheap[PR]) == (60.0, 62.0)
    assert math.isnan(cheap[DY]), "not priced in this deck"
    assert decks.basis("cheap") == "FOB China"
    assert decks.info["title"] == "test decks"


def test_a_prices_sheet_replaces_rows_by_deck_and_symbol_and_a_row_without_deck_applies_to_any(tmp_path) -> None:
    path = _write(tmp_path, "prices.csv", "deck,symbol,price_usd_per_kg\ncheap,Nd,60\ncheap,Pr,62\ndear,Nd,110\n")
    sheet = pd.DataFrame({"deck": ["dear", None, "mine"], "symbol": ["Nd", "Pr", "Tb"],
                          "price_usd_per_kg": [120.0, 70.0, 900.0]})  # fmt: skip
    decks = reference_prices(path).with_overrides(sheet)
    assert decks.prices("dear")[ND] == 120.0  # replaced
    assert decks.prices("cheap")[ND] == 60.0  # untouched
    assert decks.prices("cheap")[PR] == 70.0 == decks.prices("dear")[PR]  # no deck: whichever is in use
    assert "mine" in decks.decks  # a deck only the sheet has is known for that run
    assert decks.prices("mine")[SYMBOLS.index("Tb")] == 900.0


def test_forms_and_stages_look_up_by_key_and_merge_a_sheet(tmp_path) -> None:
    forms = reference_forms(_write(tmp_path, "forms.csv", "form,value_factor\noxide,1.0\nmixed,0.55\nmagnet,3.2\n"))
    assert forms.of(pd.Series(["mixed", "oxide", "unknown"]))[:2] == pytest.approx([0.55, 1.0])
    assert math.isnan(forms.of(pd.Series(["unknown"]))[0])
    changed = forms.with_overrides(pd.DataFrame({"form": ["magnet", "scrap"], "value_factor": [2.5, 0.4]}))
    assert changed.as_dict() == {"oxide": 1.0, "mixed": 0.55, "magnet": 2.5, "scrap": 0.4}
    stages = reference_stages(_write(tmp_path, "stages.csv", "stage,delivery_probability\ndfs,0.5\non_hold,0.05\n"))
    assert stages.as_dict() == {"dfs": 0.5, "on_hold": 0.05}


def test_supply_gap_per_stage_in_element_order(tmp_path) -> None:
    path = _write(tmp_path, "gap.csv", "symbol,stage,demand_tpa,exchina_supply_tpa\nNd,oxide,30000,12000\n"
                  "Dy,oxide,1200,300\nNd,magnet,20000,5000\nLa,oxide,10000,15000\n")  # fmt: skip
    table = reference_supply_gap(path)
    gaps = table.gaps()
    assert gaps["oxide"][ND] == 18000.0
    assert gaps["oxide"][DY] == 900.0
    assert gaps["oxide"][SYMBOLS.index("La")] == -5000.0  # in surplus
    assert gaps["oxide"][PR] == 0.0, "an element the table lacks has no gap"
    assert gaps["magnet"][ND] == 15000.0
    assert "metal" not in gaps
    sheet = pd.DataFrame({"symbol": ["Dy"], "stage": ["oxide"], "demand_tpa": [1500.0], "exchina_supply_tpa": [300.0]})
    assert table.with_overrides(sheet).gaps()["oxide"][DY] == 1200.0
    assert np.isnan(table.frame["stockpile_t"]).all()


def test_the_bundled_tables_cite_their_sources_and_cover_what_the_method_needs() -> None:
    """Every bundled v2 table states source, year, licence and version (issue 11.2), and holds every key METHOD.md
    v2 names: three decks pricing the 16 traded elements, the eight forms, the eight stages, the oxide gap of all
    17 elements and the magnet elements' gaps at the metal and magnet stages."""
    from evaluator.reference.tables import reference_elements
    from evaluator.reference.vocabulary import INPUT_FORMS, OUTPUT_FORMS, STAGES

    prices, forms, stages, gap = reference_prices(), reference_forms(), reference_stages(), reference_supply_gap()
    for table in (prices, forms, stages, gap):
        assert {"title", "source", "year", "licence", "version"} <= set(table.info), table.info["file"]
        assert "http" in table.info["source"]
    assert {"china_2024", "exchina_2025", "us_floor_2025"} <= set(prices.decks)
    for deck in prices.decks:
        assert prices.basis(deck), deck
        traded = prices.prices(deck)
        assert np.isnan(traded[SYMBOLS.index("Pm")])
        assert (np.delete(traded, SYMBOLS.index("Pm")) > 0).all(), deck
    floor = prices.prices("us_floor_2025")
    assert (floor[ND], floor[PR]) == (110.0, 110.0)  # the DoD–MP Materials NdPr floor, July 2025
    assert set(forms.as_dict()) == set(OUTPUT_FORMS) | set(INPUT_FORMS)
    assert forms.as_dict()["oxide"] == 1.0
    assert set(stages.as_dict()) == set(STAGES)
    assert all(0 <= p <= 1 for p in stages.as_dict().values())
    gaps = gap.gaps()
    assert set(gap.frame[gap.frame["stage"] == "oxide"]["symbol"]) == set(SYMBOLS)
    for stage in ("oxide", "metal", "magnet"):
        assert all(gaps[stage][SYMBOLS.index(s)] > 0 for s in ("Nd", "Pr", "Dy", "Tb")), stage
    assert gaps["oxide"][SYMBOLS.index("La")] < 0, "in surplus"
    assert gaps["oxide"][SYMBOLS.index("Ce")] < 0, "in surplus"
    shares = reference_elements().typical_share
    assert shares.sum() == pytest.approx(1.0, abs=1e-3)
    assert shares[SYMBOLS.index("Ce")] > shares[ND] > shares[DY] > 0
