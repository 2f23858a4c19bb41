"""Issue 8.7: the import preview shows what the import will do, from the import's own functions."""

from __future__ import annotations

from evaluator.inputs.import_preview import automatic_fingerprint, open_for_preview, preview, remembered_choices
from evaluator.inputs.load import load_read_workbook
from evaluator.model.import_choices import ImportChoices
from tests.evaluator.helpers import HEADER, row, rows, write_csv, write_xlsx


def test_the_preview_finds_the_sheet_and_header_behind_a_cover_sheet(tmp_path) -> None:
    cover = [["Pipeline review"], ["Confidential"]]
    path = write_xlsx(
        tmp_path,
        HEADER,
        rows("A", "B"),
        sheet="Data",
        title_rows=[["Title"]],
        extra_sheets={"Cover": cover},
        extra_first=True,
    )
    shown = preview(open_for_preview(path))
    assert shown.sheet_names == ("Cover", "Data")
    assert shown.sheet == "Data"
    assert shown.header_row == 2
    assert [c.text for c in shown.columns] == HEADER
    assert [c.target for c in shown.columns] == HEADER  # every header is read as its own field
    assert shown.rows[1][0] == "project_id"
    assert shown.problem == ""
    assert not shown.is_csv


def test_an_unrecognised_column_shows_as_not_used_until_mapped(tmp_path) -> None:
    path = write_xlsx(tmp_path, [*HEADER, "Mine of origin"], [[*row("A"), "Brazil"]])
    workbook = open_for_preview(path)
    [origin] = [c for c in preview(workbook).columns if c.text == "Mine of origin"]
    assert origin.target is None
    assert not origin.chosen
    mapped = preview(workbook, ImportChoices(columns={"Mine of origin": "feed_country"}))
    [origin] = [c for c in mapped.columns if c.text == "Mine of origin"]
    assert (origin.target, origin.chosen) == ("feed_country", True)


def test_choosing_a_sheet_without_a_header_says_so(tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, rows("A"), extra_sheets={"Notes": [["free text"]]})
    shown = preview(open_for_preview(path), ImportChoices(sheet="Notes"))
    assert shown.sheet == "Notes"
    assert shown.header_row is None
    assert "No header row" in shown.problem


def test_a_header_missing_required_columns_is_a_problem_naming_them(tmp_path) -> None:
    header = ["project_id", "name", "country", "capacity_tpa", "Capital", "opex_usd_per_kg", "elements"]
    path = write_xlsx(tmp_path, header, [row("A")])
    shown = preview(open_for_preview(path))
    assert "capex_musd" in shown.problem
    assert preview(open_for_preview(path), ImportChoices(columns={"Capital": "capex_musd"})).problem == ""


def test_csv_marks_and_hidden_rows_are_shown(tmp_path) -> None:
    path = write_csv(tmp_path, HEADER, [["A", "Plant A", "Australia", "5.000", "400", "12,5", "Nd"]], delimiter=";")
    shown = preview(open_for_preview(path))
    assert shown.is_csv
    assert shown.decimal_mark == ","
    xlsx = write_xlsx(tmp_path, HEADER, rows("A", "B", "C"), hidden_rows=[3, 4], name="hidden.xlsx")
    assert preview(open_for_preview(xlsx)).hidden_rows == (3, 4)


def test_choices_remembered_for_a_layout_are_found_for_a_new_version_of_the_workbook(tmp_path) -> None:
    header = [*HEADER, "Mine of origin"]
    first = write_xlsx(tmp_path, header, [[*row("A"), "Brazil"]], name="pipeline-v1.xlsx")
    choices = ImportChoices(columns={"Mine of origin": "feed_country"})
    store = {automatic_fingerprint(open_for_preview(first)): choices.to_json()}
    second = write_xlsx(tmp_path, header, [[*row("B"), "Madagascar"]], name="pipeline-v2.xlsx")
    found = remembered_choices(open_for_preview(second), store)
    assert found == choices
    dataset = load_read_workbook(open_for_preview(second), found)
    assert list(dataset.projects["feed_country_iso3"]) == ["MDG"]
    other = write_xlsx(tmp_path, [*HEADER, "Something else"], [[*row("C"), "x"]], name="other.xlsx")
    assert remembered_choices(open_for_preview(other), store) is None
    assert remembered_choices(open_for_preview(second), {next(iter(store)): "{broken"}) is None
