"""The portfolio builder of METHOD.md §5: the set of projects that covers the most criticality-weighted elements.

A ranking answers "which project is best on its own"; a buyer of supply security needs the best *set*. Two good
NdPr plants add less than one NdPr plant and one Dy/Tb plant, so picking by rank (the *baseline*, shown next to the
optimum) can waste a budget. This module chooses the set exactly, as a mixed-integer program solved by HiGHS
(:mod:`evaluator.analysis.milp`):

    maximise   Σ_e c_e·y_e + λ·Σ_i overall_i·x_i
    subject to y_e ≤ Σ_i covered_ie·x_i,   0 ≤ y_e ≤ 1        (y_e = min(1, Σ covered) at the optimum)
               Σ_i capex_i·x_i ≤ budget
               Σ_i x_i ≤ k                                    (optional)
               Σ_{i in country c} x_i ≤ m   for every c       (optional)
               u_ec ≤ Σ_{i in c producing e} x_i,  Σ_c u_ec ≥ d   for every critical e   (optional, d > 0)
               x_i ∈ {0, 1}

The coverage link ``y_e`` and the redundancy indicators ``u_ec`` are continuous in [0, 1]: once every ``x_i`` is
0 or 1 the right-hand sides are whole numbers, so ``u_ec > 0`` already implies a producer of e in country c and
``Σ_c u_ec ≥ d`` with ``u_ec ≤ 1`` implies at least d such countries. Their LP relaxation equals that of binary
indicators, so declaring them integer would only give the branch-and-bound more work.

Why λ never trades coverage away: coverage values are sums of criticalities over the covered elements, so two
portfolios' coverage values differ by zero or by at least δ, the smallest positive difference between two subset
sums of the weights that candidates can cover (computed exactly by enumerating the ≤ 2^17 subset sums; differences
below :data:`COVERAGE_TIE` of Σc count as zero and δ is floored at :data:`COVERAGE_FLOOR` of Σc to keep the
program well scaled). The tie-break term ranges over at most ``S = Σ`` of the K largest |overall| values, where K is
the most projects any feasible set can hold (limited by k, m per country and the cheapest capexes that fit the
budget). With λ = δ/(2S) it moves the objective by less than δ/2 in total, so no gain in Σ overall can pay for
the smallest loss of coverage. The program is solved in units where λ = 1 (coverage weighted by 2S/δ), with
``mip_rel_gap = 0``, so HiGHS proves the optimum to its absolute gap (1e-6): maximal coverage, and among the sets
of maximal coverage the largest Σ overall, up to the solver's tolerances: its primal feasibility tolerance (1e-7) is
multiplied by the coverage weights, so near-ties in Σ overall of the order of 1e-3 of a point could in principle be
misjudged (the brute-force tests, which compare with every subset, agree to 1e-6).

The solver's set is then polished, which guards against that and settles the remaining ties by rank: one project
at a time, an unselected project with a positive overall is added when it fits, and a selected project is replaced
by an unselected one with a higher overall, or with the same overall (to the ranking's tie tolerance) and a better
rank, when the swap keeps every constraint and loses no coverage. So no single addition or swap improves the
result, and of interchangeable projects the one ranked higher (lower LCOP, then project_id; METHOD.md §3) is
chosen. Ties that only a larger exchange could reveal (two projects for two others with the same sums) keep
HiGHS's answer, which is deterministic: the same ranking gives the same program (built in rank order) and the same
portfolio.

A consequence of the objective worth knowing: any project with a positive overall score raises the tie-break term,
so once coverage is maximal the remaining budget (and the k slots) are filled with the best projects that still fit;
their ``adds`` is 0.
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from evaluator.analysis.milp import MilpProblem, solve_milp
from evaluator.base.errors import EvaluatorError
from evaluator.base.i18n import translate
from evaluator.base.wording import counted, join_list
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.provenance import Provenance, provenance_of
from evaluator.scoring.ranking import TIE_TOLERANCE_DECIMALS, Ranking

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

_ELEMENT_COLUMNS = (
    "symbol",
    "criticality",
    "critical",
    "candidates",
    "candidate_countries",
    "before",
    "before_countries",
    "after",
    "after_countries",
)
_PROJECT_COLUMNS = ("project_id", "name", "country", "capex_musd", "overall", "rank", "adds", "unique")


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


@dataclass(frozen=True, eq=False)
class PortfolioResult:
    """The optimal portfolio with its explanation, so a view or an export never recomputes anything.

    ``binding`` lists the constraints at their limit for the selected set, in this order:

    - ``"budget"``: no unselected candidate fits in the budget left over (the budget stops any addition);
    - ``"max projects"``: the set holds exactly k projects;
    - ``"per country: <name>"``: that country hosts exactly m selected projects;
    - ``"<symbol> in ≥ d countries"``: that critical element is produced in exactly d countries (only when d > 0).

    ``baseline`` is what picking by rank gives: candidates taken best first, each one skipped if adding it would
    break the budget, k or m (the redundancy requirement cannot be checked one project at a time, so the baseline
    may miss it; ``elements.before_countries`` shows by how much). ``excluded`` lists scored projects left out
    because their capex is missing, infinite or negative. Coverage values are 0–100 as in METHOD.md §2.
    ``solve_seconds`` is the wall time of the whole :func:`build_portfolio` call (model, solver and report).
    """

    status: str
    message: str
    constraints: PortfolioConstraints
    selected: tuple[str, ...]
    capex_musd: float
    coverage: float
    binding: tuple[str, ...]
    elements: pd.DataFrame
    projects: pd.DataFrame
    baseline: tuple[str, ...]
    baseline_coverage: float
    solve_seconds: float
    baseline_capex_musd: float = 0.0
    excluded: tuple[str, ...] = ()
    #: The data and parameters this portfolio was built for (issue 8.1: a stale result is never exported).
    provenance: Provenance | None = None


@dataclass(frozen=True, eq=False)
class _Candidates:
    """The scored projects with a usable capex, in rank order, as arrays (one row per candidate)."""

    ids: np.ndarray
    names: np.ndarray
    country_names: np.ndarray
    country: np.ndarray  # integer code per candidate, into ``country_labels``
    country_labels: np.ndarray  # display name per country code
    capex: np.ndarray
    overall: np.ndarray
    rank: np.ndarray
    coverage: np.ndarray  # bool, candidates × 17
    criticality: np.ndarray  # c_e, 17

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def key(self) -> np.ndarray:
        """Overall rounded to the ranking's tie tolerance: equal keys are equal scores (METHOD.md §3)."""
        return np.round(self.overall, TIE_TOLERANCE_DECIMALS)

    @property
    def n_countries(self) -> int:
        return len(self.country_labels)

    def value(self, mask: np.ndarray) -> float:
        """Σ c_e·min(1, Σ covered) of the candidates in ``mask``."""
        return float(self.criticality @ self.coverage[mask].any(axis=0))

    def percent(self, mask: np.ndarray) -> float:
        """Coverage 0–100 of a set: 100·value/Σc, 0 when every weight is zero (as :func:`coverage_score`)."""
        total = float(self.criticality.sum())
        return 100.0 * self.value(mask) / total if total > 0 else 0.0

    def countries_per_element(self, mask: np.ndarray) -> np.ndarray:
        """For each of the 17 elements, how many different countries host a project in ``mask`` producing it."""
        hosts = np.zeros((self.n_countries, len(SYMBOLS)), dtype=bool)
        rows = np.flatnonzero(mask)
        np.logical_or.at(hosts, self.country[rows], self.coverage[rows])
        return hosts.sum(axis=0)


