"""What the first page of a committee pack says (issue 8.11): who leads, by how much, how firmly, on what assumptions.

One description for the workbook's ``Summary`` sheet and the PDF's first page, built from results that already
exist (the ranking, its winner stability, a Monte Carlo run when one was made), in English like the rest of the
export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evaluator import __version__
from evaluator.analysis.sensitivity import winner_stability
from evaluator.model.columns import TOP_VIEW, ResultColumn, columns
from evaluator.outputs.assumptions import method_line
from evaluator.scoring.provenance import provenance_of

if TYPE_CHECKING:
    from evaluator.analysis.robustness import Robustness
    from evaluator.scoring.ranking import Ranking

TOP = 5
#: The top table's columns (headings and formats from the column spec, :mod:`evaluator.model.columns`).
TOP_COLUMNS: tuple[ResultColumn, ...] = columns(TOP_VIEW)


@dataclass(frozen=True)
class PackSummary:
    title: str
    stamp: str
    generated: str
    top: list[list[object]]  # rows in TOP_COLUMNS order
    stability: str
    monte_carlo: str | None  # None: no Monte Carlo result for these settings
    assumptions: list[tuple[str, str]]
    input_sha256: str


def _sources(mc) -> str:
    """What the samples drew besides the weights (METHOD.md §4), in the pack's English."""
    costs = {"p10p90": "capex/opex two-piece normal through P10/P90", "triangular": "capex/opex triangular"}
    parts = [costs[mc.cost_draws] + " where ranges exist"] if mc.cost_draws in costs else []
    names = {"common_capex": "a common capex factor", "prices": "market prices", "schedule": "schedules"}
    parts += [text for key, text in names.items() if mc.varied.get(key)]
    return "; ".join(parts) if parts else "costs fixed"


def pack_summary(ranking: Ranking, robustness: Robustness | None = None) -> PackSummary:
    """The summary of ``ranking``; ``robustness`` (current, checked by the caller) adds Monte Carlo's winner."""
    params = ranking.parameters
    dataset = ranking.dataset
    source = dataset.source
    table = ranking.table.head(TOP)
    top = [[_plain(table[key].iat[i]) for key in TOP_VIEW] for i in range(len(table))]
    stability = robustness.stability if robustness is not None else winner_stability(ranking)
    monte_carlo = None
    if robustness is not None:
        mc = robustness.monte_carlo
        p_top1 = mc.p_top(1)
        best = int(p_top1.argmax()) if len(p_top1) else None
        if best is not None:
            monte_carlo = (
                f"{mc.names[best]} ({mc.project_ids[best]}) is the most probable winner: rank 1 in "
                f"{p_top1[best]:.1%} of {mc.samples:,} samples (seed {mc.seed}, weights ~ Dirichlet, α = {mc.alpha:g}"
                f"; {_sources(mc)})."
            )
    w = params.weights()
    assumptions = [
        ("Method", method_line(params)),
        ("Weights", f"cost {w[0]:.0%}, risk {w[1]:.0%}, coverage {w[2]:.0%} (normalised to sum to 100 %)"),
        ("Discount rate", f"{params.discount_rate:.1%}"),
        ("Plant life", f"{params.life_years} years"),
        ("Utilisation", f"{params.utilisation:.0%} of nameplate capacity"),
        (
            "Cost scale",
            "min-max over the projects scored"
            if params.normalisation == "minmax"
            else f"absolute, {params.lcop_lo:g} to {params.lcop_hi:g} USD/kg",
        ),
        ("Filters", ranking.filter_summary()),
        (
            "Projects",
            f"{len(ranking)} scored of {len(dataset)} loaded; {dataset.rows_with_errors} input rows left out "
            "(errors, see Import issues)",
        ),
        ("Input file", source.path.name if source else "(data built in code)"),
        ("Input SHA-256", source.sha256 if source else "n/a"),
    ]
    what = f"top {len(table)} of {len(ranking)} scored projects"
    return PackSummary(
        title=f"Committee summary: {what}",
        stamp=provenance_of(ranking).stamp(),
        generated=f"Exported {dt.datetime.now().astimezone().isoformat(timespec='seconds')} by REE Processing "
        f"Investment Evaluator {__version__}. Full ranking on Shortlist; method and every parameter on Assumptions.",
        top=top,
        stability=stability.sentence,
        monte_carlo=monte_carlo,
        assumptions=assumptions,
        input_sha256=source.sha256 if source else "",
    )


def _plain(value: object) -> object:
    item = getattr(value, "item", None)
    return item() if callable(item) else value
