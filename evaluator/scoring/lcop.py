"""Levelised cost of production (METHOD.md §2, Cost).

``CRF = r(1+r)^n / ((1+r)^n − 1)`` annualises capex; ``LCOP = capex·1e6·CRF / (capacity·1000·u) + opex`` in USD per
kg REO. Vectorised over projects.
"""

from __future__ import annotations

import math

import numpy as np


def capital_recovery_factor(rate: float, years: int) -> float:
    """CRF for real discount rate ``rate`` and life ``years``; at a zero rate the limit 1/n (straight-line)."""
    if years < 1:
        raise ValueError("years must be at least 1")
    if rate == 0:
        return 1.0 / years
    # r(1+r)^n/((1+r)^n − 1) = r / (1 − (1+r)^−n), with the denominator as −expm1(−n·log1p(r)): exact down to the
    # smallest rates, where (1 + r)^n − 1 rounded to 0 and divided by it (issue 9.8); it tends to 1/n.
    return rate / -math.expm1(-years * math.log1p(rate))


def capital_charge(capex_musd: np.ndarray, capacity_tpa: np.ndarray, crf: float, utilisation: float) -> np.ndarray:
    """Annualised capex per kg actually produced: ``capex·1e6·CRF / (capacity·1000·u)`` in USD/kg.

    Absurd inputs (capex 1e308) overflow to infinity quietly; the cost normalisation scores them 0.
    """
    with np.errstate(over="ignore", divide="ignore"):
        return capex_musd * 1e6 * crf / (capacity_tpa * 1000.0 * utilisation)


def lcop(
    capex_musd: np.ndarray, capacity_tpa: np.ndarray, opex_usd_per_kg: np.ndarray, crf: float, utilisation: float
) -> np.ndarray:
    """LCOP in USD per kg REO."""
    return capital_charge(capex_musd, capacity_tpa, crf, utilisation) + opex_usd_per_kg
