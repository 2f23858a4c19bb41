"""Country names and codes as analysts write them, and countries the reference table lacks (METHOD.md §1–2)."""

from __future__ import annotations

import pytest

from evaluator.inputs.load import ASSUMED_COUNTRY_RISK, load_workbook
from evaluator.model.issues import Severity
from evaluator.reference.countries import country_name, resolve_country
from evaluator.reference.tables import reference_countries
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, ids, issues_at, one_issue_at, row, value_of, write_xlsx

#: Niue is a real country (ISO3 NIU) that the bundled WGI table omits (no political-stability value).
MISSING_FROM_REFERENCE = ("Niue", "NIU")


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("USA", "USA"),
        ("United States of America", "USA"),
        ("United States", "USA"),
        ("US", "USA"),
        ("us", "USA"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Korea, Rep.", "KOR"),
        ("South Korea", "KOR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("JP", "JPN"),
        ("JPN", "JPN"),
        ("Japan", "JPN"),
        ("Lao PDR", "LAO"),
        ("DRC", "COD"),
        ("UAE", "ARE"),
        ("PRC", "CHN"),
        ("  china  ", "CHN"),
        ("Australia.", "AUS"),
        ("United Kingdom", "GBR"),
        ("UK", "GBR"),
    ],
)
def test_resolve_country_maps_common_spellings_to_iso3(text, iso3):
    assert resolve_country(text) == iso3


@pytest.mark.parametrize("text", ["Narnia", "12", "", "   ", "TBD", "N/A", "unknown", "various", "EU", "1,000"])
def test_resolve_country_refuses_what_is_not_a_country(text):
    assert resolve_country(text) is None


def test_country_name_gives_a_short_english_name():
    assert country_name("KOR") == "South Korea"
    assert country_name("USA") == "United States"
    assert country_name("") == ""


def test_site_countries_load_as_iso3_and_short_names(tmp_path):
    data = [row("A", country="Viet Nam"), row("B", country="Korea, Rep."), row("C", country="UAE")]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert list(dataset.projects["country_iso3"]) == ["VNM", "KOR", "ARE"]
    assert value_of(dataset, "B", "country") == "South Korea"
    assert dataset.issues == ()


def test_niue_is_real_but_missing_from_the_reference_table():
    """Guards the premise of the tests below: if the table gains Niue, pick another missing country."""
    name, iso3 = MISSING_FROM_REFERENCE
    assert resolve_country(name) == iso3
    assert iso3 not in reference_countries().frame.index


def test_country_missing_from_the_reference_gets_a_warning_and_an_assumed_risk(tmp_path):
    name, iso3 = MISSING_FROM_REFERENCE
    data = [row("A"), row("B", country=name), row("C", country=name)]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))

    assert ids(dataset) == ["A", "B", "C"]
    issue = one_issue_at(dataset, "Projects!C3")
    assert issue.severity is Severity.WARNING
    assert issue.column == "country"
    assert f"No governance data for '{name}'" in issue.message
    assert f"{ASSUMED_COUNTRY_RISK:g}" in issue.message
    assert issues_at(dataset, "Projects!C4") == []  # one warning per country, not per row

    entry = dataset.countries.frame.loc[iso3]
    assert entry["origin"] == "assumed"
    assert entry["governance_risk"] == ASSUMED_COUNTRY_RISK
    assert not entry["aligned"]

    table = score(dataset).table.set_index("project_id")
    assert bool(table.at["B", "site_risk_assumed"])
    assert table.at["B", "site_risk"] == pytest.approx(ASSUMED_COUNTRY_RISK)
    assert not bool(table.at["A", "site_risk_assumed"])


def test_feed_country_missing_from_the_reference_gets_a_warning(tmp_path):
    name, iso3 = MISSING_FROM_REFERENCE
    dataset = load_workbook(write_xlsx(tmp_path, [*HEADER, "feed_country"], [[*row("A"), name]]))
    assert value_of(dataset, "A", "feed_country_iso3") == iso3
    issue = one_issue_at(dataset, "Projects!H2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "feed_country"
    assert dataset.countries.frame.at[iso3, "origin"] == "assumed"


def test_missing_country_warning_is_not_lost_when_its_first_row_has_an_error(tmp_path):
    """The first row naming Niue is left out (no name); the second one loads and must still be warned about."""
    name, _ = MISSING_FROM_REFERENCE
    data = [row("A", name=None, country=name), row("B", country=name)]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert ids(dataset) == ["B"]
    found = [issue for issue in issues_at(dataset, "Projects!C3") if "No governance data" in issue.message]
    assert len(found) == 1


def test_countries_sheet_supplies_a_missing_country_without_a_warning(tmp_path):
    name, iso3 = MISSING_FROM_REFERENCE
    countries = [["country", "governance_risk", "aligned"], [name, 22, "no"]]
    path = write_xlsx(tmp_path, HEADER, [row("A", country=name)], extra_sheets={"Countries": countries})
    dataset = load_workbook(path)
    assert dataset.issues == ()
    assert dataset.countries.frame.at[iso3, "governance_risk"] == 22.0
    assert dataset.countries.frame.at[iso3, "origin"] == "workbook"
