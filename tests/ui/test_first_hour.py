"""Issue 8.4 and 8.5 as the analyst hit them: sorting columns with blank cells, and a load where every row failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_helpers import open_and_wait, table_ids

from tests.evaluator.helpers import write_xlsx
from ui.models import COLUMN_INDEX, COLUMNS

HEADER = [
    "project_id",
    "name",
    "country",
    "capacity_tpa",
    "capex_musd",
    "opex_usd_per_kg",
    "elements",
    "stage",
    "facility_type",
    "sponsor",
]


def _write(path: Path, rows: list[list]) -> Path:
    return write_xlsx(path.parent, HEADER, rows, name=path.name)


@pytest.fixture
def with_blanks(tmp_path: Path) -> Path:
    """Four projects; B and D leave Stage, Type and Sponsor blank, as analysts do for early projects."""
    return _write(
        tmp_path / "blanks.xlsx",
        [
            ["A", "Alpha", "Australia", 5000, 400, 20, "Nd, Pr", "DFS", "separation", "Zeta Corp"],
            ["B", "Bravo", "Canada", 4000, 380, 22, "Nd, Pr", None, None, None],
            ["C", "Charlie", "Japan", 2000, 300, 30, "Nd, Dy", "Concept", "magnet", "Alpha Ltd"],
            ["D", "Delta", "Brazil", 3000, 350, 25, "Dy, Tb", "  ", "", ""],
        ],
    )


def _click_header(qtbot, window, key: str) -> None:
    header = window.table.horizontalHeader()
    column = COLUMN_INDEX[key]
    if window.table.isColumnHidden(column):
        window.table.setColumnHidden(column, False)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


@pytest.mark.parametrize(
    ("key", "ascending"),
    [
        ("stage", ["C", "A"]),  # along the chain: concept before DFS, not alphabetical
        ("facility_type", ["C", "A"]),  # magnet < separation
        ("sponsor", ["C", "A"]),  # Alpha Ltd < Zeta Corp
    ],
)
def test_sorting_a_column_with_blanks_puts_blanks_last_both_ways(qtbot, window, with_blanks, key, ascending) -> None:
    open_and_wait(qtbot, window, with_blanks)
    _click_header(qtbot, window, key)
    first = table_ids(window)
    _click_header(qtbot, window, key)
    second = table_ids(window)
    orders = {tuple(first), tuple(second)}
    up = next(o for o in orders if list(o[:2]) == ascending)
    down = next(o for o in orders if list(o[:2]) == ascending[::-1])
    assert set(up[2:]) == {"B", "D"}, "blanks last when ascending"
    assert set(down[2:]) == {"B", "D"}, "blanks last when descending"


def test_every_column_sorts_both_ways_with_blanks(qtbot, window, with_blanks) -> None:
    open_and_wait(qtbot, window, with_blanks)
    for key in COLUMN_INDEX:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.proxy.sort(COLUMN_INDEX[key], order)
            assert sorted(table_ids(window)) == ["A", "B", "C", "D"], key


def test_a_load_where_every_row_failed_lists_every_issue(qtbot, window, tmp_path: Path) -> None:
    rows = [[f"P{i}", f"Plant {i}", "Australia", 0, 400, 20, "Nd", "DFS", "separation", "X"] for i in range(46)]
    path = _write(tmp_path / "all-bad.xlsx", rows)
    open_and_wait(qtbot, window, path)
    assert window.issues_model.rowCount() == 46
    assert window.issues_model.issue(0).cell == "Projects!D2"
    assert window.issues_dock.isVisibleTo(window), "the report opens by itself when rows were left out"
    assert "46 issues" in window.issues_dock.windowTitle()
    summary = window.summary.text()
    assert summary.startswith("No project could be loaded: 46 errors left every row out.")
    assert "import report" in summary
    assert "All 0" not in summary
    assert window.issues_button.isVisible()


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),  # a server: no DISPLAY, no platform chosen
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "minimal"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_the_app_says_when_there_is_no_display(environ, platform, refused) -> None:
    from ui.app import display_problem

    sentence = display_problem(environ, platform)
    assert bool(sentence) is refused
    if refused:
        assert "xvfb-run" in sentence
        assert "ree-evaluator --help" in sentence


def test_starting_the_app_without_a_display_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environ["REE_EVALUATOR_SETTINGS"] = str(tmp_path / "settings.ini")
    done = subprocess.run(
        [sys.executable, "-m", "ui.launch"], env=environ, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("No display found")


def test_a_new_window_fits_the_screen_it_opens_on(qtbot) -> None:
    from ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    available = main.screen().availableGeometry()
    assert available.width() < 1500, "the offscreen screen is smaller than the default window size"
    assert main.width() <= available.width()
    assert main.height() <= available.height()
    assert available.contains(main.geometry().topLeft())


def test_save_chart_waits_for_a_result_on_the_on_request_tabs(qtbot, loaded) -> None:
    mc, portfolio = loaded.charts.monte_carlo, loaded.charts.portfolio
    assert not mc.acceptability.save_button.isEnabled()
    assert not mc.intervals.save_button.isEnabled()
    assert not portfolio.chart.save_button.isEnabled()
    assert mc.status.text().startswith("Not run yet")
    mc.samples.setValue(300)
    with qtbot.waitSignal(mc.finished, timeout=60_000):
        qtbot.mouseClick(mc.run_button, Qt.MouseButton.LeftButton)
    assert mc.acceptability.save_button.isEnabled()
    assert loaded.charts.view("ranking").save_button.isEnabled()


def test_counts_have_thousands_separators() -> None:
    from evaluator.base.wording import counted

    assert counted(10_000, "project") == "10,000 projects"
    assert counted(1, "project") == "1 project"
    assert counted(12_345, "widget") == "12,345 widgets"


def test_pfs_and_dfs_are_shown_in_capitals() -> None:
    from evaluator.reference.vocabulary import category_label

    assert category_label("pfs") == "PFS"
    assert category_label("dfs") == "DFS"
    assert category_label("construction") == "construction"


def test_the_detail_hint_wraps_inside_a_narrow_panel(qtbot, window) -> None:
    """Issue 8.12: the detail placeholder was drawn on one line and cut off at the panel's edge."""
    window.detail.setFixedWidth(240)
    qtbot.wait(10)
    assert "Select a project" in window.detail.toPlainText()
    document = window.detail.document()
    document.setTextWidth(window.detail.viewport().width())
    assert document.lineCount() >= 1
    layout = document.firstBlock().layout()
    assert layout.lineCount() > 1  # wrapped onto several lines
    assert document.idealWidth() <= window.detail.viewport().width()


