"""The charts the app shows and the export prints, listed once (issue 10.5): key, title, tooltip, how to draw.

The window makes one tab per entry (:mod:`ui.charts`); the committee workbook's ``Charts`` sheet renders the entries
with an ``export_size`` (:mod:`evaluator.outputs.chart_images`). Both call the same ``draw`` with a
:class:`ChartInputs`, so a chart cannot look one way on screen and another on paper. Titles and tooltips are
English, marked for the catalogue (context "Charts"); the window translates them, the export keeps the English.

An entry may also have an ``update``, which the window tries before ``draw`` when the chart is already on screen
(issue 10.8, :mod:`evaluator.charts.inplace`): it changes the drawn artists to the new inputs and returns what to
render again, or None when only a full draw will do. Either way the image is the one ``draw`` makes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evaluator.base.i18n import QT_TRANSLATE_NOOP
from evaluator.charts.cost_risk import draw_cost_risk, update_cost_risk
from evaluator.charts.coverage_map import draw_coverage
from evaluator.charts.radar import draw_radar
from evaluator.charts.ranking_chart import draw_ranking, update_ranking
from evaluator.charts.sweep_chart import draw_sweep

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from evaluator.analysis.sensitivity import WeightSweep
    from evaluator.charts.inplace import Repaint
    from evaluator.scoring.ranking import Ranking


def _sweep_of(ranking: Ranking) -> WeightSweep:
    from evaluator.analysis.sensitivity import weight_sweep

    return weight_sweep(ranking)


@dataclass(frozen=True)
class ChartInputs:
    """What a chart is drawn from: the ranking, the projects to emphasise, the projects to compare.

    ``sweep`` gives the weight sweep on request: the app passes its state's, computed once per ranking (issue
    10.4); by default it is computed from the ranking when a chart asks.
    """

    ranking: Ranking
    highlight: Sequence[str] = ()
    compare: Sequence[str] = ()
    sweep: Callable[[], WeightSweep | None] | None = None

    def weight_sweep(self) -> WeightSweep | None:
        return self.sweep() if self.sweep is not None else _sweep_of(self.ranking)


@dataclass(frozen=True)
class ChartEntry:
    key: str
    title: str
    tooltip: str
    draw: Callable[[Figure, ChartInputs], None]
    #: Figure size (inches) on the export's Charts sheet; None: on screen only.
    export_size: tuple[float, float] | None = None
    #: Bring a figure ``draw`` drew up to date with new inputs in place; None from it (or no ``update``): draw.
    update: Callable[[Figure, ChartInputs], Repaint | None] | None = None


def _draw_sweep(fig: Figure, inputs: ChartInputs) -> None:
    sweep = inputs.weight_sweep()
    if sweep is None:  # nothing ranked: no sweep to draw
        fig.clear()
        return
    draw_sweep(fig, sweep, highlight=inputs.highlight)


CHARTS: tuple[ChartEntry, ...] = (
    ChartEntry(
        "ranking",
        QT_TRANSLATE_NOOP("Charts", "Ranking"),
        QT_TRANSLATE_NOOP(
            "Charts", "Overall score of the top projects, stacked by each criterion's weighted contribution."
        ),
        lambda fig, inputs: draw_ranking(fig, inputs.ranking, top_n=15, highlight=inputs.highlight),
        (10, 6.5),
        lambda fig, inputs: update_ranking(fig, inputs.ranking, top_n=15, highlight=inputs.highlight),
    ),
    ChartEntry(
        "cost_risk",
        QT_TRANSLATE_NOOP("Charts", "Cost vs risk"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "LCOP against project risk; bubble size = capacity, colour = coverage; "
            "the Pareto front joins projects no other beats on both.",
        ),
        lambda fig, inputs: draw_cost_risk(fig, inputs.ranking, highlight=inputs.highlight),
        (10, 6.5),
        lambda fig, inputs: update_cost_risk(fig, inputs.ranking, highlight=inputs.highlight),
    ),
    ChartEntry(
        "coverage",
        QT_TRANSLATE_NOOP("Charts", "Element coverage"),
        QT_TRANSLATE_NOOP("Charts", "Which of the 17 elements each top project produces, by criticality."),
        lambda fig, inputs: draw_coverage(fig, inputs.ranking, top_n=30, highlight=inputs.highlight),
        (10, 8.5),
    ),
    ChartEntry(
        "comparison",
        QT_TRANSLATE_NOOP("Charts", "Comparison"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "Radar of the three sub-scores for the selected projects (2–6; ctrl-click rows to select several).",
        ),
        lambda fig, inputs: draw_radar(fig, inputs.ranking, inputs.compare),
        (8, 7),
    ),
    ChartEntry(
        "sweep",
        QT_TRANSLATE_NOOP("Charts", "Weight sweep"),
        QT_TRANSLATE_NOOP(
            "Charts",
            "Each project's overall score as one weight goes from 0 to 100 % (the others keep their ratio); "
            "markers show where rank 1 changes hands.",
        ),
        _draw_sweep,
    ),
)