def build_portfolio(
    ranking: Ranking, constraints: PortfolioConstraints, *, time_limit: float = 30.0
) -> PortfolioResult:
    """Choose the portfolio of METHOD.md §5 among the scored projects of ``ranking`` (see the module docstring).

    Never raises for data reasons: no candidates, an unmeetable redundancy requirement or a budget below every
    capex come back as a status and a sentence (a RuntimeError only if HiGHS itself fails). ``time_limit``
    (seconds) bounds the solver; when it is hit the best portfolio found so far is returned with status
    ``"time limit"``.
    """
    if not (isinstance(time_limit, int | float) and time_limit > 0):
        raise ValueError(f"time_limit must be a positive number of seconds, not {time_limit!r}.")
    started = time.perf_counter()
    candidates, excluded = _candidates(ranking)

    def finish(status: str, message: str, selected: np.ndarray | None) -> PortfolioResult:
        result = _result(
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
    problem = _redundancy_problem(candidates, constraints)
    if problem:
        return finish("infeasible", problem, None)
    budget = constraints.budget_musd
    if not np.any(_fits(candidates.capex, budget)):
        cheapest = _money(float(candidates.capex.min()))
        message = translate(
            "Portfolio", "No candidate fits the budget of {budget}; the cheapest costs {cheapest}."
        ).format(budget=_money(budget), cheapest=cheapest)
        return finish("optimal", message, np.zeros(len(candidates), dtype=bool))

    status, chosen = _solve(candidates, constraints, time_limit)
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
    selected = _polish(candidates, constraints, chosen)
    if status == "time limit":
        message = translate(
            "Portfolio", "The solver stopped at the {limit} s time limit before proving it optimal:"
        ).format(limit=f"{time_limit:g}")
        return finish(status, message, selected)
    return finish(status, "", selected)


def portfolio_document(result: PortfolioResult) -> dict[str, Any]:
    """A plain dict (JSON-ready: NaN → None, numpy → Python) describing the portfolio, for export and the CLI."""
    return {
        "status": result.status,
        "message": result.message,
        "selected": list(result.selected),
        "coverage": _plain(result.coverage),
        "capex_musd": _plain(result.capex_musd),
        "binding": list(result.binding),
        "constraints": result.constraints.as_dict(),
        "elements": _records(result.elements),
        "projects": _records(result.projects),
        "baseline": {
            "selected": list(result.baseline),
            "coverage": _plain(result.baseline_coverage),
            "capex_musd": _plain(result.baseline_capex_musd),
        },
        "excluded": list(result.excluded),
        "solve_seconds": _plain(result.solve_seconds),
    }


# ------------------------------------------------------------------------------------------------ candidates


def _candidates(ranking: Ranking) -> tuple[_Candidates, tuple[str, ...]]:
    """Rank-ordered candidate arrays, and the ids of scored projects left out for an unusable capex."""
    table = ranking.table
    capex = table["capex_musd"].to_numpy(dtype=float)
    usable = np.isfinite(capex) & (capex >= 0)
    ids = table["project_id"].to_numpy(dtype=object).astype(str)
    names = table["country"].to_numpy(dtype=object).astype(str)
    iso3 = table["country_iso3"].to_numpy(dtype=object).astype(str)
    # Countries are told apart by ISO3; a project without one is grouped by its country name.
    keys = np.where(iso3 != "", iso3, np.char.add("name:", np.char.lower(names.astype(str))))
    codes, uniques = pd.factorize(keys[usable])
    first = np.unique(codes, return_index=True)[1] if len(codes) else np.zeros(0, dtype=int)
    overall = table["overall"].to_numpy(dtype=float)
    candidates = _Candidates(
        ids=ids[usable],
        names=table["name"].to_numpy(dtype=object).astype(str)[usable],
        country_names=names[usable],
        country=codes.astype(np.int64),
        country_labels=names[usable][first] if len(uniques) else np.zeros(0, dtype=str),
        capex=capex[usable],
        overall=np.where(np.isfinite(overall), overall, 0.0)[usable],
        rank=table["rank"].to_numpy(dtype=np.int64)[usable],
        coverage=np.asarray(ranking.dataset.coverage, dtype=bool)[ranking.scored][usable],
        criticality=np.asarray(ranking.dataset.elements.criticality, dtype=float),
    )
    return candidates, tuple(ids[~usable].tolist())


def _fits(capex: np.ndarray | float, room: float) -> np.ndarray:
    """Whether a cost fits in ``room`` (USD m), with :data:`BUDGET_TOLERANCE` of slack."""
    return np.asarray(capex) <= room + BUDGET_TOLERANCE * max(room, 1.0)


def _redundancy_problem(candidates: _Candidates, constraints: PortfolioConstraints) -> str:
    """A sentence when the redundancy requirement cannot be met whatever is chosen (checked by counting), else ""."""
    d = constraints.min_countries
    if d == 0 or not constraints.critical:
        return ""
    symbols = constraints.critical_symbols
    columns = np.array([INDEX[s] for s in symbols])
    hosts = candidates.countries_per_element(np.ones(len(candidates), dtype=bool))[columns]
    short = hosts < d
    if short.any():
        parts = []
        for index, (symbol, k) in enumerate(zip(np.array(symbols)[short], hosts[short], strict=True)):
            if index == 0:
                text = (
                    translate("Portfolio", "{element} is produced in no country")
                    if k == 0
                    else translate("Portfolio", "{element} is produced in only {countries}")
                )
            else:
                text = (
                    translate("Portfolio", "{element} in no country")
                    if k == 0
                    else translate("Portfolio", "{element} in only {countries}")
                )
            parts.append(text.format(element=symbol, countries=counted(int(k), "country", "countries")))
        listing = (
            parts[0]
            if len(parts) == 1
            else translate("Portfolio", "{first} and {last}").format(first=join_list(parts[:-1]), last=parts[-1])
        )
        if len(parts) == 1:
            return translate("Portfolio", "{listing} among the candidates; at least {d} are required.").format(
                listing=listing, d=d
            )
        return translate("Portfolio", "{listing} among the candidates; at least {d} are required for each.").format(
            listing=listing, d=d
        )
    k = constraints.max_projects
    if k is not None and k < d:
        allowed = (
            translate(
                "Portfolio",
                "Covering the critical elements in {countries} needs at least {projects}, but at most {k} is allowed.",
            )
            if k == 1
            else translate(
                "Portfolio",
                "Covering the critical elements in {countries} needs at least {projects}, but at most {k} are allowed.",
            )
        )
        return allowed.format(countries=counted(d, "country", "countries"), projects=counted(d, "project"), k=k)
    # The cheapest way to reach d countries for one element: the cheapest producer in each of d countries.
    cheapest = np.full((len(columns), candidates.n_countries), np.inf)
    rows, cols = np.nonzero(candidates.coverage[:, columns])
    np.minimum.at(cheapest, (cols, candidates.country[rows]), candidates.capex[rows])
    floor = np.sort(cheapest, axis=1)[:, :d].sum(axis=1)
    over = ~_fits(floor, constraints.budget_musd)
    if over.any():
        worst = int(np.argmax(np.where(over, floor, -np.inf)))
        return translate(
            "Portfolio", "Covering {element} in {countries} costs at least {cost}, above the budget of {budget}."
        ).format(
            element=symbols[worst],
            countries=counted(d, "country", "countries"),
            cost=_money(float(floor[worst])),
            budget=_money(constraints.budget_musd),
        )
    return ""


# ----------------------------------------------------------------------------------------------------- model


def _coverage_gap(weights: np.ndarray, total: float) -> float:
    """δ: the smallest positive difference between two subset sums of ``weights`` (see the module docstring)."""
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


def _most_projects(candidates: _Candidates, constraints: PortfolioConstraints) -> int:
    """An upper bound on how many projects a feasible portfolio can hold (for λ)."""
    n = len(candidates)
    by_budget = int(np.count_nonzero(_fits(np.cumsum(np.sort(candidates.capex)), constraints.budget_musd)))
    bound = min(n, by_budget)
    if constraints.max_projects is not None:
        bound = min(bound, constraints.max_projects)
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country, minlength=candidates.n_countries)
        bound = min(bound, int(np.minimum(per_country, constraints.per_country).sum()))
    return bound


