"""Issue 9.6, 9.7: one cell the fast reader cannot convert (a date serial out of range makes calamine panic; an
Excel 365 error such as #SPILL! makes it refuse the sheet) must not cost the workbook: the cell is reported, the
rest loads, and no traceback reaches the user."""

from __future__ import annotations

import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import Severity
from tests.evaluator.helpers import HEADER, row, write_xlsx
from tests.reliability.hostile_inputs import with_cell_xml


@pytest.mark.parametrize("error", ["#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#BUSY!", "#PYTHON!"])
def test_an_excel_365_error_in_an_unused_column_is_reported_and_the_rest_loads(tmp_path, error) -> None:
    header = [*HEADER, "Analyst comment"]
    path = write_xlsx(tmp_path, header, [[*row("A"), "x"], [*row("B"), "y"]])
    dataset = load_workbook(with_cell_xml(path, "H2", f'<c r="H2" t="e"><v>{error}</v></c>'))
    assert list(dataset.projects["project_id"]) == ["A", "B"]
    assert any(i.severity is Severity.NOTE and "forgiving reader" in i.message for i in dataset.issues)


def test_an_excel_365_error_in_a_required_cell_is_that_cells_error(tmp_path) -> None:
    path = write_xlsx(tmp_path, HEADER, [row("A"), row("B")])
    dataset = load_workbook(with_cell_xml(path, "E3", '<c r="E3" t="e"><v>#SPILL!</v></c>'))
    assert list(dataset.projects["project_id"]) == ["A"]
    [capex] = [i for i in dataset.issues if i.cell == "Projects!E3"]
    assert capex.severity is Severity.ERROR
    assert "#SPILL!" in capex.message


def test_a_date_serial_out_of_range_does_not_panic_the_reader(tmp_path, run_cli) -> None:
    path = write_xlsx(tmp_path, [*HEADER, "start_year"], [[*row("A"), 2028], [*row("B"), 2029]])
    from openpyxl import load_workbook as open_book

    book = open_book(path)
    cell = book["Projects"]["H3"]
    cell.value = -1e12
    cell.number_format = "yyyy-mm-dd"
    book.save(path)
    dataset = load_workbook(path)
    assert list(dataset.projects["project_id"]) == ["A", "B"]
    assert any("start_year" in i.column for i in dataset.issues if i.row == 3)
    done = run_cli("score", path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "PanicException" not in done.stderr
