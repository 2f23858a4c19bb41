"""The table of named checks (evaluator.inputs.validate.CHECKS): each check flags its bad cell, and only that cell.

A clean sheet of three projects gets one bad cell on its third project (worksheet row 4); the check named in the
case, run alone (``read_projects(..., checks=[check])``), must flag exactly that cell at the stated severity. Every
check of the table has a case, so a check whose name no longer says what it checks, or one never run, fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from evaluator.inputs import checks_numbers, checks_text
from evaluator.inputs.sheet_facts import SheetFacts
from evaluator.inputs.validate import CHECKS, Check, read_projects
from evaluator.model.issues import IssueLog, Severity

HEADER = (
    "project_id", "name", "sponsor", "country", "facility_type", "stage", "output_form", "input_form",
    "capacity_tpa", "capex_musd",
    "opex_usd_per_kg", "capex_low", "capex_high", "opex_low", "opex_high", "feed_country", "elements", "Dy",
    "start_year", "latitude", "longitude", "notes",
)  # fmt: skip
LETTER = {name: chr(ord("A") + i) for i, name in enumerate(HEADER)}
GOOD = (
    ("P1", "Alpha", "Co A", "Australia", "separation", "dfs", "oxide", "concentrate", 5000, 500, 20, 400, 600, 15, 25,
     "Australia", "Nd, Pr",
     "no", 2028, -30.5, 120.25, ""),
    ("P2", "Beta", "Co B", "Canada", "refining", "pfs", "", "", 2000, 300, 30, None, None, None, None, "", "La, Ce",
     "yes", 2030, 50.1, -100.5, "pilot"),
    ("P3", "Gamma", "Co C", "Australia", "separation", "construction", "Separated oxide", "MREC", 4000, 450, 25, 400,
     500, 20, 30, "Australia",
     "Nd", "", 2027, -20.0, 130.0, ""),
)  # fmt: skip
ERROR, WARNING = Severity.ERROR, Severity.WARNING
KNOWN = frozenset({"AUS", "CAN"})
CHECKS_BY_NAME = {check.name: check for check in CHECKS}

#: check name → (changes to the third project, field whose cell is flagged, severity).
CASES: dict[str, tuple[dict[str, Any], str, Severity]] = {
    "check_formulas_calculated": ({"capacity_tpa": None}, "capacity_tpa", ERROR),
    "check_text_fits_cell(name)": ({"name": "n" * 40_000}, "name", WARNING),
    "check_name_given": ({"name": " "}, "name", ERROR),
    "check_text_fits_cell(project_id)": ({"project_id": "p" * 40_000}, "project_id", WARNING),
    "check_id_visible": ({"project_id": "P\u200b9"}, "project_id", WARNING),
    "check_id_unique": ({"project_id": "Ｐ1"}, "project_id", ERROR),
    "check_text_fits_cell(country)": ({"country": "c" * 40_000}, "country", WARNING),
    "check_country_given": ({"country": None}, "country", ERROR),
    "check_country_not_placeholder": ({"country": "TBD"}, "country", ERROR),
    "check_country_recognised": ({"country": "Narnia"}, "country", ERROR),
    "check_text_fits_cell(feed_country)": ({"feed_country": "f" * 40_000}, "feed_country", WARNING),
    "check_feed_shares_stated": ({"feed_country": "Australia, Canada"}, "feed_country", WARNING),
    "check_feed_shares_add_up": ({"feed_country": "Australia 70%, Canada 40%"}, "feed_country", WARNING),
    "check_feed_country_recognised": ({"feed_country": "Narnia"}, "feed_country", WARNING),
    "check_feed_country_not_placeholder": ({"feed_country": "TBD"}, "feed_country", WARNING),
    "check_text_fits_cell(facility_type)": ({"facility_type": "t" * 40_000}, "facility_type", WARNING),
    "check_facility_type_known": ({"facility_type": "spaceport"}, "facility_type", WARNING),
    "check_facility_type_single_step": ({"facility_type": "separation + metal"}, "facility_type", WARNING),
    "check_text_fits_cell(stage)": ({"stage": "s" * 40_000}, "stage", WARNING),
    "check_stage_known": ({"stage": "daydream"}, "stage", WARNING),
    "check_form_known(output_form)": ({"output_form": "scrap"}, "output_form", WARNING),  # bought, never sold
    "check_form_known(input_form)": ({"input_form": "moon dust"}, "input_form", WARNING),
    "check_number_readable(capacity_tpa)": ({"capacity_tpa": "lots"}, "capacity_tpa", ERROR),
    "check_number_given(capacity_tpa)": ({"capacity_tpa": None}, "capacity_tpa", ERROR),
    "check_capacity_positive": ({"capacity_tpa": -5}, "capacity_tpa", ERROR),
    "check_capacity_not_too_large": ({"capacity_tpa": 300_000}, "capacity_tpa", WARNING),
    "check_capacity_not_too_small": ({"capacity_tpa": 0.5}, "capacity_tpa", WARNING),
    "check_number_readable(capex_musd)": ({"capex_musd": True}, "capex_musd", ERROR),
    "check_number_given(capex_musd)": ({"capex_musd": None}, "capex_musd", ERROR),
    "check_number_readable(capex_low)": ({"capex_low": "low"}, "capex_low", WARNING),
    "check_number_readable(capex_high)": ({"capex_high": "high"}, "capex_high", WARNING),
    "check_number_readable(opex_usd_per_kg)": ({"opex_usd_per_kg": "#N/A?"}, "opex_usd_per_kg", ERROR),
    "check_number_given(opex_usd_per_kg)": ({"opex_usd_per_kg": None}, "opex_usd_per_kg", ERROR),
    "check_number_readable(opex_low)": ({"opex_low": "cheap"}, "opex_low", WARNING),
    "check_number_readable(opex_high)": ({"opex_high": "dear"}, "opex_high", WARNING),
    "check_base_written_as_range(capex)": ({"capex_musd": "420-650", "capex_low": None}, "capex_musd", WARNING),
    "check_base_written_as_range(opex)": ({"opex_usd_per_kg": "20-30", "opex_high": None}, "opex_usd_per_kg", WARNING),
    "check_capex_plausible": ({"capex_musd": 200_000, "capex_high": None}, "capex_musd", WARNING),
    "check_cost_not_negative(capex_musd)": ({"capex_musd": -5}, "capex_musd", ERROR),
    "check_cost_not_zero(capex_musd)": ({"capex_musd": 0, "capex_low": None}, "capex_musd", WARNING),
    "check_cost_not_negative(opex_usd_per_kg)": ({"opex_usd_per_kg": -1}, "opex_usd_per_kg", ERROR),
    "check_cost_not_zero(opex_usd_per_kg)": ({"opex_usd_per_kg": 0, "opex_low": None}, "opex_usd_per_kg", WARNING),
    "check_opex_plausible": ({"opex_usd_per_kg": 5000, "opex_high": None}, "opex_usd_per_kg", WARNING),
    "check_bound_not_negative(capex_low)": ({"capex_low": -1}, "capex_low", WARNING),
    "check_bound_not_negative(capex_high)": ({"capex_high": -1}, "capex_high", WARNING),
    "check_low_not_above_base(capex)": ({"capex_low": 480}, "capex_low", WARNING),
    "check_high_not_below_base(capex)": ({"capex_high": 420}, "capex_high", WARNING),
    "check_bound_not_negative(opex_low)": ({"opex_low": -1}, "opex_low", WARNING),
    "check_bound_not_negative(opex_high)": ({"opex_high": -1}, "opex_high", WARNING),
    "check_low_not_above_base(opex)": ({"opex_low": 26}, "opex_low", WARNING),
    "check_high_not_below_base(opex)": ({"opex_high": 24}, "opex_high", WARNING),
    "check_separation_capacity_plausible": ({"capacity_tpa": 40, "capex_musd": 4}, "capacity_tpa", WARNING),
    "check_levelised_cost_plausible": ({"opex_usd_per_kg": 400, "opex_high": None}, "opex_usd_per_kg", WARNING),
    "check_capex_intensity_plausible": ({"capex_musd": 2, "capex_low": 1, "capex_high": 3}, "capex_musd", WARNING),
    "check_year_readable": ({"start_year": "soon"}, "start_year", WARNING),
    "check_year_single": ({"start_year": "2027-28"}, "start_year", WARNING),
    "check_year_plausible": ({"start_year": 1900}, "start_year", WARNING),
    "check_number_readable(latitude)": ({"latitude": "north"}, "latitude", WARNING),
    "check_coordinate_in_range(latitude)": ({"latitude": 95}, "latitude", WARNING),
    "check_number_readable(longitude)": ({"longitude": "east"}, "longitude", WARNING),
    "check_coordinate_in_range(longitude)": ({"longitude": -200}, "longitude", WARNING),
    "check_text_fits_cell(elements)": ({"elements": "Nd, " * 10_000}, "elements", WARNING),
    "check_elements_known": ({"elements": "Nd, Xx"}, "elements", WARNING),
    "check_element_flags_readable": ({"Dy": "maybe"}, "Dy", WARNING),
    "check_elements_listed": ({"elements": ""}, "elements", WARNING),
    "check_tonnes_within_capacity": ({"Dy": 4100}, "capacity_tpa", WARNING),  # 4,100 t of Dy > 4,000 × 1.01
    "check_country_has_data(country)": ({"country": "China"}, "country", WARNING),
    "check_country_has_data(feed_country)": ({"feed_country": "China"}, "feed_country", WARNING),
    "check_text_fits_cell(sponsor)": ({"sponsor": "s" * 40_000}, "sponsor", WARNING),
    "check_text_fits_cell(notes)": ({"notes": "n" * 40_000}, "notes", WARNING),
}


def _grid(changes: dict[str, Any]) -> list[list[Any]]:
    third = dict(zip(HEADER, GOOD[2], strict=True)) | changes
    return [list(HEADER), list(GOOD[0]), list(GOOD[1]), [third[name] for name in HEADER]]


def _facts(name: str) -> SheetFacts:
    if name == "check_formulas_calculated":
        return SheetFacts(formulas_without_value={(4, HEADER.index("capacity_tpa")): "=B2*2"})
    return SheetFacts()


def test_the_clean_sheet_has_no_issue() -> None:
    log = IssueLog()
    rows = read_projects(_grid({}), "Projects", log, known_countries=KNOWN)
    assert list(log) == []
    assert rows.projects["project_id"].tolist() == ["P1", "P2", "P3"]


def test_every_check_of_the_table_has_a_case_and_every_check_function_is_in_the_table() -> None:
    names = [check.name for check in CHECKS]
    assert len(set(names)) == len(names)
    assert set(names) == set(CASES)
    defined = {name for module in (checks_text, checks_numbers) for name in vars(module) if name.startswith("check_")}
    assert {check.run.__name__ for check in CHECKS} == defined


@pytest.mark.parametrize("name", list(CASES))
def test_each_check_flags_its_bad_cell_and_no_other(name: str) -> None:
    changes, field, severity = CASES[name]
    check = CHECKS_BY_NAME[name]
    grid, facts = _grid(changes), _facts(name)
    alone = IssueLog()
    rows = read_projects(grid, "Projects", alone, known_countries=KNOWN, facts=facts, checks=[check])
    assert [(issue.cell, issue.severity, issue.column) for issue in alone] == [
        (f"Projects!{LETTER[field]}4", severity, field)
    ]
    assert rows.projects["excel_row"].tolist() == ([2, 3] if severity is ERROR else [2, 3, 4])  # an error leaves it out
    # Within the whole table the same issue is written (other checks may add their own on the same row).
    everything = IssueLog()
    read_projects(grid, "Projects", everything, known_countries=KNOWN, facts=facts)
    assert next(iter(alone)) in list(everything)


def test_a_check_of_loaded_rows_is_silent_on_a_row_an_earlier_error_left_out() -> None:
    # loaded_only checks speak of the rows that load: with the row already in error, the table keeps them silent.
    grid = _grid({"capacity_tpa": 40, "capex_musd": 4, "country": "Narnia"})
    plausible = Check(checks_numbers.check_separation_capacity_plausible)
    alone = IssueLog()
    read_projects(grid, "Projects", alone, known_countries=KNOWN, checks=[plausible])
    assert [issue.cell for issue in alone] == [f"Projects!{LETTER['capacity_tpa']}4"]
    after_error = IssueLog()
    read_projects(
        grid,
        "Projects",
        after_error,
        known_countries=KNOWN,
        checks=[CHECKS_BY_NAME["check_country_recognised"], plausible],
    )
    assert [issue.cell for issue in after_error] == ["Projects!D4"]
