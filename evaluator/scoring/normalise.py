"""Normalisations that turn a raw criterion into a 0–100 score, higher is better (METHOD.md §2–3).

Small pure functions over arrays, in the style of scikit-criteria / pymcdm, so each is testable on its own.
"""

from __future__ import annotations

import numpy as np

#: Relative spread below which values count as equal: LCOPs equal by hand can differ in the last bits of a float.
EQUAL_TOLERANCE = 1e-9


def minmax_cost(values: np.ndarray) -> np.ndarray:
    """``100·(max − x)/(max − min)`` for a lower-is-better criterion; all values equal (or one project) → 100.

    A non-finite value (an LCOP that overflowed on absurd inputs) scores 0 and is left out of min and max, so one
    broken row cannot flatten everyone else's scores. The ratio is taken before scaling by 100 so it cannot overflow.
    """
    values = np.asarray(values, dtype=float)
    scores = np.zeros(values.shape)
    finite = np.isfinite(values)
    if not finite.any():
        return scores if values.size else values.copy()
    low, high = float(np.min(values[finite])), float(np.max(values[finite]))
    if high - low <= EQUAL_TOLERANCE * max(1.0, abs(high)):
        scores[finite] = 100.0
        return scores
    scores[finite] = (high - values[finite]) / (high - low) * 100.0
    return scores


def absolute_cost(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """``100·clip((hi − x)/(hi − lo), 0, 1)``: a fixed scale, so a score does not depend on the other projects."""
    return 100.0 * np.clip((hi - values) / (hi - lo), 0.0, 1.0)


def vector_normalise(matrix: np.ndarray) -> np.ndarray:
    """Each column divided by its Euclidean norm (TOPSIS); an all-zero column stays zero."""
    norms = np.sqrt(np.sum(matrix * matrix, axis=0))
    safe = np.where(norms > 0, norms, 1.0)
    return matrix / safe
