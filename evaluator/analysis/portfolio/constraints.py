"""What a portfolio must respect (METHOD.md §5): the constraints, checked when they are made, and the budget test.

:class:`PortfolioConstraints` is the problem definition the UI, the CLI and the parameters give; :func:`fits` is the
one budget comparison every step uses (with :data:`BUDGET_TOLERANCE` of slack), and :func:`usd_m` the way a budget
or a capex is written in the sentences of a result.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import SYMBOLS

#: Default critical elements for the redundancy constraint: the magnet elements (METHOD.md §2's highest weights).
DEFAULT_CRITICAL: frozenset[str] = frozenset({"Nd", "Pr", "Dy", "Tb"})

#: Values of :attr:`PortfolioResult.status`.
STATUSES: tuple[str, ...] = ("optimal", "infeasible", "time limit", "no candidates")

#: Relative slack on the budget (a set costing ``budget·(1 + BUDGET_TOLERANCE)`` fits): absorbs float rounding in
#: sums such as 0.1 + 0.2, so that a set that fits the budget on paper is never refused.
BUDGET_TOLERANCE = 1e-9

#: Coverage values closer than this share of Σc count as equal (float rounding of the same subset sum).
COVERAGE_TIE = 1e-9

#: δ is never taken below this share of Σc, so the coverage weights stay within ~1e6 of the tie-break weights.
COVERAGE_FLOOR = 1e-6


class PortfolioError(EvaluatorError, ValueError):
    """Portfolio constraints that cannot be used (no budget, a count below 1, an unknown element); ``str()`` is
    the sentence for the user."""


@dataclass(frozen=True)
class PortfolioConstraints:
    """What the portfolio must respect (METHOD.md §5); None means "no limit".

    ``min_countries`` = d: every element of ``critical`` must be produced by selected projects in at least d
    different host countries (0 = no redundancy requirement), so that one country's export ban cannot cut it off.
    """

    budget_musd: float
    max_projects: int | None = None
    per_country: int | None = None
    min_countries: int = 0
    critical: frozenset[str] = DEFAULT_CRITICAL

    def __post_init__(self) -> None:
        budget = self.budget_musd
        if isinstance(budget, bool) or not isinstance(budget, int | float) or not math.isfinite(budget) or budget <= 0:
            raise PortfolioError(
                translate("Portfolio", "The portfolio budget must be a number above 0 USD m, not {value}.").format(
                    value=repr(budget)
                )
            )
        for name in ("max_projects", "per_country"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise PortfolioError(
                    translate("Portfolio", "{name} must be a whole number of at least 1 or None, not {value}.").format(
                        name=name, value=repr(value)
                    )
                )
        d = self.min_countries
        if isinstance(d, bool) or not isinstance(d, int) or d < 0:
            raise PortfolioError(
                translate("Portfolio", "min_countries must be a whole number of at least 0, not {value}.").format(
                    value=repr(d)
                )
            )
        critical = frozenset(self.critical)
        if not critical <= set(SYMBOLS):
            unknown = ", ".join(sorted(critical - set(SYMBOLS)))
            raise PortfolioError(
                translate("Portfolio", "critical must hold element symbols; not symbols: {unknown}.").format(
                    unknown=unknown
                )
            )
        object.__setattr__(self, "critical", critical)

    @classmethod
    def from_parameters(cls, params: Parameters) -> PortfolioConstraints:
        """The constraints set in ``params`` (``portfolio_*`` fields); no budget means no portfolio is asked for."""
        if params.portfolio_budget_musd is None:
            raise PortfolioError(
                translate(
                    "Portfolio", "No portfolio budget is set (portfolio_budget_musd), so no portfolio can be built."
                )
            )
        return cls(
            budget_musd=float(params.portfolio_budget_musd),
            max_projects=params.portfolio_max_projects,
            per_country=params.portfolio_per_country,
            min_countries=params.portfolio_min_countries,
            critical=params.portfolio_critical,
        )

    @property
    def critical_symbols(self) -> tuple[str, ...]:
        """The critical elements in :data:`SYMBOLS` order (for sentences and exports)."""
        return tuple(s for s in SYMBOLS if s in self.critical)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "budget_musd": float(self.budget_musd),
            "max_projects": self.max_projects,
            "per_country": self.per_country,
            "min_countries": self.min_countries,
            "critical": list(self.critical_symbols),
        }


def fits(capex: np.ndarray | float, room: float) -> np.ndarray:
    """Whether a cost fits in ``room`` (USD m), with :data:`BUDGET_TOLERANCE` of slack."""
    return np.asarray(capex) <= room + BUDGET_TOLERANCE * max(room, 1.0)


def usd_m(value: float) -> str:
    return translate("Portfolio", "{value} USD m").format(value=f"{value:,.1f}")
