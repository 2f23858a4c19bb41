"""How the ranking responds to the weights (METHOD.md §4): the weight sweep and the winner's stability margin.

Both work on the ranking's sub-score matrix, which does not depend on the weights (cost min–max runs over the
projects scored, and filters do not involve weights), so moving the weights never re-reads or re-scores inputs.
For WSM every overall score is linear in the weights, which makes both answers exact: the sweep's leader changes
are the breakpoints of an upper envelope of lines, and the stability margin is a small linear programme solved in
closed form.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from evaluator.base.i18n import translate
from evaluator.model.criteria import CRITERIA
from evaluator.scoring.methods import Aggregation, aggregation
from evaluator.scoring.ranking import TIE_TOLERANCE_DECIMALS, Ranking

SWEEP_STEPS = 21
#: TOPSIS leader changes are located on this finer grid, then refined by bisection.
TOPSIS_DETECTION_STEPS = 201
BISECTION_ROUNDS = 50


@dataclass(frozen=True)
class LeaderChange:
    """Along a sweep, rank 1 passes from ``before`` to ``after`` at this weight of the swept criterion."""

    weight: float
    before: str
    after: str


@dataclass(frozen=True)
class CriterionSweep:
    """One criterion's weight moved from 0 to 1, the other two keeping their ratio."""

    criterion: str
    current: float  # the criterion's weight now (normalised)
    weights: np.ndarray  # (steps,) values of this criterion's weight
    scores: np.ndarray  # (projects, steps) overall score of each project, rows in the ranking's order
    leaders: np.ndarray  # (steps,) row (rank position) of the rank-1 project at each step
    changes: tuple[LeaderChange, ...]


@dataclass(frozen=True)
class WeightSweep:
    ranking: Ranking
    criteria: dict[str, CriterionSweep]

    @property
    def project_ids(self) -> list[str]:
        return self.ranking.table["project_id"].tolist()


@dataclass(frozen=True)
class WinnerStability:
    """The smallest L1 change of the (normalised) weight vector that puts another project at rank 1 (WSM only)."""

    method: str
    exact: bool
    winner: str | None
    runner_up: str | None  # the project that takes rank 1 at the tipping point
    l1_margin: float | None  # 0–2; None when nothing can overtake (or not computable)
    weights: tuple[float, float, float]
    tipping_weights: tuple[float, float, float] | None
    sentence: str

    def as_dict(self) -> dict[str, object]:
        return {
            "method": self.method,
            "exact": self.exact,
            "winner": self.winner,
            "runner_up": self.runner_up,
            "l1_margin": self.l1_margin,
            "weights": dict(zip(CRITERIA, self.weights, strict=True)),
            "tipping_weights": dict(zip(CRITERIA, self.tipping_weights, strict=True)) if self.tipping_weights else None,
            "sentence": self.sentence,
        }


# ------------------------------------------------------------------------------------------------- shared pieces


def sub_scores(ranking: Ranking) -> np.ndarray:
    """(projects × 3) cost, risk, coverage sub-scores, rows in the ranking's order."""
    table = ranking.table
    return table[[f"{c}_score" for c in CRITERIA]].to_numpy(dtype=float)


def _tie_order(ranking: Ranking) -> np.ndarray:
    """Each row's place in the tie-break order (lower LCOP, then project_id), as in METHOD.md §3."""
    table = ranking.table
    lcop = np.round(table["lcop_usd_per_kg"].to_numpy(dtype=float), TIE_TOLERANCE_DECIMALS)
    ids = ranking.dataset.id_order[ranking.scored]
    order = np.lexsort((ids, lcop))
    place = np.empty(len(order), dtype=np.int64)
    place[order] = np.arange(len(order))
    return place


def leader(overall: np.ndarray, tie_place: np.ndarray) -> int:
    """Row of rank 1 under the tie rule, for one column of overall scores."""
    rounded = np.round(overall, TIE_TOLERANCE_DECIMALS)
    best = np.flatnonzero(rounded == rounded.max())
    return int(best[np.argmin(tie_place[best])])


def path_weights(current: np.ndarray, k: int, t: np.ndarray) -> np.ndarray:
    """(len(t) × 3) weights with criterion ``k`` at ``t`` and the others sharing 1 − t in their current ratio."""
    rest = current.copy()
    rest[k] = 0.0
    total = rest.sum()
    rest = rest / total if total > 0 else np.where(np.arange(3) == k, 0.0, 0.5)
    return np.outer(1.0 - t, rest) + np.outer(t, np.eye(3)[k])


# ----------------------------------------------------------------------------------------------------- sweep


