"""Issue 8.3: silent 1000× misreads. European CSVs, a unit row under the header, and plausibility warnings.

Each workbook is written the way the analyst wrote it; the expected numbers are worked by hand in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.inputs.load import load_workbook
from evaluator.inputs.number_marks import detect_marks, to_english
from evaluator.model.issues import Severity
from tests.evaluator.helpers import HEADER, ids, issues_at, value_of, write_xlsx

EU_HEADER = "project_id;name;country;capacity_tpa;capex_musd;opex_usd_per_kg;elements;facility_type"


def _csv(tmp_path: Path, lines: list[str], name: str = "projects.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_semicolon_csv_with_only_ambiguous_thousands_is_read_the_european_way(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [
            EU_HEADER,
            "A;Alpha;Australia;5.000;450;22;Nd, Pr;separation",
            "B;Bravo;Canada;12.000;1.150;18;Nd;separation",
        ],
    )
    dataset = load_workbook(path)
    assert value_of(dataset, "A", "capacity_tpa") == 5000.0  # not 5 t/y
    assert value_of(dataset, "B", "capacity_tpa") == 12000.0
    assert value_of(dataset, "B", "capex_m") == 1150.0
    (note,) = [i for i in dataset.issues if "European" in i.message]
    assert note.severity is Severity.WARNING
    assert "'5.000'" in note.message
    assert "';'" in note.message


def test_a_decimal_comma_anywhere_settles_the_convention_without_a_warning(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [
            EU_HEADER,
            "A;Alpha;Australia;5.000;450;22,5;Nd, Pr;separation",
            "B;Bravo;Canada;1.250;1.150,75;18;Nd;separation",
        ],
    )
    dataset = load_workbook(path)
    assert value_of(dataset, "A", "opex_per_kg") == 22.5
    assert value_of(dataset, "B", "capacity_tpa") == 1250.0
    assert value_of(dataset, "B", "capex_m") == 1150.75
    assert dataset.issues == ()


def test_english_numbers_in_a_semicolon_csv_stay_english(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [EU_HEADER, "A;Alpha;Australia;5000;450.5;22.5;Nd, Pr;separation", "B;Bravo;Canada;3000;300;18;Nd;magnet"],
    )
    dataset = load_workbook(path)
    assert value_of(dataset, "A", "capex_m") == 450.5
    assert value_of(dataset, "A", "opex_per_kg") == 22.5


def test_a_file_that_writes_numbers_both_ways_is_reported(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [EU_HEADER, "A;Alpha;Australia;5000;450,5;22.5;Nd, Pr;separation", "B;Bravo;Canada;3000;300;18;Nd;magnet"],
    )
    dataset = load_workbook(path)
    assert any("both ways" in i.message for i in dataset.issues)


def test_five_point_zero_zero_zero_in_an_english_file_is_caught_as_too_small(tmp_path: Path) -> None:
    """A comma CSV reads 5.000 as 5; the separation-plant check says it looks 1000× too small."""
    header = "project_id,name,country,capacity_tpa,capex_musd,opex_usd_per_kg,elements,facility_type"
    path = _csv(tmp_path, [header, 'A,Alpha,Australia,5.000,450,22,"Nd, Pr",separation'])
    dataset = load_workbook(path)
    assert value_of(dataset, "A", "capacity_tpa") == 5.0
    messages = [i.message for i in issues_at(dataset, "projects!D2")]
    assert any("1000× too small" in m and "thousands separator" in m for m in messages)


def test_a_unit_row_under_the_header_is_read_as_units(tmp_path: Path) -> None:
    header = ["Project ID", "Project", "Country", "Capacity", "Capex", "Opex", "Elements"]
    units = ["", "", "", "t/y", "US$ bn", "USD/kg", ""]
    data = [["A", "Alpha", "Australia", 5000, 1.15, 22, "Nd, Pr"], ["B", "Bravo", "Canada", 3000, 0.45, 20, "Nd"]]
    dataset = load_workbook(write_xlsx(tmp_path, header, [units, *data]))
    assert ids(dataset) == ["A", "B"]
    assert value_of(dataset, "A", "capex_m") == pytest.approx(1150.0)  # 1.15 US$ bn = 1,150 USD m
    assert value_of(dataset, "B", "capex_m") == pytest.approx(450.0)
    assert value_of(dataset, "A", "excel_row") == 3
    assert dataset.issues == (), "the unit row is not a broken project"


def test_a_unit_row_in_kilotonnes_scales_capacity(tmp_path: Path) -> None:
    header = ["id", "name", "country", "capacity", "capex", "opex", "elements"]
    units = [None, None, None, "kt/y", "USD m", "USD/kg", None]
    dataset = load_workbook(write_xlsx(tmp_path, header, [units, ["A", "Alpha", "Australia", 2.5, 300, 25, "Nd"]]))
    assert value_of(dataset, "A", "capacity_tpa") == 2500.0


def test_a_unit_in_the_header_wins_over_the_unit_row(tmp_path: Path) -> None:
    header = ["id", "name", "country", "capacity_tpa", "Capex (USD m)", "opex_usd_per_kg", "elements"]
    units = ["", "", "", "t/y", "US$ bn", "USD/kg", ""]
    dataset = load_workbook(write_xlsx(tmp_path, header, [units, ["A", "Alpha", "Australia", 5000, 450, 25, "Nd"]]))
    assert value_of(dataset, "A", "capex_m") == 450.0


def test_a_first_data_row_is_never_taken_for_units(tmp_path: Path) -> None:
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, [["A", "Alpha", "Australia", 5000, 400, 20, "Nd, Pr"]]))
    assert ids(dataset) == ["A"]
    assert value_of(dataset, "A", "excel_row") == 2


def test_a_levelised_cost_above_a_few_hundred_usd_per_kg_is_flagged_on_the_driving_cell(tmp_path: Path) -> None:
    """capex 400 USD m, 5 t/y, opex 20: CRF(8 %, 20 y) = 0.101852; 400e6 × 0.101852 / (5,000 kg × 0.85) + 20
    = 9,606 USD/kg, driven by capital, so the capex cell carries the warning."""
    header = [*HEADER, "facility_type"]
    dataset = load_workbook(
        write_xlsx(tmp_path, header, [["A", "Alpha", "Australia", 5, 400, 20, "Nd", "magnet"]], name="a.xlsx")
    )
    (lcop,) = [i for i in issues_at(dataset, "Projects!E2") if "levelised cost" in i.message]
    assert "9,606 USD/kg" in lcop.message
    assert lcop.severity is Severity.WARNING
    opex_driven = load_workbook(
        write_xlsx(tmp_path, header, [["A", "Alpha", "Australia", 5000, 400, 450, "Nd", "magnet"]], name="b.xlsx")
    )
    assert any("levelised cost" in i.message for i in issues_at(opex_driven, "Projects!F2"))
    assert not any("levelised cost" in i.message for i in issues_at(opex_driven, "Projects!E2"))


def test_capex_per_tonne_far_from_the_files_median_is_flagged(tmp_path: Path) -> None:
    """Five plants at 100,000–150,000 USD per t/y and one at 150 (0.45 USD m for 3,000 t/y: US$ bn read as m)."""
    header = [*HEADER, "facility_type"]
    data = [
        ["A", "A", "Australia", 4000, 400, 20, "Nd", "separation"],
        ["B", "B", "Canada", 3000, 0.45, 20, "Nd", "separation"],
        ["C", "C", "Japan", 2000, 300, 20, "Nd", "magnet"],
        ["D", "D", "Japan", 2500, 350, 20, "Nd", "magnet"],
        ["E", "E", "Japan", 4000, 450, 25, "Nd", "separation"],
    ]
    dataset = load_workbook(write_xlsx(tmp_path, header, data))
    flagged = {i.cell for i in dataset.issues if "Capex per t/y" in i.message}
    assert flagged == {"Projects!E3"}
    (issue,) = [i for i in dataset.issues if "Capex per t/y" in i.message]
    assert "150 USD" in issue.message
    assert "USD bn read as USD m" in issue.message


def test_the_sample_workbook_raises_no_plausibility_warning() -> None:
    from evaluator.base.paths import sample_workbook

    dataset = load_workbook(sample_workbook())
    words = ("levelised cost", "Capex per t/y", "1000× too small")
    assert [i.message for i in dataset.issues if any(w in i.message for w in words)] == []


def _european(value: float) -> str:
    whole, _, fraction = f"{value:,.2f}".partition(".")
    return whole.replace(",", ".") + "," + fraction


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda v: round(v, 2)), min_size=1))
def test_european_numbers_round_trip_to_english(values: list[float]) -> None:
    rows = [[_european(v) for v in values]]
    marks = detect_marks(rows, ";")
    assert marks.convention == "european"
    assert [float(cell) for cell in to_english(rows, marks)[0]] == pytest.approx(values)
