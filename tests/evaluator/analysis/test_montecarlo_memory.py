"""Monte Carlo without a projects² matrix (issue 9.11): what is kept, checked against a dense reference.

The reference ranks the very overall scores the run computed (captured from ``_Model.overall``) with a plain
``np.lexsort`` per sample (score to 9 decimals, higher first, then the tie place), counts every (project, rank)
cell into a dense projects × ranks array with ``np.add.at`` and derives everything as the old code did:
acceptability = counts / N, P(top k) = a sum of its first columns, the 5–95 % ranks from its cumulative sums with
``_quantile_rank``. The run keeps only the first ``KEPT_RANKS`` columns and the exact rank sums and order statistics;
both must agree with the reference bit for bit, ties included.
"""

from __future__ import annotations

import threading
from unittest import mock

import numpy as np
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from evaluator.analysis import montecarlo
from evaluator.analysis.montecarlo import (
    MonteCarloLimitError,
    MonteCarloResult,
    _quantile_count,
    _quantile_rank,
    _rank_rows,
    check_size,
    monte_carlo,
)
from evaluator.analysis.robustness import analyse
from evaluator.analysis.sensitivity import _tie_order
from evaluator.charts.acceptability_chart import draw_acceptability
from evaluator.model.parameters import ParameterError, Parameters
from evaluator.outputs.workbook_export import export_shortlist
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import make_dataset, project

ALL_SIX = ("La", "Ce", "Nd", "Pr", "Dy", "Tb")
COUNTRIES = ("AUS", "BRA", "MYS", "CHN")
ELEMENT_SETS = (("Nd", "Pr"), ("Dy", "Tb"), ALL_SIX, ())


def _projects(seed: int, n: int, params: Parameters | None = None) -> Ranking:
    """n projects drawn from few capex, opex, country and element values (so overall scores tie), ranges on
    about half of them."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        capex, opex = float(rng.choice([0.0, 100.0, 250.0])), float(rng.choice([10.0, 20.0, 30.0]))
        row = project(
            f"P{i:03d}",
            country=COUNTRIES[rng.integers(4)],
            feed=COUNTRIES[rng.integers(4)],
            capex=capex,
            opex=opex,
            elements=ELEMENT_SETS[rng.integers(4)],
        )
        if rng.random() < 0.5:
            row["capex_low_m"], row["capex_high_m"] = 0.5 * capex, 2.0 * capex
            row["opex_low_per_kg"], row["opex_high_per_kg"] = 0.8 * opex, 1.5 * opex
        rows.append(row)
    return score(make_dataset(rows), params)


def _run_with_reference(ranking: Ranking, **options) -> tuple[MonteCarloResult, np.ndarray]:
    """The run's result and the dense (projects × ranks) counts of the same sampled overall scores."""
    captured: list[np.ndarray] = []
    lock = threading.Lock()
    overall = montecarlo._Model.overall

    def recording(self, weights, uniforms, method):
        scores = overall(self, weights, uniforms, method)
        with lock:
            captured.append(scores.copy())  # the run overwrites its scores while ranking them
        return scores

    with mock.patch.object(montecarlo._Model, "overall", recording):
        result = monte_carlo(ranking, **options)
    n = len(ranking)
    tie_place = _tie_order(ranking)
    counts = np.zeros((n, n), dtype=np.int64)
    for block in captured:
        for row in np.round(block, 9):
            order = np.lexsort((tie_place, -row))  # the rows from rank 1 down
            np.add.at(counts, (order, np.arange(n)), 1)
    return result, counts


