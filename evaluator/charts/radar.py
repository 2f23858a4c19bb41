"""The radar chart: the three sub-scores (METHOD.md §2) of a few selected projects side by side.

Two projects with the same overall score can get there differently (cheap but risky, or safe but narrow); the
radar shows that shape before the weights flatten it into one number.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from evaluator.base.i18n import translate
from evaluator.charts.common import (
    LABEL_SIZE,
    criterion_label,
    empty_message,
    figure_of,
    name_limit,
    prepare,
    rank_label,
    show_message,
    title,
)
from evaluator.charts.palette import (
    GRID,
    MUTED,
    SERIES_COLOURS,
    SERIES_LINESTYLES,
    SERIES_MARKERS,
)
from evaluator.model.criteria import CRITERIA

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from evaluator.scoring.ranking import Ranking

MIN_PROJECTS = 2
MAX_PROJECTS = len(SERIES_COLOURS)
DEFAULT_PROJECTS = 3
SCORE_COLUMNS: tuple[str, ...] = tuple(f"{name}_score" for name in CRITERIA)

#: Axis angles: cost at the top, then clockwise risk and coverage.
ANGLES = np.mod(np.pi / 2 - np.arange(len(CRITERIA)) * 2 * np.pi / len(CRITERIA), 2 * np.pi)


def draw_radar(fig: Figure, ranking: Ranking, project_ids: Sequence[str], *, highlight: Collection[str] = ()) -> None:
    """Radar of cost, risk and coverage scores (0–100, outer is better) for 2–6 of the ``project_ids``.

    Ids not in the ranking (filtered, or unknown) are ignored and repeats count once; with fewer than two left the
    chart shows the top three projects instead and says so in the title; beyond six, the first six are drawn. Each
    project has its own colour, line style and marker (Okabe–Ito), so the chart also reads in greyscale;
    highlighted ones are drawn thicker.
    """
    prepare(fig)
    if len(ranking) == 0:
        show_message(fig, empty_message(ranking), heading=translate("Charts", "Sub-scores"))
        return
    positions, heading = choose_projects(ranking, project_ids)
    rows = ranking.table.iloc[positions]
    ax = fig.add_subplot(projection="polar")
    _frame(ax, ranking)
    chosen = set(highlight)
    for k, (_, row) in enumerate(rows.iterrows()):
        _series(ax, row, k, bold=row["project_id"] in chosen)
    title(fig, heading)
    fig.legend(
        loc="outside lower center",
        ncols=1,
        fontsize=LABEL_SIZE,
        title=translate("Charts", "Sub-scores 0–100, outer is better"),
        title_fontsize=LABEL_SIZE,
        frameon=False,
        handlelength=3.2,
    )


def choose_projects(ranking: Ranking, project_ids: Sequence[str]) -> tuple[list[int], str]:
    """Rank positions to draw and the title that says which projects they are and why."""
    positions: list[int] = []
    for project_id in project_ids:
        position = ranking.position_of(project_id)
        if position is not None and position not in positions:
            positions.append(position)
    if len(positions) >= MIN_PROJECTS:
        if len(positions) > MAX_PROJECTS:
            heading = translate("Charts", "Sub-scores of the first {shown} of {selected} selected")
            return positions[:MAX_PROJECTS], heading.format(shown=MAX_PROJECTS, selected=len(positions))
        return positions, translate("Charts", "Sub-scores of {n} selected projects").format(n=len(positions))
    top = list(range(min(DEFAULT_PROJECTS, len(ranking))))
    if len(top) == 1:
        heading = translate("Charts", "Sub-scores of the top project — select {least}–{most} projects to compare")
    else:
        heading = translate("Charts", "Sub-scores of the top {n} projects — select {least}–{most} projects to compare")
    return top, heading.format(n=len(top), least=MIN_PROJECTS, most=MAX_PROJECTS)


def _frame(ax: Axes, ranking: Ranking) -> None:
    """Three spokes labelled with the criterion and its weight; rings every 25 points."""
    from matplotlib.patheffects import withStroke

    ax.set_ylim(0, 100)
    rings = (25, 50, 75, 100)
    ax.set_yticks(rings, [""] * len(rings))
    for ring in rings:  # as texts above the lines (tick labels sit under them), straight down between two spokes
        ax.text(
            1.5 * np.pi,
            ring,
            str(ring),
            ha="center",
            va="center",
            fontsize=LABEL_SIZE,
            color=MUTED,
            zorder=4,
            path_effects=[withStroke(linewidth=3, foreground="white")],
        )
    names = [
        translate("Charts", "{criterion} score\n(weight {weight} %)").format(
            criterion=criterion_label(name), weight=f"{100 * weight:.0f}"
        )
        for name, weight in zip(CRITERIA, ranking.weights, strict=True)
    ]
    ax.set_xticks(ANGLES, names, fontsize=LABEL_SIZE)
    ax.tick_params(axis="x", pad=18)  # clear of a marker sitting on the 100 ring
    ax.grid(True, color=GRID, linewidth=0.8)
    ax.spines["polar"].set_color(GRID)


def _series(ax: Axes, row: pd.Series, k: int, *, bold: bool) -> None:
    """One closed line (and a light fill) through the project's three sub-scores."""
    values = np.array([float(row[c]) for c in SCORE_COLUMNS])
    theta = np.r_[ANGLES, ANGLES[:1]]
    radius = np.r_[values, values[:1]]
    colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
    ax.plot(
        theta,
        radius,
        color=colour,
        linestyle=SERIES_LINESTYLES[k % len(SERIES_LINESTYLES)],
        marker=SERIES_MARKERS[k % len(SERIES_MARKERS)],
        linewidth=3.2 if bold else 2.0,
        markersize=7,
        label=translate("Charts", "{project} — overall {score}").format(
            project=rank_label(int(row["rank"]), row["name"], name_limit(figure_of(ax), 0.5)),
            score=f"{row['overall']:.1f}",
        ),
        gid=str(row["project_id"]),
        zorder=2,
    )
    ax.fill(theta, radius, color=colour, alpha=0.08, zorder=1)
