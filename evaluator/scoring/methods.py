"""Aggregation methods: weighted sum and TOPSIS (observed or fixed references) over the sub-scores (METHOD.md §3).

Each takes ``scores`` (projects × criteria, each 0–100, higher is better) and normalised ``weights`` and returns
``(overall, contributions)``: the overall score 0–100 and what each criterion contributed to it, so that a view or
an export can explain a rank without recomputing anything.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from evaluator.scoring.normalise import vector_normalise


def wsm(scores: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted sum: ``overall = Σ_k w_k·score_k``; contribution k is ``w_k·score_k`` (they add up to overall)."""
    contributions = scores * weights
    return contributions.sum(axis=1), contributions


def topsis(scores: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """TOPSIS closeness ×100 with vector normalisation, ideal = column max, anti-ideal = column min.

    ``overall = 100·d⁻/(d⁺ + d⁻)``. When every project is identical on the weighted criteria (d⁺ = d⁻ = 0) all
    score 100, matching min–max's "all equal → 100". Contributions split ``overall`` in proportion to each
    criterion's share of d⁻²: how far that criterion pulls the project away from the anti-ideal.
    """
    if scores.shape[0] == 0:
        return np.zeros(0), np.zeros((0, scores.shape[1]))
    weighted = vector_normalise(scores) * weights
    ideal = weighted.max(axis=0)
    anti = weighted.min(axis=0)
    gap_worst = (weighted - anti) ** 2
    d_plus = np.sqrt(((weighted - ideal) ** 2).sum(axis=1))
    d_minus_sq = gap_worst.sum(axis=1)
    d_minus = np.sqrt(d_minus_sq)
    total = d_plus + d_minus
    overall = np.where(total > 0, 100.0 * d_minus / np.where(total > 0, total, 1.0), 100.0)
    share = np.divide(gap_worst, d_minus_sq[:, None], out=np.zeros_like(gap_worst), where=d_minus_sq[:, None] > 0)
    contributions = share * overall[:, None]
    identical = total == 0
    if identical.any():
        contributions[identical] = 100.0 * weights / weights.sum()
    return overall, contributions


def topsis_fixed(scores: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """TOPSIS closeness ×100 against fixed references (METHOD.md v2 §3, ``topsis_reference = fixed``).

    The ideal is 100 and the anti-ideal 0 on every sub-score, so a project's overall score depends on its own
    sub-scores only (adding a project never moves another's): ``d⁺ = √Σ w_k²(100 − x_k)²``, ``d⁻ = √Σ w_k² x_k²``,
    ``overall = 100·d⁻/(d⁺ + d⁻)``. Contributions split ``overall`` in proportion to each criterion's share of d⁻²,
    as :func:`topsis` does.
    """
    if scores.shape[0] == 0:
        return np.zeros(0), np.zeros((0, scores.shape[1]))
    toward_worst = (weights * scores) ** 2
    d_minus_sq = toward_worst.sum(axis=1)
    d_minus = np.sqrt(d_minus_sq)
    d_plus = np.sqrt(((weights * (100.0 - scores)) ** 2).sum(axis=1))
    total = d_plus + d_minus
    overall = np.divide(100.0 * d_minus, total, out=np.zeros_like(total), where=total > 0)
    share = np.divide(toward_worst, d_minus_sq[:, None], out=np.zeros_like(toward_worst), where=d_minus_sq[:, None] > 0)
    return overall, share * overall[:, None]


METHODS = {"wsm": wsm, "topsis": topsis}
#: TOPSIS by its reference points (``topsis_reference``): the observed column max/min (v1) or fixed 100/0 (v2).
TOPSIS_VARIANTS = {"observed": topsis, "fixed": topsis_fixed}


#: ``(scores, weights) → (overall, contributions)``.
Aggregation = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


def aggregation(method: str, topsis_reference: str = "fixed") -> Aggregation:
    """The aggregation a ranking uses: WSM, or TOPSIS against its ``topsis_reference`` (METHOD.md v2 §3). Every
    caller that re-aggregates sub-scores (the sweep, its exact leader changes) takes it from here."""
    return TOPSIS_VARIANTS[topsis_reference] if method == "topsis" else METHODS[method]
