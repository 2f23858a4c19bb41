"""The ranked-shortlist workbook an investment committee reads without the app.

Sheets: ``Summary`` (ranking chart, top 5, winner stability, Monte Carlo's winner, key assumptions, the input's
SHA-256), ``Shortlist`` (top N, formatted), ``All projects``, ``Element coverage``, ``Import issues`` and
``Assumptions`` (method, weights, every parameter, reference-data versions, input file and its SHA-256, app
version, time), then the analysis and chart sheets. Every sheet prints landscape, one page wide, with its header
row repeated and a footer (:mod:`evaluator.outputs.print_setup`). Written atomically; text is never written as a formula
(see :mod:`evaluator.outputs.xlsx`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from evaluator.base.atomic import OutputFileError, write_atomically
from evaluator.base.i18n import untranslated
from evaluator.base.wording import counted
from evaluator.model.columns import DETAIL_VIEW, SCORE_KEYS, SHORTLIST_VIEW, columns
from evaluator.model.issues import Issue
from evaluator.outputs.assumptions import assumption_sections, method_line
from evaluator.outputs.charts_sheet import charts_sheet
from evaluator.outputs.pack_summary import pack_summary
from evaluator.outputs.reference_sheet import reference_sheet
from evaluator.outputs.summary_sheet import summary_chart, summary_sheet
from evaluator.reference.elements import SYMBOLS
from evaluator.reference.vocabulary import category_label
from evaluator.scoring.provenance import Provenance, check_current, provenance_of
from evaluator.scoring.ranking import Ranking

if TYPE_CHECKING:
    from evaluator.analysis.portfolio import PortfolioResult
    from evaluator.analysis.robustness import Robustness
from evaluator.outputs.xlsx import EXCEL_MAX_ROWS, Column, close_quietly, key_value_sheet, table_room, write_table

PERCENT = "0.0%"
MONEY = "#,##0.0"
SCORE = "0.0"


def _sheet_columns(keys: tuple[str, ...]) -> tuple[tuple[str, Column], ...]:
    """(key, sheet column) for a view of the column spec (:mod:`evaluator.model.columns`)."""
    return tuple(
        (spec.key, Column(spec.label, spec.number_format, spec.width, wrap=spec.wrap)) for spec in columns(keys)
    )


def _sheet_columns_only(keys: tuple[str, ...]) -> list[Column]:
    return [column for _, column in _sheet_columns(keys)]


_PROJECT_COLUMNS = _sheet_columns(SHORTLIST_VIEW)
_DETAIL_COLUMNS = _sheet_columns(DETAIL_VIEW)
#: Projects an exported workbook holds: Excel's 1,048,576 rows less a generous margin for the headings and the
#: tables below the per-project ones (Sensitivity's winner stability and sweep). One sentence beyond (issue 9.10).
MAX_EXPORT_PROJECTS = 1_000_000


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

    ``Summary`` comes first, with its own ranking chart (never highlighting a selection). The shortlist is the top
    ``top_n`` (default: the parameters' ``top_n``) or, when given, the ``selected_ids`` in rank order. ``images``
    (title, PNG bytes), e.g. from :func:`evaluator.outputs.chart_images.render_chart_images`, go on a ``Charts``
    sheet, one
    per printed page. ``robustness`` and ``portfolio`` (when computed) add the ``Sensitivity`` and ``Portfolio``
    sheets, and their settings and seed to ``Assumptions``. Raises :class:`~evaluator.base.atomic.OutputFileError` with
    a sentence when the file cannot be written.
    """
    refuse_stale(ranking, robustness, portfolio)
    refuse_what_cannot_fit(ranking)
    shortlist = shortlist_of(ranking, top_n, selected_ids)
    cut = _issues_cut(ranking)

    def write(temp: Path) -> None:
        summary = pack_summary(ranking, robustness)
        chart = summary_chart(ranking)
        # Built inside the atomic write: write-only sheets stream to temp files that only save() closes.
        # The text this function writes is English whatever the UI speaks (column names stay interoperable);
        # the UI language is recorded on the Assumptions sheet.
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        try:
            summary_sheet(workbook, summary, chart)
            _shortlist_sheet(workbook, ranking, shortlist, top_n, selected_ids)
            _all_projects_sheet(workbook, ranking)
            _coverage_sheet(workbook, ranking)
            reference_sheet(workbook, ranking)
            if robustness is not None:
                _sensitivity_sheet(workbook, robustness)
            if portfolio is not None:
                _portfolio_sheet(workbook, portfolio)
            _issues_sheet(workbook, ranking)
            _assumptions_sheet(
                workbook, ranking, shortlist, ui_language, robustness=robustness, portfolio=portfolio, cut=cut
            )
            if images:
                charts_sheet(workbook, images)
        except BaseException:
            close_quietly(workbook)
            raise
        workbook.save(temp)

    def write_in_english(temp: Path) -> None:
        with untranslated():
            write(temp)

    return write_atomically(path, write_in_english)


