"""The ranked-shortlist workbook an investment committee reads without the app.

Sheets: ``Shortlist`` (top N, formatted), ``All projects``, ``Element coverage``, ``Import issues`` and
``Assumptions`` (method, weights, every parameter, reference-data versions, input file and its SHA-256, app
version, time). Written atomically; text is never written as a formula (see :mod:`evaluator.xlsx`).
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from evaluator import __version__
from evaluator.atomic import write_atomically
from evaluator.elements import NAMES, SYMBOLS
from evaluator.i18n import untranslated
from evaluator.lcop import capital_recovery_factor
from evaluator.parameters import DESCRIPTIONS, Parameters
from evaluator.provenance import Provenance, check_current, parameters_digest, provenance_of
from evaluator.ranking import Ranking
from evaluator.risk import country_risk
from evaluator.wording import counted

if TYPE_CHECKING:
    from evaluator.portfolio import PortfolioResult
    from evaluator.robustness import Robustness
from evaluator.xlsx import Column, close_quietly, key_value_sheet, write_table

INTEGER = "#,##0"
PERCENT = "0.0%"
MONEY = "#,##0.0"
SCORE = "0.0"

_PROJECT_COLUMNS: tuple[tuple[str, Column], ...] = (
    ("rank", Column("Rank", "0", 6)),
    ("project_id", Column("Project ID", None, 11)),
    ("name", Column("Project", None, 34)),
    ("sponsor", Column("Sponsor", None, 24)),
    ("country", Column("Country", None, 16)),
    ("facility_type", Column("Facility type", None, 12)),
    ("stage", Column("Stage", None, 13)),
    ("capacity_tpa", Column("Capacity (t/y REO)", INTEGER, 11)),
    ("capex_musd", Column("Capex (USD m)", MONEY, 11)),
    ("opex_usd_per_kg", Column("Opex (USD/kg)", MONEY, 10)),
    ("lcop_usd_per_kg", Column("LCOP (USD/kg)", MONEY, 10)),
    ("cost_score", Column("Cost score", SCORE, 9)),
    ("risk_score", Column("Risk score", SCORE, 9)),
    ("coverage_score", Column("Coverage score", SCORE, 10)),
    ("overall", Column("Overall score", SCORE, 10)),
    ("contribution_cost", Column("Cost contribution", SCORE, 12)),
    ("contribution_risk", Column("Risk contribution", SCORE, 12)),
    ("contribution_coverage", Column("Coverage contribution", SCORE, 12)),
    ("project_risk", Column("Project risk (0-100)", SCORE, 10)),
    ("elements", Column("Elements produced", None, 26, wrap=True)),
)
_DETAIL_COLUMNS: tuple[tuple[str, Column], ...] = (
    ("feed_country", Column("Feed country", None, 16)),
    ("site_risk", Column("Site country risk", SCORE, 10)),
    ("feed_risk", Column("Feed risk used", SCORE, 10)),
    ("lcop_capital_usd_per_kg", Column("LCOP capital part (USD/kg)", MONEY, 12)),
    ("capex_low_musd", Column("Capex low (USD m)", MONEY, 11)),
    ("capex_high_musd", Column("Capex high (USD m)", MONEY, 11)),
    ("opex_low_usd_per_kg", Column("Opex low (USD/kg)", MONEY, 10)),
    ("opex_high_usd_per_kg", Column("Opex high (USD/kg)", MONEY, 10)),
    ("start_year", Column("Start year", "0", 8)),
    ("excel_row", Column("Input row", "0", 8)),
)
_SCORE_KEYS = ("cost_score", "risk_score", "coverage_score", "overall")


def export_shortlist(
    ranking: Ranking,
    path: str | Path,
    *,
    top_n: int | None = None,
    selected_ids: Sequence[str] | None = None,
    ui_language: str | None = None,
    images: Sequence[tuple[str, bytes]] = (),
    robustness: Robustness | None = None,
    portfolio: PortfolioResult | None = None,
) -> Path:
    """Write the committee workbook to ``path`` atomically and return the path.

    The shortlist is the top ``top_n`` (default: the parameters' ``top_n``) or, when given, the ``selected_ids`` in
    rank order. ``images`` (title, PNG bytes), e.g. from :func:`evaluator.chart_images.render_chart_images`, go on
    a ``Charts`` sheet. ``robustness`` and ``portfolio`` (when computed) add the ``Sensitivity`` and ``Portfolio``
    sheets, and their settings and seed to ``Assumptions``. Raises :class:`~evaluator.atomic.OutputFileError` with
    a sentence when the file cannot be written.
    """
    _refuse_stale(ranking, robustness, portfolio)
    shortlist = _shortlist(ranking, top_n, selected_ids)

    def write(temp: Path) -> None:
        # Built inside the atomic write: write-only sheets stream to temp files that only save() closes.
        # The text this function writes is English whatever the UI speaks (column names stay interoperable);
        # the UI language is recorded on the Assumptions sheet.
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        try:
            _shortlist_sheet(workbook, ranking, shortlist, top_n, selected_ids)
            _all_projects_sheet(workbook, ranking)
            _coverage_sheet(workbook, ranking)
            if robustness is not None:
                _sensitivity_sheet(workbook, robustness)
            if portfolio is not None:
                _portfolio_sheet(workbook, portfolio)
            _issues_sheet(workbook, ranking)
            _assumptions_sheet(workbook, ranking, shortlist, ui_language, robustness=robustness, portfolio=portfolio)
            if images:
                _charts_sheet(workbook, images)
        except BaseException:
            close_quietly(workbook)
            raise
        workbook.save(temp)

    def write_in_english(temp: Path) -> None:
        with untranslated():
            write(temp)

    return write_atomically(path, write_in_english)


def _refuse_stale(ranking: Ranking, robustness: Robustness | None, portfolio: PortfolioResult | None) -> None:
    """Issue 8.1: an analysis computed for other data or parameters never reaches the committee pack.

    The app only hands over current results; this is the last guard, so a slip anywhere else fails loudly instead
    of printing one workbook's Monte Carlo under another's shortlist.
    """
    if robustness is not None:
        check_current(robustness.monte_carlo.provenance, ranking, unrelated_prefix="portfolio_", analysis="Monte Carlo")
        check_current(provenance_of(robustness.ranking), ranking, unrelated_prefix="portfolio_", analysis="sensitivity")
    if portfolio is not None:
        check_current(portfolio.provenance, ranking, unrelated_prefix="mc_", analysis="portfolio")


def _charts_sheet(workbook: Any, images: Sequence[tuple[str, bytes]]) -> None:
    """One picture per chart, each under its title, stacked down the sheet."""
    from io import BytesIO

    from openpyxl.drawing.image import Image

    from evaluator.xlsx import TITLE_FONT, text_cell

    sheet = workbook.create_sheet("Charts")
    row = 1
    for title, png in images:
        heading = text_cell(sheet, title)
        heading.font = TITLE_FONT
        sheet.append([heading])
        picture = Image(BytesIO(png))
        picture.anchor = f"A{row + 1}"
        sheet.add_image(picture)
        rows_used = int(picture.height / 20) + 3  # default row height is 15 pt = 20 px
        for _ in range(rows_used):
            sheet.append([])
        row += 1 + rows_used


def _shortlist(ranking: Ranking, top_n: int | None, selected_ids: Sequence[str] | None) -> pd.DataFrame:
    table = ranking.table
    if selected_ids is not None:
        return table[table["project_id"].isin(list(selected_ids))]
    return table.head(top_n or ranking.parameters.top_n)


def _method_line(params: Parameters) -> str:
    w = params.weights()
    name = "weighted sum (WSM)" if params.method == "wsm" else "TOPSIS"
    return f"{name}; weights cost {w[0]:.0%}, risk {w[1]:.0%}, coverage {w[2]:.0%}"


def _shortlist_sheet(
    workbook: Any, ranking: Ranking, shortlist: pd.DataFrame, top_n: int | None, selected: Sequence[str] | None
) -> None:
    keys = [key for key, _ in _PROJECT_COLUMNS] + ["assumptions"]
    columns = [column for _, column in _PROJECT_COLUMNS] + [Column("Assumptions", None, 40, wrap=True)]
    positions = shortlist.index.to_numpy()
    notes = ["; ".join(ranking.assumptions(int(p))) for p in positions]
    frame = shortlist.assign(assumptions=notes)
    what = f"{len(shortlist)} selected projects" if selected is not None else f"top {len(shortlist)}"
    source = ranking.dataset.source.path.name if ranking.dataset.source else "data built in code"
    write_table(
        workbook,
        "Shortlist",
        columns,
        _rows(frame, keys),
        heading=(
            f"Ranked shortlist: {what} of {len(ranking)} scored projects",
            f"{_method_line(ranking.parameters)}. Source: {source}. {ranking.filter_summary()} "
            "Scores 0-100, higher is better; method and parameters on the Assumptions sheet.",
        ),
        score_columns=[keys.index(k) for k in _SCORE_KEYS],
        freeze_columns=3,
    )


def _all_projects_sheet(workbook: Any, ranking: Ranking) -> None:
    table = ranking.table.assign(status="scored")
    filtered = ranking.filtered
    if len(filtered):
        rows = ranking.dataset.projects.reset_index(drop=True)
        positions = np.flatnonzero(ranking.filters.removed)
        extra = pd.DataFrame(
            {key: _values_at(ranking, rows, key, positions) for key, _ in _PROJECT_COLUMNS + _DETAIL_COLUMNS}
        )
        extra["rank"] = np.nan
        extra["status"] = ["filtered out: " + reason for reason in filtered["reason"]]
        table = pd.concat([table, extra], ignore_index=True)
    keys = [key for key, _ in _PROJECT_COLUMNS] + ["status"] + [key for key, _ in _DETAIL_COLUMNS]
    columns = [c for _, c in _PROJECT_COLUMNS] + [Column("Status", None, 30)] + [c for _, c in _DETAIL_COLUMNS]
    write_table(
        workbook,
        "All projects",
        columns,
        _rows(table, keys),
        score_columns=[keys.index(k) for k in _SCORE_KEYS],
        freeze_columns=3,
    )


def _values_at(ranking: Ranking, projects: pd.DataFrame, key: str, positions: np.ndarray) -> np.ndarray:
    if key in ranking.values:
        return ranking.values[key][positions]
    if key in projects.columns:
        return projects[key].to_numpy()[positions]
    return np.full(len(positions), np.nan)


def _coverage_sheet(workbook: Any, ranking: Ranking) -> None:
    elements = ranking.dataset.elements.frame
    element_columns = [
        Column(
            f"{s}\n{elements.at[s, 'group']}\n{'magnet' if elements.at[s, 'magnet'] else ''}\n"
            f"c = {elements.at[s, 'criticality']:g}",
            None,
            7.5,
        )
        for s in SYMBOLS
    ]
    columns = [
        Column("Rank", "0", 6),
        Column("Project ID", None, 11),
        Column("Project", None, 34),
        *element_columns,
        Column("Coverage score", SCORE, 10),
    ]
    coverage = ranking.dataset.coverage[ranking.scored]
    table = ranking.table
    marks = pd.DataFrame(np.where(coverage, "✓", None), columns=list(SYMBOLS))
    frame = pd.concat([table[["rank", "project_id", "name"]], marks, table[["coverage_score"]]], axis=1)
    totals = coverage.sum(axis=0) if len(coverage) else np.zeros(len(SYMBOLS), dtype=int)
    produced_by = ", ".join(f"{s} {n}" for s, n in zip(SYMBOLS, totals, strict=True))
    write_table(
        workbook,
        "Element coverage",
        columns,
        _rows(frame, list(frame.columns)),
        heading=(
            "Element coverage of the scored projects (✓ = produced)",
            "Header: symbol, light/heavy group, magnet element, criticality weight c. Projects producing each: "
            f"{produced_by}.",
        ),
        score_columns=[len(columns) - 1],
        freeze_columns=3,
    )


def _issues_sheet(workbook: Any, ranking: Ranking) -> None:
    issues = ranking.dataset.issues
    columns = [
        Column("Severity", None, 10),
        Column("Sheet", None, 14),
        Column("Cell", None, 16),
        Column("Column", None, 18),
        Column("Value seen", None, 24),
        Column("Problem", None, 90, wrap=True),
    ]
    rows = [[str(i.severity), i.sheet, i.cell, i.column, i.value, i.message] for i in issues]
    errors = sum(1 for i in issues if str(i.severity) == "error")
    heading = (
        "Import issues",
        f"{counted(errors, 'error')} (their rows are left out of scoring) and "
        f"{counted(len(issues) - errors, 'warning')} (rows kept) found in the input."
        if issues
        else "No issues were found in the input.",
    )
    write_table(workbook, "Import issues", columns, rows, heading=heading)


def _rows(frame: pd.DataFrame, keys: Sequence[str]) -> Any:
    arrays = [frame[key].to_numpy() if key in frame.columns else np.full(len(frame), None) for key in keys]
    for i in range(len(frame)):
        yield [array[i] for array in arrays]


def _sensitivity_sheet(workbook: Any, report: Robustness) -> None:
    """Rank acceptability, P(top-k), rank intervals, winner stability and the sweep's rank-1 changes."""
    mc = report.monte_carlo
    table = mc.table()
    shown_ranks = min(10, len(table))
    columns = [
        Column("Rank", "0", 6),
        Column("Project ID", None, 11),
        Column("Project", None, 34),
        Column("P(rank 1)", PERCENT, 9),
        Column("P(top 3)", PERCENT, 9),
        Column("P(top 5)", PERCENT, 9),
        Column("Mean rank", "0.0", 8),
        Column("Rank 5 %", "0", 8),
        Column("Rank 95 %", "0", 8),
        *[Column(f"P(rank = {r})", PERCENT, 9) for r in range(1, shown_ranks + 1)],
    ]
    rows = (
        [
            int(row.rank),
            row.project_id,
            row.name,
            row.p_top1,
            row.p_top3,
            row.p_top5,
            float(row.mean_rank),
            int(row.rank_p5),
            int(row.rank_p95),
            *mc.acceptability[i, :shown_ranks],
        ]
        for i, row in enumerate(table.itertuples(index=False))
    )
    sweep_lines = [
        f"{criterion.capitalize()} weight 0→100 % (now {item.current:.0%}): rank 1 changes "
        + ("; ".join(f"at {c.weight:.1%} from {c.before} to {c.after}" for c in item.changes) or "nowhere")
        for criterion, item in report.sweep.criteria.items()
    ]
    write_table(
        workbook,
        "Sensitivity",
        columns,
        rows,
        heading=(
            f"Sensitivity: Monte Carlo rank acceptability ({mc.samples:,} samples, seed {mc.seed}, "
            f"weights ~ Dirichlet(α·w), α = {mc.alpha:g}; capex/opex triangular where ranges exist)",
            f"Winner stability: {report.stability.sentence}",
            *sweep_lines,
            _stamp(mc.provenance),
        ),
        percent_columns=[3, 4, 5, *range(9, 9 + shown_ranks)],
        freeze_columns=3,
    )


def _portfolio_sheet(workbook: Any, result: PortfolioResult) -> None:
    """The chosen set, what each project adds, and element coverage before (by rank) and after (optimised)."""
    c = result.constraints
    limits = [f"budget {c.budget_musd:,.0f} USD m"]
    if c.max_projects:
        limits.append(f"at most {c.max_projects} projects")
    if c.per_country:
        limits.append(f"at most {c.per_country} per country")
    if c.min_countries:
        limits.append(f"{', '.join(sorted(c.critical))} each in ≥ {c.min_countries} countries")
    columns = [
        Column("Rank", "0", 6),
        Column("Project ID", None, 11),
        Column("Project", None, 34),
        Column("Country", None, 16),
        Column("Capex (USD m)", MONEY, 12),
        Column("Overall score", SCORE, 10),
        Column("Coverage it adds", SCORE, 12),
        Column("Only it provides", None, 22),
    ]
    projects = result.projects
    rows = (
        [int(r.rank), r.project_id, r.name, r.country, float(r.capex_musd), float(r.overall), float(r.adds), r.unique]
        for r in projects.itertuples(index=False)
    )
    element_columns = [
        Column("Element", None, 10),
        Column("Criticality", "0.0", 10),
        Column("Critical", None, 8),
        Column("Candidates", "0", 10),
        Column("Candidate countries", "0", 10),
        Column("Covered by rank", None, 10),
        Column("Countries (by rank)", "0", 10),
        Column("Covered by portfolio", None, 10),
        Column("Countries (portfolio)", "0", 10),
    ]
    elements = result.elements
    element_rows = [
        [
            e.symbol,
            float(e.criticality),
            "yes" if e.critical else "",
            int(e.candidates),
            int(e.candidate_countries),
            "✓" if e.before else "",
            int(e.before_countries),
            "✓" if e.after else "",
            int(e.after_countries),
        ]
        for e in elements.itertuples(index=False)
    ]
    write_table(
        workbook,
        "Portfolio",
        columns,
        rows,
        heading=(
            f"Portfolio ({result.status}): {len(result.selected)} projects, capex {result.capex_musd:,.0f} USD m, "
            f"element coverage {result.coverage:.1f} of 100 (picking by rank within the same limits: "
            f"{result.baseline_coverage:.1f})",
            f"Limits: {'; '.join(limits)}. Binding: {', '.join(result.binding) or 'none'}. {result.message}",
            _stamp(result.provenance),
        ),
        more_tables=[
            (
                "Element coverage: picking by rank (before) and the optimised portfolio (after)",
                element_columns,
                element_rows,
            )
        ],
    )


def _stamp(provenance: Provenance | None) -> str:
    return provenance.stamp() if provenance is not None else "Computed for: not recorded."


def _assumptions_sheet(
    workbook: Any,
    ranking: Ranking,
    shortlist: pd.DataFrame,
    ui_language: str | None,
    *,
    robustness: Robustness | None = None,
    portfolio: PortfolioResult | None = None,
) -> None:
    params = ranking.parameters
    dataset = ranking.dataset
    source = dataset.source
    crf = capital_recovery_factor(params.discount_rate, params.life_years)
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
    if ui_language:
        provenance.append(["UI language", ui_language])
    method = [
        ["Method", _method_line(params)],
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
        [name, _plain(value), DESCRIPTIONS.get(name, ""), _plain(defaults[name])]
        for name, value in params.as_dict().items()
    ]
    reference = []
    for label, info in (("Country table", dataset.countries.info), ("Element table", dataset.elements.info)):
        reference.append(
            [label, f"{info.get('file', '')}, version {info.get('version', '?')}, data year {info.get('year', '?')}"]
        )
        reference.append(["  source", info.get("source", "")])
        reference.append(["  overridden by the workbook", info.get("overridden", "none")])
    elements = dataset.elements.frame
    element_rows = [["Element", "Criticality c_e", "Group / magnet", "Indicative price USD/kg (source)"]] + [
        [
            f"{s} {NAMES[s]}",
            float(elements.at[s, "criticality"]),
            f"{elements.at[s, 'group']}{', magnet' if elements.at[s, 'magnet'] else ''}",
            (_plain(elements.at[s, "price_usd_per_kg"]) or "not traded") + f" ({elements.at[s, 'origin']})",
        ]
        for s in SYMBOLS
    ]
    risk = country_risk(dataset.countries, params.alignment_discount, params.dominant_supplier)
    used = sorted(set(dataset.projects["country_iso3"]) | set(dataset.projects["feed_country_iso3"]) - {""})
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
        from evaluator.milp import SOLVER  # here: HiGHS loads only when there is a portfolio to record

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
    if analyses:
        sections.append(("Robustness analyses (METHOD.md sections 4-5)", analyses))
    key_value_sheet(
        workbook,
        "Assumptions",
        [
            *sections,
            ("Parameters", parameters),
            ("Reference data", reference),
            ("Element criticality in use", element_rows),
            ("Countries of the loaded projects", country_rows),
        ],
    )


def _plain(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value) if value else "(none)"
    if value is None:
        return "(none)"
    if isinstance(value, float) and np.isnan(value):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)
