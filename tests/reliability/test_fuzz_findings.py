"""Minimal reproducers of what the fuzz test (test_fuzz.py, issue 9) found; each failed before its fix.

Every case is built here, small, from the signature the fuzz run reported (docs/fuzz-results.md).
"""

from __future__ import annotations

import json
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import InputFileError, Severity
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, write_xlsx
from tests.reliability.fuzzing import ods_package, pack, relocate_part, to_shared_strings, unpack
from tests.reliability.hostile_inputs import rewrite_part, stray_cell


def test_a_first_column_of_numbers_and_a_row_without_a_country_loads(tmp_path) -> None:
    # AttributeError in evaluator/inputs/row_kinds.py:_texts — ".str accessor with string values" on a column holding no
    # text at all: column A numbered 1, 2, 3 (or any numeric column first) and one row without a country.
    header = ["No.", *HEADER]
    path = write_xlsx(tmp_path, header, [[1, *row("A")], [2, *row("B", country=None)], [3, *row("C")]])
    dataset = load_workbook(path)
    assert list(dataset.projects["name"]) == ["Plant A", "Plant C"]
    assert Severity.ERROR in [i.severity for i in dataset.issues if i.row == 3]


def test_project_names_that_are_all_numbers_load(tmp_path) -> None:
    # The same signature through the name column: every project named by a number, one row hidden.
    path = write_xlsx(tmp_path, HEADER, [row("A", name=101), row("B", name=102), row("C", name=103)], hidden_rows=[3])
    dataset = load_workbook(path)
    assert list(dataset.projects["project_id"]) == ["A", "C"]
    assert list(dataset.projects["name"]) == ["101", "103"]


def _assert_no_abort(done) -> None:
    """The far cell is refused in one sentence (or, where the app reads such a sheet cell by cell, loads)."""
    assert done.returncode in {0, 2}, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert "reaches cell XFD1048576" in done.stderr


def test_a_cell_reference_beyond_excels_last_column_is_refused_at_once(tmp_path) -> None:
    # 13 s to load a 7 kB file (mutation seed 7 case 990): r="ZZZZ1" is column 475,254, which the used-area scan
    # did not see (it read at most three letters), so calamine built a grid 475,254 columns wide; with a few
    # thousand rows that grid is gigabytes and the process aborts.
    path = write_xlsx(tmp_path, HEADER, [row("A"), row("B")])
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b'r="G1"', b'r="ZZZZ1"', 1))
    started = time.perf_counter()
    with pytest.raises(
        InputFileError, match=r"cannot be read \(a cell in column ZZZZ, beyond a worksheet's last column XFD"
    ):
        load_workbook(path)
    assert time.perf_counter() - started < 5


def test_a_shared_strings_table_claiming_billions_of_strings_is_refused_not_an_abort(tmp_path, run_cli) -> None:
    # SIGABRT in evaluator/inputs/read.py:_read_excel (mutation seed 7 case 187): calamine reserves room for uniqueCount
    # strings before reading one; uniqueCount="99999999999" in a 9 kB file asked for 2.4 TB and aborted the process.
    path = write_xlsx(tmp_path, HEADER, [row("A"), row("B")])
    parts = unpack(path.read_bytes())
    path.write_bytes(pack(to_shared_strings(parts)))
    rewrite_part(
        path, "xl/sharedStrings.xml", lambda xml: re.sub(rb'uniqueCount="\d+"', b'uniqueCount="99999999999"', xml)
    )
    done = run_cli("score", path, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "is not a readable Excel workbook" in done.stderr
    assert "claims 99,999,999,999 different texts" in done.stderr


def test_a_sheet_part_whose_compressed_data_is_damaged_is_one_sentence(tmp_path) -> None:
    # zlib.error in evaluator/inputs/package_limits.py:survey_sheets (mutation seed 7, 28 cases): the survey of the
    # sheets
    # caught the zip module's own errors but not zlib's ("invalid distance too far back", "invalid block type").
    path = write_xlsx(tmp_path, HEADER, [row("A"), row("B")])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] = 0xFF  # the first deflate block: final, of the reserved type 3
    path.write_bytes(bytes(data))
    with pytest.raises(InputFileError, match="cannot be read"):
        load_workbook(path)