def weight_sweep(ranking: Ranking, steps: int = SWEEP_STEPS) -> WeightSweep:
    """Every project's overall score as each weight goes 0 → 1, and exactly where rank 1 changes hands."""
    scores = sub_scores(ranking)
    current = np.asarray(ranking.weights, dtype=float)
    grid = np.linspace(0.0, 1.0, steps)
    tie_place = _tie_order(ranking)
    ids = ranking.table["project_id"].to_numpy(dtype=object)
    method = ranking.parameters.method
    aggregate = aggregation(method, ranking.parameters.topsis_reference)
    result: dict[str, CriterionSweep] = {}
    for k, criterion in enumerate(CRITERIA):
        weights = path_weights(current, k, grid)
        overall = _overall_along(scores, weights, method, aggregate)
        leaders = (
            np.array([leader(overall[:, s], tie_place) for s in range(steps)], dtype=int)
            if len(scores)
            else np.zeros(steps, dtype=int)
        )
        if len(scores) == 0:
            changes: tuple[LeaderChange, ...] = ()
        elif method == "wsm":
            changes = _wsm_changes(scores, current, k, tie_place, ids)
        else:
            changes = _topsis_changes(scores, current, k, tie_place, ids, aggregate)
        result[criterion] = CriterionSweep(criterion, float(current[k]), grid, overall, leaders, changes)
    return WeightSweep(ranking, result)


def _overall_along(scores: np.ndarray, weights: np.ndarray, method: str, aggregate: Aggregation) -> np.ndarray:
    """(projects × steps) overall scores for each row of ``weights``."""
    if len(scores) == 0:
        return np.zeros((0, len(weights)))
    if method == "wsm":
        return scores @ weights.T  # one matrix product for the whole sweep
    columns = [aggregate(scores, w)[0] for w in weights]
    return np.column_stack(columns)


def _wsm_changes(
    scores: np.ndarray, current: np.ndarray, k: int, tie_place: np.ndarray, ids: np.ndarray
) -> tuple[LeaderChange, ...]:
    """Breakpoints of the upper envelope of the lines overall_i(t) = a_i + b_i·t on [0, 1]."""
    ends = path_weights(current, k, np.array([0.0, 1.0]))
    a = scores @ ends[0]
    b = scores @ ends[1] - a
    t = 0.0
    top = leader(a, tie_place)
    changes: list[LeaderChange] = []
    while True:
        # Projects gaining on the leader cross it where a_j + b_j t = a_L + b_L t.
        gaining = b > b[top] + 1e-15
        if not gaining.any():
            break
        crossing = np.full(len(a), np.inf)
        crossing[gaining] = (a[top] - a[gaining]) / (b[gaining] - b[top])
        crossing[crossing < t - 1e-12] = np.inf
        nearest = crossing.min()
        if not nearest <= 1.0:
            break
        t_next = max(nearest, t)
        if t_next >= 1.0 - 1e-12:
            # A crossing at the very end has no "after": the tie rule at weight 1 decides who leads there.
            new_top = leader(a + b, tie_place)
            if new_top == top:
                break
        else:
            # Just past the crossing the steepest of the crossing projects leads (ties by the tie rule).
            candidates = np.flatnonzero(np.isclose(crossing, nearest, rtol=0, atol=1e-12))
            slope = b[candidates]
            steepest = candidates[np.isclose(slope, slope.max(), rtol=0, atol=1e-12)]
            new_top = int(steepest[np.argmin(tie_place[steepest])])
        changes.append(LeaderChange(float(t_next), str(ids[top]), str(ids[new_top])))
        top, t = new_top, t_next
    return tuple(changes)


def _topsis_changes(  # noqa: PLR0917 — the sweep's private helper, called once
    scores: np.ndarray, current: np.ndarray, k: int, tie_place: np.ndarray, ids: np.ndarray, aggregate: Aggregation
) -> tuple[LeaderChange, ...]:
    """Leader changes found on a fine grid, each refined by bisection (TOPSIS is not linear in the weights)."""
    grid = np.linspace(0.0, 1.0, TOPSIS_DETECTION_STEPS)

    def top_at(t: float) -> int:
        w = path_weights(current, k, np.array([t]))[0]
        return leader(aggregate(scores, w)[0], tie_place)

    tops = [top_at(t) for t in grid]
    changes: list[LeaderChange] = []
    for step in range(1, len(grid)):
        holder, start, end = tops[step - 1], grid[step - 1], grid[step]
        # Several changes can hide in one grid cell: find the first, continue from just past it, until the
        # leader is the one at the cell's end.
        for _ in range(len(scores)):
            if top_at(end) == holder:
                break
            low, high = start, end
            for _ in range(BISECTION_ROUNDS):
                middle = (low + high) / 2
                if top_at(middle) == holder:
                    low = middle
                else:
                    high = middle
            after = top_at(high)
            changes.append(LeaderChange(float(high), str(ids[holder]), str(ids[after])))
            holder, start = after, high
    return tuple(changes)


# ------------------------------------------------------------------------------------------ winner stability


