"""Issue 9.8: a tiny but valid discount rate crashed scoring (ZeroDivisionError in the capital recovery factor)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import Parameters
from evaluator.scoring.lcop import capital_recovery_factor
from evaluator.scoring.ranking import score
from tests.evaluator.helpers import HEADER, rows, write_xlsx


@pytest.mark.parametrize("rate", [1e-300, 1e-20, 1e-17, 1e-16, 2e-16, 1e-12])
def test_tiny_rates_give_the_straight_line_limit(rate) -> None:
    # CRF = 1/n + r(n + 1)/(2n) + O(r²) for small r: n = 20 → 0.05 + 0.525 r
    assert capital_recovery_factor(rate, 20) == pytest.approx(0.05 + 0.525 * rate, rel=1e-12)


@given(st.floats(min_value=1e-6, max_value=0.9), st.integers(min_value=1, max_value=200))
def test_the_crf_matches_the_textbook_formula_where_that_is_exact(rate, years) -> None:
    growth = (1.0 + rate) ** years
    assert capital_recovery_factor(rate, years) == pytest.approx(rate * growth / (growth - 1.0), rel=1e-9)


@given(st.floats(min_value=0.0, max_value=1e-3), st.floats(min_value=0.0, max_value=1e-3))
def test_the_crf_never_falls_as_the_rate_rises(a, b) -> None:
    low, high = sorted((a, b))
    assert capital_recovery_factor(low, 20) <= capital_recovery_factor(high, 20) * (1 + 1e-15)
    assert math.isfinite(capital_recovery_factor(low, 20))


def test_scoring_at_a_tiny_rate_works(tmp_path) -> None:
    dataset = load_workbook(write_xlsx(tmp_path, HEADER, rows("A", "B")))
    ranking = score(dataset, Parameters(discount_rate=1e-17))
    assert len(ranking) == 2
    assert ranking.table["lcop_usd_per_kg"].notna().all()
