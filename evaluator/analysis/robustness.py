"""The robustness analyses of a ranking in one bundle (METHOD.md §4): Monte Carlo, winner stability, weight sweep.

One function runs all three so the CLI, the app's worker and the export agree on what "the sensitivity analysis"
is, with one progress callback and one cancel flag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from evaluator.analysis.montecarlo import MonteCarloResult, monte_carlo
from evaluator.analysis.sensitivity import WeightSweep, WinnerStability, weight_sweep, winner_stability
from evaluator.base.i18n import translate
from evaluator.scoring.ranking import Ranking


@dataclass(frozen=True)
class Robustness:
    ranking: Ranking
    monte_carlo: MonteCarloResult
    stability: WinnerStability
    sweep: WeightSweep


def analyse(
    ranking: Ranking,
    *,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Robustness:
    """Weight sweep and winner stability (instant), then Monte Carlo (the slow part, reporting progress)."""
    sweep = weight_sweep(ranking)
    stability = winner_stability(ranking)

    def mc_progress(fraction: float, message: str) -> None:
        if progress is not None:
            progress(fraction, translate("MonteCarlo", "Monte Carlo: {progress}").format(progress=message))

    mc = monte_carlo(ranking, progress=mc_progress, cancelled=cancelled)
    return Robustness(ranking, mc, stability, sweep)
