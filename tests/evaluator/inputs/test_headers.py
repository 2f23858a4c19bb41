"""Header detection, aliases and units in headers (METHOD.md §1, sheet Projects)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.inputs.headers import find_header, parse_unit, read_header
from evaluator.inputs.load import load_workbook
from evaluator.model.issues import InputFileError, Severity
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, errors, ids, one_issue_at, row, rows, value_of, warnings, write_xlsx

# ------------------------------------------------------------------------------------------- where the header is


def test_header_on_row_1_puts_first_project_on_row_2(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, rows("A", "B")))
    assert ids(dataset) == ["A", "B"]
    assert list(dataset.projects["excel_row"]) == [2, 3]
    assert dataset.issues == ()


def test_header_below_title_and_blank_rows_is_found_on_row_5(tmp_path):
    titles = [["Rare-earth pipeline, November"], ["Prepared by the analysis team"], [], []]
    data = [row("A", capacity_tpa="lots"), row("B")]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data, title_rows=titles))

    assert ids(dataset) == ["B"]
    assert list(dataset.projects["excel_row"]) == [7]
    issue = one_issue_at(dataset, "Projects!D6")
    assert issue.severity is Severity.ERROR
    assert issue.row == 6
    assert issue.column == "capacity_tpa"
    assert "'lots' is not a number" in issue.message


def test_blank_rows_below_the_header_are_skipped_and_rows_keep_their_numbers(tmp_path):
    data = [[], [None, None, None], row("A"), [], row("B")]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert ids(dataset) == ["A", "B"]
    assert list(dataset.projects["excel_row"]) == [4, 6]
    assert dataset.rows_read == 2
    assert dataset.issues == ()


def test_header_on_row_20_is_still_found(tmp_path):
    titles = [[f"note {i}"] for i in range(19)]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, rows("A"), title_rows=titles))
    assert ids(dataset) == ["A"]
    assert list(dataset.projects["excel_row"]) == [21]


def test_header_below_row_20_is_an_input_file_error_naming_the_sheet(tmp_path):
    titles = [[f"note {i}"] for i in range(20)]
    path = write_xlsx(tmp_path, HEADER, rows("A"), title_rows=titles)
    with pytest.raises(InputFileError) as caught:
        load_workbook(path)
    message = str(caught.value)
    assert "No header row found in sheet 'Projects'" in message
    assert "first 20 rows" in message
    assert message.endswith(".")


def test_a_row_with_only_two_recognised_names_is_not_a_header():
    grid = [["name", "country", "whatever"], HEADER, row("A")]
    header = find_header(grid)
    assert header is not None
    assert header.row_index == 1


def test_find_header_returns_none_when_nothing_is_recognised():
    assert find_header([["a", "b", "c"], [1, 2, 3]]) is None
    assert find_header([]) is None


# -------------------------------------------------------------------------------------------------- aliases


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Project ID", "project_id"),
        ("project_id", "project_id"),
        ("PROJECT-ID", "project_id"),
        ("Ref", "project_id"),
        ("Project name", "name"),
        ("  Facility  ", "name"),
        ("Name:", "name"),
        ("HOST COUNTRY", "country"),
        ("Country.", "country"),
        ("Location", "country"),
        ("Company", "sponsor"),
        ("Process step", "facility_type"),
        ("Status", "stage"),
        ("Nameplate capacity", "capacity_tpa"),
        ("capacity_tpa", "capacity_tpa"),
        ("Capital cost", "capex_musd"),
        ("CAPEX", "capex_musd"),
        ("capex_musd", "capex_musd"),
        ("Operating cost", "opex_usd_per_kg"),
        ("opex_usd_per_kg", "opex_usd_per_kg"),
        ("Feed source", "feed_country"),
        ("Feedstock country", "feed_country"),
        ("Elements produced", "elements"),
        ("Products", "elements"),
        ("Capex P10", "capex_low"),
        ("capex_high", "capex_high"),
        ("Opex low", "opex_low"),
        ("opex P90", "opex_high"),
        ("Start year", "start_year"),
        ("Lat", "latitude"),
        ("Longitude", "longitude"),
        ("Comments", "notes"),
    ],
)
def test_header_aliases_fold_case_spaces_underscores_and_punctuation(text, field):
    cell = read_header(text)
    assert cell.field == field
    assert cell.element is None


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("Nd", "Nd"), ("Neodymium", "Nd"), ("DYSPROSIUM", "Dy"), ("Y", "Y"), ("Scandium", "Sc"), ("Tb (t/y)", "Tb")],
)
def test_element_headers_are_symbols_or_names(text, symbol):
    cell = read_header(text)
    assert cell.element == symbol
    assert cell.field is None


def test_unrecognised_header_has_neither_field_nor_element():
    cell = read_header("Internal score")
    assert cell.field is None
    assert cell.element is None
    assert read_header(None).text == ""


def test_workbook_with_alias_headers_loads_the_same_values(tmp_path):
    header = ["Project ID", "Project Name", "HOST COUNTRY", "Nameplate capacity", "Capital cost", "Opex", "Products"]
    dataset = load_workbook(
        write_xlsx(tmp_path, header, [["X1", "Lynas Kalgoorlie", "Australia", 12000, 730, 18, "Nd"]])
    )
    assert ids(dataset) == ["X1"]
    assert value_of(dataset, "X1", "name") == "Lynas Kalgoorlie"
    assert value_of(dataset, "X1", "country_iso3") == "AUS"
    assert value_of(dataset, "X1", "capacity_tpa") == 12000
    assert value_of(dataset, "X1", "capex_m") == 730
    assert value_of(dataset, "X1", "opex_per_kg") == 18
    assert value_of(dataset, "X1", "elements") == "Nd"


# ---------------------------------------------------------------------------------------------- units in headers


@pytest.mark.parametrize(
    ("text", "field", "unit"),
    [
        ("Capex (USD m)", "capex_musd", "USD m"),
        ("Capex [USD bn]", "capex_musd", "USD bn"),
        ("Capex USD bn", "capex_musd", "USD bn"),
        ("Capex JPY bn", "capex_musd", "JPY bn"),
        ("Capacity (kt/y)", "capacity_tpa", "kt/y"),
        ("Capacity t/y", "capacity_tpa", "t/y"),
        ("capacity_ktpa", "capacity_tpa", "ktpa"),
        ("Opex (USD/t)", "opex_usd_per_kg", "USD/t"),
        ("Opex USD/t", "opex_usd_per_kg", "USD/t"),
    ],
)
def test_units_in_brackets_and_trailing_units_are_split_off(text, field, unit):
    cell = read_header(text)
    assert cell.field == field
    assert cell.unit_text == unit


@pytest.mark.parametrize(
    ("kind", "text", "factor", "currency"),
    [
        ("money_m", "USD m", 1.0, "USD"),
        ("money_m", "US$ million", 1.0, "USD"),
        ("money_m", "USD bn", 1000.0, "USD"),
        ("money_m", "$bn", 1000.0, "USD"),
        ("money_m", "JPY bn", 1000.0, "JPY"),
        ("money_m", "JPY m", 1.0, "JPY"),
        ("capacity", "t/y", 1.0, ""),
        ("capacity", "tpa", 1.0, ""),
        ("capacity", "kt/y", 1000.0, ""),
        ("capacity", "ktpa", 1000.0, ""),
        ("money_per_kg", "USD/kg", 1.0, "USD"),
        ("money_per_kg", "USD/t", 0.001, "USD"),
        ("money_per_kg", "$/kg", 1.0, "USD"),
    ],
)
def test_parse_unit_factor_and_currency(kind, text, factor, currency):
    unit = parse_unit(kind, text)
    assert unit is not None
    assert unit.factor == pytest.approx(factor)
    assert unit.currency == currency


@pytest.mark.parametrize(("kind", "text"), [("money_m", "CHF m"), ("capacity", "m3/h"), ("money_per_kg", "BRL/kg")])
def test_parse_unit_refuses_units_it_cannot_convert(kind, text):
    assert parse_unit(kind, text) is None


def test_blank_unit_is_the_methods_unit():
    unit = parse_unit("money_m", "")
    assert unit is not None
    assert (unit.factor, unit.currency) == (1.0, "USD")


def _load_one(tmp_path, header, values):
    return load_workbook(write_xlsx(tmp_path, header, [values]))


def test_capex_in_usd_bn_is_multiplied_by_1000(tmp_path):
    header = [*HEADER[:4], "Capex (USD bn)", *HEADER[5:]]
    dataset = _load_one(tmp_path, header, row("A", capex_musd=0.45))
    assert value_of(dataset, "A", "capex_m") == pytest.approx(450.0)
    assert dataset.currencies["capex_m"] == "USD"
    assert dataset.usd("capex_m", 150.0) == pytest.approx([450.0])


def test_capex_in_usd_m_is_taken_as_is(tmp_path):
    header = [*HEADER[:4], "Capex (USD m)", *HEADER[5:]]
    dataset = _load_one(tmp_path, header, row("A", capex_musd=450))
    assert value_of(dataset, "A", "capex_m") == pytest.approx(450.0)
    assert dataset.currencies["capex_m"] == "USD"


def test_capex_in_jpy_bn_stays_in_yen_millions_and_converts_at_the_fx_rate(tmp_path):
    header = [*HEADER[:4], "Capex (JPY bn)", *HEADER[5:]]
    dataset = _load_one(tmp_path, header, row("A", capex_musd=60))  # 60 bn yen = 60,000 m yen
    assert value_of(dataset, "A", "capex_m") == pytest.approx(60_000.0)
    assert dataset.currencies["capex_m"] == "JPY"
    assert dataset.usd("capex_m", 150.0) == pytest.approx([400.0])
    assert dataset.usd("capex_m", 100.0) == pytest.approx([600.0])


def test_capex_in_jpy_m_trailing_unit(tmp_path):
    header = [*HEADER[:4], "Capex JPY m", *HEADER[5:]]
    dataset = _load_one(tmp_path, header, row("A", capex_musd=30_000))
    assert dataset.currencies["capex_m"] == "JPY"
    assert dataset.usd("capex_m", 150.0) == pytest.approx([200.0])


def test_scoring_uses_the_fx_rate_of_the_parameters_for_yen_capex(tmp_path):
    header = [*HEADER[:4], "Capex (JPY bn)", *HEADER[5:]]
    data = [row("JP", capex_musd=60), row("JP2", capex_musd=30)]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))

    at_150 = score(dataset, Parameters(fx_jpy_per_usd=150)).table.set_index("project_id")
    at_100 = score(dataset, Parameters(fx_jpy_per_usd=100)).table.set_index("project_id")
    assert at_150.at["JP", "capex_musd"] == pytest.approx(400.0)
    assert at_100.at["JP", "capex_musd"] == pytest.approx(600.0)
    assert at_150.at["JP2", "capex_musd"] == pytest.approx(200.0)
    assert at_100.at["JP2", "capex_musd"] == pytest.approx(300.0)
    assert at_100.at["JP", "lcop_usd_per_kg"] > at_150.at["JP", "lcop_usd_per_kg"]


def test_capacity_in_kt_per_year_is_multiplied_by_1000(tmp_path):
    header = [*HEADER[:3], "Capacity (kt/y)", *HEADER[4:]]
    dataset = _load_one(tmp_path, header, row("A", capacity_tpa=2.5))
    assert value_of(dataset, "A", "capacity_tpa") == pytest.approx(2500.0)


def test_capacity_in_t_per_year_is_taken_as_is(tmp_path):
    header = [*HEADER[:3], "Capacity t/y", *HEADER[4:]]
    dataset = _load_one(tmp_path, header, row("A", capacity_tpa=2500))
    assert value_of(dataset, "A", "capacity_tpa") == pytest.approx(2500.0)


def test_capacity_in_tonnes_reo_per_year_is_read(tmp_path):
    """METHOD.md's capacity unit is "tonnes REO per year"; writing the basis inside the unit must not refuse it."""
    header = [*HEADER[:3], "Capacity (t REO/y)", *HEADER[4:]]
    dataset = _load_one(tmp_path, header, row("A", capacity_tpa=2500))
    assert value_of(dataset, "A", "capacity_tpa") == pytest.approx(2500.0)


