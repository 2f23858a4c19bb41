"""Benchmark of the evaluator's core path: load a workbook, score it, export it, at 1k, 10k and 100k projects.

What it measures, each in a fresh Python process (so import cost, ``lru_cache``s and the allocator's state of one
measurement never leak into the next):

- ``evaluator.inputs.load.load_workbook(path)``: read (python-calamine), validate and assemble the Dataset; the first
call
  in the process (what a user waits for) and a second, warm call;
- ``pandas.read_excel(path, engine="openpyxl")``: the baseline the loader is meant to beat (target: 10k rows at
  least 5x faster), and ``pandas.read_excel(path, engine="calamine")`` for reference (a plain read, no validation);
- ``evaluator.scoring.ranking.score(dataset, Parameters())``: WSM, TOPSIS, and WSM with ``Ranking.table`` materialised
(the
  UI always needs the table); median and min of N repeats after a warm-up (target: 100k projects under 50 ms);
- ``evaluator.outputs.workbook_export.export_shortlist`` and ``evaluator.outputs.json_export.write_json`` on a fresh
ranking each
  (so the table is built inside the timed call, as in the CLI);
- the import time of the modules involved, separately.

``--v2`` (issue 11) measures only the "Method v2" section of RESULTS.md: ``score()`` under the v2 defaults and
``preset("v1")``, each of its steps on its own, and Monte Carlo 10,000 projects × 1,000 samples through
``bench_montecarlo.py``'s worker, with peak RSS.

Input workbooks are synthetic but realistic (32 columns: 21 Projects fields of METHOD.md §1, forms included, and 11
element columns holding yes/no or tonnes; countries in mixed spellings, numbers stored as text, ~1 % bad cells)
and are cached in ``bench/data/`` by size.

This is a script and not a timed test on purpose: timings depend on the machine and on what else runs on it, a
100k-row run takes minutes, and a failing threshold in the test suite would be noise rather than a regression
signal. The numbers go to ``bench/RESULTS.md`` for a person to read next to the targets; correctness of the same
functions is the test suite's job.

Run ``python bench/bench_core.py --help`` for the options; see ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
RESULTS_FILE = BENCH_DIR / "RESULTS.md"

#: Bump when the generator changes, so cached workbooks of an older layout are not reused. Version 2 (issue 11)
#: adds the METHOD.md v2 inputs: output and input forms, per-element tonnages in the element columns and the
#: ``on hold`` stage; the first 30 columns' random draws are version 1's (the new draws come after them).
DATA_VERSION = 2
SEED = 20_240_601
DEFAULT_SIZES = (1_000, 10_000, 100_000)

#: Targets, stated next to the results.
TARGET_LOAD_SPEEDUP_AT = 10_000
TARGET_LOAD_SPEEDUP = 5.0
TARGET_SCORE_AT = 100_000
TARGET_SCORE_MS = 50.0
#: Issue 11 ("Done means"): Monte Carlo of 10,000 projects × 1,000 samples, every METHOD.md v2 source on, WSM, in
#: at most 1.5 s; (projects, samples), the second case the other reading of "10,000 × 1,000" (issue 4's order).
TARGET_MC_CASES = ((10_000, 1_000), (1_000, 10_000))
TARGET_MC_S = 1.5
#: The section ``--v2`` writes; a full run carries it over from the file it overwrites, and a ``--v2`` run keeps
#: the text under NOTES_HEADING in it (written by hand: where the time goes, what would fix it).
V2_HEADING = "## Method v2 (issue 11)"
NOTES_HEADING = "### Notes"

# ------------------------------------------------------------------------------------------ synthetic workbook

FIELD_HEADERS: tuple[str, ...] = (
    "Project ID",
    "Project name",
    "Sponsor",
    "Country",
    "Facility type",
    "Stage",
    "Output form",
    "Input form",
    "Capacity (t/y REO)",
    "Capex (USD m)",
    "Opex (USD/kg)",
    "Feed country",
    "Elements",
    "Capex low (USD m)",
    "Capex high (USD m)",
    "Opex low (USD/kg)",
    "Opex high (USD/kg)",
    "Start year",
    "Latitude",
    "Longitude",
    "Notes",
)
#: Element yes/no columns and the share of projects producing each.
ELEMENT_SHARE: dict[str, float] = {
    "Nd": 0.65,
    "Pr": 0.6,
    "Dy": 0.25,
    "Tb": 0.2,
    "La": 0.4,
    "Ce": 0.45,
    "Sm": 0.1,
    "Y": 0.15,
    "Gd": 0.1,
    "Ho": 0.05,
    "Er": 0.05,
}
ELEMENT_NAMES: dict[str, str] = {
    "Nd": "Neodymium",
    "Pr": "Praseodymium",
    "Dy": "Dysprosium",
    "Tb": "Terbium",
    "La": "Lanthanum",
    "Ce": "Cerium",
    "Sm": "Samarium",
    "Y": "Yttrium",
    "Gd": "Gadolinium",
    "Ho": "Holmium",
    "Er": "Erbium",
}
HEADERS: tuple[str, ...] = FIELD_HEADERS + tuple(ELEMENT_SHARE)
#: Rough share of each element in a producer's REO (Mountain Pass-like light basket, heavies from ionic clay), used
#: to write plausible per-element tonnages (METHOD.md v2 §1).
ELEMENT_TYPICAL_SHARE: dict[str, float] = {
    "Nd": 0.16,
    "Pr": 0.05,
    "Dy": 0.012,
    "Tb": 0.002,
    "La": 0.3,
    "Ce": 0.45,
    "Sm": 0.008,
    "Y": 0.03,
    "Gd": 0.006,
    "Ho": 0.001,
    "Er": 0.002,
}
#: (output form, input form) as analysts write them, by the facility type the row names; a blank cell (a quarter
#: of rows) takes the facility type's default form in the loader.
FORM_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "separation": (("oxide", "concentrate"), ("NdPr oxide", "MREC"), ("Separated oxides", "Monazite")),
    "refining": (("mixed", "concentrate"), ("MREC", "Bastnaesite"), ("oxide", "mixed carbonate")),
    "metal": (("metal", "oxide"), ("NdPr metal", "NdPr oxide")),
    "magnet": (("magnet", "alloy"), ("NdFeB", "metal"), ("Sintered", "End-of-life magnets")),
    "integrated": (("oxide", "ore"), ("metal", "ROM"), ("concentrate", "ore")),
}
FORM_TYPE: dict[str, str] = {
    "separation": "separation",
    "Separation": "separation",
    "SX": "separation",
    "refining": "refining",
    "metal": "metal",
    "Metal & alloy": "metal",
    "magnet": "magnet",
    "Magnets": "magnet",
    "integrated": "integrated",
}
ON_HOLD_WORDS = ("on hold", "On hold", "care and maintenance", "suspended")

#: 42 real countries, each in the spellings analysts use (all resolve with evaluator.reference.countries).
COUNTRIES: tuple[tuple[str, ...], ...] = (
    ("China", "PRC", "People's Republic of China", "china"),
    ("United States", "USA", "US", "United States of America", "U.S."),
    ("Australia", "AUS", "australia "),
    ("Canada", "CAN"),
    ("Japan", "JPN"),
    ("South Korea", "Korea, Rep.", "Republic of Korea"),
    ("Vietnam", "Viet Nam"),
    ("Malaysia",),
    ("Myanmar", "Burma"),
    ("India",),
    ("Brazil", "BRA"),
    ("United Kingdom", "UK", "Great Britain"),
    ("France",),
    ("Germany", "DEU"),
    ("Estonia",),
    ("Norway",),
    ("Sweden",),
    ("Finland",),
    ("Greenland",),
    ("South Africa", "ZAF"),
    ("Namibia",),
    ("Tanzania", "United Republic of Tanzania"),
    ("Madagascar",),
    ("Malawi",),
    ("Uganda",),
    ("Kenya",),
    ("Angola",),
    ("Kazakhstan",),
    ("Uzbekistan",),
    ("Russia", "Russian Federation"),
    ("Mongolia",),
    ("Thailand",),
    ("Philippines",),
    ("Chile",),
    ("Argentina",),
    ("Peru",),
    ("Saudi Arabia", "KSA"),
    ("United Arab Emirates", "UAE"),
    ("DR Congo", "DRC", "Democratic Republic of the Congo"),
    ("Türkiye", "Turkey"),
    ("Spain",),
    ("Laos", "Lao PDR"),
)
UNKNOWN_COUNTRIES = ("Atlantis", "Wakanda", "Freedonia", "Zubrowka")
STAGE_WORDS = (
    "concept",
    "scoping",
    "PFS",
    "DFS",
    "construction",
    "commissioning",
    "operating",
    "Pre-feasibility",
    "Feasibility study",
    "Under construction",
    "Operational",
)
TYPE_WORDS = ("separation", "refining", "metal", "magnet", "integrated", "Separation", "SX", "Metal & alloy", "Magnets")
SPONSOR_WORDS = (
    "Northern",
    "Pacific",
    "Atlas",
    "Boreal",
    "Meridian",
    "Summit",
    "Coastal",
    "Granite",
    "Aurora",
    "Delta",
)
SPONSOR_KINDS = ("Rare Earths", "Minerals", "Resources", "Metals", "Materials", "Mining", "Magnetics", "Holdings")
SPONSOR_SUFFIXES = ("Ltd", "Inc.", "Corp", "plc", "GmbH", "K.K.", "Pty Ltd", "AB")
NOTES = (
    "Offtake MoU signed",
    "Awaiting environmental permit",
    "Government grant approved",
    "Feed from own mine",
    "Toll processing agreement under negotiation",
    "Pilot plant running",
    "Capex estimate from 2023 study, escalated",
    "Brownfield site",
)
BAD_CELL_SHARE = 0.01


def workbook_path(size: int) -> Path:
    return DATA_DIR / f"projects_{size}_v{DATA_VERSION}.xlsx"


def generate_workbook(size: int, path: Path, seed: int = SEED) -> None:
    """Write a synthetic Projects sheet of ``size`` rows (header on row 1) with openpyxl's write-only mode."""
    import numpy as np
    from openpyxl import Workbook

    rng = np.random.default_rng([seed, size])
    n = size

    def pick(options: Sequence[Any], count: int = n) -> list[Any]:
        table = np.empty(len(options), dtype=object)
        table[:] = list(options)
        return table[rng.integers(0, len(options), count)].tolist()

    def countries() -> list[str]:
        chosen = rng.integers(0, len(COUNTRIES), n)
        spelling = rng.random(n)
        return [
            COUNTRIES[c][int(s * len(COUNTRIES[c]))] for c, s in zip(chosen.tolist(), spelling.tolist(), strict=True)
        ]

    ids = [f"P{i:06d}" for i in range(1, n + 1)]
    names = [
        f"{w} {k} project {i}" for w, k, i in zip(pick(SPONSOR_WORDS), pick(TYPE_WORDS), range(1, n + 1), strict=True)
    ]
    sponsors = [
        f"{w} {k} {s}" for w, k, s in zip(pick(SPONSOR_WORDS), pick(SPONSOR_KINDS), pick(SPONSOR_SUFFIXES), strict=True)
    ]
    site = countries()
    feed: list[Any] = countries()
    for i in np.flatnonzero(rng.random(n) < 0.3).tolist():
        feed[i] = None
    facility = pick(TYPE_WORDS)
    stage = pick(STAGE_WORDS)

    capacity_values = np.round(np.exp(rng.uniform(np.log(200), np.log(40_000), n)), -1)
    capex_values = np.round(capacity_values * rng.lognormal(np.log(0.05), 0.5, n), 1)
    opex_values = np.round(rng.uniform(5, 60, n), 2)
    capacity: list[Any] = capacity_values.tolist()
    capex: list[Any] = capex_values.tolist()
    opex: list[Any] = opex_values.tolist()
    # Numbers stored as text, as analysts' sheets have them.
    for i in np.flatnonzero(rng.random(n) < 0.08).tolist():
        capacity[i] = f"{int(capacity_values[i]):,}"
    for i in np.flatnonzero(rng.random(n) < 0.05).tolist():
        capex[i] = f" {capex_values[i]:g} "

    def bound(base: np.ndarray, low: float, high: float) -> list[Any]:
        values: list[Any] = np.round(base * rng.uniform(low, high, n), 2).tolist()
        for i in np.flatnonzero(rng.random(n) < 0.3).tolist():
            values[i] = None
        return values

    capex_low, capex_high = bound(capex_values, 0.7, 0.95), bound(capex_values, 1.1, 1.5)
    opex_low, opex_high = bound(opex_values, 0.75, 0.95), bound(opex_values, 1.05, 1.4)
    years: list[Any] = rng.integers(2024, 2037, n).tolist()
    for i in np.flatnonzero(rng.random(n) < 0.15).tolist():
        years[i] = None
    latitude = np.round(rng.uniform(-45, 72, n), 4).tolist()
    longitude = np.round(rng.uniform(-180, 180, n), 4).tolist()
    notes: list[Any] = pick(NOTES)
    for i in np.flatnonzero(rng.random(n) < 0.6).tolist():
        notes[i] = None

    symbols = list(ELEMENT_SHARE)
    produced = rng.random((n, len(symbols))) < np.array(list(ELEMENT_SHARE.values()))
    yes_tokens = np.array(["yes", "x", 1], dtype=object)
    no_tokens = np.array(["no", None, 0], dtype=object)
    yes_cells = yes_tokens[rng.choice(3, size=produced.shape, p=[0.7, 0.15, 0.15])]
    no_cells = no_tokens[rng.choice(3, size=produced.shape, p=[0.5, 0.4, 0.1])]
    flags = np.where(produced, yes_cells, no_cells)
    separators = pick((", ", "; ", "/", ", "))
    full_names = (rng.random(n) < 0.1).tolist()
    elements: list[Any] = []
    for row, sep, full in zip(produced.tolist(), separators, full_names, strict=True):
        listed = [ELEMENT_NAMES[s] if full else s for s, on in zip(symbols, row, strict=True) if on]
        elements.append(sep.join(listed) or None)

    # ~1 % bad cells, so the validation path (issues, rows left out) is exercised.
    bad_rows = np.flatnonzero(rng.random(n) < BAD_CELL_SHARE)
    for i, kind in zip(bad_rows.tolist(), rng.integers(0, 3, len(bad_rows)).tolist(), strict=True):
        if kind == 0:
            capacity[i] = None
        elif kind == 1:
            site[i] = UNKNOWN_COUNTRIES[i % len(UNKNOWN_COUNTRIES)]
        else:
            opex[i] = -abs(opex_values[i])

    # Version 2 inputs, drawn after everything above so those columns keep version 1's values (stages aside).
    for i in np.flatnonzero(rng.random(n) < 0.03).tolist():
        stage[i] = ON_HOLD_WORDS[i % len(ON_HOLD_WORDS)]
    pair_pick = rng.random(n).tolist()
    blank_form = (rng.random(n) < 0.25).tolist()
    output_form: list[Any] = []
    input_form: list[Any] = []
    for kind, u, blank in zip(facility, pair_pick, blank_form, strict=True):
        pairs = FORM_PAIRS[FORM_TYPE[kind]]
        out, feed_form = pairs[int(u * len(pairs))]
        output_form.append(None if blank else out)
        input_form.append(None if blank else feed_form)
    # 40 % of projects write tonnes per element: 80 % of their produced elements get a number (typical share ×
    # lognormal noise, scaled so they never add up to more than 95 % of the capacity), the rest stay yes-flags and
    # share what is left (the loader's ``tonnage_estimated``).
    typical = np.array(list(ELEMENT_TYPICAL_SHARE.values()))
    given = produced & (rng.random(n) < 0.4)[:, None] & (rng.random(produced.shape) < 0.8)
    share = np.where(given, typical[None, :] * rng.lognormal(0.0, 0.4, produced.shape), 0.0)
    share *= np.minimum(1.0, 0.95 / np.maximum(share.sum(axis=1), 1e-12))[:, None]
    tonnes = np.maximum(np.round(share * capacity_values[:, None], 1), 1.5)  # above 1, which reads as "yes"
    flags = np.where(given, tonnes, flags)

    columns = [
        ids, names, sponsors, site, facility, stage, output_form, input_form, capacity, capex, opex, feed, elements,
        capex_low, capex_high, opex_low, opex_high, years, latitude, longitude, notes,
        *flags.T.tolist(),
    ]  # fmt: skip
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Projects")
    sheet.append(list(HEADERS))
    for row in zip(*columns, strict=True):
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    workbook.save(partial)
    partial.replace(path)