def test_a_filtered_out_selection_is_named_not_numbered(qtbot, window, tmp_path) -> None:
    """Issue 8.8: without an id column the ids are row-N; the sentence names the project."""
    header = ["name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"]
    data = [["Kalgoorlie Cracking", "Australia", 3000, 300, 18, "Nd, Pr"], ["Lacq Heavy", "France", 800, 120, 30, "Dy"]]
    open_and_wait(qtbot, window, write_xlsx(tmp_path, header, data))
    window.state.select(["row-3"])
    window.state.set_parameters(window.state.parameters.replace(exclude_countries=frozenset({"FRA"})))
    text = window.detail.toPlainText()
    assert "Lacq Heavy is filtered out" in text
    assert "row-3" not in text


def test_the_country_checkboxes_have_room_inside_the_list(qtbot, loaded) -> None:
    """Issue 8.12: the exclude-countries list drew its check indicators against the frame, clipped."""
    from PySide6.QtWidgets import QStyle

    countries = loaded.controls.country_list
    indicator = countries.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    assert countries.count() > 3
    for row in range(3):
        rect = countries.visualItemRect(countries.item(row))
        assert rect.left() >= 2
        assert rect.height() >= indicator + 4


def test_every_column_fits_a_1366_wide_window_without_scrolling(qtbot, loaded) -> None:
    """Issue 8.12: at 1366×768, maximised, Coverage and Overall were hidden behind a horizontal scroll."""
    loaded.resize(1366, 740)
    qtbot.waitUntil(lambda: loaded.table.viewport().width() < 1100)
    qtbot.wait(20)
    assert loaded.table.horizontalScrollBar().maximum() == 0
    # Numbers keep their width; only text columns gave up room.
    capacity = next(i for i, c in enumerate(COLUMNS) if c.key == "capacity_tpa")
    assert loaded.table.columnWidth(capacity) == loaded.ranking_table.default_widths[capacity]


def test_rank_moves_above_999_are_shown_in_full(qtbot, window, tmp_path) -> None:
    """Issue 8.12: the rank column cut "1200  ▲1199"; it is sized for the workbook's largest rank and move."""
    from tests.evaluator.helpers import write_csv

    rows = [[f"P{i}", f"Plant {i}", "Australia", 1000 + i, 100 + i % 97, 10 + i % 13, "Nd"] for i in range(1200)]
    header = ["project_id", "name", "country", "capacity_tpa", "capex_musd", "opex_usd_per_kg", "elements"]
    open_and_wait(qtbot, window, write_csv(tmp_path, header, rows))
    rank = next(i for i, c in enumerate(COLUMNS) if c.kind == "rank")
    needed = window.table.fontMetrics().horizontalAdvance("1200  ▲1199")
    assert window.table.columnWidth(rank) > needed
