"""The portfolio's result and its explanation: what was chosen, what binds, what each project adds, the baseline.

:class:`PortfolioResult` carries everything a view or an export shows, so neither recomputes anything;
:func:`result_of` assembles it (the rank-order baseline, the binding constraints, the element and project tables,
the summary sentence) and :func:`portfolio_document` gives its JSON-ready form.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from evaluator.analysis.portfolio.candidates import Candidates
from evaluator.analysis.portfolio.constraints import PortfolioConstraints, fits, usd_m
from evaluator.base.i18n import translate
from evaluator.base.wording import counted, join_list
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.provenance import Provenance

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


def _baseline(candidates: Candidates, constraints: PortfolioConstraints) -> np.ndarray:
    """Picking by rank: best first, skipping a project that would break the budget, k or m (loops per pick)."""
    n = len(candidates)
    taken = np.zeros(n, dtype=bool)
    limit = n if constraints.max_projects is None else min(n, constraints.max_projects)
    per_country = np.zeros(candidates.n_countries, dtype=np.int64)
    spent, start, count = 0.0, 0, 0
    while count < limit and start < n:
        ok = fits(candidates.capex[start:], constraints.budget_musd - spent)
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


def _binding(candidates: Candidates, constraints: PortfolioConstraints, selected: np.ndarray) -> tuple[str, ...]:
    """The constraints at their limit for ``selected`` (definitions in :class:`PortfolioResult`)."""
    found: list[str] = []
    left = constraints.budget_musd - float(candidates.capex[selected].sum())
    if not np.any(fits(candidates.capex[~selected], left)) and not selected.all():
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
    candidates: Candidates, constraints: PortfolioConstraints, before: np.ndarray, after: np.ndarray | None
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


def _project_table(candidates: Candidates, selected: np.ndarray) -> pd.DataFrame:
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


def result_of(
    candidates: Candidates,
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
                capex=usd_m(capex),
                budget=usd_m(constraints.budget_musd),
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


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = {name: [_plain(v) for v in frame[name].to_numpy(dtype=object)] for name in frame.columns}
    return [{name: columns[name][i] for name in frame.columns} for i in range(len(frame))]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
