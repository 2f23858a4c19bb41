"""Loading whole files: values read back, CSV encodings and delimiters, sheet choice (METHOD.md §1)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Severity
from tests.evaluator.helpers import HEADER, ids, issues_at, one_issue_at, row, rows, value_of, write_csv, write_xlsx

FULL_HEADER = [
    "Project ID",
    "Project name",
    "Sponsor",
    "Host country",
    "Facility type",
    "Stage",
    "Capacity (t/y)",
    "Capex (USD m)",
    "Opex (USD/kg)",
    "Feed country",
    "Elements",
    "Capex low",
    "Capex high",
    "Opex low",
    "Opex high",
    "Start year",
    "Latitude",
    "Longitude",
    "Notes",
]
FULL_ROW = [
    "MW-01",
    "Mount Weld separation",
    "Lynas",
    "Australia",
    "Separation",
    "Operating",
    10500,
    730.5,
    18.2,
    "Australia",
    "Nd, Pr, La, Ce",
    600,
    900,
    15,
    25,
    2027,
    -28.86,
    122.55,
    "  expansion   under way ",
]


def test_every_column_reads_back(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, FULL_HEADER, [FULL_ROW]))
    assert dataset.issues == ()
    assert len(dataset) == 1
    project = dataset.projects.iloc[0]
    assert project["project_id"] == "MW-01"
    assert project["name"] == "Mount Weld separation"
    assert project["sponsor"] == "Lynas"
    assert project["country"] == "Australia"
    assert project["country_iso3"] == "AUS"
    assert project["facility_type"] == "separation"
    assert project["stage"] == "operating"
    assert project["capacity_tpa"] == 10500.0
    assert project["capex_m"] == 730.5
    assert project["opex_per_kg"] == 18.2
    assert project["feed_country_iso3"] == "AUS"
    assert project["elements"] == "La, Ce, Pr, Nd"
    assert (project["capex_low_m"], project["capex_high_m"]) == (600.0, 900.0)
    assert (project["opex_low_per_kg"], project["opex_high_per_kg"]) == (15.0, 25.0)
    assert project["start_year"] == 2027
    assert project["latitude"] == pytest.approx(-28.86)
    assert project["longitude"] == pytest.approx(122.55)
    assert project["notes"] == "expansion under way"
    assert project["excel_row"] == 2


def test_numeric_project_ids_read_without_a_trailing_zero(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row(101), row(102.0)]))
    assert ids(dataset) == ["101", "102"]


def test_source_records_the_file_its_size_and_sha256(tmp_path):
    path = write_xlsx(tmp_path, HEADER, rows("A"))
    dataset = load_workbook(path)
    data = path.read_bytes()
    assert dataset.source is not None
    assert dataset.source.path == path
    assert dataset.source.size_bytes == len(data)
    assert dataset.source.sha256 == hashlib.sha256(data).hexdigest()
    assert dataset.sheet == "Projects"
    assert dataset.rows_read == 1


def test_projects_sheet_is_found_by_name_when_it_is_not_first(tmp_path):
    settings = [["name", "value"], ["discount rate", "10%"]]
    path = write_xlsx(
        tmp_path, HEADER, [row("A", capacity_tpa=0)], extra_sheets={"Settings": settings}, extra_first=True
    )
    dataset = load_workbook(path)
    assert dataset.sheet == "Projects"
    assert one_issue_at(dataset, "Projects!D2").severity is Severity.ERROR


def test_without_a_projects_sheet_the_first_non_optional_sheet_is_used(tmp_path):
    settings = [["name", "value"], ["method", "topsis"]]
    path = write_xlsx(
        tmp_path,
        HEADER,
        [row("A", capacity_tpa=0), row("B")],
        sheet="Pipeline",
        extra_sheets={"Settings": settings},
        extra_first=True,
    )
    dataset = load_workbook(path)
    assert dataset.sheet == "Pipeline"
    assert ids(dataset) == ["B"]
    assert one_issue_at(dataset, "Pipeline!D2").column == "capacity_tpa"
    assert dataset.settings == {"method": "topsis"}


def test_projects_sheet_name_is_matched_ignoring_case_and_spaces(tmp_path):
    path = write_xlsx(tmp_path, HEADER, rows("A"), sheet=" projects ", extra_sheets={"Other": [["x"]]})
    dataset = load_workbook(path)
    assert dataset.sheet == " projects "
    assert ids(dataset) == ["A"]


def test_sheet_name_with_spaces_is_quoted_in_cell_references(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", capex_musd="n/a")], sheet="Project list"))
    issue = one_issue_at(dataset, "'Project list'!E2")
    assert issue.sheet == "Project list"


def test_xlsm_workbook_loads(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, rows("A", "B"), name="projects.xlsm"))
    assert ids(dataset) == ["A", "B"]
    assert dataset.issues == ()


def test_header_only_workbook_loads_with_no_projects(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, []))
    assert len(dataset) == 0
    assert dataset.coverage.shape == (0, 17)
    assert dataset.rows_read == 0


def test_opex_plausibility_uses_the_settings_fx_rate_for_yen_opex(tmp_path):
    """120,000 JPY/kg is 800 USD/kg at 150 (plausible) but 1,200 USD/kg at 100 (implausible)."""
    header = [*HEADER[:5], "Opex (JPY/kg)", HEADER[6]]
    data = [row("A", opex_usd_per_kg=120_000)]
    at_default = load_workbook(write_xlsx(tmp_path, header, data, name="default.xlsx"))
    # No opex warning; the levelised cost (about 800 USD/kg) is flagged by its own check (issue 8.3).
    assert [i.message for i in at_default.issues if "implausible" in i.message] == []
    assert at_default.currencies["opex_per_kg"] == "JPY"
    assert at_default.usd("opex_per_kg", 150.0) == pytest.approx([800.0])

    settings = {"Settings": [["name", "value"], ["fx", 100]]}
    at_100 = load_workbook(write_xlsx(tmp_path, header, data, extra_sheets=settings, name="fx100.xlsx"))
    (issue,) = [i for i in issues_at(at_100, "Projects!F2") if "implausible" in i.message]
    assert issue.severity is Severity.WARNING
    assert "1,000 USD/kg" in issue.message
    assert ids(at_100) == ["A"]


# ---------------------------------------------------------------------------------------------------------- CSV

CSV_ROWS = [row("A", name="Société Générale Terres Rares", country="France"), row("B", capacity_tpa="1,250")]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters(tmp_path, delimiter):
    dataset = load_workbook(write_csv(tmp_path, HEADER, CSV_ROWS, delimiter=delimiter))
    assert ids(dataset) == ["A", "B"]
    assert value_of(dataset, "A", "elements") == "Pr, Nd"
    assert value_of(dataset, "B", "capacity_tpa") == 1250.0
    assert dataset.issues == ()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_encodings_keep_accented_names(tmp_path, encoding):
    dataset = load_workbook(write_csv(tmp_path, HEADER, CSV_ROWS, encoding=encoding, delimiter=";"))
    assert value_of(dataset, "A", "name") == "Société Générale Terres Rares"
    assert value_of(dataset, "A", "country_iso3") == "FRA"
    assert dataset.issues == ()


def test_csv_with_bom_finds_the_first_header_cell(tmp_path):
    path = write_csv(tmp_path, HEADER, [row("X-1")], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    dataset = load_workbook(path)
    assert ids(dataset) == ["X-1"]


def test_shift_jis_csv_keeps_japanese_names(tmp_path):
    data = [
        row("J1", name="日本レアアース分離工場", country="Japan"),
        row("J2", name="北海道精錬所", country="JP"),
        row("J3", name="九州磁石工場", country="Japan"),
    ]
    dataset = load_workbook(write_csv(tmp_path, HEADER, data, encoding="shift_jis"))
    assert ids(dataset) == ["J1", "J2", "J3"]
    assert value_of(dataset, "J1", "name") == "日本レアアース分離工場"
    assert value_of(dataset, "J2", "name") == "北海道精錬所"
    assert set(dataset.projects["country_iso3"]) == {"JPN"}


def test_csv_sheet_name_is_the_file_stem_in_cell_references(tmp_path):
    dataset = load_workbook(write_csv(tmp_path, HEADER, [row("A", capacity_tpa=-1)], name="pipeline_2026.csv"))
    assert dataset.sheet == "pipeline_2026"
    issue = one_issue_at(dataset, "pipeline_2026!D2")
    assert issue.sheet == "pipeline_2026"
    assert issue.severity is Severity.ERROR


def test_csv_numbers_arrive_as_text_and_are_read(tmp_path):
    data = [row("A", capacity_tpa=" 5000 ", capex_musd="$1,200", opex_usd_per_kg="12.5")]
    dataset = load_workbook(write_csv(tmp_path, HEADER, data))
    assert value_of(dataset, "A", "capacity_tpa") == 5000.0
    assert value_of(dataset, "A", "capex_m") == 1200.0
    assert value_of(dataset, "A", "opex_per_kg") == 12.5
    assert np.isnan(value_of(dataset, "A", "capex_low_m"))