def refuse_what_cannot_fit(ranking: Ranking) -> None:
    """Refuse, before any work, a workbook whose per-project sheets cannot fit in Excel's rows (issue 9.10: a full
    sheet of 1,048,575 projects ran for 345 s, then failed on a conditional format reaching past the last row)."""
    projects = len(ranking.dataset)
    if projects > MAX_EXPORT_PROJECTS:
        raise OutputFileError(
            f"The shortlist workbook cannot hold {projects:,} projects: its All projects sheet lists every one, and "
            f"an export holds at most {MAX_EXPORT_PROJECTS:,} (Excel's sheets end at row {EXCEL_MAX_ROWS:,}). "
            "Filter the projects, or write the full result as JSON (nothing was written)."
        )


def _issues_cut(ranking: Ranking) -> list[list[str]]:
    """Assumptions rows naming a sheet that stops at Excel's last row (only Import issues can: one row per issue)."""
    issues = len(ranking.dataset.issues)
    room = table_room(len(_issues_heading(ranking.dataset.issues)))
    if issues <= room:
        return []
    return [
        [
            "Import issues sheet",
            f"shows the first {room:,} of {issues:,} issues: an Excel sheet ends at row {EXCEL_MAX_ROWS:,}. "
            "'ree-evaluator validate' and the JSON export list every one.",
        ]
    ]


def refuse_stale(ranking: Ranking, robustness: Robustness | None, portfolio: PortfolioResult | None) -> None:
    """Issue 8.1: an analysis computed for other data or parameters never reaches the committee pack.

    The app only hands over current results; this is the last guard, so a slip anywhere else fails loudly instead
    of printing one workbook's Monte Carlo under another's shortlist.
    """
    if robustness is not None:
        check_current(robustness.monte_carlo.provenance, ranking, unrelated_prefix="portfolio_", analysis="Monte Carlo")
        check_current(provenance_of(robustness.ranking), ranking, unrelated_prefix="portfolio_", analysis="sensitivity")
    if portfolio is not None:
        check_current(portfolio.provenance, ranking, unrelated_prefix="mc_", analysis="portfolio")