def test_opex_in_usd_per_tonne_is_divided_by_1000(tmp_path):
    header = [*HEADER[:5], "Opex (USD/t)", HEADER[6]]
    dataset = _load_one(tmp_path, header, row("A", opex_usd_per_kg=25_000))
    assert value_of(dataset, "A", "opex_per_kg") == pytest.approx(25.0)
    assert dataset.issues == ()


def test_unknown_unit_on_a_required_column_is_an_input_file_error(tmp_path):
    header = [*HEADER[:4], "Capex (CHF m)", *HEADER[5:]]
    with pytest.raises(InputFileError) as caught:
        _load_one(tmp_path, header, row("A"))
    message = str(caught.value)
    assert "Sheet 'Projects'" in message
    assert "'CHF m'" in message
    assert "capex_musd" in message


def test_unknown_unit_on_an_optional_column_is_a_warning_and_the_column_is_ignored(tmp_path):
    header = [*HEADER, "Capex low (CHF m)"]
    dataset = _load_one(tmp_path, header, [*row("A"), 300])
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!H1")
    assert issue.severity is Severity.WARNING
    assert issue.column == "capex_low"
    assert issue.value == "CHF m"
    assert "'CHF m'" in issue.message
    assert "ignored" in issue.message
    assert np.isnan(value_of(dataset, "A", "capex_low_m"))


