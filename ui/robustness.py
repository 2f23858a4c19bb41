"""Robustness views: the weight sweep, Monte Carlo rank acceptability and the portfolio builder (METHOD.md §4–5).

The sweep is instant and follows every change. Monte Carlo and the portfolio are run on request on a worker thread
(progress, Cancel); their results belong to the ranking they were computed for, and a view says so when the
settings have moved on since. Settings edited here (samples, seed, α, budget, limits) are Parameters like any
other, so they travel in scenario files and the export's Assumptions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evaluator.charts.catalogue import ChartEntry
from evaluator.model.parameters import NUMBER_RANGES, description
from evaluator.reference.elements import element_name
from ui.charts import ChartView
from ui.state import AppState
from ui.workers import Task, TaskRelay, start


class _Runner(QWidget):
    """A row of settings, a Run button, and progress with Cancel: what the two on-request analyses share.

    Its texts use an explicit context: ``self.tr`` would look them up under the subclass's name.
    """

    finished = Signal()

    def __init__(self, state: AppState, run_label: str, run_tip: str) -> None:
        super().__init__()
        self.state = state
        self.task: Task | None = None
        self.settings_row = QHBoxLayout()
        self.run_button = QPushButton(run_label)
        self.run_button.setToolTip(run_tip)
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(200)
        self.progress.setAccessibleName(QCoreApplication.translate("Runner", "{task} progress").format(task=run_label))
        self.cancel_button = QPushButton(QCoreApplication.translate("Runner", "Cancel"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate("Runner", "Stop; the results shown before stay as they were.")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(
            QCoreApplication.translate(
                "Runner", "Not run yet: press “{run}” to compute it for the ranking on screen."
            ).format(run=run_label.replace("&", ""))
        )
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Shown over a result that no longer matches the data or settings on screen (issue 8.1).
        self.stale_banner = QLabel()
        self.stale_banner.setWordWrap(True)
        self.stale_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.stale_banner.setObjectName("stale_banner")
        # Tool-tip colours of the palette (no style sheet), so a high-contrast theme still reaches the banner.
        self.stale_banner.setAutoFillBackground(True)
        self.stale_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.stale_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.stale_banner.setMargin(4)
        self.stale_banner.hide()
        bar = QHBoxLayout()
        bar.addLayout(self.settings_row)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.run_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.stale_banner)
        self._busy(False)
        state.ranking_changed.connect(self._ranking_changed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.run_button.setEnabled(not busy)

    def spin(self, name: str, label: str) -> QWidget:
        """A spin box bound to one parameter, with its range's limits, step and decimals (issue 10.5).

        Whole numbers get a QSpinBox; a number shown without decimals (the budget) a QDoubleSpinBox all the same,
        since the core keeps it as a float.
        """
        spec = NUMBER_RANGES[name]
        low, high = spec.control_limits()
        box: QSpinBox | QDoubleSpinBox
        if spec.whole:
            box = QSpinBox()
            box.setRange(int(low), int(high))
        else:
            box = QDoubleSpinBox()
            box.setDecimals(spec.decimals)
            box.setRange(low, high)
        box.setSingleStep(spec.step)
        box.setKeyboardTracking(False)
        box.setToolTip(description(name))
        box.setAccessibleName(label)
        box.valueChanged.connect(lambda value, n=name, w=spec.whole: self._set(n, int(value) if w else float(value)))
        caption = QLabel(label)
        caption.setBuddy(box)
        self.settings_row.addWidget(caption)
        self.settings_row.addWidget(box)
        return box

    def _set(self, name: str, value: object) -> None:
        from evaluator.model.parameters import ParameterError

        try:
            self.state.set_parameters(self.state.parameters.replace(**{name: value}))
        except ParameterError as error:
            self.status.setText(QCoreApplication.translate("Runner", "Not applied: {error}").format(error=error))

    def start_task(self, task: Task, message: str) -> None:
        self.cancel()
        self.task = task
        TaskRelay(
            self,
            task,
            finished=lambda result: self._done(task, result),
            failed=lambda text: self._failed(task, text),
            cancelled=lambda: self._stopped(task),
            progress=lambda fraction, text: self._progress(task, fraction, text),
        )
        self.progress.setValue(0)
        self.status.setText(message)
        self._busy(True)
        start(task)

    def _progress(self, task: Task, fraction: float, text: str) -> None:
        if task is self.task:
            self.progress.setValue(round(fraction * 1000))
            self.status.setText(text)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._stopped(self.task)

    def _stopped(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self._busy(False)
            self.status.setText(
                QCoreApplication.translate("Runner", "Cancelled; the results shown (if any) are from the previous run.")
            )

    def _failed(self, task: Task, text: str) -> None:
        if task is self.task:
            self.task = None
            self._busy(False)
            self.status.setText(text)

    def _done(self, task: Task, result: object) -> None:
        if task is not self.task:
            return
        self.task = None
        self._busy(False)
        self.accept(result)
        self.show_staleness()
        self.finished.emit()

    @property
    def result(self) -> Any:
        """The state's latest result of this analysis, current or not: the view keeps none of its own (10.4)."""
        return self.latest()

    def show_latest(self) -> None:
        """Draw the state's latest result, if there is one: a view rebuilt around a state in use (a language
        switch) shows what the state holds and the export will take, not an empty tab."""
        if self.result is not None:
            self.show_result(self.result)
            self.show_staleness()

    def is_current(self) -> bool:
        """Whether the result on screen belongs to the ranking in force: the state decides, from the result's own
        provenance (issue 8.1), so opening another workbook makes it stale even when the parameters are the same."""
        return self.result is not None and self.current() is self.result

    def show_staleness(self) -> None:
        """Show or hide the out-of-date banner for the result on screen."""
        reason = self.stale_reason()
        self.stale_banner.setText(reason)
        self.stale_banner.setVisible(bool(reason))

    def stale_reason(self) -> str:
        """Why the result on screen is out of date, in a sentence ('' when it is current or absent)."""
        provenance = getattr(self.result, "provenance", None)
        ranking = self.state.ranking
        if provenance is None or ranking is None or self.is_current():
            return ""
        if ranking.dataset.digest != provenance.dataset_digest:
            return self.tr("Out of date: computed for {name}, not the workbook now open. Run it again.").format(
                name=provenance.input_name or self.tr("other data")
            )
        return self.tr("Out of date: the settings changed since this run. Run it again.")

    # to override
    def current(self) -> object | None:
        """The state's result of this analysis while it describes the ranking in force (what the export takes)."""
        return None

    def latest(self) -> object | None:
        """The state's latest result of this analysis, whatever it was computed for."""
        return None

    def run(self) -> None: ...

    def accept(self, result: Any) -> None:
        """A run finished: hand the result to the state, then draw it."""

    def show_result(self, result: Any) -> None: ...

    def _ranking_changed(self) -> None: ...


