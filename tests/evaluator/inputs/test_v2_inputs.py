"""METHOD.md v2 §1 inputs: output and input forms (with defaults by facility type) and element tonnages."""

from __future__ import annotations

import math
from pathlib import Path

from evaluator.inputs.load import load_workbook
from evaluator.reference.elements import SYMBOLS
from tests.evaluator.helpers import issues_at, write_xlsx

HEADER = ["project_id", "name", "country", "facility_type", "output_form", "input_form", "capacity_tpa",
          "capex_musd", "opex_usd_per_kg", "Nd", "Pr", "Dy"]  # fmt: skip


def _load(tmp_path: Path, rows: list[list[object]]):
    return load_workbook(write_xlsx(tmp_path, HEADER, rows))


def test_forms_as_written_or_by_facility_type(tmp_path: Path) -> None:
    dataset = _load(tmp_path, [
        ["A", "Cracker", "Brazil", "cracking", "", "", 2000, 100, 10, "yes", "yes", ""],
        ["B", "Magnets", "Japan", "magnet", "", "", 1000, 200, 30, "yes", "", "yes"],
        ["C", "Toller", "Estonia", "separation", "Separated oxides", "MREC", 3000, 150, 20, "x", "x", ""],
        ["D", "Recycler", "UK", "recycling", "", "End-of-life magnets", 500, 40, 15, "yes", "", ""],
    ])  # fmt: skip
    projects = dataset.projects.set_index("project_id")
    assert projects.loc[["A", "B", "C", "D"], "output_form"].tolist() == ["mixed", "magnet", "oxide", "oxide"]
    assert projects.loc[["A", "B", "C", "D"], "input_form"].tolist() == ["concentrate", "alloy", "mixed", "scrap"]
    assert projects.at["A", "facility_type"] == "intermediate"
    assert dataset.issues == ()


def test_an_unknown_form_is_a_warning_naming_its_cell_and_left_blank(tmp_path: Path) -> None:
    dataset = _load(tmp_path, [["A", "Plant", "Canada", "separation", "widgets", "ore", 2000, 100, 10, "yes", "", ""]])
    issue = next(iter(issues_at(dataset, "Projects!E2")))
    assert "output_form 'widgets' is not one of concentrate, mixed, oxide, metal, alloy, magnet" in issue.message
    assert dataset.projects.at[0, "output_form"] is None
    assert dataset.projects.at[0, "input_form"] == "ore"
    assert len(dataset) == 1, "a warning: the row still loads"


def test_numbers_in_element_columns_are_tonnes(tmp_path: Path) -> None:
    dataset = _load(tmp_path, [
        ["A", "Plant A", "Canada", "separation", "", "", 2000, 100, 10, 600, 200, 5],
        ["B", "Plant B", "Canada", "separation", "", "", 2000, 100, 10, "yes", 0, ""],
    ])  # fmt: skip
    tonnes = dataset.given_tonnes
    nd, pr, dy = (SYMBOLS.index(s) for s in ("Nd", "Pr", "Dy"))
    assert tonnes[0, [nd, pr, dy]].tolist() == [600.0, 200.0, 5.0]
    assert math.isnan(tonnes[1, nd]), "yes: produced, tonnage not given"
    assert tonnes[1, pr] == 0.0
    assert dataset.coverage[0, [nd, pr, dy]].all()
    assert not dataset.coverage[1, pr]


def test_tonnages_above_capacity_are_a_warning_on_the_capacity_cell(tmp_path: Path) -> None:
    dataset = _load(tmp_path, [["A", "Plant A", "Canada", "separation", "", "", 500, 100, 10, 400, 150, 0]])
    issue = next(iter(issues_at(dataset, "Projects!G2")))
    assert (
        issue.message == ("the element tonnages add up to 550 t/y, more than the capacity_tpa of 500 t/y.")
        or "550 t/y" in issue.message
    )
    assert len(dataset) == 1


def test_a_negative_tonnage_is_reported_with_its_cell(tmp_path: Path) -> None:
    dataset = _load(tmp_path, [["A", "Plant A", "Canada", "separation", "", "", 500, 100, 10, -5, "", ""]])
    assert issues_at(dataset, "Projects!J2"), "the Nd cell"
    assert math.isnan(dataset.given_tonnes[0, SYMBOLS.index("Nd")])


def test_value_sheets_override_the_bundled_tables_row_by_row_and_report_bad_rows(tmp_path: Path) -> None:
    from evaluator.reference.value_tables import reference_forms, reference_prices

    extra = {
        "Prices": [["symbol", "deck", "price_usd_per_kg"], ["Nd", "exchina_2025", 99], ["Dy", "", 650],
                   ["Unobtainium", "", 5], ["Tb", "my_deck", -3], ["Tb", "my_deck", 2000]],
        "Forms": [["form", "value_factor"], ["Magnet", 2.5], ["widgets", 1.0], ["MREC", "lots"]],
        "Stages": [["stage", "delivery_probability"], ["Definitive feasibility", 0.6], ["pfs", 1.4]],
        "SupplyGap": [["symbol", "stage", "demand_tpa", "exchina_supply_tpa"], ["Dy", "oxide", 1500, 300],
                      ["Dy", "powder", 10, 1]],
    }  # fmt: skip
    path = write_xlsx(tmp_path, HEADER, [["A", "Plant", "Canada", "separation", "", "", 2000, 100, 10, "yes", "", ""]],
                      extra_sheets=extra)  # fmt: skip
    dataset = load_workbook(path)
    nd, dy, tb = (SYMBOLS.index(s) for s in ("Nd", "Dy", "Tb"))
    deck = dataset.prices.prices("exchina_2025")
    assert deck[nd] == 99.0  # replaced for that deck
    assert deck[dy] == 650.0  # no deck: whichever is in use
    assert dataset.prices.prices("china_2024")[nd] == reference_prices().prices("china_2024")[nd]
    assert dataset.prices.prices("my_deck")[tb] == 2000.0  # a deck only the sheet has
    assert dataset.forms.as_dict()["magnet"] == 2.5
    assert dataset.forms.as_dict()["mixed"] == reference_forms().as_dict()["mixed"]  # "lots" is refused
    assert dataset.stage_probabilities.as_dict()["dfs"] == 0.6
    assert dataset.stage_probabilities.as_dict()["pfs"] == 0.35  # 1.4 is no probability
    assert dataset.supply_gap.gaps()["oxide"][dy] == 1200.0
    warned = {(issue.sheet, issue.row, issue.column) for issue in dataset.issues}
    assert warned == {("Prices", 4, "symbol"), ("Prices", 5, "price_usd_per_kg"), ("Forms", 3, "form"),
                      ("Forms", 4, "value_factor"), ("Stages", 3, "delivery_probability"),
                      ("SupplyGap", 3, "stage")}  # fmt: skip
    assert len(dataset) == 1
