"""Optional sheets Countries, Elements and Settings override the reference and defaults for one run (METHOD.md §1)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.inputs.load import load_workbook
from evaluator.inputs.override_sheets import read_countries, read_elements, read_settings
from evaluator.model.issues import IssueLog, Severity
from evaluator.model.parameters import Parameters, preset
from evaluator.reference.tables import reference_countries, reference_elements
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, errors, ids, issues_at, one_issue_at, row, rows, write_xlsx


def _load_with(tmp_path, sheets, data=None):
    return load_workbook(write_xlsx(tmp_path, HEADER, data or rows("A"), extra_sheets=sheets))


# --------------------------------------------------------------------------------------------------- Countries


def test_countries_sheet_overrides_risk_and_alignment_for_the_run(tmp_path):
    reference = reference_countries().frame
    assert reference.at["BRA", "governance_risk"] != 30.0
    assert not reference.at["BRA", "aligned"]

    sheet = [["Country", "Governance risk", "Aligned"], ["Brazil", 30, "yes"], ["Viet Nam", None, "no"]]
    dataset = _load_with(tmp_path, {"Countries": sheet}, [row("A", country="Brazil")])

    frame = dataset.countries.frame
    assert frame.at["BRA", "governance_risk"] == 30.0
    assert bool(frame.at["BRA", "aligned"])
    assert frame.at["BRA", "origin"] == "workbook"
    assert frame.at["VNM", "governance_risk"] == reference.at["VNM", "governance_risk"]  # blank keeps reference
    assert not frame.at["VNM", "aligned"]
    assert frame.at["AUS", "origin"] == "reference"
    assert dataset.issues == ()
    # The bundled table itself is untouched.
    assert reference_countries().frame.at["BRA", "governance_risk"] == reference.at["BRA", "governance_risk"]


def test_countries_override_changes_the_site_risk_used_in_scoring(tmp_path):
    sheet = [["country", "governance_risk", "aligned"], ["Brazil", 40, "no"]]
    dataset = _load_with(tmp_path, {"Countries": sheet}, [row("A", country="Brazil")])
    table = score(dataset, Parameters()).table
    assert table.at[0, "site_risk"] == pytest.approx(40.0)


def test_aligned_override_applies_the_alignment_discount(tmp_path):
    sheet = [["country", "governance_risk", "aligned"], ["Brazil", 40, "yes"]]
    dataset = _load_with(tmp_path, {"Countries": sheet}, [row("A", country="Brazil")])
    table = score(dataset, Parameters(alignment_discount=0.25)).table
    assert table.at[0, "site_risk"] == pytest.approx(30.0)


def test_bad_countries_rows_are_warned_at_their_cells_and_ignored(tmp_path):
    reference = reference_countries().frame
    sheet = [
        ["country", "governance_risk", "aligned"],
        ["Narnia", 10, "yes"],  # row 2: not a country
        ["Canada", 150, "maybe"],  # row 3: risk out of range, aligned unreadable
        ["Faroe Islands", None, "yes"],  # row 4: not in the reference and no risk given
        ["Brazil", "high", None],  # row 5: risk not a number
    ]
    dataset = _load_with(tmp_path, {"Countries": sheet})
    assert ids(dataset) == ["A"]
    assert errors(dataset) == []

    narnia = one_issue_at(dataset, "Countries!A2")
    assert narnia.severity is Severity.WARNING
    assert "'Narnia' is not a recognised country" in narnia.message
    canada_risk = one_issue_at(dataset, "Countries!B3")
    assert canada_risk.column == "governance_risk"
    assert "0 to 100" in canada_risk.message
    canada_aligned = one_issue_at(dataset, "Countries!C3")
    assert canada_aligned.column == "aligned"
    assert "yes or no" in canada_aligned.message
    assert "not in the bundled table" in one_issue_at(dataset, "Countries!B4").message
    assert "0 to 100" in one_issue_at(dataset, "Countries!B5").message

    frame = dataset.countries.frame
    assert frame.at["CAN", "governance_risk"] == reference.at["CAN", "governance_risk"]
    assert frame.at["CAN", "origin"] == "reference"
    assert frame.at["BRA", "governance_risk"] == reference.at["BRA", "governance_risk"]
    assert "FRO" not in frame.index


def test_countries_sheet_without_a_header_is_ignored_with_a_warning(tmp_path):
    dataset = _load_with(tmp_path, {"Countries": [["Brazil", 30, "yes"]]})
    found = issues_at(dataset, "Countries")
    assert len(found) == 1
    assert found[0].severity is Severity.WARNING
    assert "ignored" in found[0].message
    assert dataset.countries.frame.at["BRA", "origin"] == "reference"


def test_read_countries_accepts_iso_codes_and_booleans():
    log = IssueLog()
    grid = [["iso3", "risk", "ally"], ["BRA", 35.5, True], ["VNM", "20", False]]
    overrides = read_countries(grid, "Countries", log, reference_countries())
    assert len(log) == 0
    assert overrides.at["BRA", "governance_risk"] == 35.5
    assert bool(overrides.at["BRA", "aligned"])
    assert overrides.at["VNM", "governance_risk"] == 20.0
    assert not bool(overrides.at["VNM", "aligned"])


# ---------------------------------------------------------------------------------------------------- Elements


def test_elements_sheet_overrides_criticality_and_price(tmp_path):
    reference = reference_elements().frame
    sheet = [["Symbol", "Criticality", "Price (USD/kg)"], ["Nd", 9, 120], ["Dysprosium", 5, None], ["La", None, 2]]
    dataset = _load_with(tmp_path, {"Elements": sheet})
    frame = dataset.elements.frame
    assert frame.at["Nd", "criticality"] == 9.0
    assert frame.at["Nd", "price_usd_per_kg"] == 120.0
    assert frame.at["Dy", "criticality"] == 5.0
    assert frame.at["Dy", "price_usd_per_kg"] == reference.at["Dy", "price_usd_per_kg"]
    assert frame.at["La", "criticality"] == reference.at["La", "criticality"]
    assert frame.at["La", "price_usd_per_kg"] == 2.0
    assert frame.at["Nd", "origin"] == "workbook"
    assert frame.at["Ce", "origin"] == "reference"
    assert dataset.issues == ()
    assert dataset.elements.criticality[5] == 9.0  # SYMBOLS[5] is Nd


def test_elements_sheet_sets_a_typical_share_and_refuses_a_negative_one(tmp_path):
    reference = reference_elements().frame
    sheet = [["symbol", "typical_share"], ["Dy", 0.04], ["Tb", -0.1]]
    dataset = _load_with(tmp_path, {"Elements": sheet})
    frame = dataset.elements.frame
    assert frame.at["Dy", "typical_share"] == 0.04
    assert frame.at["Dy", "criticality"] == reference.at["Dy", "criticality"]
    assert frame.at["Tb", "typical_share"] == reference.at["Tb", "typical_share"]
    assert [(i.column, i.row) for i in dataset.issues] == [("typical_share", 3)]
    assert "typical_share for Tb must be a number of zero or more" in dataset.issues[0].message


def test_elements_override_changes_the_coverage_score(tmp_path):
    sheet = [["symbol", "criticality"], *[[s, 0] for s in ("Sc", "Y", "La", "Ce", "Pm", "Sm", "Eu", "Gd")]]
    sheet += [[s, 0] for s in ("Ho", "Er", "Tm", "Yb", "Lu", "Tb", "Dy")]
    sheet += [["Nd", 1], ["Pr", 1]]
    dataset = _load_with(tmp_path, {"Elements": sheet}, [row("A", elements="Nd"), row("B", elements="Nd, Pr")])
    table = score(dataset, preset("v1")).table.set_index("project_id")  # binary coverage: the share of the weight
    assert table.at["A", "coverage_score"] == pytest.approx(50.0)
    assert table.at["B", "coverage_score"] == pytest.approx(100.0)


def test_bad_elements_rows_are_warned_and_ignored(tmp_path):
    reference = reference_elements().frame
    sheet = [["symbol", "criticality", "price_usd_per_kg"], ["Unobtainium", 1, 1], ["Ce", -1, "cheap"]]
    dataset = _load_with(tmp_path, {"Elements": sheet})
    assert "not one of the 17 rare-earth elements" in one_issue_at(dataset, "Elements!A2").message
    criticality = one_issue_at(dataset, "Elements!B3")
    assert criticality.column == "criticality"
    assert "zero or more" in criticality.message
    assert one_issue_at(dataset, "Elements!C3").column == "price_usd_per_kg"
    frame = dataset.elements.frame
    assert frame.at["Ce", "criticality"] == reference.at["Ce", "criticality"]
    assert frame.at["Ce", "price_usd_per_kg"] == reference.at["Ce", "price_usd_per_kg"]
    assert (frame["origin"] == "reference").all()


def test_read_elements_without_a_header_warns_and_returns_nothing():
    log = IssueLog()
    overrides = read_elements([["Nd", 9]], "Elements", log)
    assert overrides.empty
    assert len(log) == 1


# ---------------------------------------------------------------------------------------------------- Settings


def test_settings_sheet_rows_parse_to_parameter_values(tmp_path):
    sheet = [
        ["Name", "Value"],
        ["discount rate", "10%"],
        ["Weight cost", 50],
        ["weight_risk", "30"],
        ["coverage weight", 0.2],
        ["method", "TOPSIS"],
        ["stages", "pfs, dfs"],
        ["utilisation", 85],
        ["FX rate", 140],
        ["must cover", "Nd, Dy"],
        ["max risk", None],
    ]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    assert dataset.issues == ()
    assert dataset.settings == {
        "discount_rate": pytest.approx(0.10),
        "weight_cost": 50.0,
        "weight_risk": 30.0,
        "weight_coverage": 0.2,
        "method": "topsis",
        "stages": frozenset({"pfs", "dfs"}),
        "utilisation": pytest.approx(0.85),
        "fx_jpy_per_usd": 140.0,
        "must_cover": frozenset({"Nd", "Dy"}),
    }
    params = Parameters().replace(**dataset.settings)
    assert params.method == "topsis"
    assert params.discount_rate == pytest.approx(0.10)


def test_unknown_setting_is_a_warning_at_its_value_cell(tmp_path):
    sheet = [["name", "value"], ["method", "wsm"], ["colour", "blue"]]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    issue = one_issue_at(dataset, "Settings!B3")
    assert issue.severity is Severity.WARNING
    assert issue.value == "blue"
    assert "'colour'" in issue.message
    assert "not a parameter" in issue.message
    assert dataset.settings == {"method": "wsm"}


def test_bad_setting_value_is_a_warning_and_the_default_stays(tmp_path):
    sheet = [["name", "value"], ["max risk", "abc"], ["life", "20.5"], ["method", "ahp"]]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    assert "expected a number" in one_issue_at(dataset, "Settings!B2").message
    assert "whole number" in one_issue_at(dataset, "Settings!B3").message
    assert "wsm, topsis" in one_issue_at(dataset, "Settings!B4").message
    assert dataset.settings == {}


def test_setting_out_of_range_is_a_warning(tmp_path):
    sheet = [["name", "value"], ["utilisation", 150], ["lcop_lo", 500]]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    assert "utilisation" in one_issue_at(dataset, "Settings!B2").message
    assert "lcop_lo" in one_issue_at(dataset, "Settings!B3").message
    assert dataset.settings == {}


def test_blank_setting_values_and_blank_rows_are_ignored(tmp_path):
    sheet = [["name", "value"], ["discount rate", None], [], [None, 5], ["life", "  "], ["top", 5]]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    assert dataset.issues == ()
    assert dataset.settings == {"top_n": 5}


def test_setting_given_twice_warns_and_the_later_value_wins(tmp_path):
    sheet = [["name", "value"], ["method", "topsis"], ["method", "wsm"]]
    dataset = _load_with(tmp_path, {"Settings": sheet})
    issue = one_issue_at(dataset, "Settings!A3")
    assert issue.severity is Severity.WARNING
    assert "twice" in issue.message
    assert dataset.settings == {"method": "wsm"}


def test_settings_without_a_header_row_are_read_from_columns_a_and_b():
    log = IssueLog()
    settings = read_settings([["discount rate", "10%"], ["method", "topsis"]], "Settings", log)
    assert len(log) == 0
    assert settings == {"discount_rate": pytest.approx(0.10), "method": "topsis"}


def test_settings_under_a_title_row_use_the_header_columns():
    log = IssueLog()
    grid = [["Scenario: base case"], [None, "Parameter", "Value"], [None, "r", 0.07], [None, "top", 3]]
    settings = read_settings(grid, "Settings", log)
    assert len(log) == 0
    assert settings == {"discount_rate": pytest.approx(0.07), "top_n": 3}


def test_settings_sheet_name_is_matched_ignoring_case(tmp_path):
    dataset = _load_with(tmp_path, {"settings": [["name", "value"], ["method", "topsis"]]})
    assert dataset.settings == {"method": "topsis"}


def test_optional_sheets_never_stop_the_load(tmp_path):
    junk = [["??", None, "#REF!"], [np.nan, "x", "y"], ["=1+1", 3, None]]
    dataset = _load_with(tmp_path, {"Countries": junk, "Elements": junk, "Settings": junk}, rows("A", "B"))
    assert ids(dataset) == ["A", "B"]
    assert errors(dataset) == []
