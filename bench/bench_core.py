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

Input workbooks are synthetic but realistic (30 columns: the 19 Projects fields of METHOD.md §1 and 11 element
yes/no columns; countries in mixed spellings, numbers stored as text, ~1 % bad cells) and are cached in
``bench/data/`` by size.

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

#: Bump when the generator changes, so cached workbooks of an older layout are not reused.
DATA_VERSION = 1
SEED = 20_240_601
DEFAULT_SIZES = (1_000, 10_000, 100_000)

#: Targets, stated next to the results.
TARGET_LOAD_SPEEDUP_AT = 10_000
TARGET_LOAD_SPEEDUP = 5.0
TARGET_SCORE_AT = 100_000
TARGET_SCORE_MS = 50.0

# ------------------------------------------------------------------------------------------ synthetic workbook

FIELD_HEADERS: tuple[str, ...] = (
    "Project ID",
    "Project name",
    "Sponsor",
    "Country",
    "Facility type",
    "Stage",
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

    columns = [
        ids, names, sponsors, site, facility, stage, capacity, capex, opex, feed, elements,
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


def worker_score(path: Path, repeats: int) -> dict[str, Any]:
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import Parameters
    from evaluator.scoring.ranking import score

    dataset = load_workbook(path)
    wsm, topsis = Parameters(), Parameters(method="topsis")
    return {
        "wsm": repeat(lambda: score(dataset, wsm), repeats),
        "topsis": repeat(lambda: score(dataset, topsis), repeats),
        "wsm_table": repeat(lambda: score(dataset, wsm).table, repeats),
        "scored": len(score(dataset, wsm)),
    }


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
    print(report)
    args.output.write_text(report, encoding="utf-8")
    log(f"wrote {args.output} in {time.perf_counter() - started:.0f} s total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
