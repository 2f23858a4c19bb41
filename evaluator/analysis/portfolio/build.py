""":func:`build_portfolio`: the candidates, the counting pre-checks, the solver, the polish, the report."""

from __future__ import annotations

import dataclasses
import time

import numpy as np

from evaluator.analysis.portfolio.candidates import candidates_of, redundancy_problem
from evaluator.analysis.portfolio.constraints import PortfolioConstraints, fits, usd_m
from evaluator.analysis.portfolio.polish import polish
from evaluator.analysis.portfolio.program import solve
from evaluator.analysis.portfolio.report import PortfolioResult, result_of
from evaluator.base.i18n import translate
from evaluator.base.wording import counted, join_list
from evaluator.scoring.provenance import provenance_of
from evaluator.scoring.ranking import Ranking


def build_portfolio(
    ranking: Ranking, constraints: PortfolioConstraints, *, time_limit: float = 30.0
) -> PortfolioResult:
    """Choose the portfolio of METHOD.md §5 among the scored projects of ``ranking`` (see the package docstring).

    Never raises for data reasons: no candidates, an unmeetable redundancy requirement or a budget below every
    capex come back as a status and a sentence (a RuntimeError only if HiGHS itself fails). ``time_limit``
    (seconds) bounds the solver; when it is hit the best portfolio found so far is returned with status
    ``"time limit"``.
    """
    if not (isinstance(time_limit, int | float) and time_limit > 0):
        raise ValueError(f"time_limit must be a positive number of seconds, not {time_limit!r}.")
    started = time.perf_counter()
    candidates, excluded = candidates_of(ranking)

    def finish(status: str, message: str, selected: np.ndarray | None) -> PortfolioResult:
        result = result_of(
            candidates,
            constraints,
            status=status,
            message=message,
            selected=selected,
            started=started,
            excluded=excluded,
        )
        return dataclasses.replace(result, provenance=provenance_of(ranking))

    if len(candidates) == 0:
        if excluded:
            return finish(
                "no candidates",
                translate("Portfolio", "No scored project has a usable capex, so no portfolio can be built."),
                None,
            )
        return finish(
            "no candidates", translate("Portfolio", "There are no scored projects to build a portfolio from."), None
        )
    problem = redundancy_problem(candidates, constraints)
    if problem:
        return finish("infeasible", problem, None)
    budget = constraints.budget_musd
    if not np.any(fits(candidates.capex, budget)):
        cheapest = usd_m(float(candidates.capex.min()))
        message = translate(
            "Portfolio", "No candidate fits the budget of {budget}; the cheapest costs {cheapest}."
        ).format(budget=usd_m(budget), cheapest=cheapest)
        return finish("optimal", message, np.zeros(len(candidates), dtype=bool))

    status, chosen = solve(candidates, constraints, time_limit)
    if status == "infeasible":
        countries = counted(constraints.min_countries, "country", "countries")
        message = translate(
            "Portfolio",
            "No set of projects within the budget and limits covers each of {elements} in at least {countries}.",
        ).format(elements=join_list(constraints.critical_symbols), countries=countries)
        return finish("infeasible", message, None)
    if chosen is None:
        message = translate(
            "Portfolio", "The solver reached the {limit} s time limit before finding a portfolio that meets the limits."
        ).format(limit=f"{time_limit:g}")
        return finish(status, message, None)
    selected = polish(candidates, constraints, chosen)
    if status == "time limit":
        message = translate(
            "Portfolio", "The solver stopped at the {limit} s time limit before proving it optimal:"
        ).format(limit=f"{time_limit:g}")
        return finish(status, message, selected)
    return finish(status, "", selected)
