"""Issue 8, done means: one workbook written the way the analyst wrote it, every first-hour defect in it at once.

Cover sheet first; a title and a unit row; capex in A$ billions; feed countries under "Feedstock from"; a hidden
on-hold project; a totals row and a footnote; a formula saved without its value. Each number below is worked by
hand from the cells and the bundled FX table (Federal Reserve G.5A, 2023: 0.6644 USD per A$).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Severity
from evaluator.scoring.ranking import score

USD_PER_AUD = 0.6644


def _analyst_workbook(tmp_path: Path) -> Path:
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Rare-earth processing pipeline — working group screening"])
    cover.append(["Prepared 2026-11-30; confidential"])
    sheet = book.create_sheet("Pipeline")
    sheet.append(["Candidate projects, ex-China"])
    sheet.append([])
    sheet.append(["#", "Project", "Host country", "Stage", "Capacity", "Capex", "Opex", "Products", "Feedstock from"])
    sheet.append(["", "", "", "", "t REO/y", "A$ bn", "USD/kg", "", ""])  # the unit row
    sheet.append([1, "Kalgoorlie Cracking", "Australia", "DFS", 5000, 0.9, 18, "Nd, Pr", "Australia"])
    sheet.append([2, "Lacq Heavy Separation", "France", "FID pending", 800, 0.3, 35, "Dy, Tb", "Brazil"])
    sheet.append([3, "Darwin Refinery", "Australia", "on hold", 3000, 0.5, 22, "Nd, Pr", "Australia"])  # hidden
    sheet.append([4, "Tokyo Magnet Works", "Japan", "construction", 1200, "=0.4*1", 40, "Nd, Pr, Dy", "Australia"])
    sheet.append(["", "Total", "", "", 10000, 2.1, "", "", ""])
    sheet.append(["Source: company filings and analyst estimates, November 2026"])
    sheet.row_dimensions[7].hidden = True
    path = tmp_path / "pipeline.xlsx"
    book.save(path)
    return path


def test_the_analysts_workbook_loads_as_they_meant_it(tmp_path) -> None:
    dataset = load_workbook(_analyst_workbook(tmp_path))
    assert dataset.sheet == "Pipeline"
    projects = dataset.projects.set_index("project_id")
    # Hidden Darwin (3) is skipped; Tokyo (4) has an uncalculated capex formula and is left out with that reason.
    assert list(projects.index) == ["1", "2"]
    assert dataset.currencies["capex_m"] == "AUD"
    assert projects.at["1", "capex_m"] == pytest.approx(900.0)  # A$0.9 bn = A$900 m
    assert list(projects["feed_country_iso3"]) == ["AUS", "BRA"]
    assert list(projects["stage"]) == ["dfs", "dfs"]

    by_cell = {issue.cell: issue for issue in dataset.issues}
    assert by_cell["Pipeline!B7"].severity is Severity.WARNING
    assert "Darwin Refinery" in by_cell["Pipeline!B7"].message
    assert by_cell["Pipeline!F8"].severity is Severity.ERROR
    assert "formula with no saved value" in by_cell["Pipeline!F8"].message
    assert by_cell["Pipeline!B9"].severity is Severity.NOTE  # the totals row
    assert by_cell["Pipeline!A10"].severity is Severity.NOTE  # the footnote
    assert any(i.severity is Severity.NOTE and "'Pipeline'" in i.message for i in dataset.issues)  # cover passed over
    # Nothing else: no "country is empty" for the totals row, no unit row read as a project.
    assert len(dataset.issues) == 5
    assert dataset.rows_with_errors == 1

    table = score(dataset).table.set_index("project_id")
    assert table.at["1", "capex_musd"] == pytest.approx(900 * USD_PER_AUD, rel=1e-4)
    assert table.at["2", "capex_musd"] == pytest.approx(300 * USD_PER_AUD, rel=1e-4)
