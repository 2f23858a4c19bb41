"""Issue 9.13, the smaller ones: each was an escaped exception, a silent wrong number or a silent change of data."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from evaluator.inputs.load import load_workbook
from evaluator.inputs.mapping_file import read_mapping_file
from evaluator.model.issues import InputFileError, Severity
from evaluator.model.parameters import Parameters, preset
from evaluator.model.scenario import ScenarioError, load_scenario
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, errors, row, warnings, write_csv, write_xlsx

DATA = Path(__file__).resolve().parents[1] / "evaluator" / "data"
SCENARIO = '{{"format": "ree-evaluator-scenario", "version": 1, "parameters": {body}}}'


# -- scenario and mapping files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),  # RecursionError escaped
        ('{"mc_seed": ' + "9" * 5_000 + "}", "a number with more digits than any setting has"),  # ValueError escaped
    ],
)
def test_a_scenario_too_deep_or_with_a_huge_number_is_one_sentence(tmp_path, body, said) -> None:
    path = tmp_path / "odd.json"
    path.write_text(SCENARIO.format(body=body), encoding="utf-8")
    with pytest.raises(ScenarioError, match=rf"^odd\.json is not valid JSON \(line 1: {said}\)\.$"):
        load_scenario(path)


def test_a_mapping_file_too_deep_is_one_sentence(tmp_path) -> None:
    path = tmp_path / "mapping.json"
    path.write_text('{"columns": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"mapping\.json is not valid JSON"):
        read_mapping_file(path)


# -- integer and extreme parameters --------------------------------------------------------------------------


def test_the_documented_largest_seed_is_accepted_exactly(tmp_path) -> None:
    largest = 2**63 - 1
    path = tmp_path / "seed.json"
    path.write_text(SCENARIO.format(body=f'{{"mc_seed": {largest}}}'), encoding="utf-8")
    assert load_scenario(path).mc_seed == largest  # refused before: it went through float, 2**63 is out of range
    assert Parameters().with_settings({"mc_seed": str(largest)}).mc_seed == largest


def test_seeds_above_two_to_the_53_do_not_collide() -> None:
    a = Parameters().with_settings({"mc_seed": "9007199254740992"}).mc_seed
    b = Parameters().with_settings({"mc_seed": "9007199254740993"}).mc_seed
    assert (a, b) == (2**53, 2**53 + 1)
    assert Parameters().with_settings({"mc_seed": 5000.0}).mc_seed == 5000  # a number cell from Excel still works
    assert Parameters().with_settings({"mc_seed": "1e3"}).mc_seed == 1000


def test_weights_of_1e308_keep_their_ratio() -> None:
    params = Parameters().replace(weight_cost=1e308, weight_risk=1e308, weight_coverage=0.0)
    assert params.weights() == (0.5, 0.5, 0.0)  # the sum overflowed: every weight became 0 %
    assert Parameters().weights() == (0.4, 0.35, 0.25)  # ordinary weights: exactly as before


def test_a_criticality_of_1e308_scores_coverage_not_nan(tmp_path) -> None:
    elements = [["symbol", "criticality"], ["Nd", 1e308], ["Dy", 1e308]]
    path = write_xlsx(
        tmp_path, HEADER, [row("A", elements="Nd"), row("B", elements="Nd, Dy")], extra_sheets={"Elements": elements}
    )
    dataset = load_workbook(path)
    assert np.isfinite(score(dataset).table["coverage_score"]).all()  # v2: tonnes against the gap
    coverage = score(dataset, preset("v1")).table.set_index("project_id")["coverage_score"]
    assert np.isfinite(coverage).all()
    # v1: Nd and Dy weigh 1e308 each, the others next to nothing: A covers half the weight, B all of it.
    assert coverage["A"] == pytest.approx(50.0)
    assert coverage["B"] == pytest.approx(100.0)


# -- sheets ---------------------------------------------------------------------------------------------------


def test_a_chartsheet_first_does_not_hide_the_data_sheet(tmp_path) -> None:
    book = Workbook()
    data = book.active
    data.title = "Data"
    data.append(HEADER)
    for values in (row("A"), row("B")):
        data.append(values)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=5, min_row=1, max_row=3), titles_from_data=True)
    book.create_chartsheet("Chart1", 0).add_chart(chart)
    path = tmp_path / "chart-first.xlsx"
    book.save(path)
    dataset = load_workbook(path)
    assert dataset.sheet == "Data"
    assert len(dataset) == 2
    assert not any("Chart1" in i.message for i in dataset.issues)  # a chartsheet is no candidate at all


def test_a_plain_xls_named_xlsx_is_read_not_called_password_protected(tmp_path) -> None:
    renamed = tmp_path / "two.xlsx"
    shutil.copy(DATA / "two_projects.xls", renamed)  # an Excel 97-2003 file saved by LibreOffice, renamed
    assert renamed.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    dataset = load_workbook(renamed)
    assert sorted(dataset.projects["project_id"]) == ["A", "B"]
    with pytest.raises(InputFileError, match="password-protected"):  # a real encrypted one still is
        load_workbook(DATA / "encrypted_password_secret.xlsx")


@pytest.mark.parametrize(("state", "said"), [("hidden", "is hidden in the workbook"), ("veryHidden", "very hidden")])
def test_hidden_sheets_that_are_read_are_named(tmp_path, state, said) -> None:
    book = Workbook()
    projects = book.active
    projects.title = "Projects"
    projects.append(HEADER)
    projects.append(row("A"))
    settings = book.create_sheet("Settings")
    settings.append(["parameter", "value"])
    settings.append(["weight_cost", 90])
    settings.sheet_state = state
    book.create_sheet("Unused").sheet_state = state  # not read: not named
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    dataset = load_workbook(path)
    told = [i for i in warnings(dataset) if said in i.message]
    assert [i.sheet for i in told] == ["Settings"]
    assert dataset.settings["weight_cost"] == 90  # still read: the warning says so, nothing is dropped


# -- cell text ------------------------------------------------------------------------------------------------


def test_invisible_and_full_width_characters_do_not_defeat_the_duplicate_check(tmp_path) -> None:
    path = write_csv(tmp_path, HEADER, [row("A1"), row("A\u200b1"), row("\ufeffA1"), row("\uff211"), row("B1")])
    dataset = load_workbook(path)
    duplicates = [i for i in errors(dataset) if "is already used on row 2" in i.message]
    assert [i.cell for i in duplicates] == ["projects!A3", "projects!A4", "projects!A5"]
    removed = [i for i in warnings(dataset) if "invisible characters" in i.message]
    assert "U+200B ZERO WIDTH SPACE" in removed[0].message
    assert "U+FEFF ZERO WIDTH NO-BREAK SPACE" in removed[1].message
    assert sorted(dataset.projects["project_id"]) == ["A1", "B1"]


def test_text_longer_than_a_cell_is_cut_visibly_and_said(tmp_path) -> None:
    path = write_csv(tmp_path, HEADER, [row("L", name="n" * 40_000), row("B")])
    dataset = load_workbook(path)
    said = [i for i in warnings(dataset) if "more than an Excel cell holds" in i.message]
    assert [(i.cell, i.severity) for i in said] == [("projects!B2", Severity.WARNING)]
    assert "40,000 characters" in said[0].message
    name = dataset.projects.set_index("project_id").at["L", "name"]
    assert len(name) == 32_767
    assert name.endswith("n…")
    book = openpyxl.load_workbook(export_shortlist(score(dataset), tmp_path / "pack.xlsx"))
    names = [r[2] for r in book["All projects"].iter_rows(min_row=2, values_only=True)]
    assert name in names


def test_the_quote_prefix_is_decided_on_the_text_as_stored(tmp_path) -> None:
    formula = '=HYPERLINK("https://evil.example","Click")'
    path = write_csv(tmp_path, HEADER, [row("Q", name="\x01" + formula), row("B")])
    book = openpyxl.load_workbook(export_shortlist(score(load_workbook(path)), tmp_path / "pack.xlsx"))
    sheet = book["All projects"]
    cells = [c for r in sheet.iter_rows(min_row=2) for c in r if c.value == formula]
    assert cells, "the name is exported without its control character"
    assert all(c.quotePrefix and c.data_type == "s" for c in cells)
