"""Element coverage (METHOD.md §2.3): expected tonnes against the allied supply gap, or v1's share of elements.

``gap_coverage_score`` is version 2's default (``coverage_basis = gap``); ``coverage_score`` is version 1's binary
share (``coverage_basis = binary``), kept for the ``v1`` preset.
"""

from __future__ import annotations

import numpy as np


def coverage_score(covered: np.ndarray, criticality: np.ndarray) -> np.ndarray:
    """``100·Σ c_e·covered_e / Σ c_e``; if every weight is zero, coverage carries no information and scores 0."""
    with np.errstate(over="ignore"):  # an overflow is handled below
        total = float(np.sum(criticality))
    if total <= 0:
        return np.zeros(covered.shape[0])
    if not np.isfinite(total):  # weights of 1e308 overflow the sum: they are relative, so scale first (9.13)
        criticality = criticality / np.max(criticality)
        total = float(np.sum(criticality))
    return 100.0 * (covered.astype(float) @ criticality) / total


def gap_coverage_score(
    expected: np.ndarray, gap: np.ndarray, criticality: np.ndarray, gap_share_full: float
) -> np.ndarray:
    """``100·Σ_{e: g>0} c_e·min(1, E_e/(γ·g_e)) / Σ_{e: g>0} c_e`` per project, γ = ``gap_share_full``.

    ``gap`` is each project's row of gaps at its own chain stage. An element in surplus there (g ≤ 0) carries no
    coverage value; a project with no element in deficit, or whose deficit elements all weigh zero, scores 0. A
    project that alone closes γ of an element's gap earns that element's full weight.
    """
    short = gap > 0
    with np.errstate(over="ignore"):
        if not np.isfinite(np.sum(criticality)):  # weights of 1e308 overflow the sum: relative, so scale first
            criticality = criticality / np.max(criticality)
    weights = np.where(short, criticality[None, :], 0.0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # a tiny gap: E/(γg) = ∞, capped at 1
        closed = np.where(short, np.minimum(1.0, expected / (gap_share_full * np.where(short, gap, 1.0))), 0.0)
    total = weights.sum(axis=1)
    return np.divide(100.0 * (weights * closed).sum(axis=1), total, out=np.zeros(len(total)), where=total > 0)