def _assert_matches_reference(result: MonteCarloResult, counts: np.ndarray, samples: int) -> None:
    n = len(counts)
    assert counts.sum() == samples * n
    np.testing.assert_array_equal(counts.sum(axis=0), samples)  # each rank once per sample
    dense = counts / samples
    kept = min(n, montecarlo.KEPT_RANKS)
    assert result.acceptability.shape == (n, kept)
    np.testing.assert_array_equal(result.acceptability, dense[:, :kept])
    cumulative = np.cumsum(dense, axis=1)
    np.testing.assert_array_equal(result.rank_p5, _quantile_rank(cumulative, 0.05))
    np.testing.assert_array_equal(result.rank_p95, _quantile_rank(cumulative, 0.95))
    # The mean rank is the exact rank sum divided once; the old dense product is within a few ulps of it.
    np.testing.assert_array_equal(result.mean_rank, (counts @ np.arange(1, n + 1)) / samples)
    np.testing.assert_allclose(result.mean_rank, dense @ np.arange(1, n + 1), rtol=1e-14, atol=0)
    for k in range(1, kept + 1):
        np.testing.assert_array_equal(result.p_top(k), dense[:, :k].sum(axis=1))
        np.testing.assert_allclose(result.p_beyond(k), dense[:, k:].sum(axis=1), rtol=0, atol=1e-12)
    if kept < n:
        with pytest.raises(ValueError, match=f"P\\(top {kept + 1}\\) needs ranks up to {kept + 1}"):
            result.p_top(kept + 1)
    else:
        np.testing.assert_array_equal(result.p_top(n + 3), dense.sum(axis=1))


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 24),
    samples=st.integers(1, 70),
    kept=st.integers(1, 8),
    method=st.sampled_from(["wsm", "topsis"]),
    seed=st.integers(0, 2**32 - 1),
    vary_costs=st.booleans(),
)
def test_the_kept_statistics_equal_the_dense_reference(
    n: int, samples: int, kept: int, method: str, seed: int, vary_costs: bool
) -> None:
    """Random small cases, with ties, both forms of the kept ranks (a histogram when samples ≥ 2 × projects, each
    sample's ranks otherwise), kept ranks fewer or more than the projects, small batches so several batches run."""
    ranking = _projects(seed % 1000, n, Parameters(method=method))
    with (
        mock.patch.object(montecarlo, "KEPT_RANKS", kept),
        mock.patch.object(montecarlo, "BATCH_CELLS", 7 * max(n, 1)),
    ):
        result, counts = _run_with_reference(ranking, samples=samples, seed=seed, vary_costs=vary_costs)
        _assert_matches_reference(result, counts, samples)


@pytest.mark.parametrize(("n", "samples"), [(150, 333), (150, 60), (60, 1001)])
@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_more_projects_than_kept_ranks_equal_the_dense_reference(n: int, samples: int, method: str) -> None:
    """Past the 50 kept ranks with the real constants: each sample's ranks (150 × 333, 150 × 60) and the
    histogram (60 × 1,001)."""
    ranking = _projects(n + samples, n, Parameters(method=method))
    result, counts = _run_with_reference(ranking, samples=samples, seed=n)
    assert len(set(result.mean_rank.round(6))) > n // 3  # the ranks really move
    _assert_matches_reference(result, counts, samples)


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_every_form_of_the_kept_ranks_gives_identical_results(method: str) -> None:
    """The histogram, each sample's ranks as uint16 (sorted, a radix sort) and as uint32 (partitioned: the form
    beyond 65,536 projects, forced here on 120) give the same bytes."""
    ranking = _projects(3, 120, Parameters(method=method))
    results = []
    for form in ("histogram", "uint16", "uint32"):

        def store(n: int, samples: int, kept: int, form: str = form):
            if form == "histogram":
                return montecarlo._Histogram(n, kept, samples)
            return montecarlo._SampleRanks(n, samples, kept)

        dtype = np.uint32 if form == "uint32" else np.uint16
        with (
            mock.patch.object(montecarlo, "_store", store),
            mock.patch.object(montecarlo._SampleRanks, "dtype", staticmethod(lambda n, dtype=dtype: dtype)),
        ):
            results.append(monte_carlo(ranking, samples=401, seed=9))
    assert len(set(results[0].rank_p95 - results[0].rank_p5)) > 3  # intervals of several widths
    for other in results[1:]:
        for name in ("acceptability", "mean_rank", "rank_p5", "rank_p95"):
            assert getattr(other, name).tobytes() == getattr(results[0], name).tobytes(), name


def test_the_smaller_form_is_chosen() -> None:
    assert isinstance(montecarlo._store(1000, 2000, 50), montecarlo._Histogram)  # 4 MB of counts, not 4 MB of ranks
    assert isinstance(montecarlo._store(1000, 1999, 50), montecarlo._SampleRanks)
    assert isinstance(montecarlo._store(20_000, 5000, 50), montecarlo._SampleRanks)
    ranks = montecarlo._store(20_000, 500, 50)
    assert ranks.ranks.dtype == np.uint16
    assert ranks.ranks.nbytes == 20_000 * 500 * 2  # 2 B a rank, not 8 B a (project, rank) cell
    assert montecarlo._SampleRanks.dtype(70_000) is np.uint32


def test_rank_rows_are_the_rows_from_rank_one_down() -> None:
    # Scores 50, 70, 50, 90, tie places 3, 0, 1, 2: rank 1 row 3 (90), rank 2 row 1 (70), then rows 2 and 0 tied on
    # 50, row 2 first (tie place 1 < 3).
    overall = np.array([[50.0, 70.0, 50.0, 90.0]])
    tie_place = np.array([3, 0, 1, 2])
    np.testing.assert_array_equal(_rank_rows(overall, tie_place, np.argsort(tie_place)), [[3, 1, 2, 0]])


