"""METHOD.md §1 "Bad input": every problem is an issue at its exact cell, or one sentence for an unusable file."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import InputFileError, Severity, cell_ref, column_letter
from tests.evaluator.helpers import (
    HEADER,
    errors,
    ids,
    issues_at,
    one_issue_at,
    row,
    rows,
    value_of,
    write_csv,
    write_xlsx,
)

RANGES = [*HEADER, "capex_low", "capex_high", "opex_low", "opex_high"]  # H, I, J, K


def _ranged(project_id: str, low=None, high=None, opex_low=None, opex_high=None, **changes) -> list:
    return [*row(project_id, **changes), low, high, opex_low, opex_high]


def _load(tmp_path, data, header=HEADER):
    return load_workbook(write_xlsx(tmp_path, header, data))


# ------------------------------------------------------------------------------------------------ duplicate ids


def test_duplicate_project_id_keeps_the_first_and_names_it_on_the_later_row(tmp_path):
    dataset = _load(tmp_path, [row("A", name="First"), row("B"), row("A", name="Second")])
    assert ids(dataset) == ["A", "B"]
    assert value_of(dataset, "A", "name") == "First"
    issue = one_issue_at(dataset, "Projects!A4")
    assert issue.severity is Severity.ERROR
    assert issue.column == "project_id"
    assert issue.value == "A"
    assert issue.row == 4
    assert "already used on row 2" in issue.message
    assert dataset.rows_with_errors == 1


def test_duplicate_ids_ignore_surrounding_spaces(tmp_path):
    dataset = _load(tmp_path, [row("A"), row(" A ")])
    assert ids(dataset) == ["A"]
    assert "already used on row 2" in one_issue_at(dataset, "Projects!A3").message


def test_missing_project_id_becomes_row_number(tmp_path):
    dataset = _load(tmp_path, [row("A"), row(None), row("")])
    assert ids(dataset) == ["A", "row-3", "row-4"]
    assert dataset.issues == ()


def test_without_a_project_id_column_every_id_is_its_row(tmp_path):
    header = HEADER[1:]
    dataset = _load(tmp_path, [row("A")[1:], row("B")[1:]], header=header)
    assert ids(dataset) == ["row-2", "row-3"]


# ------------------------------------------------------------------------------------------------- countries


def test_unknown_site_country_is_an_error_and_the_row_is_left_out(tmp_path):
    dataset = _load(tmp_path, [row("A"), row("B", country="Narnia")])
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!C3")
    assert issue.severity is Severity.ERROR
    assert issue.column == "country"
    assert issue.value == "Narnia"
    assert "'Narnia' is not a recognised country" in issue.message


def test_empty_site_country_is_an_error(tmp_path):
    dataset = _load(tmp_path, [row("A", country=None), row("B")])
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!C2")
    assert issue.severity is Severity.ERROR
    assert "country is empty" in issue.message


def test_unknown_feed_country_is_a_warning_and_treated_as_unknown(tmp_path):
    header = [*HEADER, "feed_country"]
    dataset = _load(tmp_path, [[*row("A"), "Mordor"], [*row("B"), "China"]], header=header)
    assert ids(dataset) == ["A", "B"]
    assert value_of(dataset, "A", "feed_country_iso3") == ""
    assert value_of(dataset, "B", "feed_country_iso3") == "CHN"
    issue = one_issue_at(dataset, "Projects!H2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "feed_country"
    assert "'Mordor' is not a recognised country" in issue.message
    assert "unknown" in issue.message


# ----------------------------------------------------------------------------------------- numbers out of range


def test_zero_capacity_is_an_error(tmp_path):
    dataset = _load(tmp_path, [row("A", capacity_tpa=0), row("B")])
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!D2")
    assert issue.severity is Severity.ERROR
    assert issue.column == "capacity_tpa"
    assert issue.value == "0"
    assert "above zero" in issue.message


def test_negative_capacity_is_an_error(tmp_path):
    dataset = _load(tmp_path, [row("A", capacity_tpa=-100), row("B")])
    assert ids(dataset) == ["B"]
    assert one_issue_at(dataset, "Projects!D2").severity is Severity.ERROR


def test_zero_capex_is_a_warning_and_the_row_loads(tmp_path):
    dataset = _load(tmp_path, [row("A", capex_musd=0)])
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!E2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "capex_musd"
    assert "zero" in issue.message


def test_negative_capex_is_an_error(tmp_path):
    dataset = _load(tmp_path, [row("A", capex_musd=-5), row("B")])
    assert ids(dataset) == ["B"]
    issue = one_issue_at(dataset, "Projects!E2")
    assert issue.severity is Severity.ERROR
    assert "must not be negative" in issue.message


def test_negative_opex_is_an_error(tmp_path):
    dataset = _load(tmp_path, [row("A"), row("B", opex_usd_per_kg=-3)])
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!F3")
    assert issue.severity is Severity.ERROR
    assert issue.column == "opex_usd_per_kg"
    assert issue.value == "-3"
    assert "must not be negative" in issue.message


def test_zero_opex_is_a_warning(tmp_path):
    dataset = _load(tmp_path, [row("A", opex_usd_per_kg=0)])
    assert ids(dataset) == ["A"]
    assert one_issue_at(dataset, "Projects!F2").severity is Severity.WARNING


def test_implausible_capacity_is_a_warning_and_the_row_is_kept(tmp_path):
    dataset = _load(tmp_path, [row("A", capacity_tpa=200_000), row("B", capacity_tpa=250_000)])
    assert ids(dataset) == ["A", "B"]
    assert issues_at(dataset, "Projects!D2") == []
    issue = one_issue_at(dataset, "Projects!D3")
    assert issue.severity is Severity.WARNING
    assert issue.column == "capacity_tpa"
    assert "200,000" in issue.message
    assert "implausible" in issue.message
    assert value_of(dataset, "B", "capacity_tpa") == 250_000


def test_implausible_opex_is_a_warning_and_the_row_is_kept(tmp_path):
    dataset = _load(tmp_path, [row("A", opex_usd_per_kg=1000), row("B", opex_usd_per_kg=1500)])
    assert ids(dataset) == ["A", "B"]
    # 1,000 USD/kg opex is the limit of the opex check; the levelised-cost check (issue 8.3) flags both rows.
    assert [i for i in issues_at(dataset, "Projects!F2") if "implausible" in i.message] == []
    opex_issues = [i for i in issues_at(dataset, "Projects!F3") if "implausible" in i.message]
    assert len(opex_issues) == 1
    issue = opex_issues[0]
    assert issue.severity is Severity.WARNING
    assert "1,000 USD/kg" in issue.message
    for cell in ("Projects!F2", "Projects!F3"):
        assert any("levelised cost" in i.message for i in issues_at(dataset, cell))


def test_implausible_capacity_in_kilotonnes_is_judged_after_conversion(tmp_path):
    header = [*HEADER[:3], "Capacity (kt/y)", *HEADER[4:]]
    dataset = _load(tmp_path, [row("A", capacity_tpa=150), row("B", capacity_tpa=250)], header=header)
    assert issues_at(dataset, "Projects!D2") == []
    assert one_issue_at(dataset, "Projects!D3").severity is Severity.WARNING


# ------------------------------------------------------------------------------------------------------ ranges


def test_ordered_range_is_kept(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", 300, 500, 15, 30)], header=RANGES)
    assert dataset.issues == ()
    assert value_of(dataset, "A", "capex_low_m") == 300
    assert value_of(dataset, "A", "capex_high_m") == 500
    assert value_of(dataset, "A", "opex_low_per_kg") == 15
    assert value_of(dataset, "A", "opex_high_per_kg") == 30


def test_low_above_base_is_a_warning_and_the_range_is_dropped(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", 500, 600)], header=RANGES)
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!H2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "capex_low"
    assert "capex_low (500) is above the base capex" in issue.message
    assert np.isnan(value_of(dataset, "A", "capex_low_m"))
    assert np.isnan(value_of(dataset, "A", "capex_high_m"))
    assert value_of(dataset, "A", "capex_m") == 400


def test_high_below_base_is_a_warning_and_the_range_is_dropped(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", opex_low=10, opex_high=15)], header=RANGES)
    issue = one_issue_at(dataset, "Projects!K2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "opex_high"
    assert "below the base opex" in issue.message
    assert np.isnan(value_of(dataset, "A", "opex_low_per_kg"))
    assert np.isnan(value_of(dataset, "A", "opex_high_per_kg"))


def test_low_above_base_above_high_gives_one_warning(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", 500, 300)], header=RANGES)
    assert len(issues_at(dataset, "Projects!H2")) == 1
    assert issues_at(dataset, "Projects!I2") == []
    assert np.isnan(value_of(dataset, "A", "capex_low_m"))
    assert np.isnan(value_of(dataset, "A", "capex_high_m"))


def test_negative_range_value_is_a_warning_and_ignored(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", -5, 500)], header=RANGES)
    issue = one_issue_at(dataset, "Projects!H2")
    assert issue.severity is Severity.WARNING
    assert "negative" in issue.message
    assert np.isnan(value_of(dataset, "A", "capex_low_m"))
    assert value_of(dataset, "A", "capex_high_m") == 500


def test_unreadable_optional_number_is_a_warning_not_an_error(tmp_path):
    dataset = _load(tmp_path, [_ranged("A", "three hundred", 500)], header=RANGES)
    assert ids(dataset) == ["A"]
    issue = one_issue_at(dataset, "Projects!H2")
    assert issue.severity is Severity.WARNING
    assert "'three hundred' is not a number" in issue.message


# ------------------------------------------------------------------------------------------ other optional cells


def test_unknown_stage_and_facility_type_are_warnings_left_blank(tmp_path):
    header = [*HEADER, "stage", "facility_type"]
    dataset = _load(tmp_path, [[*row("A"), "Dreaming", "Bakery"], [*row("B"), "Pre-feasibility", "SX"]], header)
    assert ids(dataset) == ["A", "B"]
    assert pd.isna(value_of(dataset, "A", "stage"))
    assert pd.isna(value_of(dataset, "A", "facility_type"))
    assert value_of(dataset, "B", "stage") == "pfs"
    assert value_of(dataset, "B", "facility_type") == "separation"
    assert "stage 'Dreaming'" in one_issue_at(dataset, "Projects!H2").message
    assert "facility_type 'Bakery'" in one_issue_at(dataset, "Projects!I2").message


def test_combined_facility_type_is_read_as_integrated_with_a_warning(tmp_path):
    header = [*HEADER, "facility_type"]
    dataset = _load(tmp_path, [[*row("A"), "separation + metal"]], header)
    assert value_of(dataset, "A", "facility_type") == "integrated"
    assert one_issue_at(dataset, "Projects!H2").severity is Severity.WARNING


def test_start_year_out_of_range_and_coordinates_out_of_range_are_warnings(tmp_path):
    header = [*HEADER, "start_year", "latitude", "longitude"]
    dataset = _load(tmp_path, [[*row("A"), 3025, 95, -200]], header)
    assert ids(dataset) == ["A"]
    assert "not a year between 1950 and 2100" in one_issue_at(dataset, "Projects!H2").message
    assert "between -90 and 90" in one_issue_at(dataset, "Projects!I2").message
    assert "between -180 and 180" in one_issue_at(dataset, "Projects!J2").message
    assert pd.isna(value_of(dataset, "A", "start_year"))
    assert np.isnan(value_of(dataset, "A", "latitude"))
    assert np.isnan(value_of(dataset, "A", "longitude"))


# ------------------------------------------------------------------------------------- rows left out, rest load


def test_rows_with_errors_are_left_out_and_counted_once_each(tmp_path):
    data = [
        row("OK1"),
        row("BAD1", capacity_tpa=0, capex_musd=-1),  # two errors on one row
        row("OK2", capex_musd=0),  # warning only
        row("BAD2", country="Atlantis"),
        row("BAD3", name=None),
        row("OK3"),
    ]
    dataset = _load(tmp_path, data)
    assert ids(dataset) == ["OK1", "OK2", "OK3"]
    assert len(dataset) == 3
    assert dataset.rows_read == 6
    assert dataset.rows_with_errors == 3
    assert dataset.error_count == 4
    assert {issue.cell for issue in errors(dataset)} == {
        "Projects!D3",
        "Projects!E3",
        "Projects!C5",
        "Projects!B6",
    }
    assert list(dataset.projects["excel_row"]) == [2, 4, 7]
    assert dataset.coverage.shape == (3, 17)


def test_issues_are_in_reading_order(tmp_path):
    dataset = _load(tmp_path, [row("A", opex_usd_per_kg=-1), row("B", capacity_tpa=0, country="Narnia")])
    assert [issue.cell for issue in dataset.issues] == ["Projects!F2", "Projects!C3", "Projects!D3"]


def test_issue_records_carry_sheet_cell_column_value_and_row(tmp_path):
    dataset = _load(tmp_path, [row("A", capex_musd="lots")])
    issue = one_issue_at(dataset, "Projects!E2")
    assert issue.as_dict() == {
        "severity": "error",
        "sheet": "Projects",
        "cell": "Projects!E2",
        "column": "capex_musd",
        "value": "lots",
        "message": "capex_musd 'lots' is not a number.",
        "row": 2,
    }
    assert str(issue).startswith("ERROR   Projects!E2: ")


# -------------------------------------------------------------------------------------------------- cell refs


@pytest.mark.parametrize(
    ("sheet", "column", "row_number", "ref"),
    [
        ("Projects", 3, 7, "Projects!D7"),
        ("Projects", 26, 2, "Projects!AA2"),
        ("Project list", 0, 1, "'Project list'!A1"),
        ("Projects", None, 4, "Projects!4:4"),
        ("Projects", 2, None, "Projects!C:C"),
        ("Projects", None, None, "Projects"),
    ],
)
def test_cell_ref(sheet, column, row_number, ref):
    assert cell_ref(sheet, column, row_number) == ref


def test_cell_ref_doubles_an_apostrophe_in_a_quoted_sheet_name():
    """Excel's name box wants 'Bob''s list'!A2; a single apostrophe makes the reference unusable."""
    assert cell_ref("Bob's list", 0, 2) == "'Bob''s list'!A2"


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ")])
def test_column_letter(index, letters):
    assert column_letter(index) == letters


