"""Where a numeric parameter may lie, and how a control shows it: read by the core's checks and by the window.

Before this table (issue 10.5) the range a parameter's check accepted and the range its spin box offered were
written in different modules, and they drifted: the window let the discount rate reach 50 % while the core allowed
[0, 1), and the economic life stopped at 100 years in the window but 200 in the core. Now each parameter declares
its range beside its default in :mod:`evaluator.model.parameters`, which checks values against it and reads from it
which values are fractions written as percentages; the window's spin boxes take their limits, step and decimals from
:meth:`NumberRange.control_limits`. A control may offer less than the core accepts (a practical cap such as a
million Monte Carlo samples, or Qt's 32-bit spin box), never more.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from evaluator.reference.currencies import bundled_rate


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


def fx_range(code: str) -> NumberRange:
    """Rates above 50 units per dollar (JPY, KRW) in hundredths; the rest to four decimals."""
    if bundled_rate(code) > 50:
        return NumberRange(0.0, math.inf, lower_open=True, step=1.0, decimals=2, control_high=100_000.0)
    return NumberRange(0.0, math.inf, lower_open=True, step=0.01, decimals=4, control_high=1000.0)