def _solve(
    candidates: _Candidates, constraints: PortfolioConstraints, time_limit: float
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

    x_upper = np.where(_fits(candidates.capex, budget), 1.0, 0.0)  # a project above the budget can never be chosen
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


def _polish(candidates: _Candidates, constraints: PortfolioConstraints, chosen: np.ndarray) -> np.ndarray:
    """Apply single additions and swaps that lose no coverage and raise Σ overall or the ranks (module docstring).

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


def _best_addition(candidates: _Candidates, constraints: PortfolioConstraints, selected: np.ndarray) -> int | None:
    """The best unselected project with a positive overall that can join ``selected``, or None."""
    k = constraints.max_projects
    if k is not None and int(selected.sum()) >= k:
        return None
    pool = np.flatnonzero(~selected & (candidates.key > 0))
    ok = _fits(candidates.capex[pool], constraints.budget_musd - float(candidates.capex[selected].sum()))
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country[selected], minlength=candidates.n_countries)
        ok &= per_country[candidates.country[pool]] < constraints.per_country
    return _first_best(pool[ok], candidates.key)


def _best_swap(
    candidates: _Candidates,
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
    ok = _fits(candidates.capex[pool], constraints.budget_musd - float(candidates.capex[rest].sum()))
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


# ---------------------------------------------------------------------------------------------------- report


def _baseline(candidates: _Candidates, constraints: PortfolioConstraints) -> np.ndarray:
    """Picking by rank: best first, skipping a project that would break the budget, k or m (loops per pick)."""
    n = len(candidates)
    taken = np.zeros(n, dtype=bool)
    limit = n if constraints.max_projects is None else min(n, constraints.max_projects)
    per_country = np.zeros(candidates.n_countries, dtype=np.int64)
    spent, start, count = 0.0, 0, 0
    while count < limit and start < n:
        ok = _fits(candidates.capex[start:], constraints.budget_musd - spent)
        if constraints.per_country is not None:
            ok &= per_country[candidates.country[start:]] < constraints.per_country
        hits = np.flatnonzero(ok)
        if hits.size == 0:
            break
        i = start + int(hits[0])
        taken[i] = True
        spent += float(candidates.capex[i])
        per_country[candidates.country[i]] += 1
        count += 1
        start = i + 1
    return taken


def _binding(candidates: _Candidates, constraints: PortfolioConstraints, selected: np.ndarray) -> tuple[str, ...]:
    """The constraints at their limit for ``selected`` (definitions in :class:`PortfolioResult`)."""
    found: list[str] = []
    left = constraints.budget_musd - float(candidates.capex[selected].sum())
    if not np.any(_fits(candidates.capex[~selected], left)) and not selected.all():
        found.append("budget")
    if constraints.max_projects is not None and int(selected.sum()) == constraints.max_projects:
        found.append("max projects")
    if constraints.per_country is not None:
        per_country = np.bincount(candidates.country[selected], minlength=candidates.n_countries)
        found.extend(
            f"per country: {candidates.country_labels[c]}"
            for c in np.flatnonzero(per_country == constraints.per_country)
        )
    d = constraints.min_countries
    if d > 0:
        hosts = candidates.countries_per_element(selected)
        found.extend(f"{s} in ≥ {d} countries" for s in constraints.critical_symbols if hosts[INDEX[s]] == d)
    return tuple(found)


def _element_table(
    candidates: _Candidates, constraints: PortfolioConstraints, before: np.ndarray, after: np.ndarray | None
) -> pd.DataFrame:
    everyone = np.ones(len(candidates), dtype=bool)
    after = np.zeros(len(candidates), dtype=bool) if after is None else after
    return pd.DataFrame(
        {
            "symbol": list(SYMBOLS),
            "criticality": candidates.criticality,
            "critical": [s in constraints.critical for s in SYMBOLS],
            "candidates": candidates.coverage.sum(axis=0).astype(np.int64),
            "candidate_countries": candidates.countries_per_element(everyone).astype(np.int64),
            "before": candidates.coverage[before].any(axis=0),
            "before_countries": candidates.countries_per_element(before).astype(np.int64),
            "after": candidates.coverage[after].any(axis=0),
            "after_countries": candidates.countries_per_element(after).astype(np.int64),
        },
        columns=list(_ELEMENT_COLUMNS),
    )


def _project_table(candidates: _Candidates, selected: np.ndarray) -> pd.DataFrame:
    rows = np.flatnonzero(selected)
    cov = candidates.coverage
    sole = cov[rows] & (cov[rows].sum(axis=0) == 1)[None, :]
    total = float(candidates.criticality.sum())
    adds = 100.0 * (sole @ candidates.criticality) / total if total > 0 else np.zeros(rows.size)
    symbols = np.array(SYMBOLS)
    return pd.DataFrame(
        {
            "project_id": candidates.ids[rows],
            "name": candidates.names[rows],
            "country": candidates.country_names[rows],
            "capex_musd": candidates.capex[rows],
            "overall": candidates.overall[rows],
            "rank": candidates.rank[rows],
            "adds": adds,
            "unique": [", ".join(symbols[flags]) for flags in sole],
        },
        columns=list(_PROJECT_COLUMNS),
    )


def _result(
    candidates: _Candidates,
    constraints: PortfolioConstraints,
    *,
    status: str,
    message: str,
    selected: np.ndarray | None,
    started: float,
    excluded: tuple[str, ...],
) -> PortfolioResult:
    """Assemble the result; ``selected`` None means no portfolio (infeasible, no candidates, nothing found).

    For a non-empty portfolio, ``message`` is a lead-in to the summary sentence (usually empty).
    """
    base = _baseline(candidates, constraints)
    chosen = np.zeros(len(candidates), dtype=bool) if selected is None else selected
    coverage = candidates.percent(chosen)
    capex = float(candidates.capex[chosen].sum())
    base_coverage = candidates.percent(base)
    if chosen.any():
        message = _join(
            message,
            translate(
                "Portfolio",
                "{projects} cover {coverage} % of the criticality-weighted elements for {capex} of the {budget} "
                "budget; picking by rank gives {baseline} %.",
            ).format(
                projects=counted(int(chosen.sum()), "project"),
                coverage=f"{coverage:.1f}",
                capex=_money(capex),
                budget=_money(constraints.budget_musd),
                baseline=f"{base_coverage:.1f}",
            ),
        )
    return PortfolioResult(
        status=status,
        message=_join(message, _excluded_note(excluded)),
        constraints=constraints,
        selected=tuple(candidates.ids[chosen].tolist()),
        capex_musd=capex,
        coverage=coverage,
        binding=_binding(candidates, constraints, chosen) if selected is not None else (),
        elements=_element_table(candidates, constraints, base, selected),
        projects=_project_table(candidates, chosen),
        baseline=tuple(candidates.ids[base].tolist()),
        baseline_coverage=base_coverage,
        solve_seconds=time.perf_counter() - started,
        baseline_capex_musd=float(candidates.capex[base].sum()),
        excluded=excluded,
    )


def _excluded_note(excluded: tuple[str, ...]) -> str:
    if not excluded:
        return ""
    shown = join_list(excluded[:5])
    if len(excluded) > 5:
        shown = translate("Portfolio", "{shown} and {more} more").format(shown=shown, more=len(excluded) - 5)
    return translate("Portfolio", "Left out for a missing or invalid capex: {projects}.").format(projects=shown)


def _join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def _money(value: float) -> str:
    return translate("Portfolio", "{value} USD m").format(value=f"{value:,.1f}")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = {name: [_plain(v) for v in frame[name].to_numpy(dtype=object)] for name in frame.columns}
    return [{name: columns[name][i] for name in frame.columns} for i in range(len(frame))]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