# ------------------------------------------------------------------------------------------- unusable files


def _assert_one_sentence_naming(error: InputFileError, *names: str) -> None:
    message = str(error)
    assert "\n" not in message
    assert "Traceback" not in message
    assert message.endswith(".")
    assert any(name in message for name in names), f"{message!r} names none of {names}"


def _good_xlsx_bytes(tmp_path) -> bytes:
    return write_xlsx(tmp_path, HEADER, rows("A", "B", "C"), name="good.xlsx").read_bytes()


def _missing(tmp_path):
    return tmp_path / "nowhere.xlsx"


def _folder(tmp_path):
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    return folder


def _empty(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def _random_bytes(tmp_path):
    path = tmp_path / "random.xlsx"
    path.write_bytes(os.urandom(4096))
    return path


def _truncated(tmp_path):
    data = _good_xlsx_bytes(tmp_path)
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _text_named_xlsx(tmp_path):
    path = tmp_path / "text.xlsx"
    path.write_text("project_id,name,country\nA,Plant,Australia\n", encoding="utf-8")
    return path


def _zip_not_a_workbook(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


def _password_protected(tmp_path):
    """A real encrypted .xlsx (an OLE container holding an EncryptionInfo stream), renamed."""
    path = tmp_path / "locked.xlsx"
    path.write_bytes((Path(__file__).parent.parent / "data" / "encrypted_password_secret.xlsx").read_bytes())
    return path


def test_an_ole_file_without_encryption_is_not_called_password_protected(tmp_path):
    """Only the EncryptionInfo stream means a password (a plain .xls named .xlsx was called protected, 9.13)."""
    path = tmp_path / "odd.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 4088)
    with pytest.raises(InputFileError, match=r"^odd\.xlsx is not a readable Excel workbook"):
        load_workbook(path)


def _pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return path


def _binary_csv(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(_good_xlsx_bytes(tmp_path))
    return path


def _no_header(tmp_path):
    return write_xlsx(tmp_path, ["alpha", "beta", "gamma"], [[1, 2, 3]], name="noheader.xlsx")


def _blank_sheet(tmp_path):
    return write_xlsx(tmp_path, None, [], name="blank.xlsx")


def _required_column_missing(tmp_path):
    header = [h for h in HEADER if h != "capex_musd"]
    data = [[v for h, v in zip(HEADER, row("A"), strict=True) if h != "capex_musd"]]
    return write_xlsx(tmp_path, header, data, name="nocapex.xlsx")


def _only_optional_sheets(tmp_path):
    return write_xlsx(tmp_path, ["name", "value"], [["fx", 150]], sheet="Settings", name="settings-only.xlsx")


def _csv_without_header(tmp_path):
    return write_csv(tmp_path, ["1", "2", "3"], [["4", "5", "6"]], name="numbers.csv")


@pytest.mark.parametrize(
    ("build", "names"),
    [
        (_missing, ("nowhere.xlsx",)),
        (_folder, ("folder.xlsx",)),
        (_empty, ("empty.xlsx",)),
        (_random_bytes, ("random.xlsx",)),
        (_truncated, ("truncated.xlsx",)),
        (_text_named_xlsx, ("text.xlsx",)),
        (_zip_not_a_workbook, ("archive.xlsx",)),
        (_password_protected, ("locked.xlsx",)),
        (_pdf, ("report.pdf",)),
        (_binary_csv, ("binary.csv",)),
        (_no_header, ("'Projects'", "noheader.xlsx")),
        (_blank_sheet, ("'Projects'", "blank.xlsx")),
        (_required_column_missing, ("'Projects'", "nocapex.xlsx")),
        (_only_optional_sheets, ("settings-only.xlsx",)),
        (_csv_without_header, ("'numbers'", "numbers.csv")),
    ],
)
def test_unusable_file_raises_one_input_file_error_sentence(tmp_path, build, names):
    path = build(tmp_path)
    with pytest.raises(InputFileError) as caught:
        load_workbook(path)
    _assert_one_sentence_naming(caught.value, *names)


def test_password_protected_workbook_says_so(tmp_path):
    with pytest.raises(InputFileError, match="password-protected"):
        load_workbook(_password_protected(tmp_path))


def test_unsupported_extension_lists_what_is_read(tmp_path):
    with pytest.raises(InputFileError, match=r"\.xlsx.*\.csv"):
        load_workbook(_pdf(tmp_path))


def test_missing_required_column_is_named(tmp_path):
    with pytest.raises(InputFileError) as caught:
        load_workbook(_required_column_missing(tmp_path))
    assert "capex_musd" in str(caught.value)
    assert "row 1" in str(caught.value)


def test_several_missing_required_columns_are_all_named(tmp_path):
    header = ["project_id", "name", "country", "Nd"]
    with pytest.raises(InputFileError) as caught:
        load_workbook(write_xlsx(tmp_path, header, [["A", "Plant", "Japan", "yes"]]))
    message = str(caught.value)
    for name in ("capacity_tpa", "capex_musd", "opex_usd_per_kg"):
        assert name in message
    assert "columns" in message


def test_string_path_is_accepted(tmp_path):
    dataset = load_workbook(str(write_xlsx(tmp_path, HEADER, rows("A"))))
    assert ids(dataset) == ["A"]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_real_excel_encrypted_workbook_says_password_protected(tmp_path, suffix):
    # data/encrypted_password_secret.xlsx: a one-project workbook encrypted by msoffcrypto-tool (password "secret"),
    # the same OLE + EncryptionInfo layout Excel writes for "Encrypt with Password".
    source = tmp_path / f"protected{suffix}"
    source.write_bytes((Path(__file__).parent.parent / "data" / "encrypted_password_secret.xlsx").read_bytes())
    with pytest.raises(InputFileError, match=rf"^protected\{suffix} is password-protected\. Save a copy"):
        load_workbook(source)
