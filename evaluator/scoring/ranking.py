"""Score and rank a dataset (METHOD.md §2–3): the function every view, the CLI and the export call.

``score(dataset, params)`` is pure and vectorised; it returns a :class:`Ranking` that carries its own breakdown
(LCOP build-up, site and feed risk, covered elements, each criterion's contribution, what was assumed), so the UI
and the export explain a rank without recomputing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.base.wording import counted
from evaluator.model.columns import FLAG_CODES, RESULT_COLUMNS
from evaluator.model.criteria import CRITERIA
from evaluator.model.dataset import Dataset
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import INDEX, SYMBOLS
from evaluator.scoring.breakdown import CostBreakdown, CoverageBreakdown, cost_breakdown, coverage_breakdown
from evaluator.scoring.filters import FilterResult, apply_filters
from evaluator.scoring.lcop import capital_charge, capital_recovery_factor
from evaluator.scoring.methods import aggregation
from evaluator.scoring.normalise import absolute_cost, minmax_cost
from evaluator.scoring.risk import country_risk, feed_risk, lookup, project_risk

#: Overall scores (and LCOPs) equal to this many decimals tie; broken by LCOP, then project_id (METHOD.md §3).
TIE_TOLERANCE_DECIMALS = 9

#: Columns of :attr:`Ranking.table`, in display order: every column the spec declares (issue 10.5).
TABLE_COLUMNS: tuple[str, ...] = tuple(column.key for column in RESULT_COLUMNS)


@dataclass(frozen=True, eq=False)
class Ranking:
    """The scored projects, best first, with everything needed to explain each rank.

    ``scored`` holds dataset row positions of the scored projects in rank order; ``values`` holds per-project
    arrays over *all* dataset rows, so a chart or table can index either way. For filtered projects ``overall`` and
    the contributions are NaN (and ``cost_score`` under min–max, which depends on who is scored); inputs, LCOP,
    risk and coverage, which do not depend on the other projects, stay filled in.
    """

    dataset: Dataset
    parameters: Parameters
    scored: np.ndarray
    values: dict[str, np.ndarray]
    filters: FilterResult
    #: The capital recovery factor the LCOP used (METHOD.md §2.1), so an explanation or a sheet quotes it, never
    #: recomputes it from parameters that might since have changed (issue 10.4).
    crf: float
    #: ``R_c`` per ISO3 as scored (METHOD.md §2.2): governance risk after the alignment discount, the dominant
    #: supplier at 100.
    country_risks: pd.Series
    #: Projects × elements over all dataset rows (METHOD.md v2): ``tonnes`` t_e (nameplate t/y REO, given or
    #: estimated), ``expected_tonnes`` E_e in the target year, ``gap`` g_e at the project's chain stage.
    matrices: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def weights(self) -> tuple[float, float, float]:
        return self.parameters.weights()

    def __len__(self) -> int:
        return len(self.scored)

    @cached_property
    def table(self) -> pd.DataFrame:
        """One row per scored project, best first (rank 1 on top), with inputs, sub-scores and breakdown."""
        rows = self.scored
        inputs = [c for c in TABLE_COLUMNS if c not in self.values and c in self.dataset.projects.columns]
        # take() keeps each column's dtype, so pandas does not re-infer 100,000 strings.
        table = self.dataset.projects[inputs].take(rows).reset_index(drop=True)
        computed = pd.DataFrame({c: self.values[c][rows] for c in TABLE_COLUMNS if c in self.values})
        table = pd.concat([table, computed], axis=1)
        table["rank"] = np.arange(1, len(rows) + 1)
        return table[list(TABLE_COLUMNS)]

    @cached_property
    def filtered(self) -> pd.DataFrame:
        """Projects removed by filters before normalisation, with the reason(s), in workbook order."""
        removed = self.filters.removed
        positions = np.flatnonzero(removed)
        reasons = [
            "; ".join(self.filters.reasons[name] for name, mask in self.filters.masks.items() if mask[i])
            for i in positions
        ]
        projects = self.dataset.projects
        return pd.DataFrame(
            {
                "project_id": projects["project_id"].to_numpy()[positions],
                "name": projects["name"].to_numpy()[positions],
                "country": projects["country"].to_numpy()[positions],
                "reason": reasons,
                "excel_row": projects["excel_row"].to_numpy()[positions],
            }
        )

    def filter_summary(self) -> str:
        """One sentence: how many projects were filtered and why (METHOD.md §3, "the report says")."""
        total = int(self.filters.removed.sum())
        if total == 0:
            if len(self.dataset) == 1:
                return translate("Ranking", "The one loaded project was scored; no filter removed it.")
            return translate("Ranking", "All {count} loaded projects were scored; no filter removed any.").format(
                count=len(self.dataset)
            )
        parts = [
            translate("Ranking", "{count} {reason}").format(count=count, reason=self.filters.reasons[name])
            for name, count in self.filters.counts().items()
            if count
        ]
        return translate("Ranking", "{scored} of {loaded} scored; {total} filtered out ({reasons}).").format(
            scored=len(self), loaded=counted(len(self.dataset), "project"), total=total, reasons="; ".join(parts)
        )

    def position_of(self, project_id: str) -> int | None:
        """0-based rank position of a project (rank − 1), or None if it was not scored."""
        ids = self.dataset.projects["project_id"].to_numpy()[self.scored]
        found = np.flatnonzero(ids == project_id)
        return int(found[0]) if found.size else None

    def assumptions(self, position: int) -> list[str]:
        """What was assumed for the project at a rank position, in sentences (empty when nothing was)."""
        return self.assumption_notes[position]

    @cached_property
    def assumption_notes(self) -> list[list[str]]:
        """Per rank position, the assumptions behind the scores; Python runs only over the flagged projects."""
        table = self.table
        notes: list[list[str]] = [[] for _ in range(len(table))]
        floor = self.parameters.unknown_feed_floor
        for i in np.flatnonzero(table["site_risk_assumed"].to_numpy(dtype=bool)):
            notes[i].append(
                translate("Ranking", "No governance data for {country}: site country risk assumed {risk}.").format(
                    country=table["country"].iat[i], risk=f"{table['site_risk'].iat[i]:.1f}"
                )
            )
        for i in np.flatnonzero(table["feed_risk_assumed"].to_numpy(dtype=bool)):
            notes[i].append(
                translate(
                    "Ranking", "Feed country unknown: feed risk assumed max(site risk, {floor}) = {risk}."
                ).format(floor=f"{floor:g}", risk=f"{table['feed_risk'].iat[i]:.1f}")
            )
        for i in np.flatnonzero(table["elements"].to_numpy(dtype=object) == ""):
            notes[i].append(translate("Ranking", "No rare-earth element listed: coverage score 0."))
        for i in np.flatnonzero(table["tonnage_estimated"].to_numpy(dtype=bool)):
            notes[i].append(
                translate(
                    "Ranking", "Tonnage per element not given for every element: the rest shared by typical shares."
                )
            )
        for i in np.flatnonzero(table["form_assumed"].to_numpy(dtype=bool)):
            notes[i].append(
                translate("Ranking", "Product form not known: valued as {output} made from {input}.").format(
                    output=table["output_form"].iat[i], input=table["input_form"].iat[i]
                )
            )
        for i in np.flatnonzero(table["stage_unknown"].to_numpy(dtype=bool)):
            notes[i].append(
                translate("Ranking", "No stage given: delivery probability of a DFS-stage project assumed.")
            )
        return notes

    @cached_property
    def flag_codes(self) -> list[list[str]]:
        """Per rank position, the short codes of what a committee should ask about (``score --json`` ``flags``):
        :data:`~evaluator.model.columns.FLAG_CODES` set for the project, then ``starts_after_target_year``."""
        table = self.table
        late = table["start_year"].to_numpy(dtype=float, na_value=np.nan) > self.parameters.target_year
        marks = {code: table[code].to_numpy(dtype=bool) for code in FLAG_CODES} | {"starts_after_target_year": late}
        return [[code for code, mark in marks.items() if mark[i]] for i in range(len(table))]

    def expected_tonnes_by_element(self, position: int) -> dict[str, float]:
        """E_e in the target year of the project at a rank position, for the elements with E > 0 (METHOD.md §2.3)."""
        row = self.matrices["expected_tonnes"][self.scored[position]]
        return {symbol: float(row[e]) for e, symbol in enumerate(SYMBOLS) if row[e] > 0}


def score(dataset: Dataset, params: Parameters | None = None) -> Ranking:
    """Score every project of ``dataset`` under ``params`` and rank the ones that pass the filters."""
    params = params or Parameters()
    projects = dataset.projects
    fx = params.fx_rates()

    capex = dataset.usd("capex_m", fx)
    opex = dataset.usd("opex_per_kg", fx)
    capacity = reo_capacity(projects, params.magnet_reo_share)
    crf = capital_recovery_factor(params.discount_rate, params.life_years)
    capital = capital_charge(capex, capacity, crf, params.utilisation)
    lcop = capital + opex
    cost_parts = cost_breakdown(
        dataset, params, capacity_tpa=capacity, capex_musd=capex, opex_usd_per_kg=opex, lcop=lcop, crf=crf
    )
    coverage_parts = coverage_breakdown(dataset, params, cost_parts)

    risk_by_country = country_risk(dataset.countries, params.alignment_discount, params.dominant_supplier)
    site_positions = dataset.site_positions
    site = lookup(risk_by_country, site_positions)
    feed_known = feed_risk(risk_by_country, *dataset.feed_shares, len(projects))
    risk, feed, feed_assumed = project_risk(site, feed_known, params.site_share, params.unknown_feed_floor)
    assumed_countries = np.append(dataset.countries.frame["origin"].to_numpy() == "assumed", False)
    site_assumed = assumed_countries[site_positions]
    coverage = coverage_parts.score

    filters = apply_filters(projects, dataset.coverage, risk, params)
    keep = ~filters.removed
    if params.cost_basis == "value":
        cost = cost_parts.value_score
    elif params.normalisation == "absolute":
        cost = absolute_cost(lcop, params.lcop_lo, params.lcop_hi)
    else:
        cost = np.full(len(projects), np.nan)
        cost[keep] = minmax_cost(lcop[keep])
    risk_score = 100.0 - risk

    matrix = np.column_stack([cost, risk_score, coverage])[keep]
    weights = np.asarray(params.weights())
    aggregate = aggregation(params.method, params.topsis_reference)
    overall_kept, contributions_kept = aggregate(matrix, weights)
    overall = np.full(len(projects), np.nan)
    overall[keep] = overall_kept
    contributions = np.full((len(projects), len(CRITERIA)), np.nan)
    contributions[keep] = contributions_kept

    kept = np.flatnonzero(keep)
    with np.errstate(over="ignore", invalid="ignore"):  # rounding an infinite LCOP keeps it infinite
        order = np.lexsort(
            (
                dataset.id_order[kept],
                np.round(lcop[kept], TIE_TOLERANCE_DECIMALS),
                -np.round(overall_kept, TIE_TOLERANCE_DECIMALS),
            )
        )
    values = {
        "capacity_tpa": capacity,
        "capex_musd": capex,
        "capex_low_musd": dataset.usd("capex_low_m", fx),
        "capex_high_musd": dataset.usd("capex_high_m", fx),
        "opex_usd_per_kg": opex,
        "opex_low_usd_per_kg": dataset.usd("opex_low_per_kg", fx),
        "opex_high_usd_per_kg": dataset.usd("opex_high_per_kg", fx),
        "lcop_capital_usd_per_kg": capital,
        "lcop_usd_per_kg": lcop,
        **_cost_values(cost_parts),
        "cost_score": cost,
        "site_risk": site,
        "feed_risk": feed,
        "feed_risk_assumed": feed_assumed,
        "site_risk_assumed": site_assumed,
        "project_risk": risk,
        "risk_score": risk_score,
        **_coverage_values(coverage_parts, params),
        "coverage_score": coverage,
        "overall": overall,
        **{f"contribution_{name}": contributions[:, k] for k, name in enumerate(CRITERIA)},
    }
    matrices = {
        "tonnes": cost_parts.tonnes,
        "expected_tonnes": coverage_parts.expected,
        "gap": coverage_parts.gap,
    }
    return Ranking(dataset, params, kept[order], values, filters, crf, risk_by_country, matrices)


def reo_capacity(projects: pd.DataFrame, magnet_reo_share: float) -> np.ndarray:
    """Capacity in t/y REO (METHOD.md v2 §1): a column given in t magnet/y (or t NdFeB) is converted here, by the
    ``magnet_reo_share`` in force, so changing the share re-scores without re-reading the workbook."""
    capacity = projects["capacity_tpa"].to_numpy(dtype=float)
    if "capacity_magnet_t" not in projects:
        return capacity
    magnet = projects["capacity_magnet_t"].to_numpy(dtype=float)
    return np.where(np.isnan(magnet), capacity, magnet * magnet_reo_share)


def _cost_values(parts: CostBreakdown) -> dict[str, np.ndarray]:
    """The §2.1 columns of the ranking, by their result-column keys."""
    return {
        "output_form": parts.output_form.to_numpy(dtype=object),
        "input_form": parts.input_form.to_numpy(dtype=object),
        "basket_usd_per_kg": parts.basket,
        "value_out_usd_per_kg": parts.value_out,
        "value_in_usd_per_kg": parts.value_in,
        "value_added_usd_per_kg": parts.value_added,
        "margin_usd_per_kg": parts.margin,
        "npv_musd": parts.npv,
        "irr": parts.irr,
        "cost_to_value": parts.k,
        "tonnage_estimated": parts.tonnage_estimated,
        "form_assumed": parts.form_assumed,
        "no_value_added": ~(parts.value_added > 0),
    }


def _coverage_values(parts: CoverageBreakdown, params: Parameters) -> dict[str, np.ndarray]:
    """The §2.3 columns: π, credit, chain stage, and expected tonnes of the magnet elements for the table."""
    expected = parts.expected
    return {
        "delivery_probability": parts.probability,
        "form_credit": parts.credit,
        "chain_stage": parts.chain,
        "stage_unknown": parts.stage_unknown,
        "expected_ndpr_t": expected[:, INDEX["Nd"]] + expected[:, INDEX["Pr"]],
        "expected_dy_t": expected[:, INDEX["Dy"]],
        "expected_tb_t": expected[:, INDEX["Tb"]],
    }
