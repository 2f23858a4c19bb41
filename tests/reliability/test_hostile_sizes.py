"""Issue 9.1: a tiny workbook whose used area or zip parts would make the fast reader allocate gigabytes (and abort
the process, uncatchably) is refused with one sentence naming the sheet and the limit, before calamine sees it."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook

from evaluator.inputs.load import load_workbook
from evaluator.inputs.package_limits import MAX_GRID_CELLS, used_area
from evaluator.model.issues import InputFileError
from tests.evaluator.helpers import HEADER, rows, write_xlsx
from tests.reliability.hostile_inputs import rewrite_part, stray_cell, table_block_beyond_the_limit


@pytest.mark.parametrize("reference", ["XFD1048576", "XFD20000"])
def test_a_stray_far_cell_is_left_out_and_named(run_cli, tmp_path, reference) -> None:
    """It asked calamine for a dense grid of 550 GB (exit 134); now the sheet is read cell by cell, the table is
    the block holding most values, and the stray value is named."""
    path = stray_cell(tmp_path, reference)
    assert path.stat().st_size < 10_000  # a few kB that used to abort the app (exit 134)
    done = run_cli("validate", path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "2 projects load" in done.stdout
    assert f"far outside its table ({reference} 'stray')" in done.stdout


def test_a_row_beyond_excels_last_is_left_out_too(run_cli, tmp_path) -> None:
    path = rewrite_part(
        stray_cell(tmp_path, "C9"),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'r="C9"', b'r="A99999999"', xml).replace(b'<row r="9"', b'<row r="99999999"'),
    )
    done = run_cli("score", path, "--json", "-", timeout=60)
    assert done.returncode == 0, done.stderr
    assert "A99999999" in done.stdout  # the warning, in the JSON's issues


def test_a_table_block_beyond_the_limit_is_refused_with_the_sheet_and_the_limit(run_cli, tmp_path) -> None:
    path = table_block_beyond_the_limit(tmp_path)
    done = run_cli("score", path, timeout=120)
    assert done.returncode == 2, done.stderr
    assert f"Sheet 'Projects' of {path.name} reaches cell XFD1048576" in done.stderr
    assert f"{MAX_GRID_CELLS:,} cells" in done.stderr


def test_the_table_is_the_block_holding_most_values(tmp_path) -> None:
    """A stray value above the table (row 1) and one far below: the table between them is what loads."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Projects"
    sheet["A1"] = "Screening 2026"
    sheet.append([])
    sheet.append(HEADER)
    for values in rows("A", "B", "C"):
        sheet.append(values)
    sheet["XFD1048576"] = "stray"
    sheet["B900000"] = "another"
    path = tmp_path / "block.xlsx"
    book.save(path)
    dataset = load_workbook(path)
    assert list(dataset.projects["project_id"]) == ["A", "B", "C"]
    [said] = [i for i in dataset.issues if "far outside" in i.message]
    assert "2 values far outside its table (B900000 'another', XFD1048576 'stray')" in said.message


def test_a_far_cell_on_a_sheet_that_is_not_read_does_not_matter(tmp_path) -> None:
    dataset = load_workbook(stray_cell(tmp_path, "XFD1048576", sheet="Workings"))
    assert list(dataset.projects["project_id"]) == ["A", "B"]


def test_a_zip_bomb_part_is_refused_before_it_is_inflated(run_cli, tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, rows("A"))
    # 20 MB of whitespace compresses ~1000×: declared size and ratio give it away without inflating anything.
    rewrite_part(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 20_000_000)
    )
    assert path.stat().st_size < 200_000
    done = run_cli("score", path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "would inflate to" in done.stderr


def test_an_ordinary_sheet_is_measured_right() -> None:
    assert used_area(b'<row r="1"><c r="A1"/><c r="Z1"/></row><row r="10001"><c r="C10001"/></row>') == (10001, 26)
    assert used_area(b'<x:row r="2"><x:c r="AB2"/></x:row>')[0] == 2
    assert used_area(b'<row\nr="3"><c\tr="XFD3"/></row>') == (3, 16384)  # other whitespace is not a way round


def test_the_library_reads_it_with_the_same_warning(tmp_path) -> None:
    dataset = load_workbook(stray_cell(tmp_path, "XFD1048576"))
    assert list(dataset.projects["project_id"]) == ["A", "B"]
    assert any("XFD1048576 'stray'" in i.message for i in dataset.issues)
    with pytest.raises(InputFileError, match="reaches cell XFD1048576"):
        load_workbook(table_block_beyond_the_limit(tmp_path))