class MonteCarloView(_Runner):
    """Samples, seed, α; Run; the rank-acceptability and rank-interval charts."""

    def __init__(self, state: AppState) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("MonteCarloView", "Run Monte Carlo"),
            QCoreApplication.translate(
                "MonteCarloView",
                "Sample weights around yours (Dirichlet) and capex/opex within "
                "their ranges (triangular); count how often each project takes each rank (METHOD §4).",
            ),
        )
        self.samples = self.spin("mc_samples", self.tr("Samples"))
        self.seed = self.spin("mc_seed", self.tr("Seed"))
        self.alpha = self.spin("mc_alpha", "α")
        charts = QTabWidget()
        charts.setDocumentMode(True)
        self.acceptability = ChartView(
            ChartEntry(
                "acceptability",
                QT_TRANSLATE_NOOP("Charts", "Rank acceptability"),
                QT_TRANSLATE_NOOP("Charts", "How often each project lands at rank 1, 2, 3… across the samples."),
                _no_draw,
            )
        )
        self.intervals = ChartView(
            ChartEntry(
                "intervals",
                QT_TRANSLATE_NOOP("Charts", "Rank intervals"),
                QT_TRANSLATE_NOOP("Charts", "Mean rank and the 5–95 % range of ranks across the samples."),
                _no_draw,
            )
        )
        for view in (self.acceptability, self.intervals):
            view.save_button.setEnabled(False)  # nothing to save before the first run (issue 8.12)
        charts.addTab(self.acceptability, self.tr("Rank acceptability"))
        charts.addTab(self.intervals, self.tr("Rank intervals"))
        self.layout_.addWidget(charts, 1)
        self.show_settings()
        state.parameters_changed.connect(self.show_settings)
        self.show_latest()

    def show_settings(self) -> None:
        p = self.state.parameters
        for box, value in ((self.samples, p.mc_samples), (self.seed, p.mc_seed), (self.alpha, p.mc_alpha)):
            with QSignalBlocker(box):
                box.setValue(value)

    def run(self) -> None:
        from evaluator.analysis.montecarlo import monte_carlo

        ranking = self.state.ranking
        if ranking is None or len(ranking) == 0:
            self.status.setText(self.tr("Nothing to sample: no project is ranked."))
            return
        self.start_task(
            Task(monte_carlo, ranking),
            self.tr("Sampling {count} scenarios…").format(count=f"{ranking.parameters.mc_samples:,}"),
        )

    def accept(self, result: Any) -> None:
        self.state.set_monte_carlo(result)
        self.show_result(result)

    def show_result(self, result: Any) -> None:
        from evaluator.charts import draw_acceptability, draw_rank_intervals

        ids = list(self.state.selected_ids)
        self.acceptability.paint_with(lambda figure: draw_acceptability(figure, result, highlight=ids))
        self.intervals.paint_with(lambda figure: draw_rank_intervals(figure, result, highlight=ids))
        self.status.setText(
            self.tr(
                "{samples} samples, seed {seed}, α = {alpha}; {capex} capex and {opex} opex ranges sampled. {winner}"
            ).format(
                samples=f"{result.samples:,}",
                seed=result.seed,
                alpha=f"{result.alpha:g}",
                capex=result.varied["capex_ranges"],
                opex=result.varied["opex_ranges"],
                winner=result.winner_sentence(),
            )
        )

    def _ranking_changed(self) -> None:
        self.show_staleness()

    def current(self):
        return self.state.current_monte_carlo()

    def latest(self):
        return self.state.monte_carlo


