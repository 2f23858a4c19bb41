"""The main window driven as an analyst would: open, re-weight, select, chart, export, survive bad files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import click_row, click_tab, open_and_wait, table_ids

from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters, preset_of
from evaluator.reference.vocabulary import STAGES
from evaluator.scoring.ranking import score
from ui.models import COLUMN_INDEX


def test_file_open_shows_every_loaded_project(qtbot, window, sample_copy, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_copy), ""))
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.open_action.trigger()
    expected = score(load_workbook(sample_copy))
    assert window.proxy.rowCount() == len(expected) == 30
    assert table_ids(window) == expected.table["project_id"].tolist()
    assert window.file_label.text() == "candidates.xlsx"
    assert "30 projects loaded · 30 ranked · 0 filtered" in window.counts_label.text()
    assert window.issues_button.isVisible()
    assert window.issues_button.text() == "⚠ 0 errors, 1 warning"


def test_moving_the_cost_slider_reranks_as_the_core_predicts(qtbot, loaded) -> None:
    dataset = loaded.state.dataset
    before = table_ids(loaded)
    slider = loaded.controls.weight_rows["cost"].slider
    slider.setFocus()
    for _ in range(8):  # PageUp moves 5 points: 40 % → 80 %, the others shrink in their 35:25 ratio
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    spins = {c: row.spin.value() for c, row in loaded.controls.weight_rows.items()}
    assert spins == {"cost": 80, "risk": 12, "coverage": 8}  # 20 split 35:25 → 11.67, 8.33, shown 12 + 8
    weights = loaded.state.parameters
    assert (weights.weight_cost, weights.weight_risk, weights.weight_coverage) == pytest.approx((80, 35 / 3, 25 / 3))
    expected = score(dataset, Parameters(weight_cost=80, weight_risk=35 / 3, weight_coverage=25 / 3)).table
    assert table_ids(loaded) == expected["project_id"].tolist()
    after = table_ids(loaded)
    assert after != before
    # The first project that moved up shows ▲ and how many places it rose.
    row, rose = next((row, before.index(pid) - row) for row, pid in enumerate(after) if before.index(pid) > row)
    assert loaded.proxy.index(row, COLUMN_INDEX["rank"]).data() == f"{row + 1}  ▲{rose}"
    assert "cost 80% · risk 12% · coverage 8%" in loaded.summary.text()


def test_method_and_filters_rerank(qtbot, loaded) -> None:
    dataset = loaded.state.dataset
    loaded.controls.method.setCurrentIndex(loaded.controls.method.findData("topsis"))
    assert table_ids(loaded) == score(dataset, Parameters(method="topsis")).table["project_id"].tolist()
    click_tab(qtbot, loaded.controls.tabs, "Filters")
    qtbot.mouseClick(loaded.controls.stage_boxes["concept"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(loaded.controls.element_buttons["Dy"], Qt.MouseButton.LeftButton)
    stages = frozenset(STAGES) - {"concept"}  # every stage box but the one unticked, on_hold included
    expected = score(dataset, Parameters(method="topsis", stages=stages, must_cover=frozenset({"Dy"})))
    assert table_ids(loaded) == expected.table["project_id"].tolist()
    assert f"{len(expected)} ranked" in loaded.counts_label.text()
    assert "does not produce all of Dy" in loaded.summary.text()
    loaded.controls.reset_button.click()
    assert loaded.state.parameters == Parameters()
    assert loaded.controls.stage_boxes["concept"].isChecked()
    assert not loaded.controls.element_buttons["Dy"].isChecked()
    assert loaded.proxy.rowCount() == 30


def test_selecting_a_project_explains_its_rank(qtbot, loaded) -> None:
    click_row(qtbot, loaded.table, 2)
    ranking = loaded.state.ranking
    third = ranking.table.iloc[2]
    assert loaded.state.selected_ids == [third["project_id"]]
    text = loaded.detail.toPlainText()
    assert third["name"] in text
    assert "Rank 3 of 30" in text
    assert f"{third['lcop_usd_per_kg']:,.2f} USD per kg REO" in text
    assert "Cost per dollar of value added" in text
    k = f"k = {third['lcop_usd_per_kg']:,.2f} / {third['value_added_usd_per_kg']:,.2f} = {third['cost_to_value']:.2f}"
    assert k in text
    assert f"{third['contribution_cost']:.1f}" in text
    # Coverage as tonnes against each element's gap: one bar row per element with expected tonnes and a gap.
    row = ranking.scored[2]
    shown = (ranking.matrices["expected_tonnes"][row] > 0) & (ranking.matrices["gap"][row] > 0)
    assert text.count(" t expected of the ") == int(shown.sum())
    assert "Against rank 2" in text
    # Selection survives a re-rank: the same project stays selected wherever it moves.
    loaded.controls.method.setCurrentIndex(loaded.controls.method.findData("topsis"))
    selected = [loaded.model.project_id(loaded.proxy.mapToSource(i).row()) for i in
                loaded.table.selectionModel().selectedRows()]  # fmt: skip
    assert selected == [third["project_id"]]


def test_chart_tabs_draw_what_the_ranking_says(qtbot, loaded) -> None:
    charts = loaded.charts
    ranking = loaded.state.ranking

    def drawn(key: str):
        view = charts.view(key)
        qtbot.waitUntil(lambda: not view.stale and view.draw_count > 0, timeout=10_000)
        return view.figure

    figure = drawn("ranking")
    bars = [p for ax in figure.axes for p in ax.patches if p.get_width() > 0 and p.get_height() < 1]
    contributions = ranking.table[["contribution_cost", "contribution_risk", "contribution_coverage"]].head(15)
    assert len(bars) == int((contributions.to_numpy() > 0).sum())  # one bar per criterion that adds to a row
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels[0].startswith("1") or labels[-1].startswith("1")
    assert ranking.table["name"].iloc[0][:20] in " ".join(labels)

    click_tab(qtbot, charts, "Cost vs risk")
    figure = drawn("cost_risk")
    collections = [c for ax in figure.axes for c in ax.collections if len(c.get_offsets()) == len(ranking)]
    assert collections, "one bubble per ranked project"

    click_tab(qtbot, charts, "Element coverage")
    figure = drawn("coverage")
    assert any(ax.images for ax in figure.axes)

    click_row(qtbot, loaded.table, 0)
    click_row(qtbot, loaded.table, 3, Qt.KeyboardModifier.ControlModifier)
    click_tab(qtbot, charts, "Comparison")
    figure = drawn("comparison")
    polar = [ax for ax in figure.axes if ax.name == "polar"]
    assert len(polar) == 1
    assert len([line for line in polar[0].get_lines() if line.get_label()[:1] != "_"]) >= 2


def test_export_writes_the_workbook_with_charts(qtbot, loaded, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "committee.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    from ui.dialogs import ExportDialog

    def accept_top_five(dialog: ExportDialog) -> int:
        dialog.top.setChecked(True)
        dialog.count.setValue(5)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept_top_five)
    with qtbot.waitSignal(loaded.exported, timeout=60_000):
        loaded.export_action.trigger()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Summary", "Shortlist", "All projects", "Element coverage", "Reference data",
                               "Import issues", "Assumptions", "Charts"]  # fmt: skip
    rows = [r for r in book["Shortlist"].iter_rows(min_row=5, values_only=True) if r[0] is not None]
    assert [r[1] for r in rows] == table_ids(loaded)[:5]
    assert len(book["Charts"]._images) == 4
    assert [c.value for c in book["Charts"]["A"] if c.value] == ["Ranking", "Cost vs risk", "Element coverage",
                                                                "Comparison"]  # fmt: skip


def test_export_as_pdf_from_the_file_menu(qtbot, loaded, tmp_path: Path, monkeypatch) -> None:
    from tests.evaluator.pdf_text import page_count, page_texts, shows
    from ui.dialogs import ExportDialog

    chosen = tmp_path / "committee"  # typed without the suffix: .pdf is added
    asked: list[str] = []

    def save_as(parent, title, suggested, kinds):
        asked.append(kinds)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def accept_top_three(dialog: ExportDialog) -> int:
        dialog.top.setChecked(True)
        dialog.count.setValue(3)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept_top_three)
    click_row(qtbot, loaded.table, 4)  # a selection on screen is not highlighted in the pack
    assert loaded.pdf_action.text() == "Export as &PDF…"
    with qtbot.waitSignal(loaded.exported, timeout=120_000) as signal:
        loaded.pdf_action.trigger()
    target = tmp_path / "committee.pdf"
    assert signal.args == [str(target)]
    assert asked == ["PDF document (*.pdf)"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = page_texts(data)
    assert page_count(data) == len(pages) >= 1 + 1 + 4 + 1
    assert shows(pages[1], "Ranked shortlist: top 3 of 30 scored projects")
    assert shows(pages[0], loaded.state.ranking.table["name"].iat[0])


def test_export_of_the_selected_rows(qtbot, loaded, tmp_path: Path) -> None:
    click_row(qtbot, loaded.table, 4)
    click_row(qtbot, loaded.table, 1, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "picked.xlsx"
    with qtbot.waitSignal(loaded.exported, timeout=60_000):
        loaded.export(str(target), selected_ids=list(loaded.state.selected_ids))
    rows = [r for r in openpyxl.load_workbook(target)["Shortlist"].iter_rows(min_row=5, values_only=True) if r[0]]
    assert [r[0] for r in rows] == [2, 5]


def test_a_failed_export_says_so_and_keeps_the_old_file(qtbot, loaded, tmp_path: Path, message_boxes) -> None:
    blocker = tmp_path / "taken.xlsx"
    blocker.mkdir()  # a folder where the file should go: the rename cannot happen
    loaded.export(str(blocker), top_n=3)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=60_000)
    assert "taken.xlsx exists and is a folder, not a file" in message_boxes[0].text
    assert "No existing file was changed" in message_boxes[0].text
    assert blocker.is_dir()


def test_a_broken_file_shows_one_message_and_keeps_the_data(qtbot, loaded, tmp_path: Path, message_boxes) -> None:
    before = table_ids(loaded)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    with qtbot.waitSignal(loaded.load_failed, timeout=30_000):
        loaded.open_path(str(broken))
    assert len(message_boxes) == 1
    assert message_boxes[0].text.startswith("broken.xlsx is not a readable Excel workbook")
    assert "The data on screen has not changed." in message_boxes[0].text
    assert message_boxes[0].plain
    assert table_ids(loaded) == before
    assert loaded.file_label.text() == "candidates.xlsx"


def test_import_report_lists_issues_and_clicking_selects_the_row(qtbot, window, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Projects"
    sheet.append(["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements",
                  "feed_country"])  # fmt: skip
    sheet.append(["A", "Alpha", "Japan", 1000, 100, 20, "Nd", "Australia"])
    sheet.append(["B", "Bravo", "Narnia", 1000, 100, 20, "Nd", ""])
    sheet.append(["C", "Charlie", "Canada", 2000, 150, 25, "Dy", "TBD"])
    path = tmp_path / "with-issues.xlsx"
    book.save(path)
    open_and_wait(qtbot, window, path)
    assert window.issues_dock.isVisible()  # errors: the report opens by itself
    model = window.issues_model
    cells = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert cells == ["Projects!C3", "Projects!H4"]
    assert window.proxy.rowCount() == 2
    qtbot.mouseClick(window.issues.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.issues.visualRect(model.index(1, 4)).center())  # fmt: skip
    assert window.state.selected_ids == ["C"]
    qtbot.mouseClick(window.issues.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.issues.visualRect(model.index(0, 4)).center())  # fmt: skip
    assert "Row 3 was left out of scoring" in window.statusBar().currentMessage()


def test_search_hides_rows_and_columns_can_be_hidden(qtbot, loaded) -> None:
    qtbot.keyClicks(loaded.search, "japan")
    ids = table_ids(loaded)
    dataset = loaded.state.dataset
    japanese = set(dataset.projects.loc[dataset.projects["country_iso3"] == "JPN", "project_id"])
    assert set(ids) == japanese
    loaded.search.clear()
    assert loaded.proxy.rowCount() == 30
    sponsor = COLUMN_INDEX["sponsor"]
    menu_owner = loaded.columns_menu
    menu_owner.aboutToShow.emit()
    action = next(a for a in menu_owner.actions() if a.text() == "Sponsor")
    action.trigger()
    assert loaded.table.isColumnHidden(sponsor)


def test_a_search_holds_through_re_ranks_and_sorts_until_cleared(qtbot, loaded) -> None:
    """The row filter is Python only while a search is active (issue 10.8); it must follow every re-rank and sort."""
    dataset = loaded.state.dataset
    japanese = set(dataset.projects.loc[dataset.projects["country_iso3"] == "JPN", "project_id"])
    qtbot.keyClicks(loaded.search, "japan")
    loaded.controls.weight_rows["cost"].spin.setValue(70)  # re-rank: the model resets under the search
    assert set(table_ids(loaded)) == japanese
    ranked = [pid for pid in loaded.state.ranking.table["project_id"] if pid in japanese]
    assert table_ids(loaded) == ranked, "in the new rank order"
    header = loaded.table.horizontalHeader()
    lcop = COLUMN_INDEX["lcop_usd_per_kg"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, lcop))
    assert set(table_ids(loaded)) == japanese
    loaded.search.clear()
    loaded.controls.weight_rows["cost"].spin.setValue(30)
    assert loaded.proxy.rowCount() == 30
    assert "filterAcceptsRow" not in vars(loaded.proxy), "no Python call per row without a search"


def test_sorting_by_a_column_header(qtbot, loaded) -> None:
    header = loaded.table.horizontalHeader()
    lcop = COLUMN_INDEX["lcop_usd_per_kg"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, lcop))
    table = loaded.state.ranking.table
    assert table_ids(loaded) == table.sort_values("lcop_usd_per_kg", kind="stable")["project_id"].tolist()


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_dropping_a_workbook_on_the_window_opens_it(qtbot, window, sample_copy, tmp_path, suffix) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = sample_copy
    if suffix == ".csv":
        path = tmp_path / "dropped.csv"
        path.write_text("name,country,capacity_tpa,capex_musd,opex_usd_per_kg,elements\nDrop,Japan,1000,100,20,Nd\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.dropEvent(event)
    assert window.proxy.rowCount() == (30 if suffix == ".xlsx" else 1)


def test_an_inconsistent_parameter_is_refused_with_a_message(qtbot, loaded) -> None:
    controls = loaded.controls
    assert not controls.normalisation.isEnabled()  # v2 scores cost against value: LCOP's scale is v1's
    controls.v1_preset.click()
    assert loaded.state.parameters.cost_basis == "lcop"
    assert not controls.fields["k_lo"].isEnabled()
    controls.normalisation.setCurrentIndex(controls.normalisation.findData("absolute"))
    assert controls.fields["lcop_lo"].isEnabled()
    controls.fields["lcop_lo"].setValue(150.0)  # above the worst LCOP (100): not a valid scale
    assert loaded.state.parameters.lcop_lo == 10.0
    assert controls.fields["lcop_lo"].value() == 10.0
    assert "lcop_lo (150.0) must be below lcop_hi (100.0)" in loaded.statusBar().currentMessage()


@pytest.mark.parametrize(("name", "magic"), [("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml")])
def test_a_chart_saves_as_png_or_svg_from_its_button(qtbot, loaded, tmp_path, monkeypatch, name, magic) -> None:
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view = loaded.charts.view("ranking")
    # The ranking drawn, not merely a first (empty) paint from before the workbook was in.
    qtbot.waitUntil(lambda: view.save_button.isEnabled() and bool(view.figure.axes), timeout=10_000)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(magic)
    if name.endswith(".svg"):
        assert b"<svg" in data
        leader = loaded.state.ranking.table["name"].iloc[0].split()[0]
        assert leader.encode() in data  # the project names are in the file, not only pixels


def test_the_parameter_boxes_offer_exactly_what_the_core_accepts(loaded) -> None:
    """One range per parameter (issue 10.5): the window used to let the discount rate reach only 50 %."""
    from evaluator.model.parameters import NUMBER_RANGES

    boxes = dict(loaded.controls.fields)
    boxes |= {"mc_samples": loaded.charts.monte_carlo.samples, "portfolio_budget_musd": loaded.charts.portfolio.budget}
    for name, box in boxes.items():
        assert (box.minimum(), box.maximum()) == pytest.approx(NUMBER_RANGES[name].control_limits()), name
    discount = loaded.controls.fields["discount_rate"]
    discount.setValue(60.0)
    assert loaded.state.parameters.discount_rate == pytest.approx(0.60)
    discount.setValue(150.0)  # the box holds at its maximum, still a rate the core accepts
    assert loaded.state.parameters.discount_rate == pytest.approx(0.999)


def test_the_chart_tabs_are_the_catalogues_then_the_analyses(loaded) -> None:
    from evaluator.charts.catalogue import CHARTS

    tabs = [loaded.charts.tabText(i) for i in range(loaded.charts.count())]
    assert tabs == [entry.title for entry in CHARTS] + ["Monte Carlo", "Portfolio"]


def test_charts_follow_a_weight_change_in_place_with_the_full_draws_image(qtbot, loaded) -> None:
    """Issue 10.8: on screen, a re-rank updates the ranking and cost–risk charts in place; the canvas then shows
    what drawing the chart from scratch at that size shows, pixel for pixel."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from evaluator.charts.catalogue import ChartInputs

    state = loaded.state
    for key in ("ranking", "cost_risk"):
        view = loaded.charts.view(key)
        view.redraw(state)  # drawn in full once, as when the tab was first shown
        view.canvas.draw()
        updates = view.update_count
        state.set_parameters(state.parameters.replace(weight_cost=state.parameters.weight_cost + 0.01))
        view.redraw(state)
        view.canvas.draw()
        assert view.update_count == updates + 1, f"{key} was drawn from scratch"
        fresh = Figure(figsize=view.figure.get_size_inches(), dpi=view.figure.dpi, layout="constrained")
        canvas = FigureCanvasAgg(fresh)
        view.spec.draw(fresh, ChartInputs(state.ranking, highlight=list(state.selected_ids)))
        canvas.draw()
        assert np.array_equal(np.asarray(view.canvas.buffer_rgba()), np.asarray(canvas.buffer_rgba())), key


