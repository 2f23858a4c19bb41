"""The app's charts as pure functions over a :class:`~evaluator.scoring.ranking.Ranking`, on a ``Figure``.

Each ``draw_*(fig, ranking, ...)`` clears the figure and draws on it; the app puts the figure on a
``FigureCanvasQTAgg``, the export renders it with Agg (:func:`render_png`). Nothing here imports pyplot, so no
global figure state leaks between views. Import this package explicitly: ``import evaluator`` does not load it.
"""

from __future__ import annotations

from evaluator.charts.acceptability_chart import draw_acceptability, draw_rank_intervals
from evaluator.charts.cost_risk import draw_cost_risk
from evaluator.charts.coverage_map import draw_coverage
from evaluator.charts.export import new_figure, render_png
from evaluator.charts.portfolio_chart import draw_portfolio
from evaluator.charts.radar import draw_radar
from evaluator.charts.ranking_chart import draw_ranking
from evaluator.charts.sweep_chart import draw_sweep

__all__ = [
    "draw_acceptability",
    "draw_cost_risk",
    "draw_coverage",
    "draw_portfolio",
    "draw_radar",
    "draw_rank_intervals",
    "draw_ranking",
    "draw_sweep",
    "new_figure",
    "render_png",
]
