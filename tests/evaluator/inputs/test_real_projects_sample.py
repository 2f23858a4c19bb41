"""The bundled workbook of real projects (issue 11.8): it loads cleanly and every figure on it has a cited source."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from openpyxl import load_workbook as open_xlsx

from evaluator.base.paths import resources_dir
from evaluator.inputs.load import load_workbook
from evaluator.model.dataset import Dataset
from evaluator.model.issues import Severity
from tests.evaluator.helpers import load_script

WORKBOOK = resources_dir() / "sample" / "ree_real_projects_2025.xlsx"
SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "make_real_projects_workbook.py"
FACILITY_TYPES = {"separation", "refining", "metal", "alloy", "magnet", "recycling", "integrated", "intermediate"}
HEADER_ROW = 4


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_workbook(WORKBOOK)


def _script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return load_script(monkeypatch, SCRIPT)


def _sheet_rows(path: Path, sheet: str, header_row: int) -> list[dict[str, object]]:
    workbook = open_xlsx(path, read_only=True, data_only=True)
    try:
        rows = list(workbook[sheet].iter_rows(min_row=header_row, values_only=True))
    finally:
        workbook.close()
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:] if any(v is not None for v in row)]


def test_it_loads_at_least_15_projects_without_errors(dataset: Dataset) -> None:
    assert len(dataset) >= 15
    errors = [str(issue) for issue in dataset.issues if issue.severity is Severity.ERROR]
    assert errors == []


def test_every_facility_type_of_the_method_is_present(dataset: Dataset) -> None:
    assert set(dataset.projects["facility_type"]) >= FACILITY_TYPES


def test_the_on_hold_project_is_read_as_on_hold(dataset: Dataset) -> None:
    stages = dataset.projects.set_index("project_id")["stage"]
    assert stages["LYC-USA-SEA"] == "on_hold"


def test_the_required_kinds_of_project_are_there(dataset: Dataset) -> None:
    projects = dataset.projects
    assert (projects["facility_type"] == "magnet").sum() >= 2
    assert ((projects["facility_type"] == "intermediate") & (projects["output_form"] == "mixed")).any()
    assert (projects["facility_type"] == "recycling").any()
    assert (projects["facility_type"] == "metal").any()
    assert "CHN" not in set(projects["country_iso3"])


def test_every_figure_on_projects_has_a_source_row() -> None:
    cited = {(row["project_id"], row["field"]) for row in _sheet_rows(WORKBOOK, "Sources", 1)}
    missing = [
        (project["project_id"], column)
        for project in _sheet_rows(WORKBOOK, "Projects", HEADER_ROW)
        for column, value in project.items()
        if isinstance(value, int | float) and (project["project_id"], column) not in cited
    ]
    assert missing == []


def test_every_source_has_a_web_address_a_confidence_and_a_basis() -> None:
    sources = _sheet_rows(WORKBOOK, "Sources", 1)
    assert sources
    assert [s for s in sources if not str(s["url"]).startswith("http")] == []
    assert {s["confidence"] for s in sources} <= {"high", "medium", "low"}
    assert [s for s in sources if not str(s["basis"]).startswith(("quoted", "derived", "estimate"))] == []


def test_the_sheets_say_illustrative_and_not_investment_advice() -> None:
    workbook = open_xlsx(WORKBOOK, read_only=True)
    try:
        title = workbook["Projects"]["A1"].value
        about = " ".join(str(c) for row in workbook["About"].iter_rows(values_only=True) for c in row if c)
    finally:
        workbook.close()
    assert "ILLUSTRATIVE SCREENING INPUTS" in title
    assert "not investment advice" in title
    assert "not investment advice" in about


def test_the_bundled_file_is_what_the_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = _script(monkeypatch).build(tmp_path / "again.xlsx")
    for sheet, header_row in (("Projects", HEADER_ROW), ("Sources", 1)):
        assert _sheet_rows(written, sheet, header_row) == _sheet_rows(WORKBOOK, sheet, header_row), sheet


# -- what version 2 does with it (issue 11, "Done means"; docs/ranking-real-projects.md) ------------------------


def test_under_the_defaults_no_mixed_product_ranks_first_and_on_hold_sits_low(dataset: Dataset) -> None:
    from evaluator.model.parameters import preset
    from evaluator.scoring.ranking import score

    table = score(dataset).table
    assert table["output_form"].iat[0] not in ("mixed", "concentrate")
    on_hold = table[table["stage"] == "on_hold"]
    assert len(on_hold) == 1
    assert on_hold["delivery_probability"].iat[0] == pytest.approx(0.05)
    assert on_hold.index[0] >= len(table) // 2  # the lower half
    # Version 1 put the mixed-carbonate seller first and the on-hold project in the top five: the reason for v2.
    v1 = score(dataset, preset("v1")).table
    assert v1["output_form"].iat[0] == "mixed"
    assert v1.index[v1["stage"] == "on_hold"][0] < 5


def test_npv_for_every_project_adding_value_and_irr_wherever_cash_repays(dataset: Dataset) -> None:
    import numpy as np

    from evaluator.scoring.ranking import score

    table = score(dataset).table
    adds = table["value_added_usd_per_kg"] > 0
    assert adds.all()
    assert np.isfinite(table["npv_musd"]).all()
    earns = table["value_added_usd_per_kg"] > table["opex_usd_per_kg"]
    assert np.isfinite(table.loc[earns, "irr"]).all()
    assert table.loc[~earns, "irr"].isna().all()