def test_a_chart_is_drawn_from_scratch_when_the_projects_change(qtbot, loaded) -> None:
    """A filter that removes projects changes the rows shown: no update in place, a full draw."""
    state = loaded.state
    view = loaded.charts.view("ranking")
    view.redraw(state)
    view.canvas.draw()
    updates, draws = view.update_count, view.draw_count
    state.set_parameters(state.parameters.replace(weight_cost=5.0))  # another project enters the top 15
    view.redraw(state)
    assert (view.update_count, view.draw_count) == (updates, draws + 1)


def test_the_v2_controls_rerank_as_the_core_predicts(qtbot, loaded) -> None:
    """Issue 11.6: price deck, target year, schedule risk and the v1 preset, each re-ranking live."""
    controls = loaded.controls
    dataset = loaded.state.dataset
    decks = [controls.price_deck.itemData(i) for i in range(controls.price_deck.count())]
    assert decks == list(dataset.prices.decks)
    assert controls.price_deck.currentData() == "exchina_2025"
    controls.price_deck.setCurrentIndex(controls.price_deck.findData("china_2024"))
    assert loaded.state.parameters.price_deck == "china_2024"
    expected = score(dataset, Parameters(price_deck="china_2024")).table
    assert table_ids(loaded) == expected["project_id"].tolist()
    controls.fields["target_year"].setValue(2027)
    controls.schedule_risk.click()
    params = loaded.state.parameters
    assert (params.target_year, params.schedule_risk) == (2027, False)
    expected = score(dataset, Parameters(price_deck="china_2024", target_year=2027, schedule_risk=False)).table
    assert table_ids(loaded) == expected["project_id"].tolist()
    controls.v1_preset.click()
    assert preset_of(loaded.state.parameters) == "v1"
    assert loaded.state.parameters.target_year == 2027  # a preset sets only its own parameters
    controls.v1_preset.click()
    assert preset_of(loaded.state.parameters) == "v2"
    assert not controls.v1_preset.isChecked()
