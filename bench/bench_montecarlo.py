"""Benchmark of Monte Carlo rank acceptability (METHOD.md §4): time and memory, WSM and TOPSIS.

Cases by default (PROJECTSxSAMPLES): 1000x10000, 10000x1000, 5000x5000, 10000x5000 and 20000x5000. The rankings
are the synthetic workbooks of ``bench_core.py`` (``bench/data/projects_<N>_v<DATA_VERSION>.xlsx``, generated with
its seeded generator if missing, any N; version 2 has the METHOD.md v2 inputs: forms, element tonnages, capex and
opex ranges, stages and start years). The parameters are the defaults, METHOD.md v2 with every §4 source on
(``mc_costs = p10p90``, ``mc_common_capex``, ``mc_prices``, ``mc_schedule``; the ``sources`` column says which were),
or ``--preset v1`` (triangular costs, nothing else). Each measurement runs in a fresh process so the peak resident
memory (``ru_maxrss``) belongs to that run alone; the time is the best and median of three ``monte_carlo`` calls
after a warm-up (imports excluded), with the CPU time (user + system, both threads) per call, steadier than wall
time when other work shares the cores; the peak RSS is that of loading the workbook plus the largest of the runs.
Targets on this 2-core machine kind: ≤ 1 s for 10,000 samples × 1,000 projects (issue 4); ≤ 1.5 s for 10,000
projects × 1,000 samples with all v2 sources on (issue 11, WSM); ≤ 5 s for 5,000 samples × 10,000 projects (issue
8.12); memory growing with projects × samples, not projects² (issue 9.11: 20,000 projects under 1 GB).

    python bench/bench_montecarlo.py [--case 10000x1000] [--case 20000x5000] [--methods wsm,topsis] [--preset v1]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ["1000x10000", "10000x1000", "5000x5000", "10000x5000", "20000x5000"]
TARGETS = {
    (1_000, 10_000): "≤ 1 s",
    (10_000, 1_000): "≤ 1.5 s (WSM, all METHOD.md v2 sources on; issue 11)",
    (10_000, 5_000): "≤ 5 s (WSM)",
    (20_000, 5_000): "≤ 1,024 MB peak RSS (issue 9.11; it was 12.8 GB)",
}


def worker(method: str, samples: int, size: int, preset_name: str = "v2") -> dict:
    import resource
    import time

    sys.path.insert(0, str(REPO))
    from evaluator.analysis.montecarlo import monte_carlo
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import preset
    from evaluator.scoring.ranking import score

    sys.path.insert(0, str(REPO / "bench"))
    from bench_core import workbook_path

    path = workbook_path(size)
    params = preset(preset_name).replace(method=method)
    ranking = score(load_workbook(path), params)
    monte_carlo(ranking, samples=200)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    for _ in range(3):
        started = time.perf_counter()
        monte_carlo(ranking, samples=samples)
        times.append(time.perf_counter() - started)
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sources = [params.mc_costs] if params.mc_costs != "off" else []
    sources += [name for name in ("mc_common_capex", "mc_prices", "mc_schedule") if getattr(params, name)]
    return {
        "method": method,
        "preset": preset_name,
        "sources": ", ".join(sources) or "none",
        "projects": len(ranking),
        "samples": samples,
        "best": min(times),
        "median": sorted(times)[1],
        "cpu_per_run": cpu / 3,
        "peak_rss_mb": peak / 1024,
        "rss_before_mb": before / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--case",
        action="append",
        help=f"PROJECTSxSAMPLES (repeatable; default {', '.join(DEFAULT_CASES)})",
    )
    parser.add_argument("--methods", default="wsm,topsis", help="comma-separated: wsm, topsis")
    parser.add_argument("--preset", default="v2", help="parameter preset, v2 (default: every source on) or v1")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), int(args.worker[2]), args.preset)))
        return 0
    cases = [tuple(int(part) for part in case.lower().split("x")) for case in args.case or DEFAULT_CASES]
    sys.path.insert(0, str(REPO / "bench"))
    from bench_core import ensure_workbook

    for projects, _samples in cases:
        ensure_workbook(projects, regenerate=False)
    print(
        "| method | preset | sources | projects | samples | best s | median s | CPU s per run "
        "| peak RSS MB (load + run) |"
    )
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for projects, samples in cases:
        for method in args.methods.split(","):
            output = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    method.strip(),
                    str(samples),
                    str(projects),
                    "--preset",
                    args.preset,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(output.stdout.strip().splitlines()[-1])
            print(
                f"| {row['method'].upper()} | {row['preset']} | {row['sources']} | {row['projects']:,} | "
                f"{row['samples']:,} | {row['best']:.2f} | "
                f"{row['median']:.2f} | {row['cpu_per_run']:.2f} | {row['peak_rss_mb']:.0f} "
                f"(before the runs: {row['rss_before_mb']:.0f}) |"
            )
    print()
    for (projects, samples), target in TARGETS.items():
        print(f"Target: {target} for {samples:,} samples × {projects:,} projects (2 cores).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
