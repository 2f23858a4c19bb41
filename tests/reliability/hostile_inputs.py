"""The issue-9 reproducers as files: one builder per hostile or unlucky input, shared by the CLI reproducers in
this folder and the window's survival test (tests/ui/test_hostile_gui.py), so each case is written once.

A builder takes a folder and returns the path to open. ``REFUSED`` cases must give one sentence and leave the data
on screen; ``LOADS`` cases must load (their problems reported by cell)."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl import load_workbook as open_book
from openpyxl.worksheet.worksheet import Worksheet

from tests.evaluator.helpers import HEADER, row, rows, write_csv, write_xlsx

DATA = Path(__file__).resolve().parents[1] / "evaluator" / "data"


def _two_projects() -> tuple[Workbook, Worksheet]:
    """A workbook whose Projects sheet holds the header and two valid projects, A and B."""
    book = Workbook()
    projects = book.active
    projects.title = "Projects"
    projects.append(HEADER)
    for values in rows("A", "B"):
        projects.append(values)
    return book, projects


def stray_cell(folder: Path, reference: str, sheet: str = "Projects") -> Path:
    """A valid two-project workbook with one stray cell at ``reference`` (on ``sheet``)."""
    book, projects = _two_projects()
    target = projects if sheet == "Projects" else book.create_sheet(sheet)
    target[reference] = "stray"
    path = folder / f"stray-{reference}.xlsx"
    book.save(path)
    return path


def rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """``path`` with one zip member replaced by ``change(its bytes)``."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def with_cell_xml(path: Path, cell: str, xml: str) -> Path:
    """``path`` with the XML of one cell of the first sheet replaced by ``xml``."""

    def change(sheet: bytes) -> bytes:
        text, count = re.subn(rf'<c r="{cell}"[^>]*?(?:/>|>.*?</c>)', xml, sheet.decode())
        assert count == 1
        return text.encode()

    return rewrite_part(path, "xl/worksheets/sheet1.xml", change)


def table_block_beyond_the_limit(folder: Path) -> Path:
    """Values every 900 rows down to row 1,048,576 and every 90 columns across to XFD: no gap ends the block, so
    the block itself is 17 billion cells and is refused (a sparse read cannot cut it)."""
    book, projects = _two_projects()
    for r in range(900, 1_048_577, 900):
        projects.cell(r, 1, "x")
    for c in range(90, 16_385, 90):
        projects.cell(5, c, "x")
    projects.cell(1_048_576, 16_384, "corner")
    path = folder / "block.xlsx"
    book.save(path)
    return path


def zip_bomb(folder: Path) -> Path:
    """20 MB of whitespace in the sheet XML: it compresses ~1000×."""
    path = write_xlsx(folder, HEADER, rows("A"), name="bomb.xlsx")
    return rewrite_part(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 20_000_000)
    )


def fifo(folder: Path) -> Path:
    path = folder / "pipe.xlsx"
    os.mkfifo(path)
    return path


def long_text_cells(folder: Path) -> Path:
    """Country cells of 32,000 characters and digit runs of 40,000: quadratic patterns took minutes (9.5)."""
    data = [row("OK")]
    data += [row(f"C{i}", country="Korea " + "x y " * 8000) for i in range(4)]
    data += [row(f"N{i}", capex_musd="1" * 40_000 + "x") for i in range(10)]
    return write_xlsx(folder, HEADER, data, name="long-text.xlsx")


def date_serial_out_of_range(folder: Path) -> Path:
    """A date-formatted cell holding −1e12: calamine panicked (9.6)."""
    path = write_xlsx(folder, [*HEADER, "start_year"], [[*row("A"), 2028], [*row("B"), 2029]], name="date.xlsx")
    book = open_book(path)
    cell = book["Projects"]["H3"]
    cell.value = -1e12
    cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def excel_365_error(folder: Path) -> Path:
    """``#SPILL!`` in an unused column made the whole workbook unusable (9.7)."""
    path = write_xlsx(folder, [*HEADER, "Analyst comment"], [[*row("A"), "x"], [*row("B"), "y"]], name="spill.xlsx")
    return with_cell_xml(path, "H2", '<c r="H2" t="e"><v>#SPILL!</v></c>')


