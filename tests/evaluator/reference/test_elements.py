"""Which elements a project produces: an element list column, 17 element columns, or both (METHOD.md §1–2)."""

from __future__ import annotations

import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.issues import InputFileError, Severity
from evaluator.reference.elements import INDEX, NAMES, SYMBOLS, parse_element_list, symbol_for
from tests.evaluator.helpers import HEADER, errors, ids, one_issue_at, row, value_of, warnings, write_xlsx

BASE = HEADER[:6]  # project_id, name, country, capacity_tpa, capex_musd, opex_usd_per_kg (A–F)


def _base(project_id: str) -> list:
    return row(project_id)[:6]


def _covered(dataset, project_id: str) -> set[str]:
    position = ids(dataset).index(project_id)
    return {symbol for symbol in SYMBOLS if dataset.coverage[position, INDEX[symbol]]}


# ------------------------------------------------------------------------------------------------ element lists


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("Nd, Pr; Dy/Tb", ("Pr", "Nd", "Tb", "Dy")),
        ("Neodymium and Dysprosium", ("Nd", "Dy")),
        ("nd|PR", ("Pr", "Nd")),
        ("Nd2O3 + Tb4O7", ("Nd", "Tb")),
        ("NdPr", ("Pr", "Nd")),
        ("LREE", ("La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu")),
        ("HREE", ("Y", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu")),
        ("Dy, Dy, dy", ("Dy",)),
        ("", ()),
    ],
)
def test_parse_element_list_in_symbol_order(text, symbols):
    found, unknown = parse_element_list(text)
    assert found == symbols
    assert unknown == ()


def test_parse_element_list_returns_unknown_tokens():
    found, unknown = parse_element_list("Nd, Unobtainium, Pr, Fe")
    assert found == ("Pr", "Nd")
    assert unknown == ("Unobtainium", "Fe")


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_every_symbol_and_name_resolves(symbol):
    assert symbol_for(symbol) == symbol
    assert symbol_for(symbol.upper()) == symbol
    assert symbol_for(NAMES[symbol]) == symbol


def test_element_list_column_sets_coverage(tmp_path):
    data = [row("A", elements="Nd, Pr; Dy/Tb"), row("B", elements="LREE"), row("C", elements="NdPr")]
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    assert _covered(dataset, "A") == {"Nd", "Pr", "Dy", "Tb"}
    assert _covered(dataset, "B") == {"La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu"}
    assert _covered(dataset, "C") == {"Nd", "Pr"}
    assert value_of(dataset, "A", "elements") == "Pr, Nd, Tb, Dy"
    assert dataset.issues == ()


def test_unknown_element_names_are_a_warning_and_the_rest_is_used(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A"), row("B", elements="Nd, Unobtainium, Dy")]))
    assert ids(dataset) == ["A", "B"]
    assert _covered(dataset, "B") == {"Nd", "Dy"}
    issue = one_issue_at(dataset, "Projects!G3")
    assert issue.severity is Severity.WARNING
    assert issue.column == "elements"
    assert "Unobtainium" in issue.message
    assert "the rest of the list is used" in issue.message


def test_empty_element_list_is_a_warning_and_the_row_loads_with_no_coverage(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [row("A", elements=None)]))
    assert ids(dataset) == ["A"]
    assert _covered(dataset, "A") == set()
    issue = one_issue_at(dataset, "Projects!G2")
    assert issue.severity is Severity.WARNING
    assert "No rare-earth element" in issue.message


# --------------------------------------------------------------------------------------------- element columns


def test_seventeen_element_columns_with_flags_and_tonnes(tmp_path):
    header = [*BASE, *SYMBOLS]

    def flags(project_id, **values):
        return [*_base(project_id), *(values.get(symbol) for symbol in SYMBOLS)]

    data = [
        flags("A", Nd="yes", Pr="x", Dy="✓", Tb=1, La=0, Ce="no"),
        flags("B", Nd=120.5, Pr="0", Sm="Y", Eu=True, Gd=False, Y="X"),
        flags("C", Lu="1", Sc="-"),
    ]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    assert ids(dataset) == ["A", "B", "C"]
    assert _covered(dataset, "A") == {"Nd", "Pr", "Dy", "Tb"}
    assert _covered(dataset, "B") == {"Nd", "Sm", "Eu", "Y"}
    assert _covered(dataset, "C") == {"Lu"}
    assert dataset.issues == ()


def test_element_names_work_as_column_headers(tmp_path):
    header = [*BASE, "Neodymium", "Praseodymium", "Dysprosium", "Terbium"]
    data = [[*_base("A"), "yes", "yes", "no", None], [*_base("B"), None, None, 35, "x"]]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    assert _covered(dataset, "A") == {"Nd", "Pr"}
    assert _covered(dataset, "B") == {"Dy", "Tb"}


def test_unreadable_element_flag_is_a_warning_at_its_cell_and_reads_as_not_produced(tmp_path):
    header = [*BASE, "Nd", "Pr"]
    dataset = load_workbook(write_xlsx(tmp_path, header, [[*_base("A"), "maybe", "yes"]]))
    assert ids(dataset) == ["A"]
    assert _covered(dataset, "A") == {"Pr"}
    issue = one_issue_at(dataset, "Projects!G2")
    assert issue.severity is Severity.WARNING
    assert issue.column == "Nd"
    assert "'maybe'" in issue.message


def test_negative_tonnage_in_an_element_column_is_quoted_as_written(tmp_path):
    header = [*BASE, "Nd", "Pr"]
    dataset = load_workbook(write_xlsx(tmp_path, header, [[*_base("A"), -3, "yes"]]))
    assert _covered(dataset, "A") == {"Pr"}
    issue = one_issue_at(dataset, "Projects!G2")
    assert issue.severity is Severity.WARNING
    assert issue.value == "-3"
    assert "'-3'" in issue.message


def test_element_list_and_element_columns_together_are_a_union(tmp_path):
    header = [*BASE, "elements", "Dy", "Tb"]
    data = [
        [*_base("A"), "Nd, Pr", "yes", None],
        [*_base("B"), None, None, "x"],
        [*_base("C"), "Sm", "no", "no"],
        [*_base("D"), "Dy", "yes", None],
    ]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    assert _covered(dataset, "A") == {"Nd", "Pr", "Dy"}
    assert _covered(dataset, "B") == {"Tb"}
    assert _covered(dataset, "C") == {"Sm"}
    assert _covered(dataset, "D") == {"Dy"}
    assert warnings(dataset) == []


def test_neither_element_list_nor_element_columns_is_an_input_file_error(tmp_path):
    path = write_xlsx(tmp_path, BASE, [_base("A")])
    with pytest.raises(InputFileError) as caught:
        load_workbook(path)
    message = str(caught.value)
    assert "Sheet 'Projects'" in message
    assert "elements" in message
    assert "required column" in message


def test_one_element_column_alone_satisfies_the_requirement(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, [*BASE, "Dysprosium"], [[*_base("A"), "yes"]]))
    assert _covered(dataset, "A") == {"Dy"}
    assert errors(dataset) == []
