"""The portfolio as a mixed-integer program, solved exactly by HiGHS (:mod:`evaluator.analysis.milp`).

:func:`solve` builds the program of the package docstring (:mod:`evaluator.analysis.portfolio`) as numpy triplets
(budget, k, m per country, the coverage links y_e and the redundancy indicators u_ec) in units where the
tie-break weight λ is 1 (coverage weighted by 2S/δ, :func:`_coverage_gap` and :func:`_most_projects`), and returns
the solver's status and selection.
"""

from __future__ import annotations

import numpy as np

from evaluator.analysis.milp import MilpProblem, solve_milp
from evaluator.analysis.portfolio.candidates import Candidates
from evaluator.analysis.portfolio.constraints import (
    BUDGET_TOLERANCE,
    COVERAGE_FLOOR,
    COVERAGE_TIE,
    PortfolioConstraints,
    fits,
)
from evaluator.reference.elements import INDEX


def _coverage_gap(weights: np.ndarray, total: float) -> float:
    """δ: the smallest positive difference between two subset sums of ``weights`` (see the package docstring)."""
    if weights.size == 0 or total <= 0:
        return 1.0
    sums = np.zeros(1)
    for weight in weights:  # ≤ 17 elements: 2^m sums, built by doubling
        sums = np.concatenate([sums, sums + weight])
    sums = np.sort(sums)
    steps = np.diff(sums)
    steps = steps[steps > COVERAGE_TIE * total]
    smallest = float(steps.min()) if steps.size else total
    return max(smallest, COVERAGE_FLOOR * total)


def _most_projects(candidates: Candidates, constraints: PortfolioConstraints) -> int:
    """An upper bound on how many projects a feasible portfolio can hold (for λ)."""
    n = len(candidates)
    by_budget = int(np.count_nonzero(fits(np.cumsum(np.sort(candidates.capex)), constraints.budget_musd)))
    bound = min(n, by_budget)
    if constraints.max_projects is not None:
        bound = min(bound, constraints.max_projects)
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country, minlength=candidates.n_countries)
        bound = min(bound, int(np.minimum(per_country, constraints.per_country).sum()))
    return bound


def solve(
    candidates: Candidates, constraints: PortfolioConstraints, time_limit: float
) -> tuple[str, np.ndarray | None]:
    """Build and solve the program; (status, selection mask or None)."""
    n = len(candidates)
    cov = candidates.coverage
    crit = candidates.criticality
    total = float(crit[crit > 0].sum())
    weighted = np.flatnonzero((crit > 0) & cov.any(axis=0))
    delta = _coverage_gap(crit[weighted], total)
    largest = np.sort(np.abs(candidates.overall))[::-1][: _most_projects(candidates, constraints)]
    spread = max(2.0 * float(largest.sum()), 1.0)  # 2S: λ = δ/(2S), so objective = (2S/δ)·coverage + Σ overall

    # Redundancy pairs (critical element e, country c) with at least one producer: one u_ec each.
    d = constraints.min_countries
    crit_cols = np.array([INDEX[s] for s in constraints.critical_symbols], dtype=np.int64)
    if d > 0 and crit_cols.size:
        rows, cols = np.nonzero(cov[:, crit_cols])
        pair_keys, pair_of = np.unique(cols * candidates.n_countries + candidates.country[rows], return_inverse=True)
        pair_element = pair_keys // candidates.n_countries
    else:
        rows = cols = pair_of = pair_element = np.zeros(0, dtype=np.int64)
        pair_keys = np.zeros(0, dtype=np.int64)
    n_y, n_u = weighted.size, pair_keys.size
    n_var = n + n_y + n_u
    y0, u0 = n, n + n_y

    blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    row = 0

    def add(r: np.ndarray, c: np.ndarray, v: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        nonlocal row
        blocks.append((r + row, c, v, lo, hi))
        row += lo.size

    everyone = np.arange(n)
    # Budget, scaled to 1 so the solver's feasibility tolerance is relative to the budget.
    budget = constraints.budget_musd
    add(
        np.zeros(n, dtype=np.int64),
        everyone,
        candidates.capex / budget,
        np.array([-np.inf]),
        np.array([1.0 + BUDGET_TOLERANCE * max(1.0, 1.0 / budget)]),
    )
    if constraints.max_projects is not None and constraints.max_projects < n:
        add(
            np.zeros(n, dtype=np.int64),
            everyone,
            np.ones(n),
            np.array([-np.inf]),
            np.array([float(constraints.max_projects)]),
        )
    if constraints.per_country is not None:
        crowded = np.flatnonzero(np.bincount(candidates.country) > constraints.per_country)
        if crowded.size:
            slot = np.full(candidates.n_countries, -1)
            slot[crowded] = np.arange(crowded.size)
            members = np.flatnonzero(slot[candidates.country] >= 0)
            add(
                slot[candidates.country[members]],
                members,
                np.ones(members.size),
                np.full(crowded.size, -np.inf),
                np.full(crowded.size, float(constraints.per_country)),
            )
    if n_y:
        # y_e − Σ_i covered_ie·x_i ≤ 0
        producer, element = np.nonzero(cov[:, weighted])
        add(
            np.concatenate([element, np.arange(n_y)]),
            np.concatenate([producer, y0 + np.arange(n_y)]),
            np.concatenate([-np.ones(producer.size), np.ones(n_y)]),
            np.full(n_y, -np.inf),
            np.zeros(n_y),
        )
    if n_u:
        # u_ec − Σ_{i in c producing e} x_i ≤ 0, then Σ_c u_ec ≥ d for each critical e
        add(
            np.concatenate([pair_of, np.arange(n_u)]),
            np.concatenate([rows, u0 + np.arange(n_u)]),
            np.concatenate([-np.ones(rows.size), np.ones(n_u)]),
            np.full(n_u, -np.inf),
            np.zeros(n_u),
        )
        add(
            pair_element,  # already 0 … len(critical) − 1: columns of cov[:, crit_cols]
            u0 + np.arange(n_u),
            np.ones(n_u),
            np.full(crit_cols.size, float(d)),
            np.full(crit_cols.size, np.inf),
        )

    x_upper = np.where(fits(candidates.capex, budget), 1.0, 0.0)  # a project above the budget can never be chosen
    problem = MilpProblem(
        cost=-np.concatenate([candidates.overall, crit[weighted] * (spread / delta), np.zeros(n_u)]),
        lower=np.zeros(n_var),
        upper=np.concatenate([x_upper, np.ones(n_y + n_u)]),
        integer=np.concatenate([np.ones(n, dtype=bool), np.zeros(n_y + n_u, dtype=bool)]),
        rows=np.concatenate([b[0] for b in blocks]),
        cols=np.concatenate([b[1] for b in blocks]),
        values=np.concatenate([b[2] for b in blocks]),
        row_lower=np.concatenate([b[3] for b in blocks]),
        row_upper=np.concatenate([b[4] for b in blocks]),
    )
    answer = solve_milp(problem, time_limit=float(time_limit))
    chosen = None if answer.x is None else answer.x[:n] > 0.5
    if answer.status == "failed":  # a solver failure, not a data problem
        raise RuntimeError(f"The portfolio solver failed: {answer.message or 'no message'}")
    return answer.status, chosen
