"""The chart tabs of the main window: the four ranking charts, Monte Carlo and the portfolio, following the state.

Apart from :mod:`ui.charts` (one chart view) and :mod:`ui.robustness` (the analyses' views, which are chart views
too), so that neither imports the other's module back (issue 10.2).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from evaluator.charts.catalogue import CHARTS
from ui.charts import REDRAW_DELAY_MS, ChartView
from ui.robustness import MonteCarloView, PortfolioView
from ui.state import AppState


class ChartPanel(QTabWidget):
    """The four chart tabs, following the state's ranking and selection."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.views = [ChartView(spec) for spec in CHARTS]
        for view in self.views:
            index = self.addTab(view, QCoreApplication.translate("Charts", view.spec.title))
            self.setTabToolTip(index, QCoreApplication.translate("Charts", view.spec.tooltip))
        self.monte_carlo = MonteCarloView(state)
        self.portfolio = PortfolioView(state)
        for widget, title, tip in (
            (
                self.monte_carlo,
                self.tr("Monte Carlo"),
                self.tr("Rank acceptability under uncertain weights and costs (run on request)."),
            ),
            (
                self.portfolio,
                self.tr("Portfolio"),
                self.tr("The set of projects covering the critical elements best within a budget."),
            ),
        ):
            self.setTabToolTip(self.addTab(widget, title), tip)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._redraw_current)
        state.ranking_changed.connect(self.mark_stale)
        state.selection_changed.connect(self.mark_stale)
        self.currentChanged.connect(lambda _i: self._redraw_current_if_stale())
        self.mark_stale()

    def view(self, key: str) -> ChartView:
        return next(v for v in self.views if v.spec.key == key)

    def mark_stale(self) -> None:
        for view in self.views:
            view.stale = True
        self._timer.start()

    def _redraw_current_if_stale(self) -> None:
        current = self.currentWidget()
        if isinstance(current, ChartView) and current.stale:
            current.redraw(self.state)

    def _redraw_current(self) -> None:
        current = self.currentWidget()
        if isinstance(current, ChartView):
            current.redraw(self.state)