def ensure_workbook(size: int, regenerate: bool) -> Path:
    path = workbook_path(size)
    if regenerate or not path.exists():
        started = time.perf_counter()
        log(f"generating {path.relative_to(REPO_DIR)} ({size:,} rows) ...")
        generate_workbook(size, path)
        log(f"  done in {time.perf_counter() - started:.1f} s, {path.stat().st_size / 1e6:.1f} MB")
    return path


# ------------------------------------------------------------------------------------------ workers (subprocess)


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def repeat(function: Callable[[], Any], repeats: int) -> dict[str, float]:
    """One warm-up call (timed separately as ``first``), then ``repeats`` timed calls: median and min, in ms."""
    first, _ = timed(function)
    gc.collect()
    times = [timed(function)[0] for _ in range(repeats)]
    return {"first_ms": first * 1e3, "median_ms": statistics.median(times) * 1e3, "min_ms": min(times) * 1e3}


def worker_imports(_path: Path, _repeats: int) -> dict[str, Any]:
    """Cumulative import cost in one fresh process, step by step (each step excludes the ones before)."""
    steps: dict[str, float] = {}
    steps["numpy + pandas"], _ = timed(lambda: __import__("pandas"))
    steps["evaluator.inputs.load + evaluator.scoring.ranking"], _ = timed(
        lambda: (__import__("evaluator.inputs.load"), __import__("evaluator.scoring.ranking"))
    )
    steps["python_calamine"], _ = timed(lambda: __import__("python_calamine"))

    def countries() -> None:
        from evaluator.reference.countries import _converter

        _converter()

    steps["country_converter (first use: import + table)"], _ = timed(countries)
    steps["openpyxl + evaluator export modules"], _ = timed(
        lambda: (__import__("evaluator.outputs.workbook_export"), __import__("evaluator.outputs.json_export"))
    )
    return {"steps": steps}