def shortlist_of(ranking: Ranking, top_n: int | None, selected_ids: Sequence[str] | None) -> pd.DataFrame:
    table = ranking.table
    if selected_ids is not None:
        return table[table["project_id"].isin(list(selected_ids))]
    return table.head(top_n or ranking.parameters.top_n)


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
            f"{method_line(ranking.parameters)}. Source: {source}. {ranking.filter_summary()} "
            "Scores 0-100, higher is better; method and parameters on the Assumptions sheet.",
        ),
        score_columns=[keys.index(k) for k in SCORE_KEYS],
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
        score_columns=[keys.index(k) for k in SCORE_KEYS],
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
        *_sheet_columns_only(("rank", "project_id", "name")),
        *element_columns,
        *_sheet_columns_only(("coverage_score",)),
    ]
    coverage = ranking.dataset.coverage[ranking.scored]
    table = ranking.table
    params = ranking.parameters
    if params.coverage_basis == "gap":  # METHOD.md v2 §2.3: expected tonnes E_e in the target year, blank for none
        expected = ranking.matrices["expected_tonnes"][ranking.scored]
        cells = pd.DataFrame(expected, columns=list(SYMBOLS)).round(1)
        marks = cells.astype(object).where(cells > 0, None)
        coverage = expected > 0
        title = f"Expected tonnes per element in {params.target_year} (t/y REO: π·credit·u·t)"
    else:
        # numpy's stubs leave None out of ArrayLike; np.where takes it as an object scalar (an empty cell here).
        marks = pd.DataFrame(np.where(coverage, "✓", None), columns=list(SYMBOLS))  # type: ignore[call-overload]
        title = "Element coverage of the scored projects (✓ = produced)"
    frame = pd.concat([table[["rank", "project_id", "name"]], marks, table[["coverage_score"]]], axis=1)
    totals = coverage.sum(axis=0) if len(coverage) else np.zeros(len(SYMBOLS), dtype=int)
    produced_by = ", ".join(f"{s} {n}" for s, n in zip(SYMBOLS, totals, strict=True))
    write_table(
        workbook,
        "Element coverage",
        columns,
        _rows(frame, list(frame.columns)),
        heading=(
            title,
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
    rows = ([str(i.severity), i.sheet, i.cell, i.column, i.value, i.message] for i in issues)
    write_table(workbook, "Import issues", columns, rows, heading=_issues_heading(issues))


def _issues_heading(issues: Sequence[Issue]) -> tuple[str, str]:
    errors = sum(1 for i in issues if str(i.severity) == "error")
    notes = sum(1 for i in issues if str(i.severity) == "note")
    return (
        "Import issues",
        f"{counted(errors, 'error')} (their rows are left out of scoring) and "
        f"{counted(len(issues) - errors - notes, 'warning')} (rows kept) found in the input"
        + (f"; {counted(notes, 'note')} on rows skipped on purpose." if notes else ".")
        if issues
        else "No issues were found in the input.",
    )


def labelled(frame: pd.DataFrame, key: str) -> Any:
    """A column as printed: stages and facility types as people write them ("DFS", not the code "dfs").

    Called inside ``untranslated()``, so the labels are the English ones whatever the UI language.
    """
    values = frame[key].to_numpy()
    if key not in ("stage", "facility_type"):
        return values
    distinct = {v: category_label(v) for v in set(values) if isinstance(v, str) and v}  # a handful of codes
    return np.array([distinct.get(v, v) if isinstance(v, str) else v for v in values], dtype=object)


def _rows(frame: pd.DataFrame, keys: Sequence[str]) -> Any:
    arrays = [labelled(frame, key) if key in frame.columns else np.full(len(frame), None) for key in keys]
    for i in range(len(frame)):
        yield [array[i] for array in arrays]


def _sensitivity_sheet(workbook: Any, report: Robustness) -> None:
    """Rank acceptability, P(top-k), rank intervals, winner stability and the sweep's rank-1 changes."""
    mc = report.monte_carlo
    table = mc.table()
    shown_ranks = min(10, len(table), mc.ranks_kept)
    columns = [
        *_sheet_columns_only(("rank", "project_id", "name")),
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
    names = dict(zip(report.ranking.table["project_id"], report.ranking.table["name"], strict=True))
    sweep_lines = [
        f"{criterion.capitalize()} weight 0→100 % (now {item.current:.0%}): rank 1 changes "
        + (
            "; ".join(
                f"at {c.weight:.1%} from {names.get(c.before, c.before)} to {names.get(c.after, c.after)}"
                for c in item.changes
            )
            or "nowhere"
        )
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
        *_sheet_columns_only(("rank", "project_id", "name", "country")),
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
    cut: Sequence[Sequence[str]] = (),
) -> None:
    sections = assumption_sections(
        ranking, shortlist, ui_language, robustness=robustness, portfolio=portfolio, cut_sheets=cut
    )
    key_value_sheet(workbook, "Assumptions", sections)
