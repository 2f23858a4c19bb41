"""Issue 9.1: a tiny workbook whose used area or zip parts would make the fast reader allocate gigabytes (and abort
the process, uncatchably) is refused with one sentence naming the sheet and the limit, before calamine sees it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from evaluator.issues import InputFileError
from evaluator.load import load_workbook
from evaluator.package_limits import MAX_GRID_CELLS, used_area
from tests.evaluator.helpers import HEADER, rows, write_xlsx


def _stray_cell(tmp_path: Path, reference: str, sheet: str = "Projects") -> Path:
    book = Workbook()
    projects = book.active
    projects.title = "Projects"
    projects.append(HEADER)
    for values in rows("A", "B"):
        projects.append(values)
    target = projects if sheet == "Projects" else book.create_sheet(sheet)
    target[reference] = "stray"
    path = tmp_path / f"stray-{reference}.xlsx"
    book.save(path)
    return path


def _rewrite_part(path: Path, part: str, change) -> Path:
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@pytest.mark.parametrize("reference", ["XFD1048576", "XFD20000"])
def test_a_stray_far_cell_is_refused_with_the_sheet_and_the_limit(run_cli, tmp_path, reference) -> None:
    path = _stray_cell(tmp_path, reference)
    assert path.stat().st_size < 10_000  # a few kB that used to abort the app (exit 134)
    done = run_cli("score", path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert f"Sheet 'Projects' of {path.name} reaches cell {reference}" in done.stderr
    assert f"{MAX_GRID_CELLS:,} cells" in done.stderr


def test_a_row_beyond_excels_last_is_refused(run_cli, tmp_path) -> None:
    path = _rewrite_part(
        _stray_cell(tmp_path, "C9"),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'r="C9"', b'r="A99999999"', xml).replace(b'<row r="9"', b'<row r="99999999"'),
    )
    done = run_cli("score", path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "reaches cell" in done.stderr


def test_a_far_cell_on_a_sheet_that_is_not_read_does_not_matter(tmp_path) -> None:
    dataset = load_workbook(_stray_cell(tmp_path, "XFD1048576", sheet="Workings"))
    assert list(dataset.projects["project_id"]) == ["A", "B"]


def test_a_zip_bomb_part_is_refused_before_it_is_inflated(run_cli, tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, rows("A"))
    # 20 MB of whitespace compresses ~1000×: declared size and ratio give it away without inflating anything.
    _rewrite_part(
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


def test_the_app_refuses_it_too_and_keeps_its_data(tmp_path) -> None:
    with pytest.raises(InputFileError, match="reaches cell XFD1048576"):
        load_workbook(_stray_cell(tmp_path, "XFD1048576"))
