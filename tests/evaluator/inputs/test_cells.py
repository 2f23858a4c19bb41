"""Reading typed values out of raw cells: numbers stored as text, Excel errors, flags (METHOD.md §1)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from evaluator.inputs.cells import (
    blank_mask,
    describe_unreadable_number,
    number_from_text,
    parse_flags,
    parse_numbers,
    parse_years,
    text_of,
)
from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Severity
from tests.evaluator.helpers import HEADER, ids, one_issue_at, row, value_of, write_csv, write_xlsx


def _series(*values):
    return pd.Series(list(values), dtype=object)


# ------------------------------------------------------------------------------------------- numbers as text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1,250", 1250.0),
        (" 300 ", 300.0),
        ("1,234,567.5", 1234567.5),
        ("1 250", 1250.0),
        ("1\u00a0250", 1250.0),
        ("12.5", 12.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("(40)", -40.0),
        ("\u22125", -5.0),
        ("-7", -7.0),
    ],
)
def test_number_from_text_reads_clear_numbers(text, number):
    assert number_from_text(text) == pytest.approx(number)


@pytest.mark.parametrize(
    ("text", "currency", "number"),
    [("$1,200", "USD", 1200.0), ("US$ 40", "USD", 40.0), ("USD 7", "USD", 7.0), ("¥300", "JPY", 300.0),
     ("300円", "JPY", 300.0), ("$1,200", None, None), ("¥300", "USD", None), ("$5", "JPY", None)],
)  # fmt: skip
def test_currency_signs_are_read_only_in_their_own_currency(text, currency, number):
    assert number_from_text(text, currency) == number


@pytest.mark.parametrize(
    "text", ["1,5", "12,34", "1.250,5", "abc", "", "  ", "50 t", "=1+1", "0x10", "nan", "inf", "Infinity", "1,2,3"]
)
def test_number_from_text_refuses_unclear_text(text):
    assert number_from_text(text) is None


def test_parse_numbers_separates_values_blanks_and_bad_cells():
    parsed = parse_numbers(_series(3, 2.5, "1,250", None, "", float("nan"), "abc", True, dt.date(2024, 1, 2), math.inf))
    np.testing.assert_array_equal(parsed.values[:3], [3.0, 2.5, 1250.0])
    assert np.isnan(parsed.values[3:]).all()
    assert list(parsed.blank) == [False, False, False, True, True, True, False, False, False, False]
    assert list(parsed.bad) == [False, False, False, False, False, False, True, True, True, True]


def test_parse_numbers_accepts_numpy_numbers_but_not_numpy_infinity():
    parsed = parse_numbers(_series(np.int64(7), np.float64(2.5), np.float64("inf")))
    assert parsed.values[0] == 7.0
    assert parsed.values[1] == 2.5
    assert list(parsed.bad) == [False, False, True]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (True, "holds TRUE where a number is expected"),
        (False, "holds FALSE where a number is expected"),
        (dt.datetime(2024, 5, 1), "holds a date where a number is expected"),
        (dt.date(2024, 5, 1), "holds a date where a number is expected"),
        ("#N/A", "holds the Excel error #N/A"),
        ("#div/0!", "holds the Excel error #DIV/0!"),
        ("#VALUE!", "holds the Excel error #VALUE!"),
        ("abc", "'abc' is not a number"),
        (math.inf, "is not a finite number"),
    ],
)
def test_describe_unreadable_number_says_why(value, words):
    assert describe_unreadable_number(value) == words


def test_describe_unreadable_number_explains_the_ambiguous_comma():
    message = describe_unreadable_number("1,5")
    assert "'1,5' is ambiguous" in message
    assert "comma" in message
    assert "1.5" in message


def test_describe_unreadable_number_shortens_long_text():
    message = describe_unreadable_number("x" * 100)
    assert len(message) < 70
    assert "…" in message


def test_blank_mask_treats_none_nan_and_white_space_as_empty():
    mask = blank_mask(_series(None, float("nan"), "  ", "\t", "", 0, "0", "a"))
    assert list(mask) == [True, True, True, True, True, False, False, False]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (101.0, "101"),
        (2.5, "2.5"),
        (True, "TRUE"),
        (dt.datetime(2026, 1, 31), "2026-01-31"),
        (dt.datetime(2026, 1, 31, 9, 30), "2026-01-31 09:30"),
        (dt.date(2026, 1, 31), "2026-01-31"),
        ("  Mount \n Weld  ", "Mount Weld"),
        (float("nan"), ""),
    ],
)
def test_text_of(value, text):
    assert text_of(value) == text


# --------------------------------------------------------------------------------------------- element flags


@pytest.mark.parametrize("value", ["yes", "Y", "x", "X", "✓", "1", 1, 1.0, 120.5, "1,250", True, "TRUE", "produced"])
def test_parse_flags_reads_produced(value):
    parsed = parse_flags(_series(value))
    assert parsed.values[0] == 1.0
    assert not parsed.bad[0]


@pytest.mark.parametrize("value", ["no", "N", "0", 0, 0.0, "-", "", None, False, "none"])
def test_parse_flags_reads_not_produced(value):
    parsed = parse_flags(_series(value))
    assert parsed.values[0] == 0.0
    assert not parsed.bad[0]


@pytest.mark.parametrize("value", ["maybe", -3, "-3", "#N/A", dt.date(2024, 1, 1)])
def test_parse_flags_marks_unclear_cells_bad(value):
    parsed = parse_flags(_series(value))
    assert parsed.bad[0]
    assert parsed.values[0] != 1.0


def test_parse_years_reads_numbers_text_and_date_cells():
    parsed = parse_years(_series(2027, "2028", dt.date(2029, 3, 1), dt.datetime(2030, 1, 1), "soon"))
    np.testing.assert_array_equal(parsed.values[:4], [2027.0, 2028.0, 2029.0, 2030.0])
    assert list(parsed.bad) == [False, False, False, False, True]


# ------------------------------------------------------------------------------- the same, through a workbook


def test_numbers_stored_as_text_load_as_numbers(tmp_path):
    data = [row("A", capacity_tpa="1,250", capex_musd=" 300 ", opex_usd_per_kg="$12.50")]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert ids(dataset) == ["A"]
    assert value_of(dataset, "A", "capacity_tpa") == 1250.0
    assert value_of(dataset, "A", "capex_m") == 300.0
    assert value_of(dataset, "A", "opex_per_kg") == 12.5
    assert dataset.issues == ()


def test_bracketed_negative_capacity_is_an_error(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", capacity_tpa="(40)"), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!D2")
    assert issue.severity is Severity.ERROR
    assert issue.column == "capacity_tpa"
    assert issue.value == "(40)"
    assert "above zero" in issue.message


def test_bracketed_negative_capex_is_an_error(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", capex_musd="(40)"), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!E2")
    assert issue.severity is Severity.ERROR
    assert "must not be negative" in issue.message


def test_ambiguous_decimal_comma_is_an_error_that_mentions_the_comma(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), row("B", opex_usd_per_kg="1,5")]))
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!F3")
    assert issue.severity is Severity.ERROR
    assert issue.column == "opex_usd_per_kg"
    assert issue.value == "1,5"
    assert "comma" in issue.message
    assert "1.5" in issue.message


def test_excel_error_typed_in_a_csv_is_named_in_the_message(tmp_path):
    dataset = load_workbook(write_csv(tmp_path, HEADER, [row("A", capex_musd="#N/A"), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "projects!E2")
    assert issue.severity is Severity.ERROR
    assert issue.column == "capex_musd"
    assert "holds the Excel error #N/A" in issue.message


def test_excel_error_cell_in_a_workbook_is_an_error(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", capex_musd="#DIV/0!"), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!E2")
    assert issue.severity is Severity.ERROR
    assert "Excel error" in issue.message


@pytest.mark.parametrize(
    ("value", "words"),
    [(True, "holds TRUE"), (False, "holds FALSE"), (dt.datetime(2024, 1, 1), "holds a date")],
)
def test_booleans_and_dates_in_numeric_cells_are_errors(tmp_path, value, words):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", capacity_tpa=value), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!D2")
    assert issue.severity is Severity.ERROR
    assert issue.column == "capacity_tpa"
    assert words in issue.message


@pytest.mark.parametrize(("field", "letter"), [("capacity_tpa", "D"), ("capex_musd", "E"), ("opex_usd_per_kg", "F")])
def test_empty_required_number_is_an_error(tmp_path, field, letter):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", **{field: None}), row("B")]))
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, f"Projects!{letter}2")
    assert issue.severity is Severity.ERROR
    assert issue.column == field
    assert "empty" in issue.message


def test_yen_sign_in_a_dollar_column_is_not_read_as_dollars(tmp_path):
    """A value "¥300" in a USD column is 150 times off if read as USD 300 m; the cell must at least be reported."""
    header = [*HEADER[:4], "Capex (USD m)", *HEADER[5:]]
    dataset = load_workbook(write_xlsx(tmp_path, header, [row("A", capex_musd="¥300")]))
    found = [issue for issue in dataset.issues if issue.cell == "Projects!E2"]
    assert found, "'¥300' in a USD column was read silently"
