"""Element coverage (METHOD.md §2): criticality-weighted share of the 17 elements a project produces."""

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
