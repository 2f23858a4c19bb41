"""Issue 8.7 and 8.10: workbooks written the way analysts write them (cover sheet first, hidden rows, totals and
footnote rows, formulas without saved values, unrecognised columns) and the import choices that settle the rest."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.inputs.load import load_workbook
from evaluator.inputs.mapping_file import choices_from_dict, header_fingerprint, read_mapping_file
from evaluator.model.import_choices import AUTOMATIC, ImportChoices
from evaluator.model.issues import InputFileError, Severity
from tests.evaluator.helpers import (
    HEADER,
    errors,
    ids,
    issues_at,
    one_issue_at,
    row,
    rows,
    value_of,
    warnings,
    write_csv,
    write_xlsx,
)

REPO = Path(__file__).resolve().parents[3]


def notes(dataset):
    return [issue for issue in dataset.issues if issue.severity is Severity.NOTE]


# -- which sheet --------------------------------------------------------------------------------------------------


def test_a_cover_sheet_first_is_passed_over_for_the_first_sheet_with_a_header(tmp_path) -> None:
    cover = [["Rare-earth pipeline review"], ["Prepared for the joint working group"], [], ["Confidential"]]
    path = write_xlsx(tmp_path, HEADER, rows("A", "B"), sheet="Data", extra_sheets={"Cover": cover}, extra_first=True)
    dataset = load_workbook(path)
    assert ids(dataset) == ["A", "B"]
    assert dataset.sheet == "Data"
    [note] = notes(dataset)
    assert "'Data'" in note.message
    assert "'Cover'" in note.message
    assert errors(dataset) == []


def test_with_no_header_on_any_sheet_the_message_names_every_sheet_looked_at(tmp_path) -> None:
    path = write_xlsx(
        tmp_path, None, [["just text"]], sheet="Data", extra_sheets={"Cover": [["Title"]]}, extra_first=True
    )
    with pytest.raises(InputFileError, match=r"'Cover', 'Data'"):
        load_workbook(path)


def test_a_chosen_sheet_is_read_even_when_another_sheet_comes_first(tmp_path) -> None:
    path = write_xlsx(
        tmp_path,
        HEADER,
        rows("B1"),
        sheet="Later",
        extra_sheets={"Earlier": [HEADER, row("E1")]},
        extra_first=True,
    )
    assert ids(load_workbook(path)) == ["E1"]
    assert ids(load_workbook(path, ImportChoices(sheet="later"))) == ["B1"]
    with pytest.raises(InputFileError, match=r"no sheet 'Nope' \(its sheets are Earlier, Later\)"):
        load_workbook(path, ImportChoices(sheet="Nope"))


# -- hidden, totals and footnote rows -----------------------------------------------------------------------------


def _workbook_with_hidden_row(tmp_path: Path) -> Path:
    # Row 3 holds the on-hold project the analyst tucked away.
    return write_xlsx(tmp_path, HEADER, rows("A", "HIDDEN", "C"), hidden_rows=[3], name="hidden.xlsx")


def test_a_hidden_row_is_skipped_by_default_with_a_warning_naming_the_project(tmp_path) -> None:
    dataset = load_workbook(_workbook_with_hidden_row(tmp_path))
    assert ids(dataset) == ["A", "C"]
    issue = one_issue_at(dataset, "Projects!B3")
    assert issue.severity is Severity.WARNING
    assert "Plant HIDDEN" in issue.message
    assert "hidden" in issue.message


def test_hidden_rows_load_when_the_choices_include_them(tmp_path) -> None:
    dataset = load_workbook(_workbook_with_hidden_row(tmp_path), ImportChoices(include_hidden_rows=True))
    assert ids(dataset) == ["A", "HIDDEN", "C"]
    assert dataset.issues == ()


@pytest.mark.parametrize("label", ["Total", "TOTAL", "Grand total", "Subtotal", "Average", "Mean:", "合計"])
def test_a_totals_row_is_a_note_not_three_errors(tmp_path, label) -> None:
    totals = ["", label, "", 10000, 800, 20, ""]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), row("B"), totals]))
    assert ids(dataset) == ["A", "B"]
    assert errors(dataset) == []
    [note] = notes(dataset)
    assert note.row == 4
    assert "totals row" in note.message


def test_a_totals_label_in_the_first_column_counts_too(tmp_path) -> None:
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), ["Total", "", "", 5000, 400, 20, ""]]))
    assert ids(dataset) == ["A"]
    assert errors(dataset) == []
    assert len(notes(dataset)) == 1


def test_a_project_whose_name_starts_like_a_total_is_still_a_project(tmp_path) -> None:
    project = row("T", name="TotalEnergies Magnet Plant")
    averaged = row("M", name="Mean Creek Separation")  # has a country: a project, not an average
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [project, averaged]))
    assert ids(dataset) == ["T", "M"]
    assert notes(dataset) == []


@pytest.mark.parametrize(
    "text",
    ["Source: company filings, 2025", "* estimate", "(1) Capex in real 2024 dollars", "Figures are indicative only"],
)
def test_a_footnote_row_is_a_note(tmp_path, text) -> None:
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), [], [text]]))
    assert ids(dataset) == ["A"]
    assert errors(dataset) == []
    [note] = notes(dataset)
    assert note.cell == "Projects!A4"
    assert "note" in note.message


def test_a_project_row_with_only_its_name_is_still_reported_as_a_broken_project(tmp_path) -> None:
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), ["", "Kalgoorlie stage 2"]]))
    assert ids(dataset) == ["A"]
    assert notes(dataset) == []
    assert {issue.column for issue in errors(dataset)} >= {"country", "capacity_tpa"}


# -- formulas without a saved value (8.10) ------------------------------------------------------------------------


def test_a_formula_with_no_saved_value_is_named_as_such_not_as_empty(tmp_path) -> None:
    # openpyxl writes formulas without results, exactly like a script-generated workbook never opened in Excel.
    data = [row("A"), row("B", capex_musd="=400*1.1"), row("C", elements='="Nd, Pr"')]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    capex = one_issue_at(dataset, "Projects!E3")
    assert capex.severity is Severity.ERROR
    assert "formula with no saved value" in capex.message
    assert "=400*1.1" in capex.message
    assert "empty" not in capex.message
    elements = issues_at(dataset, "Projects!G4")
    assert elements[0].severity is Severity.WARNING
    assert "formula with no saved value" in elements[0].message
    assert ids(dataset) == ["A", "C"]


def test_a_formula_with_a_saved_value_loads_its_value(tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, [row("A")])
    _with_cached_formula(path, "E2", "400+40", "440")
    dataset = load_workbook(path)
    assert value_of(dataset, "A", "capex_m") == 440.0
    assert dataset.issues == ()


def _with_cached_formula(path: Path, cell: str, formula: str, value: str) -> None:
    """Rewrite one cell of sheet1 as a formula with a cached result, as Excel saves it."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml, count = re.subn(rf'<c r="{cell}"[^>]*>.*?</c>', f'<c r="{cell}"><f>{formula}</f><v>{value}</v></c>', xml)
    assert count == 1
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


