"""Issue 8.1 and 8.2, as the analyst hit them: analyses and Settings of one workbook must not follow into the next.

Each test opens two workbooks the way File › Open does and checks what the screen and the exported pack say.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from ui_helpers import open_and_wait

from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import write_xlsx

HEADER = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"]
ROWS = [
    ["A1", "Alpha Separation", "Australia", 5000, 400, 20, "Nd, Pr"],
    ["A2", "Bravo Magnets", "Japan", 2000, 300, 35, "Nd, Pr, Dy, Tb"],
    ["A3", "Charlie Oxides", "Canada", 8000, 900, 18, "La, Ce, Nd"],
    ["A4", "Delta Heavy", "Brazil", 1500, 250, 40, "Dy, Tb, Y"],
]


def _workbook(path: Path, rows=ROWS, settings: list[list] | None = None) -> Path:
    """A plain Projects sheet (no capex ranges), optionally with a Settings sheet of name/value rows."""
    extra = {"Settings": [["name", "value"], *settings]} if settings is not None else None
    return write_xlsx(path.parent, HEADER, rows, extra_sheets=extra, name=path.name)


def _run(qtbot, view) -> None:
    with qtbot.waitSignal(view.finished, timeout=60_000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)


def _facts(book) -> dict:
    return {r[0]: r[1] for r in book["Assumptions"].iter_rows(values_only=True) if r[0]}


def test_analyses_of_the_previous_workbook_are_marked_stale_and_never_exported(qtbot, loaded, tmp_path) -> None:
    mc_view, portfolio_view = loaded.charts.monte_carlo, loaded.charts.portfolio
    mc_view.samples.setValue(500)
    _run(qtbot, mc_view)
    portfolio_view.budget.setValue(1200)
    _run(qtbot, portfolio_view)
    assert mc_view.current() is not None
    assert portfolio_view.current() is not None
    assert mc_view.result.varied["capex_ranges"] > 0, "the sample has capex ranges; the second workbook has none"
    assert not mc_view.stale_banner.isVisibleTo(mc_view)

    second = _workbook(tmp_path / "second.xlsx")
    open_and_wait(qtbot, loaded, second)

    for view in (mc_view, portfolio_view):
        assert view.current() is None
        assert view.stale_banner.isVisibleTo(view)
        assert "candidates.xlsx" in view.stale_banner.text()
        assert "not the workbook now open" in view.stale_banner.text()
    target = tmp_path / "pack.xlsx"
    with qtbot.waitSignal(loaded.exported, timeout=60_000):
        loaded.export(str(target), top_n=3)
    book = openpyxl.load_workbook(target)
    assert "Sensitivity" not in book.sheetnames
    assert "Portfolio" not in book.sheetnames
    facts = _facts(book)
    assert "Ranges sampled" not in facts
    assert "Portfolio budget (USD m)" not in facts
    assert facts["Input file"] == "second.xlsx"
    all_ids = {r[1] for r in book["All projects"].iter_rows(min_row=2, values_only=True)}
    assert {"A1", "A2", "A3", "A4"} <= all_ids

    # Run again on the workbook now open: current, exported, and stamped with this input's SHA-256.
    _run(qtbot, mc_view)
    assert mc_view.current() is not None
    assert not mc_view.stale_banner.isVisibleTo(mc_view)
    with qtbot.waitSignal(loaded.exported, timeout=60_000):
        loaded.export(str(target), top_n=3)
    book = openpyxl.load_workbook(target)
    sha = hashlib.sha256(second.read_bytes()).hexdigest()
    heading = [
        r[0] for r in book["Sensitivity"].iter_rows(max_row=8, max_col=1, values_only=True) if isinstance(r[0], str)
    ]
    assert any(sha in line and "second.xlsx" in line for line in heading)
    facts = _facts(book)
    assert facts["Input SHA-256"] == sha
    assert facts["Ranges sampled"].startswith("0 capex")
    assert any(facts["Parameters digest"] in line for line in heading)


def test_reopening_the_same_unchanged_workbook_keeps_a_result_current(qtbot, loaded, sample_copy) -> None:
    view = loaded.charts.monte_carlo
    view.samples.setValue(300)
    _run(qtbot, view)
    open_and_wait(qtbot, loaded, sample_copy)
    assert view.current() is not None
    assert not view.stale_banner.isVisibleTo(view)


def test_a_settings_change_then_back_makes_the_result_current_again(qtbot, loaded) -> None:
    view = loaded.charts.monte_carlo
    view.samples.setValue(300)
    _run(qtbot, view)
    state = loaded.state
    before = state.parameters
    state.set_parameters(before.replace(discount_rate=0.12))
    assert view.current() is None
    assert "settings changed" in view.stale_banner.text()
    state.set_parameters(before)
    assert view.current() is not None
    assert not view.stale_banner.isVisibleTo(view)


def test_a_workbooks_settings_apply_to_that_workbook_only(qtbot, window, tmp_path) -> None:
    with_settings = _workbook(tmp_path / "c.xlsx", settings=[["discount_rate", 0.10], ["life_years", 25]])
    plain = _workbook(tmp_path / "a2.xlsx")
    label = window.workbook_settings_label

    open_and_wait(qtbot, window, with_settings)
    assert window.state.parameters.discount_rate == 0.10
    assert window.state.parameters.life_years == 25
    assert label.isVisibleTo(window)
    assert "discount_rate" in label.text()
    assert "life_years" in label.text()

    open_and_wait(qtbot, window, plain)
    assert window.state.parameters == Parameters(), "the user's own (default) parameters are back"
    assert not label.isVisibleTo(window)
    # The GUI ranks this file as the CLI does.
    cli = score(load_workbook(plain), Parameters())
    assert list(window.state.ranking.table["project_id"]) == list(cli.table["project_id"])
    assert window.state.ranking.table["lcop_usd_per_kg"].tolist() == cli.table["lcop_usd_per_kg"].tolist()


def test_what_the_user_changes_on_a_workbook_with_settings_stays_theirs(qtbot, window, tmp_path) -> None:
    with_settings = _workbook(tmp_path / "c.xlsx", settings=[["discount_rate", 0.10]])
    plain = _workbook(tmp_path / "a2.xlsx")
    open_and_wait(qtbot, window, with_settings)
    window.controls.weight_rows["cost"].spin.setValue(60)
    weights = window.state.parameters.weights()
    assert window.state.parameters.discount_rate == 0.10

    open_and_wait(qtbot, window, plain)
    assert window.state.parameters.discount_rate == Parameters().discount_rate
    assert window.state.parameters.weights() == weights, "the weight the user set follows them"


def test_changing_a_workbook_setting_by_hand_takes_it_off_the_status_bar(qtbot, window, tmp_path) -> None:
    with_settings = _workbook(tmp_path / "c.xlsx", settings=[["discount_rate", 0.10], ["life_years", 25]])
    open_and_wait(qtbot, window, with_settings)
    window.state.set_parameters(window.state.parameters.replace(life_years=30))
    assert "life_years" not in window.workbook_settings_label.text()
    assert "discount_rate" in window.workbook_settings_label.text()
    assert window.state.user_parameters.life_years == 30
    assert window.state.user_parameters.discount_rate == Parameters().discount_rate


def test_closing_remembers_the_users_parameters_not_the_workbooks(qtbot, window, tmp_path) -> None:
    from ui.settings import last_scenario

    open_and_wait(qtbot, window, _workbook(tmp_path / "c.xlsx", settings=[["discount_rate", 0.10]]))
    window.close()
    remembered = last_scenario()
    assert remembered is not None
    assert remembered.discount_rate == Parameters().discount_rate