def worker_load(path: Path, _repeats: int) -> dict[str, Any]:
    import python_calamine  # noqa: F401 - imported up front so its (small) import cost is not timed

    from evaluator.inputs.load import load_workbook

    first, dataset = timed(lambda: load_workbook(path))
    warm, _ = timed(lambda: load_workbook(path))
    return {
        "first_s": first,
        "warm_s": warm,
        "rows_read": dataset.rows_read,
        "projects": len(dataset),
        "errors": dataset.error_count,
        "warnings": dataset.warning_count,
        "rows_left_out": dataset.rows_with_errors,
    }


def worker_pandas(path: Path, engine: str) -> dict[str, Any]:
    import pandas as pd

    __import__("openpyxl" if engine == "openpyxl" else "python_calamine")
    seconds, frame = timed(lambda: pd.read_excel(path, engine=engine))
    return {"s": seconds, "shape": list(frame.shape)}


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (``ru_maxrss``, KiB on Linux), in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_score(path: Path, repeats: int) -> dict[str, Any]:
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import Parameters, preset
    from evaluator.scoring.ranking import score

    dataset = load_workbook(path)
    rss_loaded = peak_rss_mb()
    wsm, topsis = Parameters(), Parameters(method="topsis")
    wsm_v1, topsis_v1 = preset("v1"), preset("v1").replace(method="topsis")
    return {
        "wsm": repeat(lambda: score(dataset, wsm), repeats),
        "topsis": repeat(lambda: score(dataset, topsis), repeats),
        "wsm_table": repeat(lambda: score(dataset, wsm).table, repeats),
        "wsm_v1": repeat(lambda: score(dataset, wsm_v1), repeats),
        "topsis_v1": repeat(lambda: score(dataset, topsis_v1), repeats),
        "scored": len(score(dataset, wsm)),
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": peak_rss_mb(),
    }


