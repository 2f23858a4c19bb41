"""Junk in any data cell of an otherwise valid workbook never breaks import, scoring or export (METHOD.md §1)."""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from evaluator.inputs.load import load_workbook
from evaluator.model.dataset import Dataset
from evaluator.model.issues import Severity
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER as BASIC_HEADER
from tests.evaluator.helpers import row, write_csv, write_xlsx

HEADER = [
    "project_id",
    "name",
    "country",
    "capacity_tpa",
    "capex_musd",
    "opex_usd_per_kg",
    "elements",
    "sponsor",
    "feed_country",
    "facility_type",
    "stage",
    "capex_low",
    "capex_high",
    "opex_low",
    "opex_high",
    "start_year",
    "latitude",
    "longitude",
    "notes",
    "Dy",
    "Terbium",
]
ROWS = [
    [
        *("P1", "Alpha", "Australia", 5000, 400, 20, "Nd, Pr", "Co A", "Australia", "separation", "dfs"),
        *(300, 500, 15, 25, 2028, -30.0, 120.0, "", "yes", None),
    ],
    [
        *("P2", "Beta", "Japan", 2500, 150, 30, "NdPr; Dy", "Co B", "", "metal", "pfs"),
        *(None, None, None, None, None, 35.0, 139.0, "note", None, "x"),
    ],
    [
        *("P3", "Gamma", "Canada", 12000, 900, 12, "LREE", "Co C", "China", "integrated", "operating"),
        *(800, 1100, 10, 14, 2025, 55.0, -100.0, None, 0, 1),
    ],
]

CELL = re.compile(r"^Projects!\$?[A-Z]+\d+$")
SHEET_LEVEL = re.compile(r"^Projects(![A-Z]+:[A-Z]+|!\d+:\d+)?$")

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=30,
).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s))
_special_text = st.sampled_from(
    [
        "=1+1",
        "=A1/0",
        "=SUM(D:D)",
        "#N/A",
        "#DIV/0!",
        "#VALUE!",
        "1,5",
        "(40)",
        "$1,200",
        "1e309",
        "-0",
        "nan",
        "inf",
        "NaN",
        "TRUE",
        "∞",
        "🚀🔥",
        "Nd, 💎",
        "\t\n\r",
        "\x7f",
        "\u200b",
        "\ufeff",
        " ",
        "'",
        "Korea, Rep.",
        "Narnia",
        "x" * 500,
    ]
)
_floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e308, -1e308, 1e-308, -0.0, 0.0, 200_001.0, 1e15, -1.0]),
)
_dates = st.one_of(
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 12, 31)),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.times(),
)
JUNK = st.one_of(
    _text,
    _special_text,
    _floats,
    st.integers(min_value=-(2**62), max_value=2**62),
    st.booleans(),
    _dates,
    st.none(),
)

#: (data row index, column index) → junk value; up to a handful of cells per example.
EDITS = st.dictionaries(
    st.tuples(st.integers(0, len(ROWS) - 1), st.integers(0, len(HEADER) - 1)), JUNK, min_size=1, max_size=6
)


def _with_junk(edits: dict[tuple[int, int], object]) -> list[list[object]]:
    data = [list(values) for values in ROWS]
    for (r, c), value in edits.items():
        data[r][c] = value
    return data


def _check_dataset(dataset: Dataset) -> None:
    for issue in dataset.issues:
        assert isinstance(issue.severity, Severity)
        assert issue.sheet == "Projects"
        assert CELL.match(issue.cell) or SHEET_LEVEL.match(issue.cell), issue.cell
        assert issue.message.strip()
        assert str(issue)
    projects = dataset.projects
    assert dataset.coverage.shape == (len(projects), 17)
    capacity = projects["capacity_tpa"].to_numpy(dtype=float)
    assert np.isfinite(capacity).all()
    assert (capacity > 0).all()
    for column in ("capex_m", "opex_per_kg"):
        values = projects[column].to_numpy(dtype=float)
        assert np.isfinite(values).all(), column
        assert (values >= 0).all(), column
    for column in ("capex_low_m", "capex_high_m", "opex_low_per_kg", "opex_high_per_kg", "latitude", "longitude"):
        values = projects[column].to_numpy(dtype=float)
        present = values[~np.isnan(values)]
        assert np.isfinite(present).all(), column
    assert projects["project_id"].is_unique
    assert set(projects["country_iso3"]) <= set(dataset.countries.frame.index)
    assert len(projects) + dataset.rows_with_errors == dataset.rows_read


def _score_and_export(dataset: Dataset, folder: Path) -> None:
    ranking = score(dataset)
    overall = ranking.table["overall"].to_numpy(dtype=float)
    assert np.isfinite(overall).all()
    assert ((overall >= 0) & (overall <= 100 + 1e-9)).all()
    written = export_shortlist(ranking, folder / "shortlist.xlsx")
    assert written.exists()


def test_the_fixture_itself_is_clean(tmp_path):
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, ROWS))
    assert len(dataset) == 3
    assert dataset.issues == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
@example(edits={(0, 5): 1.7976931348623156e306})  # opex near float max: min-max overflows to inf
@example(edits={(0, 4): 1e308})  # capex near float max: LCOP overflows to inf
@example(edits={(1, 0): "=1+1", (1, 3): "#N/A", (2, 6): "🚀🔥", (2, 2): "\t\n"})
def test_junk_in_data_cells_never_breaks_import_scoring_or_export(tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("junk")
    path = write_xlsx(folder, HEADER, _with_junk(edits))
    dataset = load_workbook(path)
    assert isinstance(dataset, Dataset)
    _check_dataset(dataset)
    _score_and_export(dataset, folder)


_csv_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.dictionaries(
        st.tuples(st.integers(0, len(ROWS) - 1), st.integers(0, len(HEADER) - 1)),
        st.one_of(_csv_text, _special_text, _floats.map(repr)),
        min_size=1,
        max_size=4,
    )
)
def test_junk_text_in_a_csv_never_breaks_import(tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("junkcsv")
    path = write_csv(folder, HEADER, _with_junk(edits), name="Projects.csv")
    dataset = load_workbook(path)
    _check_dataset(dataset)
    _score_and_export(dataset, folder)


def test_infinite_and_nan_numbers_never_load(tmp_path):
    data = _with_junk({(0, 3): math.inf, (1, 4): -math.inf, (2, 5): math.nan})
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, data))
    _check_dataset(dataset)
    assert len(dataset) == 0
    assert dataset.rows_with_errors == 3


def _three_projects(tmp_path, **changes_to_first):
    data = [row("HUGE", **changes_to_first), row("MID", capex_musd=400), row("CHEAP", capex_musd=100)]
    return load_workbook(write_xlsx(tmp_path, BASIC_HEADER, data))


@pytest.mark.parametrize("changes", [{"capex_musd": 1e308}, {"capacity_tpa": 1e-320}])
def test_an_overflowing_lcop_does_not_give_every_project_full_cost_marks(tmp_path, changes):
    """A capex or capacity that makes LCOP overflow must be reported at import or rank last, never erase the rest.

    With LCOP = inf for one project, min-max sees max − min = inf and scores every project 100 on cost.
    """
    dataset = _three_projects(tmp_path, **changes)
    table = score(dataset).table.set_index("project_id")
    assert table.at["CHEAP", "cost_score"] == pytest.approx(100.0)
    assert table.at["MID", "cost_score"] < 100.0
    if "HUGE" in table.index:
        assert table.at["HUGE", "cost_score"] == pytest.approx(0.0)
        assert table.at["HUGE", "rank"] == 3
    else:
        assert dataset.rows_with_errors == 1