@pytest.mark.parametrize(
    ("samples", "q", "count"),
    [(20, 0.05, 1), (100, 0.05, 5), (101, 0.05, 6), (19, 0.05, 1), (20, 0.95, 19), (21, 0.95, 20), (1, 0.95, 1)],
)
def test_quantile_count_is_the_least_count_reaching_q(samples: int, q: float, count: int) -> None:
    """100 samples: 5 of them are exactly 5 % (reached); 101: 5 are 4.95 %, so 6; 20 × 95 % = 19 exactly."""
    assert _quantile_count(samples, q) == count
    assert count / samples >= q - 1e-12
    assert count == 1 or (count - 1) / samples < q - 1e-12


# --------------------------------------------------------------------------------------------------- the cap


def test_a_run_beyond_the_cap_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """6 projects, cap 35 rank cells: 5 samples keep 30, 6 keep 36 and are refused; with more samples than projects
    the cells are 6² = 36 whatever the sample count."""
    ranking = _projects(1, 6)
    monkeypatch.setattr(montecarlo, "MAX_RANK_CELLS", 35)
    assert monte_carlo(ranking, samples=5, seed=1).samples == 5
    with pytest.raises(MonteCarloLimitError) as refused:
        monte_carlo(ranking, samples=6, seed=1)
    assert isinstance(refused.value, ParameterError)  # the CLI's exit 2 and the app's failed run
    assert str(refused.value) == (
        "Monte Carlo over 6 projects and 6 samples would keep 36 ranks for the 5–95 % intervals (projects × the "
        "fewer of samples and projects), more than the limit of 35: use at most 5 samples or filter the projects."
    )
    monkeypatch.setattr(montecarlo, "MAX_RANK_CELLS", 36)
    assert monte_carlo(ranking, samples=100_000, seed=1).samples == 100_000  # 36 cells: a 6 × 6 histogram


def test_the_cap_in_the_issues_numbers() -> None:
    check_size(10_000, 5_000)  # the issue 8.12 case: 50 million cells
    check_size(20_000, 5_000)  # 20,000 projects at the default sample count: 100 million, the limit
    check_size(1_000, 10**7)  # many samples over few projects: 1,000² cells
    with pytest.raises(MonteCarloLimitError, match=r"200,000 projects and 10,000 samples would keep 2,000,000,000 "):
        check_size(200_000, 10_000)
    with pytest.raises(MonteCarloLimitError, match=r"use at most 500 samples or filter the projects\.$"):
        check_size(200_000, 501)
    check_size(200_000, 500)
    with pytest.raises(MonteCarloLimitError, match=r"even with one sample: filter the projects\.$"):
        check_size(montecarlo.MAX_RANK_CELLS + 1, 1)


# ------------------------------------------------------------------------------------------ the consumers


def test_the_chart_and_the_sheet_read_only_the_kept_ranks(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Kept ranks (6) fewer than the 8 asked of the chart and the sheet's 10: the chart stacks ranks 1–6 and 7–12
    together, the Sensitivity sheet has P(rank = 1..6) columns; both with the run's numbers."""
    monkeypatch.setattr(montecarlo, "KEPT_RANKS", 6)
    ranking = _projects(5, 12, Parameters(mc_samples=300, mc_seed=4))
    report = analyse(ranking)
    mc = report.monte_carlo
    assert mc.acceptability.shape == (12, 6)
    fig = Figure(figsize=(10, 6))
    draw_acceptability(fig, mc, top_n=6, ranks_shown=8)
    widths = np.array([[bar.get_width() for bar in container] for container in fig.axes[0].containers])
    assert widths.shape == (7, 6)
    np.testing.assert_allclose(widths[:6], 100 * mc.acceptability[:6].T)
    np.testing.assert_allclose(widths[6], 100 * (1 - mc.acceptability[:6].sum(axis=1)), atol=1e-9)
    assert widths[6].max() > 1  # the lower ranks are really taken
    np.testing.assert_allclose(widths.sum(axis=0), 100.0)
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["1", "2", "3", "4", "5", "6", "7–12"]

    path = export_shortlist(ranking, tmp_path / "pack.xlsx", robustness=report)
    sheet = openpyxl.load_workbook(path)["Sensitivity"]
    header = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "Rank")
    assert [h for h in header if h and str(h).startswith("P(rank = ")] == [f"P(rank = {r})" for r in range(1, 7)]
    first = next(row for row in sheet.iter_rows(values_only=True) if row[0] == 1)
    np.testing.assert_allclose(first[-6:], mc.acceptability[0])
