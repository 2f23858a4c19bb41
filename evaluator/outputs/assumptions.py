"""The Assumptions of a committee pack (method, parameters, provenance, reference data) as labelled sections.

One builder for the workbook's ``Assumptions`` sheet and the PDF's assumption pages, so both print the same facts.
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from evaluator import __version__
from evaluator.base.paths import reference_file
from evaluator.model.dataset import feed_codes
from evaluator.model.parameters import DESCRIPTIONS, Parameters
from evaluator.reference.currencies import BASE, fx_parameter
from evaluator.reference.elements import NAMES, SYMBOLS
from evaluator.reference.tables import read_metadata
from evaluator.scoring.provenance import parameters_digest
from evaluator.scoring.ranking import Ranking

if TYPE_CHECKING:
    from evaluator.analysis.portfolio import PortfolioResult
    from evaluator.analysis.robustness import Robustness


def method_line(params: Parameters) -> str:
    w = params.weights()
    name = "weighted sum (WSM)" if params.method == "wsm" else "TOPSIS"
    return f"{name}; weights cost {w[0]:.0%}, risk {w[1]:.0%}, coverage {w[2]:.0%}"


def assumption_sections(
    ranking: Ranking,
    shortlist: pd.DataFrame,
    ui_language: str | None,
    *,
    robustness: Robustness | None = None,
    portfolio: PortfolioResult | None = None,
    cut_sheets: Sequence[Sequence[Any]] = (),
) -> list[tuple[str, list[list[Any]]]]:
    """The Assumptions of a committee pack as titled sections of rows (label, value, ...), in English.

    Method, weights, every parameter, reference-data versions, the input file and its SHA-256, app version, time,
    and the settings of the analyses that were run; the workbook's Assumptions sheet and the PDF print these.
    """
    params = ranking.parameters
    dataset = ranking.dataset
    source = dataset.source
    crf = ranking.crf
    w = params.weights()
    provenance: list[list[Any]] = [
        ["Application", f"REE Processing Investment Evaluator {__version__}"],
        ["Generated at", dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")],
        ["Input file", source.path.name if source else "(data built in code)"],
        ["Input SHA-256", source.sha256 if source else ""],
        ["Data digest", dataset.digest],
        ["Parameters digest", parameters_digest(params)],
        ["Input size (bytes)", source.size_bytes if source else ""],
        ["Projects sheet", dataset.sheet],
        ["Data rows read", dataset.rows_read],
        ["Projects loaded", len(dataset)],
        ["Rows left out (errors)", dataset.rows_with_errors],
        ["Warnings", dataset.warning_count],
        ["Projects scored", len(ranking)],
        ["Filters", ranking.filter_summary()],
        ["Projects on the shortlist", len(shortlist)],
        ["Python / platform", f"{platform.python_version()} / {platform.system()}"],
    ]
    if dataset.import_choices.as_dict():
        provenance.append(["Import choices", dataset.import_choices.to_json().replace("\n", " ")])
    if ui_language:
        provenance.append(["UI language", ui_language])
    provenance.extend(list(row) for row in cut_sheets)  # a sheet cut at Excel's last row says so (issue 9.10)
    method = [
        ["Method", method_line(params)],
        ["Weights (normalised)", f"cost {w[0]:.4f}, risk {w[1]:.4f}, coverage {w[2]:.4f}"],
        [
            "Capital recovery factor",
            f"CRF = r(1+r)^n/((1+r)^n-1) = {crf:.6f} (r = {params.discount_rate:g}, n = {params.life_years})",
        ],
        ["LCOP (USD/kg REO)", f"capex·1e6·CRF/(capacity·1000·u) + opex, u = {params.utilisation:g}"],
        [
            "Cost score",
            "100·(LCOP_max − LCOP)/(LCOP_max − LCOP_min) over the projects scored; all equal → 100"
            if params.normalisation == "minmax"
            else f"100·clip((hi − LCOP)/(hi − lo), 0, 1), lo = {params.lcop_lo:g}, hi = {params.lcop_hi:g}",
        ],
        [
            "Country risk",
            f"governance risk × (1 − {params.alignment_discount:g}) if aligned; "
            f"{params.dominant_supplier or 'no country'} = 100 (dominant supplier)",
        ],
        [
            "Project risk",
            f"{params.site_share:g}·R_site + {1 - params.site_share:g}·R_feed; unknown feed: "
            f"R_feed = max(R_site, {params.unknown_feed_floor:g})",
        ],
        ["Risk score", "100 − project risk"],
        ["Coverage score", "100·Σ c_e·covered_e / Σ c_e"],
        [
            "Overall",
            "Σ w_k·score_k"
            if params.method == "wsm"
            else "TOPSIS: vector normalisation, weighted, ideal = column max, anti-ideal = column min, "
            "100·d⁻/(d⁺ + d⁻)",
        ],
        ["Ties", "lower LCOP first, then project_id"],
        [
            "Contributions",
            "w_k·score_k (they sum to the overall score)"
            if params.method == "wsm"
            else "overall split by each criterion's share of d⁻² (distance from the anti-ideal)",
        ],
    ]
    defaults = Parameters().as_dict()
    parameters = [["Parameter", "Value", "Meaning", "Default"]] + [
        [name, plain(value), DESCRIPTIONS.get(name, ""), plain(defaults[name])]
        for name, value in params.as_dict().items()
    ]
    reference = []
    for label, info in (("Country table", dataset.countries.info), ("Element table", dataset.elements.info)):
        reference.append(
            [label, f"{info.get('file', '')}, version {info.get('version', '?')}, data year {info.get('year', '?')}"]
        )
        reference.append(["  source", info.get("source", "")])
        reference.append(["  overridden by the workbook", info.get("overridden", "none")])
    fx_info = read_metadata(reference_file("fx.csv"))
    reference.append(
        ["FX table", f"fx.csv, version {fx_info.get('version', '?')}, data year {fx_info.get('year', '?')}"]
    )
    reference.append(["  source", fx_info.get("source", "")])
    elements = dataset.elements.frame
    element_rows = [["Element", "Criticality c_e", "Group / magnet", "Indicative price USD/kg (source)"]] + [
        [
            f"{s} {NAMES[s]}",
            float(elements.at[s, "criticality"]),
            f"{elements.at[s, 'group']}{', magnet' if elements.at[s, 'magnet'] else ''}",
            (plain(elements.at[s, "price_usd_per_kg"]) or "not traded") + f" ({elements.at[s, 'origin']})",
        ]
        for s in SYMBOLS
    ]
    risk = ranking.country_risks
    projects = dataset.projects
    used = sorted((set(projects["country_iso3"]) | set(projects["feed_country_iso3"]) | feed_codes(projects)) - {""})
    frame = dataset.countries.frame
    country_rows = [["Country", "Governance risk", "Aligned / source", "Country risk R_c used"]] + [
        [
            f"{frame.at[c, 'name']} ({c})",
            float(frame.at[c, "governance_risk"]),
            f"{'aligned' if frame.at[c, 'aligned'] else 'not aligned'} ({frame.at[c, 'origin']})",
            round(float(risk[c]), 2),
        ]
        for c in used
        if c in frame.index
    ]
    analyses: list[list[Any]] = []
    if robustness is not None:
        mc = robustness.monte_carlo
        analyses += [
            ["Monte Carlo samples", mc.samples],
            ["Monte Carlo seed", mc.seed],
            ["Dirichlet α", mc.alpha],
            [
                "Ranges sampled",
                f"{mc.varied.get('capex_ranges', 0)} capex, {mc.varied.get('opex_ranges', 0)} opex "
                "(triangular low/base/high)",
            ],
            ["Weight sweep", "each weight 0 to 1 in 21 steps, the others keeping their ratio"],
        ]
    if portfolio is not None:
        from evaluator.analysis.milp import SOLVER  # here: HiGHS loads only when there is a portfolio to record

        c = portfolio.constraints
        analyses += [
            ["Portfolio budget (USD m)", c.budget_musd],
            ["Portfolio max projects", c.max_projects or "(no limit)"],
            ["Portfolio per country", c.per_country or "(no limit)"],
            ["Portfolio min countries", f"{c.min_countries} for {', '.join(sorted(c.critical))}"],
            ["Portfolio solver", f"{SOLVER}, status {portfolio.status}"],
        ]
    sections = [
        ("Assumptions and provenance", provenance),
        ("Method (METHOD.md sections 2-3)", method),
    ]
    if rates := exchange_rates_used(dataset, params):
        sections.append(("Exchange rates used", rates))
    if analyses:
        sections.append(("Robustness analyses (METHOD.md sections 4-5)", analyses))
    return [
        *sections,
        ("Parameters", parameters),
        ("Reference data", reference),
        ("Element criticality in use", element_rows),
        ("Countries of the loaded projects", country_rows),
    ]


def exchange_rates_used(dataset: Any, params: Parameters) -> list[list[Any]]:
    """The rate of every currency the money columns are in, and where it came from (issue 8.9); empty for USD only."""
    used = sorted({code for code in dataset.currencies.values() if code and code != BASE})
    if not used:
        return []
    defaults = Parameters()
    rows: list[list[Any]] = [["Currency", "Units per USD", "Source", "Columns"]]
    for code in used:
        name = fx_parameter(code)
        rate = getattr(params, name)
        if name in dataset.settings and dataset.settings[name] == rate:
            origin = "the workbook's FX or Settings sheet"
        elif rate == getattr(defaults, name):
            origin = "bundled FX table (Federal Reserve G.5A, 2023 annual average)"
        else:
            origin = f"set for this run ({name})"
        columns = ", ".join(column for column, currency in dataset.currencies.items() if currency == code)
        rows.append([code, rate, origin, columns])
    return rows


def plain(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value) if value else "(none)"
    if value is None:
        return "(none)"
    if isinstance(value, float) and np.isnan(value):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)
