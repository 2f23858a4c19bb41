"""Cost against value (METHOD.md v2 §2.1): what a kilogram of a plant's output is worth, and what it costs to add.

Version 1 compared USD per kg of REO across unlike products: a magnet plant's kilogram and a cracking plant's
kilogram are not the same good. Version 2 prices each project's own basket of elements, values its output and its
feed by their form, and scores the ratio of the levelised cost to the value the plant adds. Each quantity is one
small vectorised function over projects, named by the symbol METHOD.md gives it:

- element tonnages ``t_e`` (given, or the flagged elements sharing what is left by typical shares);
- basket price ``P = Σ_e s_e·price_e``;
- ``V_out = P·f(output_form)``, ``V_in = P·f(input_form)``, value added ``VA = V_out − V_in``;
- margin ``m = VA − LCOP``, ``NPV = m·Q/(CRF·1e6)``, the IRR ρ of ``(VA − opex)·Q·annuity(ρ, n) = capex·1e6``;
- cost-to-value ratio ``k = LCOP/VA`` and ``cost_score = 100·clip((k_hi − k)/(k_hi − k_lo), 0, 1)``.

None of them looks at another project: the scores are absolute (METHOD.md §2, first paragraph).
"""

from __future__ import annotations

import numpy as np

#: Bisection steps for the IRR: the bracket (−1, 1000) shrinks 2^-56-fold, to 1.4e-14 (a rate to 12 decimals).
_IRR_STEPS = 56
_IRR_LOW, _IRR_HIGH = -1.0 + 1e-12, 1000.0


def element_tonnes(
    capacity_tpa: np.ndarray, given: np.ndarray, flagged: np.ndarray, typical_share: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``t_e`` in t/y REO (projects × elements) and which projects had some estimated.

    ``given`` holds the tonnages written in element columns (NaN where none was written); ``flagged`` marks the
    elements produced without a tonnage. The flagged elements share what the given ones leave of the capacity,
    ``(capacity − Σ given)·typical_share_e / Σ_flagged typical_share`` (never below zero: the validator warns when
    the given tonnages exceed the capacity). A project whose flagged elements all have a zero typical share (only
    Pm, say) gets no estimated tonnes: nothing says how much.
    """
    known = np.nan_to_num(given, nan=0.0)
    estimate = flagged & np.isnan(given)
    left = np.maximum(capacity_tpa - known.sum(axis=1), 0.0)
    weights = np.where(estimate, typical_share[None, :], 0.0)
    total = weights.sum(axis=1)
    per_weight = np.divide(left, total, out=np.zeros_like(left), where=total > 0)
    tonnes = known + weights * per_weight[:, None]
    return tonnes, estimate.any(axis=1)


def element_shares(tonnes: np.ndarray, capacity_tpa: np.ndarray) -> np.ndarray:
    """``s_e = t_e / capacity`` (a remainder not itemised is unpriced); 0 for a project without capacity."""
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = tonnes / capacity_tpa[:, None]
    return np.where(capacity_tpa[:, None] > 0, shares, 0.0)


def basket_price(shares: np.ndarray, price_usd_per_kg: np.ndarray) -> np.ndarray:
    """``P = Σ_e s_e·price_e`` in USD per kg REO; an element without a price (Pm) adds nothing."""
    return shares @ np.nan_to_num(price_usd_per_kg, nan=0.0)


def value_added(basket: np.ndarray, output_factor: np.ndarray, input_factor: np.ndarray) -> np.ndarray:
    """``VA = P·f(output_form) − P·f(input_form)``, USD per kg REO."""
    return basket * (output_factor - input_factor)


def npv_musd(margin_usd_per_kg: np.ndarray, produced_kg: np.ndarray, crf: float) -> np.ndarray:
    """``NPV = m·Q / (CRF·1e6)``: the margin earned every year for n years, discounted at r (1/CRF is the annuity
    factor), in USD million."""
    return margin_usd_per_kg * produced_kg / (crf * 1e6)


def _annuity(rate: np.ndarray, years: int) -> np.ndarray:
    """``(1 − (1+ρ)^−n)/ρ``, written with expm1/log1p so it is exact near ρ = 0 (where it tends to n)."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        factor = -np.expm1(-years * np.log1p(rate)) / rate
    return np.where(np.abs(rate) < 1e-12, float(years), factor)


def internal_rate_of_return(
    value_added_usd_per_kg: np.ndarray,
    opex_usd_per_kg: np.ndarray,
    produced_kg: np.ndarray,
    capex_musd: np.ndarray,
    years: int,
) -> np.ndarray:
    """The rate ρ at which ``(VA − opex)·Q·annuity(ρ, n) = capex·1e6``, by bisection over all projects at once.

    The annuity factor falls strictly from +∞ (ρ → −1) to 0, so the root is unique; it is negative when the
    undiscounted cash ``n·(VA − opex)·Q`` never repays the capex. NaN (no IRR) where VA ≤ opex: the plant never
    earns cash. A root above 1000 (a capex near nothing) is reported as 1000.
    """
    cash = (value_added_usd_per_kg - opex_usd_per_kg) * produced_kg
    earns = cash > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        target = np.where(earns, capex_musd * 1e6 / np.where(earns, cash, 1.0), 1.0)
    low = np.full(cash.shape, _IRR_LOW)
    high = np.full(cash.shape, _IRR_HIGH)
    for _ in range(_IRR_STEPS):
        middle = 0.5 * (low + high)
        too_low = _annuity(middle, years) > target  # the annuity is still too large: the rate must rise
        low = np.where(too_low, middle, low)
        high = np.where(too_low, high, middle)
    return np.where(earns, 0.5 * (low + high), np.nan)


def cost_to_value(lcop_usd_per_kg: np.ndarray, value_added_usd_per_kg: np.ndarray) -> np.ndarray:
    """``k = LCOP / VA``: dollars of cost per dollar of value added; +∞ where the plant adds no value (VA ≤ 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = lcop_usd_per_kg / value_added_usd_per_kg
    return np.where(value_added_usd_per_kg > 0, ratio, np.inf)


def value_cost_score(k: np.ndarray, k_lo: float, k_hi: float) -> np.ndarray:
    """``100·clip((k_hi − k)/(k_hi − k_lo), 0, 1)``: 100 at or below k_lo, 0 at or beyond k_hi (and for k = ∞)."""
    with np.errstate(invalid="ignore"):
        scaled = (k_hi - k) / (k_hi - k_lo)
    return 100.0 * np.clip(np.nan_to_num(scaled, nan=0.0, neginf=0.0), 0.0, 1.0)