def test_a_far_cell_is_refused_even_when_the_workbook_part_is_not_well_formed(tmp_path, run_cli) -> None:
    # SIGABRT in evaluator/inputs/read.py:load (mutation seed 8 case 599): workbook.xml with `" .>` for `"/>` is
    # refused by
    # openpyxl, which maps sheets to their parts, but read by calamine; the sheet's part was then unknown, its used
    # area was not checked, and calamine built the grid of a stray cell at XFD1048576.
    path = stray_cell(tmp_path, "XFD1048576")
    rewrite_part(path, "xl/workbook.xml", lambda xml: xml.replace(b'"1"/></bookViews>', b'"1" .></bookViews>'))
    _assert_no_abort(run_cli("score", path, timeout=60))


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_text_xml_cannot_hold_is_left_out_of_the_export(tmp_path) -> None:
    # ValueError in evaluator/outputs/xlsx.py:_table_rows (mutation seed 8 case 836): a shared string "&#xFFFE;" reads
    # as
    # U+FFFE, which XML 1.0 cannot hold (nor U+FFFF, nor a lone surrogate); lxml refused the whole export. openpyxl's
    # pattern of illegal characters covers the control characters only.
    path = write_xlsx(tmp_path, HEADER, [row("A", name="Plant XX A"), row("B")])
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"XX", b"&#xFFFE;&#xFFFF;"))
    ranking = score(load_workbook(path))
    assert "Plant \ufffe\uffff A" in set(ranking.table["name"])
    export_shortlist(ranking, tmp_path / "out.xlsx")
    names = {str(cell.value) for sheet in openpyxl.load_workbook(tmp_path / "out.xlsx") for r in sheet for cell in r}
    assert "Plant  A" in names


@pytest.mark.parametrize("part", ["xl/elsewhere/sheet1.xml", "xl/worksheets/sheet1.bin", "sheet1.XML"])
def test_a_far_cell_on_a_sheet_stored_outside_the_worksheets_folder_is_refused(tmp_path, run_cli, part) -> None:
    # SIGABRT (found while fixing the case above, then by the relocation mutation): only parts under worksheets/
    # named .xml were measured, but calamine reads a sheet wherever the workbook's relationships point.
    path = stray_cell(tmp_path, "XFD1048576")
    path.write_bytes(pack(relocate_part(unpack(path.read_bytes()), "xl/worksheets/sheet1.xml", part)))
    _assert_no_abort(run_cli("score", path, timeout=60))