def winner_stability(ranking: Ranking) -> WinnerStability:
    """Exact smallest L1 move of the weights (on the simplex) that lets another project take rank 1 (WSM).

    For a challenger j with score difference d = S_j − S_winner, the winner keeps rank 1 while d·w < 0. Moving
    weight δ from criterion a to criterion b costs 2δ in L1 and gains δ(d_b − d_a), so the cheapest move pours
    weight into the criterion where j is strongest, taking first from where j is weakest: a fractional knapsack,
    optimal for this linear programme. The margin is the minimum over challengers; the rank-1 region is the
    intersection of these half-spaces, so its nearest boundary is the nearest of theirs.
    """
    cost_weight, risk_weight, coverage_weight = (float(w) for w in ranking.weights)
    weights = (cost_weight, risk_weight, coverage_weight)
    method = ranking.parameters.method
    table = ranking.table
    if len(table) == 0:
        return WinnerStability(
            method, False, None, None, None, weights, None, translate("Stability", "No project is ranked.")
        )
    winner = str(table["project_id"].iat[0])
    if method != "wsm":
        sentence = translate(
            "Stability",
            "The exact stability margin is defined for the weighted sum; switch the method to WSM to see it.",
        )
        return WinnerStability(method, False, winner, None, None, weights, None, sentence)
    if len(table) == 1:
        return WinnerStability(
            method, True, winner, None, None, weights, None, translate("Stability", "Only one project is ranked.")
        )
    scores = sub_scores(ranking)
    w0 = np.asarray(weights)
    d = scores[1:] - scores[0]  # challengers, in rank order
    tie_place = _tie_order(ranking)
    wins_ties = tie_place[1:] < tie_place[0]  # a challenger that wins the tie-break needs only to draw level
    cost, tipping = _cheapest_moves(d, w0, wins_ties)
    best = int(np.argmin(cost))
    if not np.isfinite(cost[best]):
        sentence = translate(
            "Stability", "Rank 1 ({winner}) holds for every choice of weights: no other project can overtake it."
        ).format(winner=table["name"].iat[0])
        return WinnerStability(method, True, winner, None, None, weights, None, sentence)
    runner = str(table["project_id"].iat[best + 1])
    tip = (float(tipping[best][0]), float(tipping[best][1]), float(tipping[best][2]))
    sentence = _stability_sentence(table, best + 1, float(cost[best]), w0, np.asarray(tip))
    return WinnerStability(method, True, winner, runner, float(cost[best]), weights, tip, sentence)


def _cheapest_moves(d: np.ndarray, w0: np.ndarray, wins_ties: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per challenger (row of ``d``): minimal L1 cost to overtake (d·w > 0, or d·w ≥ 0 for one that wins ties) on
    the simplex, and the weights at the boundary (the infimum, where the two draw level)."""
    n = len(d)
    need = -(d @ w0)  # gain required (≤ 0 means already level)
    target = np.argmax(d, axis=1)
    d_target = d[np.arange(n), target]
    cost = np.zeros(n)
    tipping = np.tile(w0, (n, 1))
    remaining = np.maximum(need, 0.0)
    # Sources in order of increasing d (j's weakest criterion first), never the target itself.
    order = np.argsort(d, axis=1, kind="stable")
    for step in range(3):
        source = order[:, step]
        rate = d_target - d[np.arange(n), source]
        usable = (source != target) & (rate > 0) & (remaining > 0)
        available = w0[source]
        move = np.where(usable, np.minimum(available, remaining / np.where(rate > 0, rate, 1.0)), 0.0)
        tipping[np.arange(n), source] -= move
        tipping[np.arange(n), target] += move
        remaining = remaining - move * np.where(usable, rate, 0.0)
        cost += 2.0 * move
    # Overtaking needs some weights with d·w > 0, i.e. max d > 0; drawing level (max d = 0) is enough only for a
    # challenger that wins the tie-break.
    cannot_overtake = (d_target < 0) | ((d_target <= 0) & ~wins_ties)
    unreachable = (remaining > 1e-12) | cannot_overtake
    cost[unreachable] = np.inf
    return cost, tipping


def _stability_sentence(table, runner_row: int, margin: float, w0: np.ndarray, tip: np.ndarray) -> str:
    winner = table["name"].iat[0]
    runner = table["name"].iat[runner_row]
    if margin <= 1e-12:
        return translate(
            "Stability", "Rank 1 ({winner}) is tied with {runner}; the tie-break (LCOP, then ID) decides."
        ).format(winner=winner, runner=runner)
    rises = {
        "cost": translate("Stability", "cost weight rises above {weight}"),
        "risk": translate("Stability", "risk weight rises above {weight}"),
        "coverage": translate("Stability", "coverage weight rises above {weight}"),
    }
    drops = {
        "cost": translate("Stability", "cost weight drops below {weight}"),
        "risk": translate("Stability", "risk weight drops below {weight}"),
        "coverage": translate("Stability", "coverage weight drops below {weight}"),
    }
    moves = [
        (rises if tip[k] > w0[k] else drops)[criterion].format(weight=f"{tip[k]:.1%}")
        for k, criterion in enumerate(CRITERIA)
        if abs(tip[k] - w0[k]) > 5e-4
    ]
    return translate(
        "Stability",
        "Rank 1 ({winner}) holds unless the weights move by {margin} in total (L1, {shifted} of weight shifted): "
        "if {moves}, {runner} takes rank 1.",
    ).format(
        winner=winner,
        margin=f"{margin:.3f}",
        shifted=f"{margin / 2:.1%}",
        moves=translate("Stability", " and ").join(moves),
        runner=runner,
    )
