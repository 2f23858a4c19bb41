"""One range per numeric parameter (issue 10.5): the core checks it, and a control never offers a value it refuses."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest

from evaluator.model.parameter_ranges import NumberRange
from evaluator.model.parameters import FRACTIONS, NUMBER_RANGES, ParameterError, Parameters, parse_setting


def _as_parameter(name: str, shown: float) -> float | int | None:
    """What a control holding ``shown`` sets the parameter to (percent shown ×100; 0 = off for the two limits)."""
    spec = NUMBER_RANGES[name]
    if name in ("portfolio_max_projects", "portfolio_per_country") and shown == 0:
        return None
    if spec.whole:
        return int(shown)
    return shown / 100.0 if spec.percent else shown


#: A pair checked as lo < hi: the partner set out of the way, so each end is tried alone.
_PARTNER: dict[str, dict[str, float]] = {
    "lcop_lo": {"lcop_hi": 10_001.0},
    "lcop_hi": {"lcop_lo": 0.0},
    "k_lo": {"k_hi": 100.0},
    "k_hi": {"k_lo": 0.0},
}


@pytest.mark.parametrize("name", list(NUMBER_RANGES))
def test_every_end_a_control_offers_is_a_value_the_core_accepts(name: str) -> None:
    low, high = NUMBER_RANGES[name].control_limits()
    assert low < high
    for shown in (low, high):
        value = _as_parameter(name, shown)
        other = _PARTNER.get(name, {})
        Parameters(**other).replace(**{name: value})  # raises if the window offered what the core refuses


def test_the_discount_rate_stops_below_100_percent_like_the_core_and_the_life_at_200_years() -> None:
    # The window used to stop at 50 % while the core allowed [0, 1), and at 100 years while the core allowed 200.
    assert NUMBER_RANGES["discount_rate"].control_limits() == (0.0, 99.9)
    assert NUMBER_RANGES["utilisation"].control_limits() == (1.0, 100.0)  # (0, 1] at whole percent
    assert NUMBER_RANGES["life_years"].control_limits() == (1, 200)
    Parameters(discount_rate=0.999)
    with pytest.raises(ParameterError, match=re.escape("discount_rate must be at least 0 and below 1, not 1.0")):
        Parameters(discount_rate=1.0)
    with pytest.raises(ParameterError, match="life_years must be a whole number from 1 to 200, not 201"):
        Parameters(life_years=201)


@pytest.mark.parametrize("name", [n for n, spec in NUMBER_RANGES.items() if not spec.unbounded])
def test_just_outside_each_range_is_refused_with_the_parameters_name(name: str) -> None:
    spec = NUMBER_RANGES[name]
    if spec.whole:
        outside = [int(spec.low) - 1, int(spec.high) + 1]
    else:
        outside = [spec.low if spec.lower_open else spec.low - 0.5]
        if math.isfinite(spec.high):
            outside.append(spec.high if spec.upper_open else spec.high * 1.5 + 1)
    for value in outside:
        with pytest.raises(ParameterError, match=name):
            Parameters().replace(**{name: value})


def test_fractions_are_the_percent_parameters_and_read_percentages() -> None:
    assert {
        "discount_rate", "utilisation", "alignment_discount", "site_share", "magnet_reo_share", "intermediate_credit",
        "gap_share_full",
    } == FRACTIONS  # fmt: skip
    for name in FRACTIONS:
        assert parse_setting(name, "8 %") == (name, pytest.approx(0.08))


def test_open_ends_move_in_by_one_shown_step_and_an_unbounded_control_needs_a_cap() -> None:
    assert NumberRange(0.0, 1.0, lower_open=True, upper_open=True, decimals=2).control_limits() == (0.01, 0.99)
    assert NumberRange(0.0, 1.0, upper_open=True, percent=True).control_limits() == (0.0, 99.0)
    assert NumberRange(0.0, 1.0, lower_open=True, decimals=1, control_low=0.5).control_limits() == (0.5, 1.0)
    with pytest.raises(ValueError, match="control_high"):
        NumberRange(0.0, math.inf).control_limits()
    assert NumberRange(-math.inf, math.inf).unbounded
    assert not dataclasses.replace(NUMBER_RANGES["lcop_lo"], low=0.0).unbounded


def test_each_criterion_is_declared_once_in_the_methods_order_with_an_okabe_ito_colour() -> None:
    from evaluator.charts.common import criterion_label
    from evaluator.charts.palette import OKABE_ITO
    from evaluator.model.criteria import CRITERIA, CRITERION_COLOURS

    assert CRITERIA == ("cost", "risk", "coverage")
    expected = {"cost": OKABE_ITO["blue"], "risk": OKABE_ITO["orange"], "coverage": OKABE_ITO["bluish_green"]}
    assert dict(CRITERION_COLOURS) == expected
    assert [criterion_label(c) for c in CRITERIA] == ["Cost", "Risk", "Coverage"]
