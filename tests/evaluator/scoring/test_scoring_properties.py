"""Properties of score() over random datasets (METHOD.md §2–3), checked with hypothesis."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.model.parameters import Parameters
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.ranking import score
from tests.evaluator.scoring_helpers import COUNTRIES, make_dataset, project

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_project_fields = st.fixed_dictionaries(
    {
        # Round values make ties (equal LCOPs, equal sub-scores) common, so tie-breaking is exercised too.
        "capex": st.one_of(st.sampled_from([0.0, 100.0, 300.0, 500.0]), st.floats(0.0, 2000.0)),
        "capacity": st.one_of(st.sampled_from([1000.0, 5000.0]), st.floats(50.0, 50_000.0)),
        "opex": st.one_of(st.sampled_from([10.0, 20.0, 30.0]), st.floats(0.0, 500.0)),
        "country": st.sampled_from(sorted(COUNTRIES)),
        "feed": st.sampled_from(["", *sorted(COUNTRIES)]),
        "elements": st.lists(st.sampled_from(SYMBOLS), max_size=6, unique=True),
    }
)


@st.composite
def datasets(draw: st.DrawFn, min_size: int = 1, max_size: int = 12) -> list[dict]:
    fields = draw(st.lists(_project_fields, min_size=min_size, max_size=max_size))
    return [project(f"P{i:02d}", **f) for i, f in enumerate(fields)]


def _rank_map(rows: list[dict], params: Parameters) -> dict[str, int]:
    table = score(make_dataset(rows), params).table
    return dict(zip(table["project_id"], table["rank"].tolist(), strict=True))


@pytest.mark.parametrize("method", ["wsm", "topsis"])
@SETTINGS
@given(rows=datasets())
def test_overall_in_range_and_ranks_are_a_permutation(method: str, rows: list[dict]) -> None:
    ranking = score(make_dataset(rows), Parameters(method=method))
    table = ranking.table
    n = len(rows)
    overall = table["overall"].to_numpy(dtype=float)
    assert np.all(np.isfinite(overall))
    assert np.all(overall >= -1e-9)
    assert np.all(overall <= 100 + 1e-9)
    assert table["rank"].tolist() == list(range(1, n + 1))
    assert sorted(table["project_id"]) == sorted(r["project_id"] for r in rows)
    assert np.all(np.diff(np.round(overall, 9)) <= 0)
    for column in ("cost_score", "risk_score", "coverage_score"):
        values = table[column].to_numpy(dtype=float)
        assert np.all((values >= -1e-9) & (values <= 100 + 1e-9)), column
    parts = table[["contribution_cost", "contribution_risk", "contribution_coverage"]].to_numpy(dtype=float)
    np.testing.assert_allclose(parts.sum(axis=1), overall, rtol=0, atol=1e-9)


@SETTINGS
@given(rows=datasets(), data=st.data())
def test_raising_opex_never_improves_cost_score(rows: list[dict], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(rows) - 1), label="project")
    delta = data.draw(st.floats(0.01, 200.0), label="opex increase")
    normalisation = data.draw(st.sampled_from(["minmax", "absolute"]), label="normalisation")
    params = Parameters(normalisation=normalisation)
    pid = rows[i]["project_id"]
    before = score(make_dataset(rows), params)
    raised = [dict(r) for r in rows]
    raised[i]["opex_per_kg"] = rows[i]["opex_per_kg"] + delta
    after = score(make_dataset(raised), params)
    cost_before = before.table.set_index("project_id").at[pid, "cost_score"]
    cost_after = after.table.set_index("project_id").at[pid, "cost_score"]
    assert cost_after <= cost_before + 1e-9


@pytest.mark.parametrize("method", ["wsm", "topsis"])
@SETTINGS
@given(rows=datasets(min_size=2), data=st.data())
def test_row_order_does_not_change_ranks(method: str, rows: list[dict], data: st.DataObject) -> None:
    permutation = data.draw(st.permutations(range(len(rows))), label="permutation")
    params = Parameters(method=method)
    assert _rank_map([rows[k] for k in permutation], params) == _rank_map(rows, params)
