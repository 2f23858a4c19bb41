"""The committee workbook prints cleanly (issue 8.11): print setup on every sheet, Summary first, one chart a page.

Each test reads the written file back with openpyxl, as Excel or LibreOffice would find it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio
from evaluator.analysis.robustness import analyse
from evaluator.base.paths import sample_workbook
from evaluator.inputs.load import load_workbook
from evaluator.outputs.chart_images import render_chart_images
from evaluator.outputs.print_setup import LINE_PT, USABLE_HEIGHT_PT, USABLE_WIDTH_PT, width_points
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score

TABLE_HEADERS = {"Shortlist": "Rank", "All projects": "Rank", "Element coverage": "Rank", "Sensitivity": "Rank",
                 "Portfolio": "Rank", "Import issues": "Severity"}  # fmt: skip


@pytest.fixture(scope="module")
def ranking():
    return score(load_workbook(sample_workbook()))


@pytest.fixture(scope="module")
def full_pack(ranking, tmp_path_factory) -> tuple[Path, object, list]:
    """The pack with every sheet: charts, Monte Carlo (few samples) and a portfolio."""
    fast = score(ranking.dataset, ranking.parameters.replace(mc_samples=300, portfolio_budget_musd=900.0))
    robustness = analyse(fast)
    portfolio = build_portfolio(fast, PortfolioConstraints.from_parameters(fast.parameters))
    images = render_chart_images(fast)
    path = tmp_path_factory.mktemp("pack") / "pack.xlsx"
    export_shortlist(fast, path, images=images, robustness=robustness, portfolio=portfolio)
    return path, robustness, images


def _rows_height(sheet, first: int, last: int) -> float:
    return sum(sheet.row_dimensions[r].height or LINE_PT for r in range(first, last + 1))


def test_every_sheet_prints_landscape_one_page_wide_with_a_footer(full_pack) -> None:
    path, _, _ = full_pack
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Shortlist", "All projects", "Element coverage", "Reference data",
                               "Sensitivity", "Portfolio", "Import issues", "Assumptions", "Charts"]  # fmt: skip
    for sheet in book:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert setup.paperSize == 9, sheet.title  # A4
        assert sheet.oddFooter.left.text == "&F", sheet.title
        assert sheet.oddFooter.center.text.startswith("Exported 20"), sheet.title
        assert sheet.oddFooter.right.text == "Page &P of &N", sheet.title
        assert sheet.oddHeader.left.text == "&A", sheet.title
        assert sheet.page_margins.left == sheet.page_margins.right == 0.5
        if sheet.title == "Charts":  # pictures sized to the page; a fixed scale keeps the row breaks in Excel
            assert not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage
            assert int(setup.scale) == 100
            continue
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert int(setup.fitToWidth) == 1, sheet.title
        assert int(setup.fitToHeight) == (1 if sheet.title == "Summary" else 0), sheet.title
        if sheet.title in TABLE_HEADERS:
            header_row = int(sheet.print_title_rows.split(":")[0].strip("$"))
            assert sheet.print_title_rows == f"${header_row}:${header_row}"
            assert sheet.cell(row=header_row, column=1).value == TABLE_HEADERS[sheet.title]
            assert sheet.cell(row=header_row, column=1).fill.fgColor.rgb.endswith("1F3B57")


def test_header_rows_are_tall_enough_and_columns_fit_their_content(full_pack, ranking) -> None:
    book = openpyxl.load_workbook(full_pack[0])
    coverage = book["Element coverage"]
    assert coverage.row_dimensions[4].height >= 4 * LINE_PT  # symbol, group, magnet, criticality: four lines
    shortlist = book["Shortlist"]
    header = [c.value for c in shortlist[4]]
    assert shortlist.row_dimensions[4].height >= 2 * LINE_PT  # "Capacity (t/y REO)" wraps in its column
    widths = {h: shortlist.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
              for i, h in enumerate(header)}  # fmt: skip
    longest_name = int(ranking.table["name"].head(10).str.len().max())
    assert longest_name + 2 <= widths["Project"] <= 50
    assert widths["Rank"] < 8
    assert widths["Overall score"] < 12
    for word in ("Capacity", "Coverage", "contribution"):  # the longest word of a header never breaks
        assert any(word in h and widths[h] >= len(word) for h in header)


def test_summary_comes_first_with_the_top_five_the_input_digest_and_no_claimed_monte_carlo(ranking, tmp_path) -> None:
    book = openpyxl.load_workbook(export_shortlist(ranking, tmp_path / "s.xlsx"))
    assert book.sheetnames[0] == "Summary"
    sheet = book["Summary"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, r in enumerate(rows) if r[:2] == ["Rank", "Project"])
    top = rows[header_at + 1 : header_at + 6]
    table = ranking.table.head(5)
    assert [r[0] for r in top] == [1, 2, 3, 4, 5]
    assert [r[1] for r in top] == list(table["name"])
    assert [r[3] for r in top] == pytest.approx(list(table["overall"]), rel=1e-12)
    assert rows[header_at + 6][0] is None  # five, then the next section
    facts = {r[0]: r[2] for r in rows if r[0] and len(r) > 2 and r[2]}
    assert facts["Input SHA-256"] == hashlib.sha256(sample_workbook().read_bytes()).hexdigest()
    assert facts["Monte Carlo"].startswith("Not run for these settings")
    assert facts["Winner stability"].startswith(f"Rank 1 ({table['name'].iat[0]})")
    assert facts["Discount rate"] == "8.0%"
    assert "Computed for ree_candidate_facilities_sample.xlsx (input SHA-256" in rows[1][0]
    assert not any("most probable winner" in str(v) for r in rows for v in r)
    assert len(sheet._images) == 1  # the ranking chart


def test_summary_names_monte_carlos_most_probable_winner_when_it_was_run(full_pack) -> None:
    path, robustness, _ = full_pack
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    facts = {r[0]: r[2] for r in rows if r[0] and r[2]}
    mc = robustness.monte_carlo
    best = int(mc.p_top(1).argmax())
    assert facts["Monte Carlo"].startswith(f"{mc.names[best]} ({mc.project_ids[best]}) is the most probable winner")
    assert f"{mc.p_top(1)[best]:.1%} of 300 samples" in facts["Monte Carlo"]


def test_each_chart_gets_its_own_page(full_pack) -> None:
    path, _, images = full_pack
    sheet = openpyxl.load_workbook(path)["Charts"]
    titles = [(c.row, c.value) for c in sheet["A"] if c.value]
    assert [t for _, t in titles] == [t for t, _ in images]
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert len(breaks) == len(images) - 1
    starts = [row for row, _ in titles]
    assert [b + 1 for b in breaks] == starts[1:]  # each chart's title starts a page
    last_row = max(row for row, dimension in sheet.row_dimensions.items() if dimension.height)
    ends = [*breaks, last_row]
    for start, end in zip(starts, ends, strict=True):
        assert _rows_height(sheet, start, end) <= USABLE_HEIGHT_PT  # at 100 %: the block fits one page
    pictures = sorted(sheet._images, key=lambda p: p.anchor._from.row)
    assert [p.anchor._from.row + 1 for p in pictures] == [s + 1 for s in starts]  # right under each title
    for picture, start, end in zip(pictures, starts, ends, strict=True):
        shown = picture.anchor.ext  # the size on the sheet, in EMU (12,700 a point)
        assert shown.width / 12_700 <= USABLE_WIDTH_PT
        assert shown.height / 12_700 <= _rows_height(sheet, start + 1, end)


def test_a_long_sheet_breaks_where_each_page_fits_and_repeats_its_header(ranking, tmp_path) -> None:
    """A generous estimate of the fit-to-width scale: every planned page fits, and is more than half full."""
    from tests.evaluator.scoring_helpers import make_dataset, project

    dataset = make_dataset([project(f"P{i:03}", name=f"Project number {i}") for i in range(400)])
    book = openpyxl.load_workbook(export_shortlist(score(dataset), tmp_path / "long.xlsx"))
    sheet = book["All projects"]
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert len(breaks) >= 3
    assert sheet.print_title_rows == "$1:$1"
    columns = range(1, sheet.max_column + 1)
    content = sum(width_points(sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width) for c in columns)
    capacity = USABLE_HEIGHT_PT / min(1.0, USABLE_WIDTH_PT / content)
    header = _rows_height(sheet, 1, 1)
    starts = [1, *[b + 1 for b in breaks]]
    ends = [*breaks, sheet.max_row]
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        used = _rows_height(sheet, start, end) + (header if index else 0)
        assert used <= capacity
        if end != sheet.max_row:
            assert used > capacity / 2
