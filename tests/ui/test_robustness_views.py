"""The robustness tabs driven as an analyst would: sweep, Monte Carlo (with Cancel), portfolio, and the export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
from PySide6.QtCore import Qt
from ui_helpers import click_tab

from evaluator.analysis.montecarlo import monte_carlo
from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio
from evaluator.analysis.sensitivity import winner_stability


def test_weight_sweep_tab_draws_three_panels(qtbot, loaded) -> None:
    click_tab(qtbot, loaded.charts, "Weight sweep")
    view = loaded.charts.view("sweep")
    qtbot.waitUntil(lambda: view.draw_count > 0 and not view.stale, timeout=10_000)
    panels = [ax for ax in view.figure.axes if ax.get_xlabel().endswith("weight (%)")]
    assert [ax.get_xlabel() for ax in panels] == ["Cost weight (%)", "Risk weight (%)", "Coverage weight (%)"]


def test_the_sweep_tab_asks_the_state_and_a_resize_does_not_recompute_the_sweep(qtbot, loaded, monkeypatch) -> None:
    import ui.state
    from evaluator.analysis.sensitivity import weight_sweep

    computed: list[object] = []

    def counting(ranking):
        computed.append(ranking)
        return weight_sweep(ranking)

    monkeypatch.setattr(ui.state, "weight_sweep", counting)
    loaded.state.set_parameters(loaded.state.parameters.replace(weight_cost=50, weight_risk=30, weight_coverage=20))
    click_tab(qtbot, loaded.charts, "Weight sweep")
    view = loaded.charts.view("sweep")
    qtbot.waitUntil(lambda: not view.stale and len(computed) == 1, timeout=10_000)
    draws = view.draw_count
    loaded.resize(loaded.width() - 120, loaded.height() - 60)
    qtbot.waitUntil(lambda: view.draw_count > draws, timeout=5_000)  # redrawn for the new size …
    assert computed == [loaded.state.ranking]  # … from the sweep the state computed once for this ranking


def test_winner_stability_is_stated_under_the_table(loaded) -> None:
    expected = winner_stability(loaded.state.ranking).sentence
    assert expected in loaded.summary.text()
    leader = loaded.state.ranking.table["name"].iloc[0]
    assert expected.startswith(f"Rank 1 ({leader}) holds unless the weights move by")


def test_while_a_slider_is_dragged_the_stability_line_follows_once_it_stops(qtbot, loaded, monkeypatch) -> None:
    """Issue 10.8: a burst of weight changes re-ranks at once but says how firm rank 1 is 40 ms after the last one,
    computed once, for the ranking then in force."""
    import ui.state

    computed: list[object] = []

    def counting(ranking):
        computed.append(ranking)
        return winner_stability(ranking)

    monkeypatch.setattr(ui.state, "winner_stability", counting)
    spin = loaded.controls.weight_rows["cost"].spin
    for value in (41, 42, 43, 44, 45):
        spin.setValue(value)
    weights_line, stability_line = loaded.summary.text().split("\n")
    assert "cost 45%" in weights_line, "the weights line follows every step"
    assert stability_line == "", "the stability waits for the burst to end"
    qtbot.waitUntil(lambda: loaded.summary.text().split("\n")[1] != "", timeout=5_000)
    final = loaded.state.ranking
    assert loaded.summary.text().split("\n")[1] == winner_stability(final).sentence
    assert computed[-1] is final
    assert len(computed) <= 2, "not once per step (the first step may have come long after the load)"


def test_monte_carlo_runs_in_the_background_and_matches_the_core(qtbot, loaded) -> None:
    click_tab(qtbot, loaded.charts, "Monte Carlo")
    view = loaded.charts.monte_carlo
    view.samples.setValue(2000)
    view.seed.setValue(42)
    assert loaded.state.parameters.mc_samples == 2000
    with qtbot.waitSignal(view.finished, timeout=60_000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    expected = monte_carlo(loaded.state.ranking)
    assert np.array_equal(view.result.acceptability, expected.acceptability)
    assert view.result.samples == 2000
    assert "2,000 samples, seed 42" in view.status.text()
    bars = [p for ax in view.acceptability.figure.axes for p in ax.patches]
    assert bars, "the acceptability chart is drawn"
    # Changing a weight makes the result stale: it is not exported as if it were current.
    loaded.controls.weight_rows["cost"].spin.setValue(60)
    assert view.current() is None
    assert "settings changed" in view.stale_banner.text()


def test_monte_carlo_can_be_cancelled(qtbot, loaded) -> None:
    click_tab(qtbot, loaded.charts, "Monte Carlo")
    view = loaded.charts.monte_carlo
    view.samples.setValue(1_000_000)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible()
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=30_000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.cancel_button.isVisible()
    assert view.run_button.isEnabled()
    assert view.status.text().startswith("Cancelled")
    assert view.result is None
    task = view.task
    assert task is None


def test_monte_carlo_beyond_the_rank_limit_says_so_in_one_sentence(qtbot, loaded, monkeypatch) -> None:
    """Issue 9.11: a run that would keep more ranks than montecarlo.MAX_RANK_CELLS fails at once with the sentence
    naming the numbers; the window stays usable and nothing is taken for a result."""
    from evaluator.analysis import montecarlo

    projects = len(loaded.state.ranking)
    monkeypatch.setattr(montecarlo, "MAX_RANK_CELLS", projects * 10 - 1)
    click_tab(qtbot, loaded.charts, "Monte Carlo")
    view = loaded.charts.monte_carlo
    view.samples.setValue(1000)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30_000)
    assert view.status.text() == (
        f"Monte Carlo over {projects} projects and 1,000 samples would keep {projects * projects:,} ranks for the "
        "5–95 % intervals (projects × the fewer of samples and projects), more than the limit of "
        f"{projects * 10 - 1:,}: use at most 9 samples or filter the projects."
    )
    assert view.result is None
    assert view.run_button.isEnabled()
    assert not view.cancel_button.isVisible()


def test_portfolio_tab_builds_what_the_core_builds(qtbot, loaded) -> None:
    click_tab(qtbot, loaded.charts, "Portfolio")
    view = loaded.charts.portfolio
    view.budget.setValue(1500)
    view.max_projects.setValue(5)
    view.per_country.setValue(1)
    view.min_countries.setValue(2)
    with qtbot.waitSignal(view.finished, timeout=60_000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    expected = build_portfolio(loaded.state.ranking, PortfolioConstraints(1500, 5, 1, 2))
    assert view.result.selected == expected.selected
    shown = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    names = dict(zip(loaded.state.ranking.table["project_id"], loaded.state.ranking.table["name"], strict=True))
    assert shown == [names[pid] for pid in expected.selected]
    assert view.status.text().startswith(expected.message)
    assert any(ax.patches for ax in view.chart.figure.axes)


def test_export_carries_the_sensitivity_and_portfolio_sheets(qtbot, loaded, tmp_path: Path) -> None:
    mc_view, portfolio_view = loaded.charts.monte_carlo, loaded.charts.portfolio
    mc_view.samples.setValue(1000)
    with qtbot.waitSignal(mc_view.finished, timeout=60_000):
        mc_view.run_button.click()
    portfolio_view.budget.setValue(1200)
    with qtbot.waitSignal(portfolio_view.finished, timeout=60_000):
        portfolio_view.run_button.click()
    target = tmp_path / "with-robustness.xlsx"
    with qtbot.waitSignal(loaded.exported, timeout=60_000):
        loaded.export(str(target), top_n=5)
    book = openpyxl.load_workbook(target)
    assert {"Sensitivity", "Portfolio"} <= set(book.sheetnames)
    assert book["Sensitivity"]["A1"].value.startswith("Sensitivity: Monte Carlo rank acceptability (1,000 samples")
    facts = {r[0]: r[1] for r in book["Assumptions"].iter_rows(values_only=True) if r[0]}
    assert facts["Monte Carlo samples"] == 1000
    assert facts["Monte Carlo seed"] == loaded.state.parameters.mc_seed
    assert facts["Portfolio budget (USD m)"] == 1200
