"""Monte Carlo under METHOD.md v2 §4: two-piece normal costs through P10/P90, a common capex factor, market prices,
schedules — each switchable, reproducible per seed, and with every spread zero the deterministic ranking."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.analysis import montecarlo
from evaluator.analysis.montecarlo import _TwoPiece, monte_carlo
from evaluator.base.paths import sample_workbook
from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import Ranking, score

#: Every v2 source on, nothing spread: the draws happen, but each is the base case.
STILL = Parameters(mc_capex_common_sigma=0.0, mc_price_sigma=0.0, mc_schedule=False, mc_costs="off")


@pytest.fixture(scope="module")
def sample() -> Ranking:
    return score(load_workbook(sample_workbook()))


def _ranks_every_sample_as_the_ranking(result, ranking: Ranking) -> None:
    n = len(ranking)
    assert result.project_ids == tuple(ranking.table["project_id"])
    np.testing.assert_array_equal(result.acceptability[:, : min(n, 50)], np.eye(n)[:, : min(n, 50)])
    np.testing.assert_array_equal(result.mean_rank, np.arange(1, n + 1))


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_with_every_spread_zero_each_sample_is_the_deterministic_ranking(method) -> None:
    ranking = score(load_workbook(sample_workbook()), STILL.replace(method=method))
    result = monte_carlo(ranking, samples=40, seed=1, vary_weights=False)
    _ranks_every_sample_as_the_ranking(result, ranking)
    assert (result.varied["common_capex"], result.varied["prices"]) == (1, 1)  # drawn, at σ = 0


def test_p10_p90_costs_with_zero_width_reproduce_it_too() -> None:
    """mc_costs = p10p90 with low = base = high for every project draws nothing from the normals that moves a cost."""
    dataset = load_workbook(sample_workbook())
    projects = dataset.projects.copy()
    for base, low, high in (("capex_m", "capex_low_m", "capex_high_m"),
                            ("opex_per_kg", "opex_low_per_kg", "opex_high_per_kg")):  # fmt: skip
        projects[low] = projects[base]
        projects[high] = projects[base]
    import dataclasses

    ranking = score(dataclasses.replace(dataset, projects=projects), STILL.replace(mc_costs="p10p90"))
    _ranks_every_sample_as_the_ranking(monte_carlo(ranking, samples=30, seed=2, vary_weights=False), ranking)


def test_the_two_piece_normal_puts_p10_and_p90_where_the_workbook_says() -> None:
    """Asymmetric: base 100, P10 90 (10 below), P90 150 (50 above). 200,000 draws: the sampled 10th and 90th
    percentiles within 0.5 of 90 and 150 (their standard errors are about 0.05 and 0.25), the median at 100."""
    spread = _TwoPiece.of(np.array([90.0]), np.array([100.0]), np.array([150.0]))
    z = np.random.default_rng(7).standard_normal((200_000, 1))
    x = spread.values(z)[:, 0]
    assert np.quantile(x, 0.1) == pytest.approx(90.0, abs=0.5)
    assert np.quantile(x, 0.9) == pytest.approx(150.0, abs=0.5)
    assert np.median(x) == pytest.approx(100.0, abs=0.5)


def test_the_two_piece_normal_is_floored_at_a_tenth_of_base() -> None:
    spread = _TwoPiece.of(np.array([10.0]), np.array([100.0]), np.array([100.0]))  # P10 far below
    assert spread.values(np.array([[-10.0]]))[0, 0] == 10.0  # 100 − 10·70.2 floored at 10
    assert spread.values(np.array([[5.0]]))[0, 0] == 100.0  # no spread above


def test_same_seed_same_result_with_every_source_on(sample: Ranking) -> None:
    a = monte_carlo(sample, samples=300, seed=11)
    b = monte_carlo(sample, samples=300, seed=11)
    np.testing.assert_array_equal(a.acceptability, b.acceptability)
    np.testing.assert_array_equal(a.rank_p95, b.rank_p95)
    c = monte_carlo(sample, samples=300, seed=12)
    assert not np.array_equal(a.acceptability, c.acceptability)
    assert a.varied["weights"] == 1
    assert {k: a.varied[k] for k in ("common_capex", "prices", "schedule")} == {
        "common_capex": 1, "prices": 1, "schedule": 1,
    }  # fmt: skip
    assert a.cost_draws == "p10p90"


def test_the_common_factor_and_prices_are_one_draw_per_sample_shared_by_all(sample: Ranking) -> None:
    model = montecarlo._Model.from_ranking(sample, vary_costs=True)
    draws = model.draws(np.random.default_rng(3), 50_000)
    assert draws["common"].shape == (50_000, 1)  # one factor per sample, every project's capex × it
    assert np.log(draws["common"]).std() == pytest.approx(0.15, rel=0.02)
    assert np.median(draws["common"]) == pytest.approx(1.0, abs=0.01)
    assert draws["prices"].shape == (50_000, 17)  # one factor per element per sample, the same for every project
    assert np.log(draws["prices"]).std(axis=0) == pytest.approx(np.full(17, 0.30), rel=0.03)


def test_a_price_draw_scales_value_added_of_every_project_alike() -> None:
    """With only prices drawn and all prices doubled in a sample, VA doubles for every project (k halves)."""
    ranking = score(load_workbook(sample_workbook()), STILL.replace(mc_price_sigma=0.3))
    model = montecarlo._Model.from_ranking(ranking, vary_costs=False)
    draws = model.draws(np.random.default_rng(0), 1)
    draws["prices"][:] = 2.0
    doubled = model.cost_scores(draws)[0]
    lcop = ranking.table["lcop_usd_per_kg"].to_numpy()
    value_added = ranking.table["value_added_usd_per_kg"].to_numpy()
    from evaluator.scoring.value import cost_to_value, value_cost_score

    expected = value_cost_score(cost_to_value(lcop, 2 * value_added), 0.5, 1.5)
    np.testing.assert_allclose(doubled, expected, atol=1e-9)


def test_schedules_deliver_with_probability_pi_and_all_or_nothing(sample: Ranking) -> None:
    model = montecarlo._Model.from_ranking(sample, vary_costs=True)
    draws = model.draws(np.random.default_rng(5), 20_000)
    coverage = model.coverage_scores(draws)
    table = sample.table
    pi = table["delivery_probability"].to_numpy()
    delivered = coverage > 0
    some = (pi > 0) & (model.coverage_delivered > 0)
    np.testing.assert_allclose(delivered[:, some].mean(axis=0), pi[some], atol=0.015)
    # Delivering, a project scores its coverage with all its tonnes (E/π), which is at least the expected one.
    for j in np.flatnonzero(some):
        assert set(np.unique(coverage[:, j])) <= {0.0, model.coverage_delivered[j]}
        assert model.coverage_delivered[j] >= table["coverage_score"].iat[j] - 1e-9


def test_the_summary_names_the_most_probable_winner_when_it_is_not_rank_1(sample: Ranking) -> None:
    result = monte_carlo(sample, samples=200, seed=4)
    first = result.p_top(1)
    sentence = result.winner_sentence()
    assert sentence.startswith(f"Rank 1 ({result.names[0]}) comes first in {first[0]:.0%} of samples.")
    best = int(first.argmax())
    if best != 0:
        assert f"The most probable winner is {result.names[best]} ({result.project_ids[best]})" in sentence
    still = monte_carlo(score(sample.dataset, STILL), samples=20, seed=4, vary_weights=False)
    assert still.winner_sentence() == f"Rank 1 ({still.names[0]}) comes first in 100% of samples."
    # And when another project wins more samples, the sentence says so (a made-up acceptability).
    swapped = type(still)(
        **{**still.__dict__, "acceptability": still.acceptability[[1, 0, *range(2, len(still.names))]]}
    )
    assert f"The most probable winner is {still.names[1]} ({still.project_ids[1]}), first in 100%." in (
        swapped.winner_sentence()
    )