# -- columns ------------------------------------------------------------------------------------------------------


def test_feedstock_from_is_the_feed_country(tmp_path) -> None:
    header = [*HEADER, "Feedstock from"]
    dataset = load_workbook(write_xlsx(tmp_path, header, [[*row("A"), "Brazil"]]))
    assert value_of(dataset, "A", "feed_country_iso3") == "BRA"
    assert not any("not used" in issue.message for issue in dataset.issues)


def test_a_column_mapping_names_what_the_aliases_do_not_know(tmp_path) -> None:
    header = [*HEADER, "Mine of origin", "Internal code"]
    path = write_xlsx(tmp_path, header, [[*row("A"), "Madagascar", "X-17"]])
    automatic = load_workbook(path)
    assert value_of(automatic, "A", "feed_country_iso3") == ""
    assert any("'Mine of origin'" in issue.message for issue in warnings(automatic))
    mapped = load_workbook(path, ImportChoices(columns={"Mine of origin": "feed_country", "internal code": "ignore"}))
    assert value_of(mapped, "A", "feed_country_iso3") == "MDG"
    assert mapped.issues == ()


def test_a_mapping_can_name_an_element_column(tmp_path) -> None:
    header = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "Dyspro output"]
    dataset = load_workbook(
        write_xlsx(tmp_path, header, [["A", "Plant A", "Japan", 100, 50, 30, "yes"]]),
        ImportChoices(columns={"Dyspro output": "Dy"}),
    )
    assert value_of(dataset, "A", "elements") == "Dy"


def test_a_chosen_header_row_and_unit_row(tmp_path) -> None:
    # Row 2 would be taken as the header (it names three fields); the analyst says the header is row 4.
    title = [["Pipeline"], ["name", "country", "capacity"], []]
    header = ["project_id", "name", "country", "capacity", "capex", "opex", "elements"]  # units in the row below
    units = ["", "", "", "t/y", "US$ bn", "USD/kg", ""]
    path = write_xlsx(tmp_path, header, [units, row("A", capex_musd=1.2)], title_rows=title)
    with pytest.raises(InputFileError):
        load_workbook(path)  # the row-2 "header" lacks the required columns
    dataset = load_workbook(path, ImportChoices(header_row=4))
    assert value_of(dataset, "A", "capex_m") == pytest.approx(1200.0)
    no_units = load_workbook(path, ImportChoices(header_row=4, unit_row=False))
    assert value_of(no_units, "A", "capex_m") == pytest.approx(1.2)
    assert any(issue.row == 5 for issue in errors(no_units))  # the unit row read as a project
    with pytest.raises(InputFileError, match="no row 99"):
        load_workbook(path, ImportChoices(header_row=99))