def test_range_columns_without_a_unit_inherit_the_unit_of_capex(tmp_path):
    header = [*HEADER[:4], "Capex (USD bn)", *HEADER[5:], "Capex low", "Capex high"]
    dataset = _load_one(tmp_path, header, [*row("A", capex_musd=0.5), 0.4, 0.7])
    assert value_of(dataset, "A", "capex_m") == pytest.approx(500.0)
    assert value_of(dataset, "A", "capex_low_m") == pytest.approx(400.0)
    assert value_of(dataset, "A", "capex_high_m") == pytest.approx(700.0)
    assert dataset.issues == ()


def test_range_columns_without_a_unit_inherit_the_yen_currency_of_capex(tmp_path):
    header = [*HEADER[:4], "Capex (JPY bn)", *HEADER[5:], "Capex low", "Capex high"]
    dataset = _load_one(tmp_path, header, [*row("A", capex_musd=60), 45, 90])
    assert dataset.currencies["capex_low_m"] == "JPY"
    assert dataset.currencies["capex_high_m"] == "JPY"
    assert dataset.usd("capex_low_m", 150.0) == pytest.approx([300.0])
    assert dataset.usd("capex_high_m", 150.0) == pytest.approx([600.0])


def test_range_column_with_its_own_unit_keeps_it(tmp_path):
    header = [*HEADER[:4], "Capex (USD bn)", *HEADER[5:], "Capex low (USD m)"]
    dataset = _load_one(tmp_path, header, [*row("A", capex_musd=0.5), 400])
    assert value_of(dataset, "A", "capex_low_m") == pytest.approx(400.0)


