"""Why this rank: a project's scores taken apart in words and numbers, for the detail panel and reports.

Everything here reads the :class:`~evaluator.ranking.Ranking` breakdown; nothing is recomputed differently from
the scoring, so what a person reads is what ranked the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from evaluator.elements import NAMES, SYMBOLS
from evaluator.lcop import capital_recovery_factor
from evaluator.parameters import CRITERIA
from evaluator.ranking import Ranking


@dataclass(frozen=True)
class Contribution:
    """One criterion's part of the overall score."""

    criterion: str
    weight: float
    score: float
    contribution: float


@dataclass(frozen=True)
class Explanation:
    """The pieces of a project's rank, ready to lay out: each field is plain data or a list of sentences."""

    project_id: str
    name: str
    rank: int
    of: int
    overall: float
    method: str
    inputs: list[tuple[str, str]]
    lcop_lines: list[str]
    risk_lines: list[str]
    coverage_lines: list[str]
    contributions: list[Contribution]
    comparison: list[str]
    assumptions: list[str] = field(default_factory=list)


def explain(ranking: Ranking, position: int) -> Explanation:
    """Explain the project at 0-based rank ``position`` of ``ranking``."""
    table = ranking.table
    row = table.iloc[position]
    params = ranking.parameters
    crf = capital_recovery_factor(params.discount_rate, params.life_years)
    weights = dict(zip(CRITERIA, ranking.weights, strict=True))
    contributions = [
        Contribution(c, weights[c], float(row[f"{c}_score"]), float(row[f"contribution_{c}"])) for c in CRITERIA
    ]
    dataset_row = int(ranking.scored[position])
    covered = [SYMBOLS[e] for e in np.flatnonzero(ranking.dataset.coverage[dataset_row])]
    criticality = ranking.dataset.elements.frame["criticality"]
    total = float(criticality.sum())
    magnet = ranking.dataset.elements.frame["magnet"]
    missing_magnet = [s for s in SYMBOLS if magnet[s] and s not in covered]

    inputs = [
        ("Project ID", str(row["project_id"])),
        ("Sponsor", str(row["sponsor"]) or "—"),
        ("Country", str(row["country"])),
        ("Facility type", str(row["facility_type"] or "—")),
        ("Stage", str(row["stage"] or "—")),
        ("Capacity", f"{row['capacity_tpa']:,.0f} t/y REO"),
        ("Capex", f"{row['capex_musd']:,.1f} USD m" + _range(row["capex_low_musd"], row["capex_high_musd"])),
        (
            "Opex",
            f"{row['opex_usd_per_kg']:,.2f} USD/kg" + _range(row["opex_low_usd_per_kg"], row["opex_high_usd_per_kg"]),
        ),
        ("Feed country", str(row["feed_country"]) or "unknown"),
        ("Input row", f"{ranking.dataset.sheet}!{row['excel_row']}"),
    ]
    lcop_lines = [
        f"Capital recovery factor CRF = {crf:.4f} (r = {params.discount_rate:.1%}, n = {params.life_years} years).",
        f"Capital charge = {row['capex_musd']:,.1f} USD m × 10⁶ × {crf:.4f} / ({row['capacity_tpa']:,.0f} t/y × 1000 "
        f"× {params.utilisation:.0%}) = {row['lcop_capital_usd_per_kg']:,.2f} USD/kg.",
        f"LCOP = {row['lcop_capital_usd_per_kg']:,.2f} + opex {row['opex_usd_per_kg']:,.2f} = "
        f"{row['lcop_usd_per_kg']:,.2f} USD/kg → cost score {row['cost_score']:.1f}"
        + (
            " (min–max over the projects scored)."
            if params.normalisation == "minmax"
            else f" (absolute scale {params.lcop_lo:g}–{params.lcop_hi:g} USD/kg)."
        ),
    ]
    feed_text = (
        f"feed country unknown, assumed max(site, {params.unknown_feed_floor:g}) = {row['feed_risk']:.1f}"
        if row["feed_risk_assumed"]
        else f"feed {row['feed_country']} {row['feed_risk']:.1f}"
    )
    risk_lines = [
        f"Site {row['country']}: country risk {row['site_risk']:.1f}{_site_note(ranking, row)}.",
        f"Feed: {feed_text}.",
        f"Project risk = {params.site_share:.0%} × {row['site_risk']:.1f} + {1 - params.site_share:.0%} × "
        f"{row['feed_risk']:.1f} = {row['project_risk']:.1f} → risk score {row['risk_score']:.1f}.",
    ]
    coverage_lines = [
        "Produces " + (", ".join(f"{s} ({NAMES[s]})" for s in covered) if covered else "no listed element") + ".",
        f"Criticality covered {sum(float(criticality[s]) for s in covered):g} of {total:g} → coverage score "
        f"{row['coverage_score']:.1f}.",
    ]
    if missing_magnet:
        coverage_lines.append("Magnet elements not produced: " + ", ".join(missing_magnet) + ".")
    return Explanation(
        project_id=str(row["project_id"]),
        name=str(row["name"]),
        rank=position + 1,
        of=len(ranking),
        overall=float(row["overall"]),
        method=params.method,
        inputs=inputs,
        lcop_lines=lcop_lines,
        risk_lines=risk_lines,
        coverage_lines=coverage_lines,
        contributions=contributions,
        comparison=_comparison(ranking, position),
        assumptions=ranking.assumptions(position),
    )


def _range(low: float, high: float) -> str:
    if np.isnan(low) and np.isnan(high):
        return ""
    low_text = "—" if np.isnan(low) else f"{low:,.1f}"
    high_text = "—" if np.isnan(high) else f"{high:,.1f}"
    return f" (range {low_text} to {high_text})"


def _site_note(ranking: Ranking, row) -> str:
    params = ranking.parameters
    iso3 = row["country_iso3"]
    frame = ranking.dataset.countries.frame
    if iso3 == params.dominant_supplier:
        return " (dominant supplier: set to 100)"
    if row["site_risk_assumed"]:
        return " (no governance data: assumed)"
    if iso3 in frame.index and bool(frame.at[iso3, "aligned"]):
        return (
            f" (governance risk {frame.at[iso3, 'governance_risk']:.1f} × (1 − {params.alignment_discount:g}), aligned)"
        )
    return " (governance risk, not aligned)"


def _comparison(ranking: Ranking, position: int) -> list[str]:
    """How the project differs from the one just above it (or, for rank 1, from rank 2), criterion by criterion."""
    if len(ranking) < 2:
        return ["The only project scored."]
    table = ranking.table
    other = position - 1 if position > 0 else 1
    mine, theirs = table.iloc[position], table.iloc[other]
    gaps = {c: float(mine[f"contribution_{c}"] - theirs[f"contribution_{c}"]) for c in CRITERIA}
    relation = "above" if other < position else "below"
    lines = [
        f"Against rank {other + 1} ({theirs['name']}, {relation}): overall {mine['overall'] - theirs['overall']:+.1f}."
    ]
    for criterion, gap in sorted(gaps.items(), key=lambda item: -abs(item[1])):
        lines.append(f"{criterion.capitalize()}: {gap:+.1f} points of overall score.")
    if abs(mine["overall"] - theirs["overall"]) < 1e-9:
        lines.append("Tied on overall score: ordered by lower LCOP, then project ID.")
    return lines