class PortfolioView(_Runner):
    """Budget and limits; Solve; the chosen set, what each adds, and coverage before/after."""

    def __init__(self, state: AppState) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("PortfolioView", "Build portfolio"),
            QCoreApplication.translate(
                "PortfolioView",
                "Choose the set of projects that covers the critical elements "
                "best within the budget and limits, solved exactly (MILP, METHOD §5).",
            ),
        )
        self.budget = self.spin("portfolio_budget_musd", self.tr("Budget (USD m)"))
        self.max_projects = self.spin("portfolio_max_projects", self.tr("Max projects"))
        self.per_country = self.spin("portfolio_per_country", self.tr("Per country"))
        self.min_countries = self.spin("portfolio_min_countries", self.tr("Critical in ≥ countries"))
        for box in (self.max_projects, self.per_country):
            box.setSpecialValueText(self.tr("no limit"))
        self.min_countries.setSpecialValueText(self.tr("off"))
        self.critical_buttons: dict[str, QToolButton] = {}
        critical_row = QHBoxLayout()
        critical_row.addWidget(QLabel(self.tr("Critical elements:")))
        for symbol in ("Nd", "Pr", "Dy", "Tb", "Sm", "Y", "Eu", "Gd", "Ho", "Er", "Lu", "Sc"):
            button = QToolButton()
            button.setText(symbol)
            button.setCheckable(True)
            button.setToolTip(
                self.tr("{name}: count it as critical for the 'in ≥ countries' rule.").format(name=element_name(symbol))
            )
            button.toggled.connect(lambda _on: self._critical_changed())
            critical_row.addWidget(button)
            self.critical_buttons[symbol] = button
        critical_row.addStretch(1)
        self.layout_.addLayout(critical_row)
        views = QTabWidget()
        views.setDocumentMode(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Project"),
                self.tr("Country"),
                self.tr("Capex (USD m)"),
                self.tr("Adds"),
                self.tr("Only it gives"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("portfolio projects"))
        self.chart = ChartView(
            ChartEntry(
                "portfolio",
                QT_TRANSLATE_NOOP("Charts", "Portfolio coverage"),
                QT_TRANSLATE_NOOP("Charts", "Element coverage: picking by rank versus the optimised portfolio."),
                _no_draw,
            )
        )
        self.chart.save_button.setEnabled(False)  # nothing to save before the first run (issue 8.12)
        views.addTab(self.chart, self.tr("Coverage before and after"))
        views.addTab(self.table, self.tr("Chosen projects"))
        self.views = views
        self.layout_.addWidget(views, 1)
        self.show_settings()
        # The default budget follows the ranking: with a workbook open the ranking's signal comes after the
        # parameters' (issue 10.4), and listening to both would set the boxes twice.
        state.parameters_changed.connect(self._parameters_changed)
        self.show_latest()

    def show_settings(self) -> None:
        p = self.state.parameters
        ranking = self.state.ranking
        budget = p.portfolio_budget_musd
        if budget is None and ranking is not None and len(ranking):
            budget = float(round(ranking.table["capex_musd"].nlargest(3).sum(), -1))  # room for about three
        values = (
            (self.budget, budget or 1000),
            (self.max_projects, p.portfolio_max_projects or 0),
            (self.per_country, p.portfolio_per_country or 0),
            (self.min_countries, p.portfolio_min_countries),
        )
        for box, value in values:
            with QSignalBlocker(box):
                box.setValue(value)
        for symbol, button in self.critical_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(symbol in p.portfolio_critical)

    def _critical_changed(self) -> None:
        chosen = frozenset(s for s, b in self.critical_buttons.items() if b.isChecked())
        self._set("portfolio_critical", chosen)

    def _set(self, name: str, value: object) -> None:
        if name in ("portfolio_max_projects", "portfolio_per_country") and value == 0:
            value = None
        super()._set(name, value)

    def run(self) -> None:
        from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio

        ranking = self.state.ranking
        if ranking is None or len(ranking) == 0:
            self.status.setText(self.tr("No project is ranked."))
            return
        parameters = ranking.parameters
        if parameters.portfolio_budget_musd is None:
            parameters = parameters.replace(portfolio_budget_musd=float(self.budget.value()))
            self.state.set_parameters(parameters)
            ranking = self.state.ranking
        constraints = PortfolioConstraints.from_parameters(ranking.parameters)
        self.start_task(Task(build_portfolio, ranking, constraints), self.tr("Solving the portfolio (HiGHS)…"))

    def accept(self, result: Any) -> None:
        self.state.set_portfolio(result)
        self.show_result(result)

    def show_result(self, result: Any) -> None:
        from evaluator.charts import draw_portfolio
        from evaluator.charts.portfolio_chart import binding_text

        projects = result.projects
        self.table.setRowCount(len(projects))
        for row, item in enumerate(projects.itertuples(index=False)):
            values = [
                str(item.rank),
                str(item.name),
                str(item.country),
                f"{item.capex_musd:,.0f}",
                f"{item.adds:.1f}",
                str(item.unique),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column in (0, 3, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        ids = list(self.state.selected_ids)
        self.chart.paint_with(lambda figure: draw_portfolio(figure, result, highlight=ids, list_projects=False))
        binding = (
            " " + self.tr("Binding: {limits}.").format(limits=binding_text(list(result.binding)))
            if result.selected and result.binding
            else ""
        )
        self.status.setText(f"{result.message}{binding}")

    def _parameters_changed(self) -> None:
        if self.state.ranking is None:  # nothing ranked, so no ranking signal follows
            self.show_settings()

    def _ranking_changed(self) -> None:
        self.show_settings()
        self.show_staleness()

    def current(self):
        return self.state.current_portfolio()

    def latest(self):
        return self.state.portfolio


def _no_draw(fig, inputs) -> None:  # the on-request views draw their results themselves
    return None