def score_steps(dataset: Any, params: Any) -> dict[str, Callable[[], Any]]:
    """The steps of ``score()`` (evaluator/scoring/ranking.py, METHOD.md v2) as calls on the inputs ``score()`` gives
    each; rows named ``(in ...)`` are parts of the row they name, not added to it."""
    import numpy as np

    from evaluator.reference.elements import SYMBOLS
    from evaluator.scoring import breakdown, delivery, value
    from evaluator.scoring.coverage import gap_coverage_score
    from evaluator.scoring.filters import apply_filters
    from evaluator.scoring.lcop import capital_charge, capital_recovery_factor
    from evaluator.scoring.methods import aggregation
    from evaluator.scoring.ranking import score
    from evaluator.scoring.risk import country_risk, feed_risk, lookup, project_risk

    projects = dataset.projects
    fx = params.fx_rates()
    capex, opex = dataset.usd("capex_m", fx), dataset.usd("opex_per_kg", fx)
    capacity = projects["capacity_tpa"].to_numpy(dtype=float)
    crf = capital_recovery_factor(params.discount_rate, params.life_years)
    lcop = capital_charge(capex, capacity, crf, params.utilisation) + opex
    costs = breakdown.cost_breakdown(
        dataset, params, capacity_tpa=capacity, capex_musd=capex, opex_usd_per_kg=opex, lcop=lcop, crf=crf
    )
    covers = breakdown.coverage_breakdown(dataset, params, costs)
    risks = country_risk(dataset.countries, params.alignment_discount, params.dominant_supplier)
    feed = feed_risk(risks, *dataset.feed_shares, len(projects))
    risk = project_risk(lookup(risks, dataset.site_positions), feed, params.site_share, params.unknown_feed_floor)[0]
    keep = ~apply_filters(projects, dataset.coverage, risk, params).removed
    matrix = np.column_stack([costs.value_score, 100.0 - risk, covers.score])[keep]
    weights = np.asarray(params.weights())
    aggregate = aggregation(params.method, params.topsis_reference)
    overall = aggregate(matrix, weights)[0]
    kept = np.flatnonzero(keep)
    output_form = projects["output_form"]
    input_form = projects["input_form"]
    ranges = ("capex_low_m", "capex_high_m", "opex_low_per_kg", "opex_high_per_kg")

    def money() -> Any:
        return [dataset.usd(column, fx) for column in ("capex_m", "opex_per_kg", *ranges)], capital_charge(
            capex, capacity, crf, params.utilisation
        ) + opex

    def cost() -> Any:
        return breakdown.cost_breakdown(
            dataset, params, capacity_tpa=capacity, capex_musd=capex, opex_usd_per_kg=opex, lcop=lcop, crf=crf
        )

    def forms() -> Any:
        out = breakdown._form(output_form, breakdown.ASSUMED_OUTPUT_FORM)[0]
        return breakdown.form_factors(dataset, out, breakdown._form(input_form, breakdown.ASSUMED_INPUT_FORM)[0])

    def irr() -> Any:
        produced_kg = capacity * 1000.0 * params.utilisation
        return value.internal_rate_of_return(costs.value_added, opex, produced_kg, capex, params.life_years)

    def probability() -> Any:
        start = projects["start_year"].to_numpy(dtype=float, na_value=np.nan)
        return delivery.delivery_probability(
            projects["stage"],
            start,
            dataset.stage_probabilities.as_dict(),
            target_year=params.target_year,
            schedule_risk=params.schedule_risk,
        )

    def chain() -> Any:
        delivery.form_credit(costs.output_form, params.intermediate_credit)
        stages = delivery.chain_stage(costs.output_form)
        return delivery.gap_at_stage(stages, dataset.supply_gap.gaps(), len(SYMBOLS))

    def gap_score() -> Any:
        expected = delivery.expected_tonnes(covers.probability, covers.credit, params.utilisation, costs.tonnes)
        return gap_coverage_score(expected, covers.gap, dataset.elements.criticality, params.gap_share_full)

    def risk_steps() -> Any:
        by_country = country_risk(dataset.countries, params.alignment_discount, params.dominant_supplier)
        site = lookup(by_country, dataset.site_positions)
        known = feed_risk(by_country, *dataset.feed_shares, len(projects))
        return project_risk(site, known, params.site_share, params.unknown_feed_floor)

    def tie_break() -> Any:
        return np.lexsort((dataset.id_order[kept], np.round(lcop[kept], 9), -np.round(overall, 9)))

    return {
        "score()": lambda: score(dataset, params),
        "usd + LCOP": money,
        "cost_breakdown": cost,
        "(in cost_breakdown) element_tonnes": lambda: value.element_tonnes(
            capacity, dataset.given_tonnes, dataset.coverage, dataset.elements.typical_share
        ),
        "(in cost_breakdown) element_shares + basket_price": lambda: value.basket_price(
            value.element_shares(costs.tonnes, capacity), breakdown.deck_prices(dataset, params.price_deck)
        ),
        "(in cost_breakdown) forms: blanks + form_factors": forms,
        "(in cost_breakdown) internal_rate_of_return": irr,
        "coverage_breakdown": lambda: breakdown.coverage_breakdown(dataset, params, costs),
        "(in coverage_breakdown) delivery_probability": probability,
        "(in coverage_breakdown) form_credit + chain_stage + gap_at_stage": chain,
        "(in coverage_breakdown) expected_tonnes + gap_coverage_score": gap_score,
        "risk (country, feed, project)": risk_steps,
        "apply_filters": lambda: apply_filters(projects, dataset.coverage, risk, params),
        f"aggregate ({params.method.upper()})": lambda: aggregate(matrix, weights),
        "tie-break lexsort": tie_break,
    }