def mathtext_names(folder: Path) -> Path:
    """Names matplotlib parsed as mathtext: ``$$$$`` broke every chart (9.9)."""
    names = ["$$$$", r"$\frac{a}{b}$", "Cost $5 bn_plant^2", r"back\slash \$"]
    return write_xlsx(folder, HEADER, [row(f"P{i}", name=n) for i, n in enumerate(names)], name="mathtext.xlsx")


def markup_unit(folder: Path) -> Path:
    """A header unit that is a link: it became clickable in the app's own dialog (9.9)."""
    header = list(HEADER)
    header[4] = 'capex (<a href="https://evil.example/repair">Click here to repair</a>)'
    return write_xlsx(folder, header, [row("A"), row("B")], name="markup.xlsx")


def escape_sequences(folder: Path) -> Path:
    """Names with terminal escape sequences and a right-to-left override (9.9)."""
    return write_csv(folder, HEADER, [row("A", name="\x1b[2J\x1b]0;owned\x07Plant\u202eexe"), row("B")], name="esc.csv")


def csv_field_too_long(folder: Path) -> Path:
    path = folder / "long-field.csv"
    path.write_text("name,country\n" + '"' + "x" * 200_000 + '",Japan\n', encoding="utf-8")
    return path


def hidden_sheets(folder: Path) -> Path:
    book, projects = _two_projects()
    projects.sheet_state = "hidden"
    settings = book.create_sheet("Settings")
    settings.append(["parameter", "value"])
    settings.append(["weight_cost", 90])
    settings.sheet_state = "veryHidden"
    book.create_sheet("Cover")
    path = folder / "hidden.xlsx"
    book.save(path)
    return path


def xls_named_xlsx(folder: Path) -> Path:
    path = folder / "renamed.xlsx"
    shutil.copy(DATA / "two_projects.xls", path)
    return path


def invisible_ids(folder: Path) -> Path:
    return write_csv(folder, HEADER, [row("A1"), row("A\u200b1"), row("\uff211"), row("B1")], name="ids.csv")


def text_over_a_cell(folder: Path) -> Path:
    return write_csv(folder, HEADER, [row("L", name="n" * 40_000), row("B")], name="long-name.csv")


def truncated(folder: Path) -> Path:
    source = write_xlsx(folder, HEADER, rows("A", "B"), name="whole.xlsx").read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(source[: len(source) // 2])
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    return path


#: Cases that are refused with one sentence: the data on screen must stay.
REFUSED: dict[str, Callable[[Path], Path]] = {
    "a table block beyond the grid limit (9.1)": table_block_beyond_the_limit,
    "zip bomb (9.1)": zip_bomb,
    "FIFO (9.4)": fifo,
    "/dev/zero (9.4)": lambda _folder: Path("/dev/zero"),
    "markup in a header unit (9.9)": markup_unit,
    "CSV field over the csv limit (9.13)": csv_field_too_long,
    "truncated workbook": truncated,
    "random bytes": random_bytes,
}
#: Cases that load, with their problems reported.
LOADS: dict[str, Callable[[Path], Path]] = {
    "stray cell at XFD1048576 (9.1)": lambda folder: stray_cell(folder, "XFD1048576"),
    "long country and digit cells (9.5)": long_text_cells,
    "date serial out of range (9.6)": date_serial_out_of_range,
    "#SPILL! in an unused column (9.7)": excel_365_error,
    "names that look like mathtext (9.9)": mathtext_names,
    "escape sequences in names (9.9)": escape_sequences,
    "hidden and very hidden sheets (9.13)": hidden_sheets,
    "plain .xls named .xlsx (9.13)": xls_named_xlsx,
    "invisible characters in ids (9.13)": invisible_ids,
    "text longer than a cell (9.13)": text_over_a_cell,
}
