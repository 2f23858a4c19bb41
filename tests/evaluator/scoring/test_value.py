"""Cost against value (METHOD.md v2 §2.1), each quantity against a hand-worked or independently computed value."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.lcop import capital_recovery_factor, lcop
from evaluator.scoring.value import (
    basket_price,
    cost_to_value,
    element_shares,
    element_tonnes,
    internal_rate_of_return,
    npv_musd,
    value_added,
    value_cost_score,
)

ND, PR, DY, PM = (SYMBOLS.index(s) for s in ("Nd", "Pr", "Dy", "Pm"))


def _row(**values: float) -> np.ndarray:
    row = np.full(len(SYMBOLS), np.nan)
    for symbol, value in values.items():
        row[SYMBOLS.index(symbol)] = value
    return row


def test_flagged_elements_share_what_the_given_tonnages_leave_by_typical_share() -> None:
    typical = np.zeros(len(SYMBOLS))
    typical[[ND, PR, DY]] = (0.15, 0.05, 0.01)
    given = np.vstack([_row(Nd=200.0), _row(Nd=600.0, Pr=400.0)])
    flagged = np.zeros_like(given, dtype=bool)
    flagged[0, [PR, DY]] = True
    tonnes, estimated = element_tonnes(np.array([1000.0, 1000.0]), given, flagged, typical)
    # 1000 − 200 = 800 t left; Pr takes 0.05/0.06 of it, Dy 0.01/0.06.
    assert tonnes[0, [ND, PR, DY]] == pytest.approx([200.0, 800 * 5 / 6, 800 / 6])
    assert tonnes[1, [ND, PR]] == pytest.approx([600.0, 400.0])
    assert list(estimated) == [True, False]
    assert tonnes.sum(axis=1) == pytest.approx([1000.0, 1000.0])


def test_a_flagged_element_without_a_typical_share_gets_no_tonnes() -> None:
    flagged = np.zeros((1, len(SYMBOLS)), dtype=bool)
    flagged[0, PM] = True
    tonnes, estimated = element_tonnes(np.array([100.0]), np.full((1, len(SYMBOLS)), np.nan), flagged,
                                       np.zeros(len(SYMBOLS)))  # fmt: skip
    assert tonnes.sum() == 0.0
    assert bool(estimated[0])


def test_given_tonnages_above_capacity_leave_nothing_to_share() -> None:
    typical = np.full(len(SYMBOLS), 0.1)
    flagged = np.zeros((1, len(SYMBOLS)), dtype=bool)
    flagged[0, DY] = True
    tonnes, _ = element_tonnes(np.array([100.0]), _row(Nd=120.0)[None, :], flagged, typical)
    assert tonnes[0, DY] == 0.0
    assert tonnes[0, ND] == 120.0


def test_basket_price_weights_each_price_by_the_elements_share() -> None:
    tonnes = np.nan_to_num(_row(Nd=200.0, Pr=50.0, Pm=10.0))[None, :]
    shares = element_shares(tonnes, np.array([1000.0]))
    prices = np.full(len(SYMBOLS), 1.0)
    prices[[ND, PR, PM]] = (60.0, 80.0, np.nan)
    # 0.2 × 60 + 0.05 × 80 = 16; Pm has no price and adds nothing.
    assert basket_price(shares, prices) == pytest.approx([16.0])


def test_value_added_is_the_basket_times_the_difference_of_the_form_factors() -> None:
    # A separation plant (concentrate 0.30 → oxide 1.00) on a USD 50/kg basket adds 35 USD/kg; a magnet plant
    # (alloy 1.15 → magnet 3.20) on the same basket adds 102.5.
    assert value_added(np.array([50.0, 50.0]), np.array([1.0, 3.2]), np.array([0.3, 1.15])) == pytest.approx(
        [35.0, 102.5]
    )


def test_npv_equals_the_explicit_discounted_cash_flow_sum() -> None:
    rate, years = 0.08, 20
    crf = capital_recovery_factor(rate, years)
    capex, capacity, opex, va, u = 300.0, 2000.0, 12.0, 45.0, 0.85
    produced = capacity * 1000 * u
    cost = lcop(np.array([capex]), np.array([capacity]), np.array([opex]), crf, u)
    npv = npv_musd(np.array([va]) - cost, np.array([produced]), crf)
    explicit = -capex + sum((va - opex) * produced / 1e6 / (1 + rate) ** t for t in range(1, years + 1))
    assert npv == pytest.approx([explicit], rel=1e-12)


def _dcf(rate: float, cash_musd: float, capex_musd: float, years: int) -> float:
    return sum(cash_musd / (1 + rate) ** t for t in range(1, years + 1)) - capex_musd


def _bisect(cash_musd: float, capex_musd: float, years: int) -> float:
    """An independent IRR: plain bisection of the explicit DCF sum, one project at a time."""
    low, high = -0.99, 10.0
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if _dcf(middle, cash_musd, capex_musd, years) > 0 else (low, middle)
    return (low + high) / 2


def test_irr_matches_a_bisection_of_the_cash_flows_and_may_be_negative() -> None:
    produced = np.array([1e6, 1e6, 1e6, 1e6])
    va = np.array([60.0, 20.0, 10.0, 10.0])
    opex = np.array([10.0, 16.0, 10.0, 12.0])
    capex = np.array([200.0, 100.0, 50.0, 50.0])
    irr = internal_rate_of_return(va, opex, produced, capex, 20)
    # 50 M/y for 200 M: about 24.7 %; 4 M/y for 100 M never repays (80 M undiscounted): negative.
    assert irr[0] == pytest.approx(_bisect(50.0, 200.0, 20), abs=1e-9)
    assert irr[1] == pytest.approx(_bisect(4.0, 100.0, 20), abs=1e-9)
    assert irr[1] < 0
    assert math.isnan(irr[2])  # VA = opex: no cash, no IRR
    assert math.isnan(irr[3])


@settings(max_examples=200, deadline=None)
@given(
    va=st.floats(1.0, 500.0),
    opex=st.floats(0.0, 400.0),
    capex=st.floats(1.0, 5000.0),
    capacity=st.floats(10.0, 50_000.0),
    rate=st.floats(0.001, 0.3),
    years=st.integers(1, 60),
)
def test_irr_is_above_the_discount_rate_exactly_when_npv_is_positive(va, opex, capex, capacity, rate, years) -> None:
    crf = capital_recovery_factor(rate, years)
    produced = np.array([capacity * 1000 * 0.85])
    cost = lcop(np.array([capex]), np.array([capacity]), np.array([opex]), crf, 0.85)
    npv = float(npv_musd(np.array([va]) - cost, produced, crf)[0])
    irr = float(internal_rate_of_return(np.array([va]), np.array([opex]), produced, np.array([capex]), years)[0])
    if va <= opex:
        assert math.isnan(irr)
    elif abs(npv) > 1e-6 * capex:  # away from the knife edge, where rounding decides
        assert (irr > rate) == (npv > 0)


def test_cost_to_value_and_its_score_at_and_beyond_both_anchors() -> None:
    lcop_usd = np.array([30.0, 20.0, 10.0, 60.0, 90.0, 30.0, 30.0])
    va = np.array([40.0, 40.0, 40.0, 40.0, 40.0, 0.0, -5.0])
    k = cost_to_value(lcop_usd, va)
    assert k[:5] == pytest.approx([0.75, 0.5, 0.25, 1.5, 2.25])
    assert np.isinf(k[5:]).all(), "no value added: k = ∞"
    score = value_cost_score(k, 0.5, 1.5)
    # k = 0.75 → 100·(1.5 − 0.75)/(1.5 − 0.5) = 75; at k_lo and below 100; at k_hi, beyond, and ∞: 0.
    assert score == pytest.approx([75.0, 100.0, 100.0, 0.0, 0.0, 0.0, 0.0])
