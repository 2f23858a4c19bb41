"""The application state every view watches: dataset, parameters, ranking, analyses, selection.

Views never score anything: they ask the state to change (new dataset, new parameters, new selection, a finished
analysis) and redraw when it says so. Re-scoring is synchronous because it is cheap (a few milliseconds for thousands
of projects); loading, exporting, Monte Carlo and the portfolio go to worker threads and hand their result here.
What is derived from the ranking (winner stability, the weight sweep) is computed here once per ranking, so no view
recomputes it and the export uses the very numbers on screen (issue 10.4).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Signal

from evaluator.analysis.sensitivity import WeightSweep, WinnerStability, weight_sweep, winner_stability
from evaluator.model.dataset import Dataset
from evaluator.model.parameters import Parameters
from evaluator.scoring.ranking import Ranking, score

if TYPE_CHECKING:  # the solvers load when first used, not when the window opens
    from evaluator.analysis.montecarlo import MonteCarloResult
    from evaluator.analysis.portfolio import PortfolioResult
    from evaluator.analysis.robustness import Robustness

#: Changes closer together than this are one burst for rank movement (a slider drag, a spin box held down).
SETTLE_SECONDS = 1.5
#: Changes closer together than this are a burst (a slider being dragged): views may defer what is slow to follow.
BURST_SECONDS = 0.25


class AppState(QObject):
    """Dataset + parameters → ranking, plus which projects are selected.

    Signals, each only when its field really changed: ``dataset_changed`` (a new workbook is in),
    ``parameters_changed`` (so controls can follow a scenario or a reset), ``ranking_changed`` (scores or order
    changed: after a new dataset or new parameters, so whatever depends on both listens here), ``selection_changed``,
    ``analysis_changed`` (a Monte Carlo or portfolio result arrived). A change updates every field first and then
    emits, in that order (dataset, parameters, ranking, selection): whatever a handler reads is already consistent,
    and a handler connected to one signal runs once per change.
    """

    dataset_changed = Signal()
    ranking_changed = Signal()
    parameters_changed = Signal()
    selection_changed = Signal()
    analysis_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.source_path: Path | None = None
        self.parameters = Parameters()
        #: The analyst's own parameters: what is in force when the open workbook has no Settings sheet. A workbook's
        #: Settings apply to that workbook only (issue 8.2), so they never leak into these.
        self.user_parameters = Parameters()
        self.ranking: Ranking | None = None
        self._stability: tuple[Ranking, WinnerStability] | None = None
        self._sweep: WeightSweep | None = None
        #: The latest analyses, each carrying the provenance it was computed under: ``current_*`` say whether they
        #: still describe the ranking in force.
        self.monte_carlo: MonteCarloResult | None = None
        self.portfolio: PortfolioResult | None = None
        self.selected_ids: list[str] = []
        #: Rank of each dataset row before the current burst of changes (0: not ranked); empty: nothing to compare.
        self._previous_ranks: np.ndarray = np.zeros(0, dtype=int)
        self._last_change = 0.0
        self._change_before = 0.0
        self.rank_moves: np.ndarray = np.zeros(0, dtype=int)

    # -- changes ------------------------------------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset, path: Path | None = None, *, parameters: Parameters | None = None) -> None:
        """Adopt a freshly loaded dataset; its Settings sheet (if any) applies on top of the user's own parameters.

        ``parameters`` (when given) become the user's own first. The previous workbook's Settings are dropped: a
        discount rate from file C must not score file A (issue 8.2).
        """
        self.dataset = dataset
        self.source_path = path
        if parameters is not None:
            self.user_parameters = parameters
        base = self.user_parameters
        before = self.parameters
        self.parameters = base.replace(**dataset.settings) if dataset.settings else base
        had_selection = bool(self.selected_ids)
        self.selected_ids = []
        self._previous_ranks = np.zeros(0, dtype=int)
        self._rescore()
        # Every field is the new workbook's before anyone hears of it (issue 10.4): a handler of
        # parameters_changed used to see the previous workbook's ranking (the portfolio panel took its default
        # budget from it). Unchanged parameters or an empty selection stay quiet.
        self.dataset_changed.emit()
        if self.parameters != before:
            self.parameters_changed.emit()
        self.ranking_changed.emit()
        if had_selection:
            self.selection_changed.emit()

    def set_parameters(self, parameters: Parameters) -> None:
        """Re-rank under new parameters; rank movement is measured against the ranking before this change."""
        if parameters == self.parameters:
            return
        self._adopt_as_users(parameters)
        self.parameters = parameters
        self._rescore()
        self.parameters_changed.emit()  # the ranking under them exists already
        if self.dataset is not None:
            self.ranking_changed.emit()

    @property
    def workbook_settings(self) -> dict[str, object]:
        """The open workbook's Settings still in force (name → value), for the status bar; empty when none.

        A setting is in force while the parameters hold the workbook's value and the user's own do not: once the user
        changes it by hand it is theirs, and no longer listed.
        """
        if self.dataset is None:
            return {}
        return {
            name: value
            for name, value in self.dataset.settings.items()
            if getattr(self.parameters, name) == value and getattr(self.user_parameters, name) != value
        }

    def _adopt_as_users(self, parameters: Parameters) -> None:
        """What the user changed becomes theirs; what a workbook's Settings set and they left alone does not."""
        from evaluator.model.parameters import ParameterError

        before, after = self.parameters.as_dict(), parameters.as_dict()
        changed = {name for name in after if after[name] != before[name]}
        try:
            self.user_parameters = self.user_parameters.replace(**{name: getattr(parameters, name) for name in changed})
        except ParameterError:  # the mix is inconsistent (e.g. lcop_lo above lcop_hi): take the whole set
            self.user_parameters = parameters

    def select(self, project_ids: list[str]) -> None:
        if project_ids != self.selected_ids:
            self.selected_ids = list(project_ids)
            self.selection_changed.emit()

    def set_monte_carlo(self, result: MonteCarloResult) -> None:
        """A Monte Carlo run finished; the panel draws it and the export takes it while it is current."""
        self.monte_carlo = result
        self.analysis_changed.emit()

    def set_portfolio(self, result: PortfolioResult) -> None:
        """A portfolio was solved; the panel draws it and the export takes it while it is current."""
        self.portfolio = result
        self.analysis_changed.emit()

    # -- read by the views and the export -----------------------------------------------------------------------

    def current_monte_carlo(self) -> MonteCarloResult | None:
        """The Monte Carlo result if it describes the ranking in force (the portfolio's settings do not matter)."""
        return self.monte_carlo if self._describes_ranking(self.monte_carlo, "portfolio_") else None

    def current_portfolio(self) -> PortfolioResult | None:
        """The portfolio if it describes the ranking in force (the Monte Carlo settings do not matter)."""
        return self.portfolio if self._describes_ranking(self.portfolio, "mc_") else None

    def _describes_ranking(self, result: MonteCarloResult | PortfolioResult | None, unrelated_prefix: str) -> bool:
        """The result's own provenance decides (issue 8.1): same data, same parameters that matter to it."""
        if result is None or result.provenance is None or self.ranking is None:
            return False
        return result.provenance.describes(self.ranking, unrelated_prefix=unrelated_prefix)

    @property
    def winner_stability(self) -> WinnerStability | None:
        """How far the weights may move before rank 1 changes hands, for the ranking in force (None: nothing
        ranked): computed once per ranking, on first use — a slider step at 10,000 projects does not wait for it."""
        if self.ranking is None or len(self.ranking) == 0:
            return None
        if self._stability is None or self._stability[0] is not self.ranking:
            self._stability = (self.ranking, winner_stability(self.ranking))
        return self._stability[1]

    @property
    def in_burst(self) -> bool:
        """Whether the latest change came hard on the one before (a slider being dragged)."""
        return self._last_change - self._change_before < BURST_SECONDS

    def weight_sweep(self) -> WeightSweep | None:
        """Every project's score as each weight goes 0 → 1, computed once per ranking, on first use."""
        if self.ranking is None or len(self.ranking) == 0:
            return None
        if self._sweep is None:
            self._sweep = weight_sweep(self.ranking)
        return self._sweep

    def robustness(self) -> Robustness | None:
        """What the export's robustness sheet reports: present while a current Monte Carlo result exists."""
        from evaluator.analysis.robustness import Robustness

        monte_carlo = self.current_monte_carlo()
        sweep = self.weight_sweep()
        if monte_carlo is None or sweep is None or self.ranking is None or self.winner_stability is None:
            return None
        return Robustness(self.ranking, monte_carlo, self.winner_stability, sweep)

    # -- derived ------------------------------------------------------------------------------------------------

    def _rescore(self) -> None:
        """The ranking (and rank moves) for the dataset and parameters in force; the caller emits."""
        if self.dataset is None:
            return
        now = time.monotonic()
        settled = now - self._last_change > SETTLE_SECONDS
        self._change_before, self._last_change = self._last_change, now
        same_data = self.ranking is not None and self.ranking.dataset is self.dataset
        if self.ranking is not None and same_data and (settled or not self._previous_ranks.size):
            # A burst of changes (dragging a slider) is one change: moves are measured from before the burst.
            # By dataset row, not by project ID: one array lookup instead of a dictionary probe per project (10,000
            # of them cost ~20 ms a slider step); a dataset row is one project for as long as the dataset is loaded.
            self._previous_ranks = np.zeros(len(self.dataset), dtype=int)
            self._previous_ranks[self.ranking.scored] = np.arange(1, len(self.ranking) + 1)
        self.ranking = score(self.dataset, self.parameters)
        self._sweep = None
        table = self.ranking.table
        if self._previous_ranks.size:
            previous = self._previous_ranks[self.ranking.scored]
            self.rank_moves = np.where(previous > 0, previous - table["rank"].to_numpy(), 0)
        else:
            self.rank_moves = np.zeros(len(table), dtype=int)
