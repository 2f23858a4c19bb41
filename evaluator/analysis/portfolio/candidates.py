"""The candidates of a portfolio: the scored projects with a usable capex, in rank order, as arrays.

:func:`candidates_of` reads them off a :class:`~evaluator.scoring.ranking.Ranking` (and names the projects left out
for a missing or invalid capex); :func:`redundancy_problem` says, by counting alone and before any solving, when
the redundancy requirement cannot be met whatever is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from evaluator.analysis.portfolio.constraints import PortfolioConstraints, fits, usd_m
from evaluator.base.i18n import translate
from evaluator.base.wording import counted, join_list
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.ranking import TIE_TOLERANCE_DECIMALS, Ranking


@dataclass(frozen=True, eq=False)
class Candidates:
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


def candidates_of(ranking: Ranking) -> tuple[Candidates, tuple[str, ...]]:
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
    candidates = Candidates(
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


def redundancy_problem(candidates: Candidates, constraints: PortfolioConstraints) -> str:
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
    over = ~fits(floor, constraints.budget_musd)
    if over.any():
        worst = int(np.argmax(np.where(over, floor, -np.inf)))
        return translate(
            "Portfolio", "Covering {element} in {countries} costs at least {cost}, above the budget of {budget}."
        ).format(
            element=symbols[worst],
            countries=counted(d, "country", "countries"),
            cost=usd_m(float(floor[worst])),
            budget=usd_m(constraints.budget_musd),
        )
    return ""
