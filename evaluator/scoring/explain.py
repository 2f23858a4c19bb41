"""Why this rank: a project's scores taken apart in words and numbers, for the detail panel and reports.

Everything here reads the :class:`~evaluator.scoring.ranking.Ranking` breakdown; nothing is recomputed differently from
the scoring, so what a person reads is what ranked the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.base.wording import join_list
from evaluator.model.criteria import CRITERIA
from evaluator.reference.elements import SYMBOLS, element_name
from evaluator.reference.vocabulary import category_label
from evaluator.scoring.ranking import Ranking


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
    #: METHOD.md v2 §2.3, per element with a gap at the project's stage: (symbol, expected t/y, γ·gap t/y), the
    #: detail panel's small bar of this project's tonnes against what earns full credit. Empty under v1 coverage.
    coverage_bars: list[tuple[str, float, float]] = field(default_factory=list)
    #: "Cost per dollar of value added" (v2) or "LCOP build-up" (v1): the cost section's heading key.
    cost_basis: str = "value"


def explain(ranking: Ranking, position: int) -> Explanation:
    """Explain the project at 0-based rank ``position`` of ``ranking``."""
    table = ranking.table
    row = table.iloc[position]
    params = ranking.parameters
    crf = ranking.crf
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
        (translate("Explain", "Project ID"), str(row["project_id"])),
        (translate("Explain", "Sponsor"), str(row["sponsor"]) or "—"),
        (translate("Explain", "Country"), str(row["country"])),
        (
            translate("Explain", "Facility type"),
            category_label(str(row["facility_type"])) if row["facility_type"] else "—",
        ),
        (translate("Explain", "Stage"), category_label(str(row["stage"])) if row["stage"] else "—"),
        (
            translate("Explain", "Capacity"),
            translate("Explain", "{capacity} t/y REO").format(capacity=f"{row['capacity_tpa']:,.0f}"),
        ),
        (
            translate("Explain", "Capex"),
            translate("Explain", "{capex} USD m").format(capex=f"{row['capex_musd']:,.1f}")
            + _range(row["capex_low_musd"], row["capex_high_musd"]),
        ),
        (
            translate("Explain", "Opex"),
            translate("Explain", "{opex} USD/kg").format(opex=f"{row['opex_usd_per_kg']:,.2f}")
            + _range(row["opex_low_usd_per_kg"], row["opex_high_usd_per_kg"]),
        ),
        (translate("Explain", "Feed country"), str(row["feed_country"]) or translate("Explain", "unknown")),
        (translate("Explain", "Input row"), f"{ranking.dataset.sheet}!{row['excel_row']}"),
    ]
    scale = (
        translate("Explain", "min–max over the projects scored")
        if params.normalisation == "minmax"
        else translate("Explain", "absolute scale {lo}–{hi} USD/kg").format(
            lo=f"{params.lcop_lo:g}", hi=f"{params.lcop_hi:g}"
        )
    )
    lcop_lines = [
        translate("Explain", "Capital recovery factor CRF = {crf} (r = {rate}, n = {years} years).").format(
            crf=f"{crf:.4f}", rate=f"{params.discount_rate:.1%}", years=params.life_years
        ),
        translate(
            "Explain",
            "Capital charge = {capex} USD m × 10⁶ × {crf} / ({capacity} t/y × 1000 × {utilisation}) = {charge} USD/kg.",
        ).format(
            capex=f"{row['capex_musd']:,.1f}",
            crf=f"{crf:.4f}",
            capacity=f"{row['capacity_tpa']:,.0f}",
            utilisation=f"{params.utilisation:.0%}",
            charge=f"{row['lcop_capital_usd_per_kg']:,.2f}",
        ),
        translate("Explain", "LCOP = {charge} + opex {opex} = {lcop} USD/kg → cost score {score} ({scale}).").format(
            charge=f"{row['lcop_capital_usd_per_kg']:,.2f}",
            opex=f"{row['opex_usd_per_kg']:,.2f}",
            lcop=f"{row['lcop_usd_per_kg']:,.2f}",
            score=f"{row['cost_score']:.1f}",
            scale=scale,
        ),
    ]
    feed_text = (
        translate("Explain", "feed country unknown, assumed max(site, {floor}) = {risk}").format(
            floor=f"{params.unknown_feed_floor:g}", risk=f"{row['feed_risk']:.1f}"
        )
        if row["feed_risk_assumed"]
        else translate("Explain", "feed {country} {risk}").format(
            country=row["feed_country"], risk=f"{row['feed_risk']:.1f}"
        )
    )
    risk_lines = [
        translate("Explain", "Site {country}: country risk {risk}{note}.").format(
            country=row["country"], risk=f"{row['site_risk']:.1f}", note=_site_note(ranking, row)
        ),
        translate("Explain", "Feed: {feed}.").format(feed=feed_text),
        translate(
            "Explain", "Project risk = {site_share} × {site} + {feed_share} × {feed} = {risk} → risk score {score}."
        ).format(
            site_share=f"{params.site_share:.0%}",
            site=f"{row['site_risk']:.1f}",
            feed_share=f"{1 - params.site_share:.0%}",
            feed=f"{row['feed_risk']:.1f}",
            risk=f"{row['project_risk']:.1f}",
            score=f"{row['risk_score']:.1f}",
        ),
    ]
    produced = (
        translate("Explain", "Produces {elements}.").format(
            elements=join_list([f"{s} ({element_name(s)})" for s in covered])
        )
        if covered
        else translate("Explain", "Produces no listed element.")
    )
    coverage_lines = [
        produced,
        translate("Explain", "Criticality covered {covered} of {total} → coverage score {score}.").format(
            covered=f"{sum(float(criticality[s]) for s in covered):g}",
            total=f"{total:g}",
            score=f"{row['coverage_score']:.1f}",
        ),
    ]
    if missing_magnet:
        coverage_lines.append(
            translate("Explain", "Magnet elements not produced: {elements}.").format(elements=join_list(missing_magnet))
        )
    bars: list[tuple[str, float, float]] = []
    if params.cost_basis == "value":
        lcop_lines = lcop_lines[:2] + _value_lines(ranking, row)
    if params.coverage_basis == "gap":
        coverage_lines, bars = _gap_lines(ranking, row, dataset_row)
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
        coverage_bars=bars,
        cost_basis=params.cost_basis,
    )


def _value_lines(ranking: Ranking, row) -> list[str]:
    """METHOD.md v2 §2.1 in sentences: LCOP, basket, output and feed values, value added, k and the score."""
    params = ranking.parameters
    irr = row["irr"]
    return [
        translate("Explain", "LCOP = {charge} + opex {opex} = {lcop} USD per kg REO.").format(
            charge=f"{row['lcop_capital_usd_per_kg']:,.2f}",
            opex=f"{row['opex_usd_per_kg']:,.2f}",
            lcop=f"{row['lcop_usd_per_kg']:,.2f}",
        ),
        translate(
            "Explain", "Basket price {basket} USD/kg REO at the {deck} deck (this project's element mix)."
        ).format(basket=f"{row['basket_usd_per_kg']:,.2f}", deck=params.price_deck),
        translate(
            "Explain", "Output {output} worth {value_out} USD/kg, feed {input} {value_in}: value added {added} USD/kg."
        ).format(
            output=row["output_form"],
            value_out=f"{row['value_out_usd_per_kg']:,.2f}",
            input=row["input_form"],
            value_in=f"{row['value_in_usd_per_kg']:,.2f}",
            added=f"{row['value_added_usd_per_kg']:,.2f}",
        ),
        (
            translate(
                "Explain",
                "Cost per dollar of value added k = {lcop} / {added} = {k} → cost score {score} (100 at k ≤ {lo}, "
                "0 at k ≥ {hi}).",
            ).format(
                lcop=f"{row['lcop_usd_per_kg']:,.2f}",
                added=f"{row['value_added_usd_per_kg']:,.2f}",
                k=f"{row['cost_to_value']:.2f}",
                score=f"{row['cost_score']:.1f}",
                lo=f"{params.k_lo:g}",
                hi=f"{params.k_hi:g}",
            )
            if row["value_added_usd_per_kg"] > 0
            else translate("Explain", "The plant adds no value over its feed: cost score 0.")
        ),
        translate("Explain", "Margin {margin} USD/kg; NPV {npv} USD m; IRR {irr}.").format(
            margin=f"{row['margin_usd_per_kg']:,.2f}",
            npv=f"{row['npv_musd']:,.0f}",
            irr=f"{irr:.1%}" if np.isfinite(irr) else translate("Explain", "none (value added does not cover opex)"),
        ),
    ]


def _gap_lines(ranking: Ranking, row, dataset_row: int) -> tuple[list[str], list[tuple[str, float, float]]]:
    """METHOD.md v2 §2.3 in sentences, and per element with a gap its expected tonnes against γ·gap."""
    params = ranking.parameters
    expected = ranking.matrices["expected_tonnes"][dataset_row]
    gap = ranking.matrices["gap"][dataset_row]
    year = row["start_year"]
    lines = [
        translate(
            "Explain",
            "Delivery probability π = {pi} (stage {stage}, start {start}, target year {target}); credit {credit} for "
            "{form} at the {chain} stage.",
        ).format(
            pi=f"{row['delivery_probability']:.2f}",
            stage=category_label(str(row["stage"])) if row["stage"] else "—",
            start=int(year) if year is not None and not pd.isna(year) else "—",
            target=params.target_year,
            credit=f"{row['form_credit']:.0%}",
            form=row["output_form"],
            chain=row["chain_stage"],
        )
    ]
    bars = [
        (symbol, float(expected[e]), float(params.gap_share_full * gap[e]))
        for e, symbol in enumerate(SYMBOLS)
        if gap[e] > 0 and expected[e] > 0
    ]
    for symbol, tonnes, target in bars:
        lines.append(
            translate(
                "Explain", "{symbol}: {tonnes} t expected of the {target} t that earn full credit ({share})."
            ).format(
                symbol=symbol,
                tonnes=f"{tonnes:,.1f}",
                target=f"{target:,.0f}",
                share=f"{min(1.0, tonnes / target):.0%}",
            )
        )
    if not bars:
        lines.append(translate("Explain", "No expected tonnes of an element in deficit at this stage."))
    lines.append(
        translate(
            "Explain", "Coverage score {score} (γ = {gamma} of each element's gap earns its full weight)."
        ).format(score=f"{row['coverage_score']:.1f}", gamma=f"{params.gap_share_full:.0%}")
    )
    return lines, bars


def _range(low: float, high: float) -> str:
    if np.isnan(low) and np.isnan(high):
        return ""
    low_text = "—" if np.isnan(low) else f"{low:,.1f}"
    high_text = "—" if np.isnan(high) else f"{high:,.1f}"
    return translate("Explain", " (range {low} to {high})").format(low=low_text, high=high_text)


def _site_note(ranking: Ranking, row) -> str:
    params = ranking.parameters
    iso3 = row["country_iso3"]
    frame = ranking.dataset.countries.frame
    if iso3 == params.dominant_supplier:
        return translate("Explain", " (dominant supplier: set to 100)")
    if row["site_risk_assumed"]:
        return translate("Explain", " (no governance data: assumed)")
    if iso3 in frame.index and bool(frame.at[iso3, "aligned"]):
        return translate("Explain", " (governance risk {risk} × (1 − {discount}), aligned)").format(
            risk=f"{frame.at[iso3, 'governance_risk']:.1f}", discount=f"{params.alignment_discount:g}"
        )
    return translate("Explain", " (governance risk, not aligned)")


def _comparison(ranking: Ranking, position: int) -> list[str]:
    """How the project differs from the one just above it (or, for rank 1, from rank 2), criterion by criterion."""
    if len(ranking) < 2:
        return [translate("Explain", "The only project scored.")]
    table = ranking.table
    other = position - 1 if position > 0 else 1
    mine, theirs = table.iloc[position], table.iloc[other]
    gaps = {c: float(mine[f"contribution_{c}"] - theirs[f"contribution_{c}"]) for c in CRITERIA}
    against = (
        translate("Explain", "Against rank {rank} ({name}, above): overall {gap}.")
        if other < position
        else translate("Explain", "Against rank {rank} ({name}, below): overall {gap}.")
    )
    lines = [against.format(rank=other + 1, name=theirs["name"], gap=f"{mine['overall'] - theirs['overall']:+.1f}")]
    names = {
        "cost": translate("Explain", "Cost"),
        "risk": translate("Explain", "Risk"),
        "coverage": translate("Explain", "Coverage"),
    }
    for criterion, gap in sorted(gaps.items(), key=lambda item: -abs(item[1])):
        lines.append(
            translate("Explain", "{criterion}: {gap} points of overall score.").format(
                criterion=names[criterion], gap=f"{gap:+.1f}"
            )
        )
    if abs(mine["overall"] - theirs["overall"]) < 1e-9:
        lines.append(translate("Explain", "Tied on overall score: ordered by lower LCOP, then project ID."))
    return lines