def worker_parts(path: Path, repeats: int) -> dict[str, Any]:
    """``score_steps`` timed one by one (median of ``repeats`` after a warm-up) under the v2 defaults and
    ``preset("v1")``, WSM, so a missed aim says where the time goes."""
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import Parameters, preset

    dataset = load_workbook(path)
    out: dict[str, Any] = {}
    for name, params in (("v2", Parameters()), ("v1", preset("v1"))):
        out[name] = {step: repeat(function, repeats) for step, function in score_steps(dataset, params).items()}
    return out


def worker_export(path: Path, repeats: int) -> dict[str, Any]:
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import Parameters
    from evaluator.outputs.json_export import write_json
    from evaluator.outputs.workbook_export import export_shortlist
    from evaluator.scoring.ranking import score

    dataset = load_workbook(path)
    params = Parameters()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="ree-bench-") as folder:
        for key, target, write in (
            ("export", Path(folder) / "shortlist.xlsx", export_shortlist),
            ("json", Path(folder) / "ranking.json", write_json),
        ):
            times = []
            for _ in range(repeats):
                ranking = score(dataset, params)  # fresh Ranking: its table is built inside the timed call
                gc.collect()
                times.append(timed(lambda r=ranking, t=target, w=write: w(r, t))[0])
            out[key] = {"median_s": statistics.median(times), "min_s": min(times), "bytes": target.stat().st_size}
    return out


