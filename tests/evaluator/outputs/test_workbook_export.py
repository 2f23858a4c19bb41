"""The committee workbook: written atomically, read back cell by cell, never holding a formula."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from evaluator.base.atomic import OutputFileError
from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters, preset
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.ranking import score

HEADER = ["project_id", "name", "sponsor", "country", "facility_type", "stage", "capacity_tpa", "capex_musd",
          "opex_usd_per_kg", "feed_country", "elements"]  # fmt: skip
ROWS = [
    ["A", "Alpha Separation", "Alpha Co", "Australia", "separation", "operating", 5000, 300, 20, "Australia", "Nd, Pr"],
    ["B", "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "Japan", "magnet", "dfs", 1000,
     200, 60, "", "Nd, Pr, Dy, Tb"],
    ["C", "-2+3", "@SUM(A1)", "Canada", "metal", "pfs", 2000, 150, 30, "USA", "La, Ce"],
    ["D", "Delta Refinery", "Delta", "Viet Nam", "refining", "concept", 3000, 400, 25, "TBD", "Dy, Tb, Y"],
]  # fmt: skip


def _input(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Projects"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    # openpyxl would store the first name as a formula; the input must hold it as text, like a pasted value.
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    path = tmp_path / "input.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def ranking(tmp_path: Path):
    return score(load_workbook(_input(tmp_path)), Parameters(top_n=3))


def _data_rows(sheet, header_row: int) -> list[tuple]:
    return [row for row in sheet.iter_rows(min_row=header_row + 1, values_only=True) if any(v is not None for v in row)]


def test_sheets_and_shortlist_read_back(ranking, tmp_path: Path) -> None:
    out = export_shortlist(ranking, tmp_path / "shortlist.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Summary", "Shortlist", "All projects", "Element coverage", "Reference data", "Import issues", "Assumptions"
    ]  # fmt: skip

    sheet = book["Shortlist"]
    assert sheet["A1"].value.startswith("Ranked shortlist: top 3 of 4 scored projects")
    header = [c.value for c in sheet[4]]
    assert header[:3] == ["Rank", "Project ID", "Project"]
    rows = _data_rows(sheet, 4)
    assert len(rows) == 3
    table = ranking.table
    for position, row in enumerate(rows):
        assert row[0] == position + 1
        assert row[1] == table["project_id"].iat[position]
        lcop_column = header.index("LCOP (USD/kg)")
        assert row[lcop_column] == pytest.approx(table["lcop_usd_per_kg"].iat[position], rel=1e-12)
        assert row[header.index("Overall score")] == pytest.approx(table["overall"].iat[position], rel=1e-12)
    assert sheet.freeze_panes == "D5"
    assert sheet.auto_filter.ref == f"A4:{openpyxl.utils.get_column_letter(len(header))}7"
    assert sheet.cell(row=5, column=header.index("Capex (USD m)") + 1).number_format == "#,##0.0"
    colour_ranges = {str(rng.sqref) for rng in sheet.conditional_formatting}
    for name in ("Cost score", "Risk score", "Coverage score", "Overall score"):
        letter = openpyxl.utils.get_column_letter(header.index(name) + 1)
        assert f"{letter}5:{letter}7" in colour_ranges


def test_text_that_looks_like_a_formula_is_stored_as_text(ranking, tmp_path: Path) -> None:
    out = export_shortlist(ranking, tmp_path / "shortlist.xlsx", top_n=4)
    book = openpyxl.load_workbook(out)
    names = {row[1]: row for row in _data_rows(book["All projects"], 1)}
    assert names["B"][2] == '=HYPERLINK("http://evil.example","click")'
    assert names["B"][3] == "+cmd|' /C calc'!A0"
    assert names["C"][2] == "-2+3"
    assert names["C"][3] == "@SUM(A1)"
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} holds a formula"
    with zipfile.ZipFile(out) as archive:
        for member in archive.namelist():
            if member.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(member)
                assert b"<f " not in archive.read(member)
    shortlist = book["Shortlist"]
    formula_like = [c for row in shortlist.iter_rows(min_row=5) for c in row if isinstance(c.value, str)
                    and c.value.startswith(("=", "+", "-", "@"))]  # fmt: skip
    assert formula_like, "the shortlist should contain the formula-like names"
    assert all(c.quotePrefix for c in formula_like)


def test_control_characters_from_csv_are_dropped_not_fatal(tmp_path: Path) -> None:
    source = tmp_path / "input.csv"
    source.write_text(
        "name,country,capacity_tpa,capex_musd,opex_usd_per_kg,elements\nBell\x07 Refinery\x1b,Japan,1000,100,20,Nd\n",
        encoding="utf-8",
    )
    ranking = score(load_workbook(source))
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx"))
    assert [row[2] for row in _data_rows(book["All projects"], 1)] == ["Bell Refinery"]


def test_all_projects_lists_filtered_projects_with_reason(tmp_path: Path) -> None:
    dataset = load_workbook(_input(tmp_path))
    ranking = score(dataset, Parameters(stages=frozenset({"operating", "dfs", "pfs"})))
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx"))
    sheet = book["All projects"]
    header = [c.value for c in sheet[1]]
    rows = {row[1]: row for row in _data_rows(sheet, 1)}
    status = header.index("Status")
    assert rows["D"][status] == "filtered out: stage not one of DFS, operating, PFS"
    assert rows["D"][0] is None  # no rank
    assert rows["A"][status] == "scored"
    assert sorted(r[0] for r in rows.values() if r[0] is not None) == [1, 2, 3]


def test_element_coverage_matrix_under_v1_marks_what_is_produced(ranking, tmp_path: Path) -> None:
    v1 = score(ranking.dataset, preset("v1"))
    book = openpyxl.load_workbook(export_shortlist(v1, tmp_path / "s.xlsx"))
    sheet = book["Element coverage"]
    header = [c.value for c in sheet[4]]
    symbols = [h.split("\n")[0] for h in header[3:-1]]
    assert symbols[:6] == ["Sc", "Y", "La", "Ce", "Pr", "Nd"]
    assert "c = 10" in header[3 + symbols.index("Dy")]
    assert "magnet" in header[3 + symbols.index("Dy")]
    rows = {row[1]: row for row in _data_rows(sheet, 4)}
    produced = {pid: {s for s, v in zip(symbols, row[3:-1], strict=True) if v == "✓"} for pid, row in rows.items()}
    assert all(v in {"✓", None} for row in rows.values() for v in row[3:-1])
    assert produced == {"A": {"Nd", "Pr"}, "B": {"Nd", "Pr", "Dy", "Tb"}, "C": {"La", "Ce"}, "D": {"Dy", "Tb", "Y"}}


def test_element_coverage_under_v2_holds_the_expected_tonnes(ranking, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx"))
    sheet = book["Element coverage"]
    assert sheet["A1"].value.startswith("Expected tonnes per element in 2030")
    header = [c.value for c in sheet[4]]
    symbols = [h.split("\n")[0] for h in header[3:-1]]
    rows = {row[1]: row for row in _data_rows(sheet, 4)}
    for position, pid in enumerate(ranking.table["project_id"]):
        expected = ranking.matrices["expected_tonnes"][ranking.scored[position]]
        written = [0.0 if v is None else v for v in rows[pid][3:-1]]
        assert written == pytest.approx(np.round(expected, 1).tolist()), pid
        assert symbols == list(SYMBOLS)


def test_reference_data_sheet_lists_the_tables_used_with_their_sources(ranking, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx"))
    cells = [row for row in book["Reference data"].iter_rows(values_only=True)]
    assert cells[0][0] == "Reference data used for this ranking — price deck exchina_2025"
    prices = dict(zip(SYMBOLS, ranking.dataset.prices.prices("exchina_2025"), strict=True))
    written = {row[0]: row[1] for row in cells if row[0] in prices and isinstance(row[1], float | int)}
    assert written["Nd"] == pytest.approx(prices["Nd"])
    assert written["Dy"] == pytest.approx(prices["Dy"])
    forms = {row[0]: row[1] for row in cells if row[0] in ("oxide", "magnet", "mixed")}
    factors = ranking.dataset.forms.as_dict()
    assert forms == {form: factors[form] for form in ("oxide", "magnet", "mixed")}
    gap_rows = [row for row in cells if len(row) > 4 and row[1] == "oxide" and row[0] == "Dy"]
    (dy,) = gap_rows
    assert dy[4] == pytest.approx(dy[2] - dy[3])
    texts = " ".join(str(row[2]) for row in cells if row[0] == "supply_gap.csv")
    assert "IEA" in texts


def test_import_issues_and_assumptions(ranking, tmp_path: Path) -> None:
    source = tmp_path / "input.xlsx"
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx", ui_language="ja"))
    issues = _data_rows(book["Import issues"], 4)
    assert issues[0][:5] == ("warning", "Projects", "Projects!J5", "feed_country", "TBD")
    assert "means not known" in issues[0][5]  # TBD is "not known", not a misspelt country (issue 8.8)

    lines = [row for row in book["Assumptions"].iter_rows(values_only=True) if row[0]]
    facts = {row[0]: row[1] for row in lines}
    assert facts["Input file"] == "input.xlsx"
    assert facts["Input SHA-256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert facts["Projects scored"] == 4
    assert facts["UI language"] == "ja"
    assert facts["discount_rate"] == "0.08"
    assert facts["top_n"] == "3"
    assert facts["Method"].startswith("weighted sum (WSM); weights cost 40%, risk 35%, coverage 25%")
    assert "0.101852" in facts["Capital recovery factor"]
    labels = [row[0] for row in lines]
    country_source = lines[labels.index("Country table") + 1]
    element_source = lines[labels.index("Element table") + 1]
    assert facts["Country table"] == "countries.csv, version 2023.1, data year 2023"
    assert "Worldwide Governance Indicators" in country_source[1]
    assert "DOE Critical Materials Assessment" in element_source[1]


def test_selected_projects_in_rank_order(ranking, tmp_path: Path) -> None:
    chosen = list(ranking.table["project_id"].iloc[[3, 1]])
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx", selected_ids=chosen))
    rows = _data_rows(book["Shortlist"], 4)
    assert [row[1] for row in rows] == [chosen[1], chosen[0]]
    assert [row[0] for row in rows] == [2, 4]
    assert book["Shortlist"]["A1"].value.startswith("Ranked shortlist: 2 selected projects")


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(ranking, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "s.xlsx"
    target.write_bytes(b"previous export")

    real_save = openpyxl.Workbook.save

    def broken_save(self, filename):  # the temp file is written, then the disk fills up while flushing
        real_save(self, filename)
        Path(filename).write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OutputFileError, match="No space left on device"):
        export_shortlist(ranking, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.xlsx", "s.xlsx"]


def test_unwritable_targets_are_one_sentence(ranking, tmp_path: Path) -> None:
    with pytest.raises(OutputFileError, match="does not exist"):
        export_shortlist(ranking, tmp_path / "missing" / "s.xlsx")
    folder_in_the_way = tmp_path / "taken.xlsx"
    folder_in_the_way.mkdir()
    with pytest.raises(OutputFileError, match=r"taken\.xlsx exists and is a folder, not a file"):
        export_shortlist(ranking, folder_in_the_way)
    assert folder_in_the_way.is_dir()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(ranking, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputFileError, match="Cannot write in"):
            export_shortlist(ranking, folder / "s.xlsx")
    finally:
        folder.chmod(0o700)


def test_stages_print_as_analysts_write_them(ranking, tmp_path: Path) -> None:
    """Issue 8.12: PFS and DFS in capitals in the committee pack too, not the stored codes pfs/dfs."""
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "pack.xlsx"))
    sheet = book["All projects"]
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "Rank")
    header = [c.value for c in sheet[header_row]]
    stages = {row[header.index("Stage")] for row in _data_rows(sheet, header_row)}
    assert {"DFS", "PFS", "operating", "concept"} <= stages
    assert not stages & {"dfs", "pfs"}
