"""Where each numeric parameter may lie, and how a control shows it: one table read by the core and the window.

Before this table (issue 10.5) the range a parameter's check accepted and the range its spin box offered were
written in different modules, and they drifted: the window let the discount rate reach 50 % while the core allowed
[0, 1), and the economic life stopped at 100 years in the window but 200 in the core. Now
:func:`evaluator.model.parameters` checks values against :data:`NUMBER_RANGES`, its parser reads which values are
fractions written as percentages from it, and the window's spin boxes take their limits, step and decimals from
:meth:`NumberRange.control_limits`. A control may offer less than the core accepts (a practical cap such as a
million Monte Carlo samples, or Qt's 32-bit spin box), never more.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from evaluator.reference.currencies import BASE, CURRENCIES, bundled_rate, fx_parameter


@dataclass(frozen=True)
class NumberRange:
    """``low``–``high`` (each end open or closed) in the parameter's own unit; ``whole`` for integers.

    ``step``, ``decimals`` and ``percent`` (a fraction shown ×100 with " %") say how a control shows the value;
    ``control_low``/``control_high`` narrow what a control offers where the core's range is wider or unbounded.
    """

    low: float
    high: float
    lower_open: bool = False
    upper_open: bool = False
    whole: bool = False
    step: float = 1.0
    decimals: int = 0
    percent: bool = False
    control_low: float | None = None
    control_high: float | None = None

    @property
    def unbounded(self) -> bool:
        """Any number is in range (the parameter is checked some other way)."""
        return self.low == -math.inf and self.high == math.inf

    def contains(self, value: float) -> bool:
        above = value > self.low if self.lower_open else value >= self.low
        below = value < self.high if self.upper_open else value <= self.high
        return above and below

    def control_limits(self) -> tuple[float, float]:
        """The spin box's minimum and maximum in displayed units: inside the core's range at the shown resolution.

        An open end moves in by one displayed step of resolution (10^-decimals): [0, 1) at one decimal in percent
        is 0.0 %–99.9 %, (0, 1] at no decimals is 1 %–100 %.
        """
        scale = 100.0 if self.percent else 1.0
        resolution = 10.0**-self.decimals
        low = (self.low if self.control_low is None else self.control_low) * scale
        high = (self.high if self.control_high is None else self.control_high) * scale
        if self.lower_open and self.control_low is None:
            low += resolution
        if self.upper_open and self.control_high is None:
            high -= resolution
        if not math.isfinite(high):
            raise ValueError("an unbounded range needs a control_high for its spin box")  # a bug in the table
        return round(low, self.decimals), round(high, self.decimals)


def _fx_range(code: str) -> NumberRange:
    """Rates above 50 units per dollar (JPY, KRW) in hundredths; the rest to four decimals."""
    if bundled_rate(code) > 50:
        return NumberRange(0.0, math.inf, lower_open=True, step=1.0, decimals=2, control_high=100_000.0)
    return NumberRange(0.0, math.inf, lower_open=True, step=0.01, decimals=4, control_high=1000.0)


#: Every numeric parameter with a range (METHOD.md §2–5), in the order their checks run. ``lcop_lo``/``lcop_hi``
#: are unbounded here and checked as a pair (lo < hi); ``top_n`` has no upper bound and keeps its own sentence.
NUMBER_RANGES: dict[str, NumberRange] = {
    "discount_rate": NumberRange(0.0, 1.0, upper_open=True, step=0.5, decimals=1, percent=True),
    "life_years": NumberRange(1, 200, whole=True),
    "utilisation": NumberRange(0.0, 1.0, lower_open=True, step=1.0, percent=True),
    "alignment_discount": NumberRange(0.0, 1.0, step=5.0, percent=True),
    "site_share": NumberRange(0.0, 1.0, step=5.0, percent=True),
    "unknown_feed_floor": NumberRange(0.0, 100.0, step=5.0),
    **{fx_parameter(code): _fx_range(code) for code in CURRENCIES if code != BASE},
    # Any finite numbers with lo < hi (checked as a pair); a control offers the LCOPs a plant can have.
    "lcop_lo": NumberRange(-math.inf, math.inf, decimals=1, control_low=0.0, control_high=10_000.0),
    "lcop_hi": NumberRange(-math.inf, math.inf, decimals=1, control_low=0.1, control_high=10_000.0),
    "max_risk": NumberRange(0.0, 100.0),
    # Qt's spin boxes hold 32-bit integers; a million samples is minutes of work, more is a typing slip.
    "mc_samples": NumberRange(1, 10_000_000, whole=True, step=1000, control_low=100, control_high=1_000_000),
    "mc_seed": NumberRange(0, 2**63 - 1, whole=True, control_high=2_147_483_647),
    "mc_alpha": NumberRange(0.0, 1e12, lower_open=True, step=10, decimals=1, control_low=1, control_high=100_000),
    "portfolio_budget_musd": NumberRange(0.0, math.inf, lower_open=True, step=100, control_high=1_000_000),
    # 0 in these two boxes means "no limit" (None), which the core never sees as a number.
    "portfolio_max_projects": NumberRange(1, 1_000_000, whole=True, control_low=0, control_high=1000),
    "portfolio_per_country": NumberRange(1, 1_000_000, whole=True, control_low=0, control_high=1000),
    "portfolio_min_countries": NumberRange(0, 1000, whole=True, control_high=20),
}

#: Parameters stored as fractions that a person may write as a percentage ("8 %" → 0.08).
FRACTIONS: frozenset[str] = frozenset(name for name, spec in NUMBER_RANGES.items() if spec.percent)
