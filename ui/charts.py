"""Embedded charts: each tab is a matplotlib ``Figure`` on a ``FigureCanvasQTAgg`` with the navigation toolbar.

The drawing itself is :mod:`evaluator.charts` (the same functions render the export's images). This module only
decides *when* to draw: the visible tab redraws shortly after a change (changes are coalesced, so dragging a slider
does not queue a redraw per pixel); hidden tabs are marked stale and redraw when shown. Importing this module pulls
in matplotlib, so the main window imports it only after its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from evaluator.charts import draw_cost_risk, draw_coverage, draw_radar, draw_ranking
from ui.state import AppState

REDRAW_DELAY_MS = 40
RESIZE_REDRAW_MS = 150


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    tooltip: str
    #: Draws the chart from the state (called only while it holds a ranking); what it derives from the ranking it
    #: asks the state for, which computes it once per ranking (issue 10.4), not once per redraw or resize.
    draw: Callable[[Figure, AppState], None]


def _ranked(state: AppState):
    assert state.ranking is not None  # ChartView.redraw clears the figure instead
    return state.ranking


def _sweep(fig: Figure, state: AppState) -> None:
    from evaluator.charts import draw_sweep

    sweep = state.weight_sweep()
    if sweep is None:
        fig.clear()
        return
    draw_sweep(fig, sweep, highlight=state.selected_ids)


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(
        "ranking",
        QT_TRANSLATE_NOOP("Charts", "Ranking"),
        QT_TRANSLATE_NOOP(
            "Charts", "Overall score of the top projects, stacked by each criterion's weighted contribution."
        ),
        lambda fig, s: draw_ranking(fig, _ranked(s), top_n=15, highlight=s.selected_ids),
    ),
    ChartSpec(
        "cost_risk",
        QT_TRANSLATE_NOOP("Charts", "Cost vs risk"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "LCOP against project risk; bubble size = capacity, colour = coverage; "
            "the Pareto front joins projects no other beats on both.",
        ),
        lambda fig, s: draw_cost_risk(fig, _ranked(s), highlight=s.selected_ids),
    ),
    ChartSpec(
        "coverage",
        QT_TRANSLATE_NOOP("Charts", "Element coverage"),
        QT_TRANSLATE_NOOP("Charts", "Which of the 17 elements each top project produces, by criticality."),
        lambda fig, s: draw_coverage(fig, _ranked(s), top_n=30, highlight=s.selected_ids),
    ),
    ChartSpec(
        "comparison",
        QT_TRANSLATE_NOOP("Charts", "Comparison"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "Radar of the three sub-scores for the selected projects (2–6; ctrl-click rows to select several).",
        ),
        lambda fig, s: draw_radar(fig, _ranked(s), s.selected_ids),
    ),
    ChartSpec(
        "sweep",
        QT_TRANSLATE_NOOP("Charts", "Weight sweep"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "Each project's overall score as one weight goes from 0 to 100 % (the others keep their ratio); "
            "markers show where rank 1 changes hands.",
        ),
        _sweep,
    ),
)


class ChartView(QWidget):
    """One figure with its toolbar and a Save button (PNG or SVG), also on the right-click menu."""

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.figure = Figure(figsize=(7, 4.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setToolTip(QCoreApplication.translate("Charts", spec.tooltip))
        self.canvas.setAccessibleName(
            self.tr("{title} chart").format(title=QCoreApplication.translate("Charts", spec.title))
        )
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save chart…"))
        self.save_button.setToolTip(self.tr("Save this chart as PNG or SVG."))
        self.save_button.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.stale = True
        self.draw_count = 0
        self._draw: Callable[[Figure], None] | None = None
        self._drawn_size = self.canvas.size()
        # Charts lay out labels, rows and legends for the size they are drawn at: redraw once a resize settles.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_REDRAW_MS)
        self._resize_timer.timeout.connect(self._redraw_if_resized)

    def redraw(self, state: AppState) -> None:
        """Draw this view's chart for the state's ranking and selection (or clear it: nothing is ranked)."""
        if state.ranking is None:
            self.paint_with(lambda figure: figure.clear())
            self.save_button.setEnabled(False)  # nothing to save: an empty figure is not a chart
        else:
            # A resize redraws from the state as it is then: the visible tab is redrawn within REDRAW_DELAY_MS of
            # any change anyway, so it never shows another ranking than the state's for longer than that.
            self.paint_with(lambda figure: self.spec.draw(figure, state))
        self.stale = False

    def paint_with(self, draw: Callable[[Figure], None]) -> None:
        """Draw with ``draw(figure)`` now, and again with it whenever the view is resized."""
        self._draw = draw
        self.save_button.setEnabled(True)
        draw(self.figure)
        self.canvas.draw_idle()
        self._drawn_size = self.canvas.size()
        self.draw_count += 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._draw is not None:
            self._resize_timer.start()

    def _redraw_if_resized(self) -> None:
        if self._draw is not None and self.canvas.size() != self._drawn_size and self.isVisible():
            self.paint_with(self._draw)

    def _menu(self, position) -> None:
        menu = QMenu(self)
        save = QAction(self.tr("Save chart as PNG or SVG…"), menu)
        save.triggered.connect(self.save_dialog)
        menu.addAction(save)
        menu.exec(self.canvas.mapToGlobal(position))

    def save_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save {title} chart").format(title=QCoreApplication.translate("Charts", self.spec.title)),
            f"{self.spec.key}.png",
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        from evaluator.base.atomic import write_atomically

        suffix = ".svg" if path.lower().endswith(".svg") else ".png"
        write_atomically(path, lambda temp: self.figure.savefig(temp, format=suffix[1:], dpi=150))