def _ods(tmp_path: Path, rows: str, **more_tables: str) -> Path:
    """An OpenDocument workbook whose Projects table's rows are ``rows`` (table:table-row elements), then one table
    per keyword (name → its rows)."""
    tables = "".join(
        f'<table:table table:name="{name}">{body}</table:table>'
        for name, body in {"Projects": rows, **more_tables}.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
        'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f"<office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "projects.ods"
    path.write_bytes(ods_package(content.encode()))
    return path


def _cell(value: object) -> str:
    kind = (
        'office:value-type="string"' if isinstance(value, str) else f'office:value-type="float" office:value="{value}"'
    )
    return f"<table:table-cell {kind}><text:p>{value}</text:p></table:table-cell>"


def test_an_opendocument_row_repeated_a_million_times_is_refused_not_an_abort(tmp_path, run_cli) -> None:
    # SIGABRT in evaluator/inputs/read.py:load (random OpenDocument cases, once the generator wrote them): a 2 kB .ods
    # whose one row of values says table:number-rows-repeated="1048000" across 92 columns is 96 million cells to
    # calamine, under its own limit of 100 million, and its dense grid asked for 4.7 GB. Nothing measured it.
    header = "".join(_cell(h) for h in HEADER)
    wide = _cell("x") + '<table:table-cell table:number-columns-repeated="90"/>' + _cell(1)
    rows = f"<table:table-row>{header}</table:table-row>"
    rows += f'<table:table-row table:number-rows-repeated="1048000">{wide}</table:table-row>'
    done = run_cli("score", _ods(tmp_path, rows), timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "reaches cell" in done.stderr


def test_an_opendocument_sheet_as_libreoffice_writes_it_loads(tmp_path) -> None:
    # The measure counts only what holds a value: LibreOffice ends every sheet with its empty rest as repeats
    # (1,048,576 rows × 1,024 columns), which must not count.
    body = "".join(
        f"<table:table-row>{''.join(_cell(v) for v in values)}"
        '<table:table-cell table:number-columns-repeated="1017"/></table:table-row>'
        for values in [HEADER, row("A"), row("B")]
    )
    body += '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
    body += 'table:number-columns-repeated="1024"/></table:table-row>'
    dataset = load_workbook(_ods(tmp_path, body))
    assert list(dataset.projects["project_id"]) == ["A", "B"]


def test_a_package_the_zip_module_cannot_open_is_one_sentence(tmp_path) -> None:
    # NotImplementedError in evaluator/inputs/package_limits.py:check_package (mutation seed 1 case 2015, of the first
    # 20,000-case run): random bytes in the central directory set "version needed to extract" to 22.0, and Python's
    # zipfile refuses such a package with NotImplementedError, which nothing caught. calamine opens it regardless,
    # so a package that cannot be measured is refused rather than read unmeasured.
    path = write_xlsx(tmp_path, HEADER, [row("A"), row("B")])
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    data[entry + 6 : entry + 8] = (220).to_bytes(2, "little")  # version needed to extract: 22.0
    path.write_bytes(bytes(data))
    with pytest.raises(InputFileError, match="is not a readable Excel workbook"):
        load_workbook(path)


def _header_and_projects() -> str:
    return "".join(
        f"<table:table-row>{''.join(_cell(v) for v in values)}</table:table-row>"
        for values in [HEADER, row("A"), row("B")]
    )


def test_a_formula_repeated_across_a_million_opendocument_rows_is_refused_naming_the_sheet(tmp_path, run_cli) -> None:
    # Found beside the abort below (random seed 1 case 4022 of the second 20,000-case run): a cell with a formula
    # and no value, table:number-columns-repeated="16384", in a row repeated to the sheet's end. The measure counted
    # only cells with a value, but calamine keeps a formula grid beside the values (1,048,000 × 16,384 formulas);
    # its own cell limit then failed the open as "Cannot detect file format", which names neither sheet nor limit.
    rows = _header_and_projects()
    rows += '<table:table-row table:number-rows-repeated="1048000">' + _cell("x")
    rows += '<table:table-cell table:formula="of:=1+1" table:number-columns-repeated="16384"/></table:table-row>'
    done = run_cli("score", _ods(tmp_path, rows), timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "reaches cell XFD1048003: its used area of 1,048,003 rows × 16,384 columns" in done.stderr


def test_a_row_of_long_text_repeated_to_the_opendocument_sheets_end_is_refused(tmp_path, run_cli) -> None:
    # SIGABRT in evaluator/inputs/read.py:_read_excel (random seed 1 case 4022 of the second 20,000-case run): its
    # repeated
    # row held 1.5 kB of text, which calamine copies into every cell a repeat stands for: 1,048,000 rows × 1.5 kB is
    # 1.5 GB of text in a sheet of 2 million cells, inside the area limit, and the allocator aborted the process.
    # The written-out size of a table is measured like a zip part's.
    repeated = _cell("x" * 1500) + _cell(1)
    rows = _header_and_projects()
    rows += f'<table:table-row table:number-rows-repeated="1048000">{repeated}</table:table-row>'
    written_out = len(repeated.encode()) * 1_048_000 + len(_header_and_projects().encode())  # upper bound, in bytes
    started = time.perf_counter()
    done = run_cli("score", _ods(tmp_path, rows), timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"would inflate to {written_out / 1048576:,.0f} MB" in done.stderr
    assert "table 'Projects' of content.xml, its repeated rows and cells written out" in done.stderr
    assert time.perf_counter() - started < 30


def test_a_far_cell_in_a_workbook_with_bytes_before_its_zip_is_measured(tmp_path, run_cli) -> None:
    # SIGABRT in evaluator/inputs/read.py:load (mutation seed 1 case 5670, twice): 63 junk bytes before the zip. Both
    # Python's zip module and calamine find a package by the directory at its end, but the measure ran only on a
    # file that starts "PK\x03\x04", so a stray cell at A99999999 reached calamine unmeasured.
    path = stray_cell(tmp_path, "XFD1048576")
    path.write_bytes(b"banner from a mail gateway, 63 bytes of junk before the archive\n"[:63] + path.read_bytes())
    done = run_cli("score", path, timeout=60)
    _assert_no_abort(done)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "left out" in done.stdout + done.stderr


def test_an_opendocument_reference_sheet_repeated_to_the_sheets_end_loads_in_seconds(tmp_path, run_cli) -> None:
    # A hang (30 s; 25 s of it in load) then MemoryError writing the JSON (mutation seed 1 case 5381): two cells
    # swapped put a value into the empty rest of the FX sheet, so its row "XXX | 150" stood for 1,048,571 rows.
    # Each was read row by row and became a warning: 1,048,585 issues. A reference sheet is now read to row
    # 10,000, and a column lists at most 1,000 issues, the rest counted in one closing line.
    fx = "<table:table-row>" + _cell("currency") + _cell("per_usd") + "</table:table-row>"
    fx += '<table:table-row table:number-rows-repeated="1048571">' + _cell("XXX") + _cell(150) + "</table:table-row>"
    path = _ods(tmp_path, _header_and_projects(), FX=fx)
    started = time.perf_counter()
    dataset = load_workbook(path)
    assert time.perf_counter() - started < 10
    assert list(dataset.projects["project_id"]) == ["A", "B"]
    fx_issues = [issue for issue in dataset.issues if issue.sheet == "FX"]
    assert len(fx_issues) == 1_000 + 2  # the first 1,000 rows' warnings, the closing line, the cut
    assert dataset.warning_count == (10_000 - 1) + 1  # every row read below the header is counted, and the cut
    closing = next(issue for issue in fx_issues if issue.message.startswith("Not listed one by one"))
    assert "8,999 warnings in column currency, rows 1,002 to 10,000" in closing.message
    assert any("runs to row 1,048,572" in issue.message for issue in fx_issues)
    out = tmp_path / "ranking.json"
    done = run_cli("score", path, "--json", out, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(json.loads(out.read_text(encoding="utf-8"))["issues"]) == len(dataset.issues)