WORKERS: dict[str, Callable[[Path, int], dict[str, Any]]] = {
    "imports": worker_imports,
    "load": worker_load,
    "pandas-openpyxl": lambda path, _r: worker_pandas(path, "openpyxl"),
    "pandas-calamine": lambda path, _r: worker_pandas(path, "calamine"),
    "score": worker_score,
    "parts": worker_parts,
    "export": worker_export,
}


def run_worker(kind: str, path: Path | None = None, repeats: int = 1) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its last stdout line is the JSON result."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--repeats", str(repeats)]
    if path is not None:
        command += ["--path", str(path)]
    env = os.environ | {"PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_DIR, env=env, check=False, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"worker {kind} failed (rc {done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_in_processes(kind: str, path: Path, processes: int, repeats: int = 1) -> list[dict[str, Any]]:
    return [run_worker(kind, path, repeats) for _ in range(processes)]


# ------------------------------------------------------------------------------------------ report


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def code_version() -> str:
    """The commit the evaluator was measured at, and whether evaluator/ had uncommitted changes."""

    def git(*command: str) -> str:
        return subprocess.run(["git", *command], capture_output=True, text=True, cwd=REPO_DIR, check=True).stdout

    try:
        commit = git("rev-parse", "--short", "HEAD").strip()
        dirty = git("status", "--porcelain", "--", "evaluator").strip()
    except (OSError, subprocess.CalledProcessError):
        return "- Code: not a git checkout"
    return f"- Code: commit {commit}" + (" with uncommitted changes in evaluator/" if dirty else "")


def machine_info() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    packages = ("numpy", "pandas", "openpyxl", "python-calamine", "country_converter")
    return [
        f"- CPU: {cpu}; {os.cpu_count()} logical CPUs",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- " + ", ".join(f"{p} {version(p)}" for p in packages),
    ]


def fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def fmt_ms(stats: dict[str, float]) -> str:
    return f"{stats['median_ms']:.1f} ({stats['min_ms']:.1f})"


def median_of(results: list[dict[str, Any]], key: str) -> float | None:
    return statistics.median(r[key] for r in results) if results else None


def build_report(results: dict[int, dict[str, Any]], imports: dict[str, float], args: argparse.Namespace) -> str:
    command = " ".join(["python bench/bench_core.py", *sys.argv[1:]])
    lines = [
        "# Core benchmark: load, score, export",
        "",
        f"Run on {dt.datetime.now().astimezone().isoformat(timespec='seconds')} with `{command}`; "
        f"{args.elapsed_s:.0f} s in all.",
        "",
        args.code_at_start
        + ("" if args.code_at_end == args.code_at_start else f" at the start; {args.code_at_end[8:]} at the end"),
        *machine_info(),
        f"- Load average (1 min) at start / end of the run: {args.load_before:.2f} / {args.load_after:.2f} "
        "(the benchmark's own process accounts for up to 1.0; more means other work shared the CPUs)",
        "",
        "## Results",
        "",
        "Seconds (s) are the median over fresh processes (load, baselines) or repeats (export, json); score columns "
        f"are median (min) in ms of {args.repeats} repeats after a warm-up, in one process. See `bench/README.md`.",
        "",
        "| size | load s | openpyxl baseline s | speed-up × | calamine-pandas s | score WSM ms | score TOPSIS ms "
        "| score+table ms | export s | json s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, r in results.items():
        load = median_of(r["load"], "first_s")
        baseline = median_of(r["pandas-openpyxl"], "s")
        speedup = f"{baseline / load:.1f}×" if baseline and load else "–"
        lines.append(
            f"| {size:,} | {fmt(load)} | {fmt(baseline)} | {speedup} | {fmt(median_of(r['pandas-calamine'], 's'))} "
            f"| {fmt_ms(r['score']['wsm'])} | {fmt_ms(r['score']['topsis'])} | {fmt_ms(r['score']['wsm_table'])} "
            f"| {fmt(r['export']['export']['median_s'])} | {fmt(r['export']['json']['median_s'])} |"
        )

    lines += ["", "## Targets", ""]
    at = results.get(TARGET_LOAD_SPEEDUP_AT)
    if at and at["pandas-openpyxl"]:
        speedup = median_of(at["pandas-openpyxl"], "s") / median_of(at["load"], "first_s")
        verdict = "**met**" if speedup >= TARGET_LOAD_SPEEDUP else "**missed**"
        lines.append(
            f"- Load {TARGET_LOAD_SPEEDUP_AT:,} rows ≥ {TARGET_LOAD_SPEEDUP:g}× faster than "
            f'`pandas.read_excel(engine="openpyxl")`: {speedup:.1f}× → {verdict}.'
        )
    else:
        lines.append(
            f"- Load {TARGET_LOAD_SPEEDUP_AT:,} rows ≥ {TARGET_LOAD_SPEEDUP:g}× faster: not measured in this run."
        )
    at = results.get(TARGET_SCORE_AT)
    if at:
        parts = []
        for key, label in (("wsm", "WSM"), ("topsis", "TOPSIS"), ("wsm_table", "WSM + table")):
            median = at["score"][key]["median_ms"]
            parts.append(f"{label} {median:.1f} ms {'✓' if median < TARGET_SCORE_MS else '✗'}")
        met = max(at["score"]["wsm"]["median_ms"], at["score"]["topsis"]["median_ms"]) < TARGET_SCORE_MS
        lines.append(
            f"- Score {TARGET_SCORE_AT:,} projects < {TARGET_SCORE_MS:g} ms (median): {'; '.join(parts)} → "
            f"{'**met**' if met else '**missed**'} for `score()`; the table the UI shows is listed for information."
        )
    else:
        lines.append(f"- Score {TARGET_SCORE_AT:,} projects < {TARGET_SCORE_MS:g} ms: not measured in this run.")

    lines += [
        "",
        "## Details",
        "",
        "| size | file MB | rows read | projects loaded | errors | warnings | load warm s | score WSM first ms "
        "| score+table first ms | export MB | json MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, r in results.items():
        load = r["load"][0]
        lines.append(
            f"| {size:,} | {r['file_bytes'] / 1e6:.1f} | {load['rows_read']:,} | {load['projects']:,} "
            f"| {load['errors']:,} | {load['warnings']:,} | {fmt(median_of(r['load'], 'warm_s'))} "
            f"| {r['score']['wsm']['first_ms']:.1f} | {r['score']['wsm_table']['first_ms']:.1f} "
            f"| {r['export']['export']['bytes'] / 1e6:.1f} | {r['export']['json']['bytes'] / 1e6:.1f} |"
        )
    lines += [
        "",
        "## Import time (one fresh process, each step after the previous ones; not included above)",
        "",
        "| step | s |",
        "|---|---:|",
        *(f"| {step} | {seconds:.3f} |" for step, seconds in imports.items()),
        "",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ Method v2 section


def run_montecarlo(method: str, projects: int, samples: int) -> dict[str, Any]:
    """``bench_montecarlo.py``'s worker in a fresh process: best/median of 3 runs after a warm-up, peak RSS."""
    command = [sys.executable, str(BENCH_DIR / "bench_montecarlo.py"), "--worker", method, str(samples), str(projects)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_DIR, check=False, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"Monte Carlo {method} {projects}x{samples} failed (rc {done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def split_section(text: str, heading: str) -> tuple[str, str, str]:
    """(before, the section from ``heading`` to the next heading of its level, after); ("", "", text) if absent."""
    level = heading.split(" ", 1)[0] + " "
    start = text.find("\n" + heading)
    if start < 0:
        return text, "", ""
    start += 1
    end = text.find("\n" + level, start)
    end = len(text) if end < 0 else end + 1
    return text[:start], text[start:end], text[end:]


def build_v2_section(size: int, r: dict[str, Any], parts: dict[str, Any], mc: list[dict[str, Any]], args: Any) -> str:
    score_r = r["score"]
    at = f"{score_r['scored']:,} projects scored of {size:,} rows"
    rss = f"{score_r['peak_rss_mb']:.0f} ({score_r['rss_loaded_mb']:.0f} after the load)"

    def verdict(value: float, aim: float | None) -> str:
        return "–" if aim is None else ("✓ met" if value <= aim else "✗ **missed**")

    rows = []
    for key, label, aim in (
        ("wsm", "WSM, v2 defaults", TARGET_SCORE_MS),
        ("topsis", "TOPSIS, v2 defaults", None),
        ("wsm_v1", 'WSM, `preset("v1")`', TARGET_SCORE_MS),
        ("topsis_v1", 'TOPSIS, `preset("v1")`', None),
        ("wsm_table", "WSM, v2 defaults, with `Ranking.table`", None),
    ):
        stats = score_r[key]
        rows.append(
            f"| `score()` {at}, {label} | {stats['median_ms']:.1f} ms (min {stats['min_ms']:.1f}) "
            f"| {'≤ 50 ms' if aim else 'for information'} | {verdict(stats['median_ms'], aim)} | {rss} |"
        )
    for m in mc:
        aim = TARGET_MC_S if m["method"] == "wsm" else None
        rows.append(
            f"| Monte Carlo {m['projects']:,} projects × {m['samples']:,} samples, {m['method'].upper()}, "
            f"{m['sources']} | {m['median']:.2f} s (best {m['best']:.2f}; CPU {m['cpu_per_run']:.2f} s) "
            f"| {'≤ 1.5 s' if aim else 'for information'} | {verdict(m['median'], aim)} "
            f"| {m['peak_rss_mb']:.0f} ({m['rss_before_mb']:.0f} after load and warm-up) |"
        )
    total = parts["v2"]["score()"]["median_ms"]
    part_rows = [
        f"| {step} | {stats['median_ms']:.1f} | {parts['v1'][step]['median_ms']:.1f} "
        f"| {100 * stats['median_ms'] / total:.0f} % |"
        for step, stats in parts["v2"].items()
    ]
    top = [step for step in parts["v2"] if step != "score()" and not step.startswith("(")]
    rest = total - sum(parts["v2"][step]["median_ms"] for step in top)
    part_rows.append(f"| rest of `score()` (Ranking values, column_stack, masks; noise) | {rest:.1f} | | |")
    return "\n".join(
        [
            V2_HEADING,
            "",
            f"Run on {dt.datetime.now().astimezone().isoformat(timespec='seconds')} with "
            f"`{' '.join(['python bench/bench_core.py', *sys.argv[1:]])}`; {args.elapsed_s:.0f} s in all. "
            f"{args.code_at_start[2:]}; "
            f"load average (1 min) at start / end {args.load_before:.2f} / {args.load_after:.2f} (the benchmark's own "
            "process accounts for up to 1.0). Machine as above.",
            "",
            f"Input `bench/data/{workbook_path(size).name}` (data version {DATA_VERSION}: output and input forms, "
            "tonnes per element for 40 % of projects, capex/opex low/high, stages with on hold, start years; "
            "see `bench/README.md`). `score()`: median (min) of "
            f"{args.repeats} calls after a warm-up, in one fresh process, the load excluded. Monte Carlo: "
            "`bench_montecarlo.py`'s worker, median (best) of 3 `monte_carlo` calls after a 200-sample warm-up, "
            "each case in a fresh process, the parameters' defaults (METHOD.md v2, every §4 source on). Peak RSS is "
            "the process's `ru_maxrss` in MB, the loaded workbook included.",
            "",
            "| case | median | aim | met? | peak RSS MB |",
            "|---|---:|---|---|---:|",
            *rows,
            "",
            f"Steps of `score()` (WSM) at {size:,} rows, timed one by one on the inputs `score()` gives them "
            f"(median ms of {args.repeats} after a warm-up; `(in …)` rows are part of the row above them, not added):",
            "",
            "| step | v2 ms | v1 ms | share of v2 `score()` |",
            "|---|---:|---:|---:|",
            *part_rows,
            "",
        ]
    )


def run_v2(args: argparse.Namespace, started: float) -> int:
    """Only the Method v2 section (issue 11): it replaces that section of ``--output`` and keeps the rest."""
    size = max(args.size_list)
    path = ensure_workbook(size, args.regenerate)
    args.load_before = os.getloadavg()[0]
    args.code_at_start = code_version()
    log(f"{size:,}: score (v2 and preset v1) ...")
    r = {"score": run_worker("score", path, args.repeats)}
    log(f"{size:,}: score steps ...")
    parts = run_worker("parts", path, args.repeats)
    mc = []
    for projects, samples in TARGET_MC_CASES:
        ensure_workbook(projects, regenerate=False)
        for method in ("wsm", "topsis"):
            log(f"Monte Carlo {projects:,} × {samples:,} {method} ...")
            mc.append(run_montecarlo(method, projects, samples))
    args.load_after = os.getloadavg()[0]
    args.elapsed_s = time.perf_counter() - started
    section = build_v2_section(size, r, parts, mc, args)
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    before, previous, after = split_section(old, V2_HEADING)
    notes = split_section(previous, NOTES_HEADING)[1] if previous else ""
    section += ("\n" + notes.rstrip() + "\n") if notes else ""
    print(section)
    args.output.write_text(before.rstrip() + "\n\n" + section + after, encoding="utf-8")
    log(f"wrote the Method v2 section of {args.output} in {time.perf_counter() - started:.0f} s total")
    return 0


# ------------------------------------------------------------------------------------------ main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated numbers of projects (default %(default)s)",
    )
    parser.add_argument("--regenerate", action="store_true", help="rewrite the cached input workbooks")
    parser.add_argument("--skip-baseline", action="store_true", help="skip pandas.read_excel(engine='openpyxl')")
    parser.add_argument("--repeats", type=int, default=20, help="timed score() calls after the warm-up (default 20)")
    parser.add_argument(
        "--processes",
        type=int,
        default=3,
        help="fresh processes per load/read measurement up to 10k rows (larger sizes use 1; default 3)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_FILE, help="Markdown file to write (default RESULTS.md)")
    parser.add_argument(
        "--v2",
        action="store_true",
        help="only the Method v2 section (issue 11) at the largest size: score() under v2 and preset v1, its steps, "
        "and Monte Carlo; replaces that section of --output and keeps the rest",
    )
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.size_list = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        if str(REPO_DIR) not in sys.path:
            sys.path.insert(0, str(REPO_DIR))
        print(json.dumps(WORKERS[args.worker](args.path, args.repeats)))
        return 0

    started = time.perf_counter()
    if args.v2:
        return run_v2(args, started)
    args.load_before = os.getloadavg()[0]
    args.code_at_start = code_version()
    imports = run_worker("imports")["steps"]
    results: dict[int, dict[str, Any]] = {}
    for size in args.size_list:
        path = ensure_workbook(size, args.regenerate)
        processes = args.processes if size <= 10_000 else 1
        r: dict[str, Any] = {"file_bytes": path.stat().st_size}
        log(f"{size:,}: load ...")
        r["load"] = run_in_processes("load", path, processes)
        if args.skip_baseline:
            r["pandas-openpyxl"] = []
        else:
            log(f"{size:,}: pandas.read_excel openpyxl ...")
            r["pandas-openpyxl"] = run_in_processes("pandas-openpyxl", path, processes)
        log(f"{size:,}: pandas.read_excel calamine ...")
        r["pandas-calamine"] = run_in_processes("pandas-calamine", path, processes)
        log(f"{size:,}: score ...")
        r["score"] = run_worker("score", path, args.repeats)
        log(f"{size:,}: export ...")
        r["export"] = run_worker("export", path, 3 if size <= 10_000 else 1)
        results[size] = r

    args.load_after = os.getloadavg()[0]
    args.code_at_end = code_version()
    args.elapsed_s = time.perf_counter() - started
    report = build_report(results, imports, args)
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    kept = split_section(old, V2_HEADING)[1]  # written by --v2: carried over
    report += ("\n" + kept.rstrip() + "\n") if kept else ""
    print(report)
    args.output.write_text(report, encoding="utf-8")
    log(f"wrote {args.output} in {time.perf_counter() - started:.0f} s total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
