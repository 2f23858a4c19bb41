"""The solver's set polished: single additions and swaps that lose no coverage and raise Σ overall or the ranks.

It guards against the solver's tolerances on near-ties and settles the remaining ties by rank (the package
docstring, :mod:`evaluator.analysis.portfolio`, says why no single addition or swap can then improve the result).
"""

from __future__ import annotations

import numpy as np

from evaluator.analysis.portfolio.candidates import Candidates
from evaluator.analysis.portfolio.constraints import COVERAGE_TIE, PortfolioConstraints, fits
from evaluator.reference.elements import INDEX, SYMBOLS


def polish(candidates: Candidates, constraints: PortfolioConstraints, chosen: np.ndarray) -> np.ndarray:
    """Apply single additions and swaps that lose no coverage and raise Σ overall or the ranks (the package docstring).

    A move is taken when the set stays feasible, its coverage does not drop, and either Σ overall rises (a
    project with a positive overall added; a selected project replaced by one with a higher overall) or Σ overall
    stays equal and a project is replaced by a better-ranked one. Each move raises (Σ overall, −Σ position), so the
    loop ends; it runs once per move, over the selected projects, each step vectorised over the candidates.
    """
    selected = chosen.copy()
    key = candidates.key
    position = np.arange(len(candidates))
    while True:
        move = _best_addition(candidates, constraints, selected)
        if move is None:
            for j in np.flatnonzero(selected)[::-1]:
                better = ~selected & ((key > key[j]) | ((key == key[j]) & (position < j)))
                move = _best_swap(candidates, constraints, selected, np.flatnonzero(better), j)
                if move is not None:
                    selected[j] = False
                    break
        if move is None:
            return selected
        selected[move] = True


def _best_addition(candidates: Candidates, constraints: PortfolioConstraints, selected: np.ndarray) -> int | None:
    """The best unselected project with a positive overall that can join ``selected``, or None."""
    k = constraints.max_projects
    if k is not None and int(selected.sum()) >= k:
        return None
    pool = np.flatnonzero(~selected & (candidates.key > 0))
    ok = fits(candidates.capex[pool], constraints.budget_musd - float(candidates.capex[selected].sum()))
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country[selected], minlength=candidates.n_countries)
        ok &= per_country[candidates.country[pool]] < constraints.per_country
    return _first_best(pool[ok], candidates.key)


def _best_swap(
    candidates: Candidates,
    constraints: PortfolioConstraints,
    selected: np.ndarray,
    pool: np.ndarray,
    j: int,
) -> int | None:
    """The best project of ``pool`` that can replace selected project ``j`` without losing coverage, or None."""
    if pool.size == 0:
        return None
    rest = selected.copy()
    rest[j] = False
    cov, crit = candidates.coverage, candidates.criticality
    ok = fits(candidates.capex[pool], constraints.budget_musd - float(candidates.capex[rest].sum()))
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country[rest], minlength=candidates.n_countries)
        ok &= per_country[candidates.country[pool]] < constraints.per_country
    after = ((cov[rest].sum(axis=0)[None, :] + cov[pool]) > 0) @ crit
    ok &= after >= candidates.value(selected) - COVERAGE_TIE * max(float(crit.sum()), 1.0)
    d = constraints.min_countries
    columns = np.array([INDEX[s] for s in constraints.critical_symbols], dtype=np.int64)
    if d > 0 and columns.size:
        hosts = np.zeros((candidates.n_countries, len(SYMBOLS)), dtype=bool)
        rows = np.flatnonzero(rest)
        np.logical_or.at(hosts, candidates.country[rows], cov[rows])
        hosts = hosts[:, columns]
        gained = cov[pool][:, columns] & ~hosts[candidates.country[pool]]
        ok &= np.all(hosts.sum(axis=0)[None, :] + gained >= d, axis=1)
    return _first_best(pool[ok], candidates.key)


def _first_best(pool: np.ndarray, key: np.ndarray) -> int | None:
    """The project of ``pool`` with the highest overall, the better-ranked one among equals; None if empty."""
    if pool.size == 0:
        return None
    return int(pool[np.argmax(key[pool])])  # pool is in rank order and argmax takes the first maximum