# ------------------------------------------------------------------------------------ duplicates and leftovers


def test_duplicate_column_is_a_warning_and_the_first_one_is_used(tmp_path):
    header = [*HEADER, "Project name"]
    dataset = _load_one(tmp_path, header, [*row("A", name="First name"), "Second name"])
    assert value_of(dataset, "A", "name") == "First name"
    issue = one_issue_at(dataset, "Projects!H1")
    assert issue.severity is Severity.WARNING
    assert issue.column == "name"
    assert "appears twice" in issue.message
    assert "column B" in issue.message


def test_duplicate_element_column_is_a_warning(tmp_path):
    header = [*HEADER[:6], "Nd", "Neodymium"]
    dataset = _load_one(tmp_path, header, [*row("A")[:6], "yes", "no"])
    assert value_of(dataset, "A", "elements") == "Nd"
    issue = one_issue_at(dataset, "Projects!H1")
    assert issue.column == "Nd"
    assert "column G" in issue.message


def test_unrecognised_columns_give_one_warning_naming_them_all(tmp_path):
    header = [*HEADER, "Internal score", "Analyst"]
    dataset = _load_one(tmp_path, header, [*row("A"), 7, "KT"])
    assert ids(dataset) == ["A"]
    assert errors(dataset) == []
    found = warnings(dataset)
    assert len(found) == 1
    assert found[0].cell == "Projects!H1"
    assert "'Internal score'" in found[0].message
    assert "'Analyst'" in found[0].message


@pytest.mark.parametrize(("header", "factor"), [("Capex 億円", 100.0), ("Capex 百万円", 1.0), ("Capex (億円)", 100.0)])
def test_japanese_yen_units_after_the_name_are_read(tmp_path, header, factor):
    """500 in a 億円 (100 million yen) column is 50,000 JPY m = 50,000 / 150 USD m at 150 JPY per USD."""
    import openpyxl

    from evaluator.inputs.load import load_workbook
    from evaluator.scoring.ranking import score

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Projects"
    sheet.append(["name", "country", "capacity_tpa", header, "opex_usd_per_kg", "elements"])
    sheet.append(["Yen project", "Japan", 1000, 500, 20, "Nd"])
    path = tmp_path / "yen.xlsx"
    book.save(path)
    dataset = load_workbook(path)
    assert dataset.currencies["capex_m"] == "JPY"
    assert dataset.projects["capex_m"].iat[0] == pytest.approx(500 * factor)
    assert score(dataset, Parameters(fx_jpy_per_usd=150)).table["capex_musd"].iat[0] == pytest.approx(
        500 * factor / 150
    )
