"""Issue 9.10: nothing written goes past Excel's last row. 1,080,000 import issues wrote rows beyond 1,048,576 (a
file Excel must repair); a full sheet of 1,048,575 projects ran 345 s, then failed with a TypeError (openpyxl refuses
a conditional format reaching past the last row). The limit is lowered here so the cases run in a second; the
arithmetic at the real limit is checked on its own."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest

from evaluator.base.atomic import OutputFileError
from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Issue, Severity
from evaluator.outputs import workbook_export, xlsx
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, write_xlsx

LIMIT = 60


def _with_issues(tmp_path, count: int):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), row("B"), row("C")]))
    issues = tuple(
        Issue(Severity.WARNING, "Projects", f"Projects!H{n}", "notes", "x", f"warning number {n}", n)
        for n in range(1, count + 1)
    )
    return score(dataclasses.replace(dataset, issues=issues))


def test_the_real_limit_leaves_room_for_heading_header_and_the_note() -> None:
    # Import issues: 2 heading lines, a blank row, the header on row 4; one row kept for the note.
    assert xlsx.table_room(2) == 1_048_576 - 4 - 1
    assert xlsx.table_room(0) == 1_048_576 - 1 - 1
    below = [("Sweep", [], [[1], [2]])]
    assert xlsx.table_room(0, below) == 1_048_576 - 2 - (3 + 2)


def test_issues_beyond_the_last_row_are_cut_and_the_cut_is_said(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", LIMIT)
    ranking = _with_issues(tmp_path, 100)
    path = export_shortlist(ranking, tmp_path / "pack.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Import issues"]
    assert sheet.max_row == LIMIT  # header on row 4, rows 5..59 hold issues, row 60 the note
    shown = [r[5] for r in sheet.iter_rows(min_row=5, max_row=LIMIT - 1, values_only=True)]
    assert shown == [f"warning number {n}" for n in range(1, LIMIT - 4)]
    omitted = 100 - (LIMIT - 5)
    assert (
        sheet.cell(LIMIT, 1).value == f"… {omitted:,} more rows are not in this sheet: an Excel sheet ends at row 60."
    )
    for rules in sheet.conditional_formatting:
        assert all(r.max_row <= LIMIT for r in rules.sqref.ranges)
    assumptions = {r[0]: r[1] for r in book["Assumptions"].iter_rows(values_only=True) if r and r[0]}
    assert assumptions["Import issues sheet"].startswith(f"shows the first {LIMIT - 5:,} of 100 issues")


def test_issues_that_fit_are_all_there_and_nothing_is_said(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", LIMIT)
    ranking = _with_issues(tmp_path, LIMIT - 5)  # exactly the room
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "pack.xlsx"))
    sheet = book["Import issues"]
    assert sheet.max_row == LIMIT - 1
    assert sheet.cell(LIMIT - 1, 6).value == f"warning number {LIMIT - 5}"
    assert "Import issues sheet" not in {r[0] for r in book["Assumptions"].iter_rows(values_only=True) if r}


def test_a_table_of_scores_past_the_last_row_stops_there(tmp_path, monkeypatch) -> None:
    """The 345 s TypeError: a score colour scale over rows past the limit. Every table stops at the limit."""
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", LIMIT)
    book = openpyxl.Workbook(write_only=True)
    columns = [xlsx.Column("Score", "0.0", 8)]
    xlsx.write_table(book, "Scores", columns, ([float(i)] for i in range(500)), score_columns=[0])
    book.save(tmp_path / "scores.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "scores.xlsx")["Scores"]
    assert sheet.max_row == LIMIT
    assert sheet.cell(LIMIT - 1, 1).value == LIMIT - 3  # rows 2..59 hold 0..57
    assert "442 more rows" in sheet.cell(LIMIT, 1).value


def test_more_projects_than_a_workbook_holds_are_refused_before_any_work(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(workbook_export, "MAX_EXPORT_PROJECTS", 2)
    ranking = score(load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), row("B"), row("C")])))
    target = tmp_path / "pack.xlsx"
    with pytest.raises(OutputFileError, match=r"cannot hold 3 projects: .* at most 2 \(Excel's sheets end at row"):
        export_shortlist(ranking, target)
    assert not target.exists()
    assert list(tmp_path.glob("*.tmp")) == []
