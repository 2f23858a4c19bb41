"""The portfolio builder of METHOD.md §5: the set of projects that covers the most criticality-weighted elements.

A ranking answers "which project is best on its own"; a buyer of supply security needs the best *set*. Two good
NdPr plants add less than one NdPr plant and one Dy/Tb plant, so picking by rank (the *baseline*, shown next to the
optimum) can waste a budget. This package chooses the set exactly, as a mixed-integer program solved by HiGHS
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

The package follows the builder's steps, one module each (their order is the order of :func:`build_portfolio`):

- :mod:`~evaluator.analysis.portfolio.constraints`: the problem definition (:class:`PortfolioConstraints`, its
  error, the tolerances) and the budget test every step shares;
- :mod:`~evaluator.analysis.portfolio.candidates`: the ranking's projects as rank-ordered arrays, and the
  redundancy requirement checked by counting before anything is solved;
- :mod:`~evaluator.analysis.portfolio.program`: the mixed-integer program and its solve by HiGHS;
- :mod:`~evaluator.analysis.portfolio.polish`: the single additions and swaps applied to the solver's set;
- :mod:`~evaluator.analysis.portfolio.report`: :class:`PortfolioResult`, the baseline, the binding constraints, the
  tables and :func:`portfolio_document`;
- :mod:`~evaluator.analysis.portfolio.build`: :func:`build_portfolio`, which runs them.

Everything the app, the CLI, the exports and the tests use is imported from here.
"""

from evaluator.analysis.portfolio.build import build_portfolio
from evaluator.analysis.portfolio.constraints import (
    BUDGET_TOLERANCE,
    COVERAGE_FLOOR,
    COVERAGE_TIE,
    DEFAULT_CRITICAL,
    STATUSES,
    PortfolioConstraints,
    PortfolioError,
)
from evaluator.analysis.portfolio.report import PortfolioResult, portfolio_document

__all__ = [
    "BUDGET_TOLERANCE",
    "COVERAGE_FLOOR",
    "COVERAGE_TIE",
    "DEFAULT_CRITICAL",
    "STATUSES",
    "PortfolioConstraints",
    "PortfolioError",
    "PortfolioResult",
    "build_portfolio",
    "portfolio_document",
]