def test_a_chosen_decimal_mark_overrides_detection(tmp_path) -> None:
    data = [["A", "Plant A", "Australia", "5.000", "400", "20", "Nd"]]
    path = write_csv(tmp_path, HEADER, data, delimiter=";")
    assert value_of(load_workbook(path), "A", "capacity_tpa") == 5000.0  # European, as detected
    english = load_workbook(path, ImportChoices(decimal_mark="."))
    assert value_of(english, "A", "capacity_tpa") == 5.0
    assert not any("European" in issue.message for issue in english.issues)


# -- mapping files ------------------------------------------------------------------------------------------------


def test_choices_round_trip_through_their_json_form() -> None:
    choices = ImportChoices(
        sheet="Data", header_row=3, unit_row=True, columns={"Feed": "feed_country"}, decimal_mark=","
    )
    assert choices_from_dict(json.loads(choices.to_json()), "x") == choices
    assert AUTOMATIC.as_dict() == {}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"mapping\.json is not valid JSON \(line 1, column 2\)"),
        ('["sheet"]', "must hold a JSON object"),
        ('{"sheets": "Data"}', "unknown key 'sheets'"),
        ('{"header_row": "three"}', "'header_row' has the wrong kind of value"),
        ('{"header_row": 0}', "header_row must be a worksheet row number"),
        ('{"decimal_mark": ";"}', "decimal_mark must be '.' or ','"),
        ('{"columns": {"Feed": "feedcountry"}}', "'Feed' is mapped to 'feedcountry', which is not one of"),
    ],
)
def test_a_bad_mapping_file_is_one_sentence_naming_it(tmp_path, content, message) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError, match=message):
        read_mapping_file(path)


def test_the_fingerprint_follows_the_sheet_and_its_headers() -> None:
    base = header_fingerprint("Projects", ["Name", "Country", "Capex (USD m)"])
    assert header_fingerprint(" projects ", ["name", "COUNTRY", "Capex (USD m)"]) == base
    assert header_fingerprint("Projects", ["Name", "Country", "Capex (A$ m)"]) != base
    assert header_fingerprint("Data", ["Name", "Country", "Capex (USD m)"]) != base


def test_the_cli_reads_a_mapping_file(tmp_path) -> None:
    header = [*HEADER, "Mine of origin"]
    path = write_xlsx(tmp_path, header, [[*row("A"), "Madagascar"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"Mine of origin": "feed_country"}}), encoding="utf-8")
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "evaluator", "score", str(path), "--mapping", str(mapping), "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    [project] = json.loads(out.read_text(encoding="utf-8"))["projects"]
    assert project["feed_country_iso3"] == "MDG"
    bad = tmp_path / "bad.json"
    bad.write_text('{"colums": {}}', encoding="utf-8")
    command[command.index(str(mapping))] = str(bad)
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode != 0
    assert "unknown key 'colums'" in done.stderr
    assert "Traceback" not in done.stderr


def test_sheet_facts_read_prefixed_xml_and_skip_calculated_formulas() -> None:
    """Some writers prefix the spreadsheet namespace (<x:row>); cached values and inline strings are not gaps."""
    import io
    import zipfile

    from evaluator.inputs.sheet_facts import read_sheet_facts

    xml = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        b'<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
        b'<x:row r="2" hidden="1"><x:c r="B2"><x:f>SUM(A1:A3)&amp;""</x:f></x:c></x:row>'
        b'<x:row r="3" spans="1:2" hidden="true"><x:c r="C3"><x:f>1+1</x:f><x:v>2</x:v></x:c>'
        b'<x:c r="D3" t="inlineStr"><x:f>T("a")</x:f><x:is><x:t>a</x:t></x:is></x:c><x:c r="E3"/></x:row>'
        b'<x:row r="4"><x:c r="AB4"><x:f t="shared" si="0"/></x:c></x:row>'
        b"</x:sheetData></x:worksheet>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    facts = read_sheet_facts(buffer.getvalue(), "xl/worksheets/sheet1.xml")
    assert facts.hidden_rows == frozenset({2, 3})
    assert dict(facts.formulas_without_value) == {(2, 1): '=SUM(A1:A3)&""', (4, 27): "(shared formula)"}


def test_a_choice_that_cannot_be_followed_is_a_sentence_for_the_user() -> None:
    """The UI's worker and the CLI show EvaluatorErrors as sentences; a bare ValueError would be logged as a bug."""
    from evaluator.base.errors import EvaluatorError

    with pytest.raises(EvaluatorError, match=r"header_row must be a worksheet row number \(1 or more\)"):
        ImportChoices(header_row=0)
    with pytest.raises(EvaluatorError, match=re.escape("decimal_mark must be '.' or ','.")):
        ImportChoices(decimal_mark=";")
