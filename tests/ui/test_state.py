"""AppState's emission contract (issue 10.4): every field is updated before any signal, signals come in one order,
and a handler reads a consistent state; a view does not run its refresh twice per change."""

from __future__ import annotations

import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from tests.evaluator.helpers import HEADER, row, write_xlsx
from ui.state import AppState

ORDER = ["dataset_changed", "parameters_changed", "ranking_changed", "selection_changed"]


@pytest.fixture
def two_workbooks(tmp_path):
    small = tmp_path / "small"
    large = tmp_path / "large"
    small.mkdir()
    large.mkdir()
    first = load_workbook(write_xlsx(small, HEADER, [row("A", capex_musd=100), row("B", capex_musd=200)]))
    second = load_workbook(
        write_xlsx(large, HEADER, [row(p, capex_musd=c) for p, c in (("C", 1000), ("D", 2000), ("E", 3000))])
    )
    return first, second


def _signals(state: AppState):
    return [getattr(state, name) for name in ORDER]


def test_a_new_dataset_is_complete_before_the_first_signal_and_signals_come_in_order(qtbot, two_workbooks) -> None:
    first, second = two_workbooks
    state = AppState()
    state.set_dataset(first)
    state.select(["A"])
    seen: list[tuple[str, bool, bool, bool]] = []
    for name in ORDER:
        getattr(state, name).connect(
            lambda name=name: seen.append(
                (
                    name,
                    state.dataset is second,
                    state.ranking is not None and state.ranking.dataset is second,
                    state.selected_ids == [],
                )
            )
        )
    with qtbot.waitSignals(_signals(state), order="strict", timeout=1000):
        state.set_dataset(second, parameters=Parameters(top_n=3))  # new parameters, and a selection to drop
    assert seen == [(name, True, True, True) for name in ORDER]  # each once, each seeing the new workbook whole


def test_a_new_dataset_under_the_same_parameters_and_no_selection_stays_quiet_about_them(qtbot, two_workbooks) -> None:
    first, second = two_workbooks
    state = AppState()
    state.set_dataset(first)
    seen: list[str] = []
    for name in ORDER:
        getattr(state, name).connect(lambda name=name: seen.append(name))
    state.set_dataset(second)
    assert seen == ["dataset_changed", "ranking_changed"]  # only what changed, in the same order


def test_new_parameters_are_ranked_before_anyone_hears_of_them(qtbot, two_workbooks) -> None:
    state = AppState()
    state.set_dataset(two_workbooks[0])
    changed = Parameters(weight_cost=10, weight_risk=10, weight_coverage=80)
    seen: list[tuple[str, bool]] = []
    state.parameters_changed.connect(lambda: seen.append(("parameters", state.ranking.parameters == changed)))
    state.ranking_changed.connect(lambda: seen.append(("ranking", state.ranking.parameters == changed)))
    with qtbot.waitSignals([state.parameters_changed, state.ranking_changed], order="strict", timeout=1000):
        state.set_parameters(changed)
    assert seen == [("parameters", True), ("ranking", True)]
    state.set_parameters(changed)  # no change, no signal
    assert len(seen) == 2


def test_parameters_without_a_dataset_rank_nothing(qtbot) -> None:
    state = AppState()
    rankings: list[None] = []
    state.ranking_changed.connect(lambda: rankings.append(None))
    with qtbot.waitSignal(state.parameters_changed, timeout=1000):
        state.set_parameters(Parameters(top_n=3))
    assert rankings == []
    assert state.ranking is None


def test_the_portfolio_panel_takes_its_default_budget_from_the_new_workbook_once(qtbot, two_workbooks) -> None:
    from ui.robustness import PortfolioView

    first, second = two_workbooks
    state = AppState()
    state.set_dataset(first)
    view = PortfolioView(state)
    qtbot.addWidget(view)
    assert view.budget.value() == 300  # 100 + 200, the three largest capex
    calls: list[float] = []
    original = view.show_settings

    def counted() -> None:
        calls.append(state.ranking.table["capex_musd"].sum())
        original()

    view.show_settings = counted  # type: ignore[method-assign]
    state.set_dataset(second, parameters=Parameters(top_n=3))  # parameters and ranking both change
    assert calls == [6000]  # once, with the new workbook's ranking (it used to see the old one's 300 first)
    assert view.budget.value() == 6000
    state.set_parameters(state.parameters.replace(top_n=4))
    assert len(calls) == 2  # once more per change, not once per signal


def test_without_a_workbook_the_portfolio_panel_follows_the_parameters(qtbot) -> None:
    from ui.robustness import PortfolioView

    state = AppState()
    view = PortfolioView(state)
    qtbot.addWidget(view)
    state.set_parameters(Parameters(portfolio_budget_musd=750))
    assert view.budget.value() == 750


def test_analysis_results_are_current_only_under_the_parameters_they_were_computed_with(qtbot, two_workbooks) -> None:
    from evaluator.analysis.montecarlo import monte_carlo
    from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio

    first, second = two_workbooks
    state = AppState()
    state.set_dataset(first)
    with qtbot.waitSignal(state.analysis_changed, timeout=1000):
        state.set_monte_carlo(monte_carlo(state.ranking, samples=50, seed=1))
    state.set_portfolio(build_portfolio(state.ranking, PortfolioConstraints(budget_musd=1000)))
    assert state.current_monte_carlo() is state.monte_carlo
    assert state.current_portfolio() is state.portfolio
    assert state.robustness() is not None
    state.set_parameters(state.parameters.replace(portfolio_budget_musd=500))  # the portfolio's own setting
    assert state.current_monte_carlo() is state.monte_carlo  # Monte Carlo does not depend on it
    assert state.current_portfolio() is None
    state.set_parameters(state.parameters.replace(mc_samples=77))
    assert state.current_monte_carlo() is None
    assert state.robustness() is None
    state.set_dataset(second)
    assert state.current_monte_carlo() is None
    assert state.current_portfolio() is None


def test_the_weight_sweep_is_computed_once_per_ranking(qtbot, two_workbooks) -> None:
    state = AppState()
    state.set_dataset(two_workbooks[0])
    sweep = state.weight_sweep()
    assert sweep is not None
    assert state.weight_sweep() is sweep
    state.set_parameters(state.parameters.replace(weight_cost=10, weight_risk=10, weight_coverage=80))
    assert state.weight_sweep() is not sweep
