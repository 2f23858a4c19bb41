"""Capacity given in product tonnes (METHOD.md v2 §1): ``t magnet/y`` and ``t NdFeB`` × magnet_reo_share, applied
when scored; ``t metal/y`` × 1.17; ``kt/y`` × 1000."""

from __future__ import annotations

import pytest

from evaluator.inputs.headers import parse_unit
from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, row, write_xlsx


@pytest.mark.parametrize(
    ("text", "factor", "basis"),
    [
        ("t magnet/y", 0.35, "magnet"),
        ("t NdFeB", 0.35, "magnet"),
        ("kt magnets/y", 350.0, "magnet"),
        ("t metal/y", 1.17, ""),
        ("kt/y", 1000.0, ""),
        ("t REO/y", 1.0, ""),
    ],
)
def test_capacity_units_read_to_reo(text: str, factor: float, basis: str) -> None:
    unit = parse_unit("capacity", text)
    assert unit is not None
    assert unit.factor == pytest.approx(factor)
    assert unit.basis == basis


def _capacity_header(tmp_path, unit: str, capacity: float):
    header = [f"capacity ({unit})" if h == "capacity_tpa" else h for h in HEADER]
    return load_workbook(write_xlsx(tmp_path, header, [row("M", capacity_tpa=capacity)]))


def test_a_magnet_capacity_takes_the_share_in_force_when_scored(tmp_path) -> None:
    dataset = _capacity_header(tmp_path, "t NdFeB", 2000)
    assert dataset.issues == ()
    assert score(dataset).table["capacity_tpa"].iat[0] == pytest.approx(700.0)  # 2,000 t magnet × 0.35
    rescored = score(dataset, Parameters(magnet_reo_share=0.30)).table
    assert rescored["capacity_tpa"].iat[0] == pytest.approx(600.0)
    # The LCOP follows the REO tonnage: the same capex over fewer kg of REO costs more per kg.
    assert rescored["lcop_usd_per_kg"].iat[0] > score(dataset).table["lcop_usd_per_kg"].iat[0]


def test_a_metal_capacity_is_oxide_equivalent(tmp_path) -> None:
    dataset = _capacity_header(tmp_path, "t metal/y", 1000)
    assert score(dataset).table["capacity_tpa"].iat[0] == pytest.approx(1170.0)
    assert score(dataset, Parameters(magnet_reo_share=0.30)).table["capacity_tpa"].iat[0] == pytest.approx(1170.0)


def test_a_row_of_ones_is_marks_and_a_one_among_tonnages_is_a_tonne(tmp_path) -> None:
    header = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "Nd", "Pr", "Dy", "Tb"]
    rows = [
        ["MARKS", "Marks", "Australia", 1000, 100, 20, 1, 1, 0, None],
        ["TONNES", "Tonnes", "Australia", 1000, 100, 20, 600, 200, 40, 1],
    ]
    dataset = load_workbook(write_xlsx(tmp_path, header, rows))
    ranking = score(dataset)
    from evaluator.reference.elements import INDEX

    marks, tonnes = (ranking.matrices["tonnes"][i] for i in range(2))
    assert marks[INDEX["Nd"]] + marks[INDEX["Pr"]] == pytest.approx(1000.0)  # shared out, not 1 t each
    assert marks[INDEX["Dy"]] == 0.0
    assert tonnes[INDEX["Tb"]] == 1.0
    assert tonnes[INDEX["Nd"]] == 600.0
    flags = dict(zip(ranking.table["project_id"], ranking.table["tonnage_estimated"], strict=True))
    assert flags == {"MARKS": True, "TONNES": False}
