"""The cost–risk Pareto front: projects no other project beats on both LCOP and project risk (METHOD.md §2).

A weighted score hides trade-offs behind the weights; the front shows them without any weight at all, which is why
the cost–risk chart draws it next to the bubbles.
"""

from __future__ import annotations

import numpy as np


def pareto_front(cost: np.ndarray, risk: np.ndarray) -> np.ndarray:
    """Bool mask of the non-dominated points when minimising both ``cost`` and ``risk``.

    Point j dominates point i when ``cost_j <= cost_i`` and ``risk_j <= risk_i`` with at least one strict. So
    ties are kept, not broken arbitrarily: identical points are all on the front (neither is better), and of
    points with equal cost only the least risky ones are (and vice versa). NaN in either value takes a point
    off the front and out of the comparison (an unknown cost or risk proves nothing); ±inf compares as a number.

    O(n log n): sort by cost then risk; a point is on the front when it is the least risky of its cost group and
    strictly less risky than every cheaper point (the running minimum of risk before its group).
    """
    cost = np.asarray(cost, dtype=float)
    risk = np.asarray(risk, dtype=float)
    if cost.shape != risk.shape or cost.ndim != 1:
        raise ValueError("cost and risk must be 1-D arrays of the same length")
    mask = np.zeros(cost.shape, dtype=bool)
    known = np.flatnonzero(~(np.isnan(cost) | np.isnan(risk)))
    if known.size == 0:
        return mask
    order = known[np.lexsort((risk[known], cost[known]))]
    c, r = cost[order], risk[order]
    group_start = np.r_[True, c[1:] != c[:-1]]
    first = np.maximum.accumulate(np.where(group_start, np.arange(c.size), 0))
    best_before = np.r_[np.inf, np.minimum.accumulate(r)[:-1]]
    cheapest = first == 0  # nothing is cheaper, even when its risk is +inf
    mask[order] = (r == r[first]) & (cheapest | (r < best_before[first]))
    return mask
