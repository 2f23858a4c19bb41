"""Benchmark of Monte Carlo rank acceptability (METHOD.md §4): time and memory, WSM and TOPSIS.

Two cases by default: 10,000 samples × 1,000 projects and 5,000 samples × 10,000 projects. The rankings are the
1,000- and 10,000-row synthetic workbooks of ``bench_core.py`` (generated there if missing). Each measurement runs
in a fresh process so the peak resident memory (``ru_maxrss``) belongs to that run alone; the time is the best and
median of three ``monte_carlo`` calls after a warm-up (imports excluded). Targets on this 2-core machine kind:
≤ 1 s for 10,000 samples × 1,000 projects (issue 4); ≤ 5 s and ≤ 1 GB peak RSS for 5,000 samples × 10,000
projects (issue 8.12; the result alone is a 10,000² float64 matrix, 800 MB).

    python bench/bench_montecarlo.py [--case 1000x10000] [--case 10000x5000] [--methods wsm,topsis]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGETS = {(1_000, 10_000): "≤ 1 s", (10_000, 5_000): "≤ 5 s and ≤ 1,024 MB peak RSS"}


def worker(method: str, samples: int, size: int) -> dict:
    import resource
    import time

    sys.path.insert(0, str(REPO))
    from evaluator.load import load_workbook
    from evaluator.montecarlo import monte_carlo
    from evaluator.parameters import Parameters
    from evaluator.ranking import score

    path = REPO / "bench" / "data" / f"projects_{size}_v1.xlsx"
    ranking = score(load_workbook(path), Parameters(method=method))
    monte_carlo(ranking, samples=200)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    for _ in range(3):
        started = time.perf_counter()
        monte_carlo(ranking, samples=samples)
        times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "method": method,
        "projects": len(ranking),
        "samples": samples,
        "best": min(times),
        "median": sorted(times)[1],
        "peak_rss_mb": peak / 1024,
        "rss_before_mb": before / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--case",
        action="append",
        help="PROJECTSxSAMPLES with PROJECTS 1000 or 10000 (repeatable; default 1000x10000 and 10000x5000)",
    )
    parser.add_argument("--methods", default="wsm,topsis", help="comma-separated: wsm, topsis")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))))
        return 0
    cases = [tuple(int(part) for part in case.lower().split("x")) for case in args.case or ["1000x10000", "10000x5000"]]
    for projects, _samples in cases:
        if projects not in (1_000, 10_000):
            parser.error(f"projects must be 1000 or 10000, not {projects}")
        data = REPO / "bench" / "data" / f"projects_{projects}_v1.xlsx"
        if not data.exists():
            subprocess.run(
                [
                    sys.executable,
                    str(REPO / "bench" / "bench_core.py"),
                    "--sizes",
                    str(projects),
                    "--skip-baseline",
                    "--output",
                    "/dev/null",
                ],
                check=True,
            )
    print("| method | projects | samples | best s | median s | peak RSS MB (load + run) |")
    print("|---|---:|---:|---:|---:|---:|")
    for projects, samples in cases:
        for method in args.methods.split(","):
            output = subprocess.run(
                [sys.executable, __file__, "--worker", method.strip(), str(samples), str(projects)],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(output.stdout.strip().splitlines()[-1])
            print(
                f"| {row['method'].upper()} | {row['projects']:,} | {row['samples']:,} | {row['best']:.2f} | "
                f"{row['median']:.2f} | {row['peak_rss_mb']:.0f} (before the runs: {row['rss_before_mb']:.0f}) |"
            )
    print()
    for (projects, samples), target in TARGETS.items():
        print(f"Target: {target} for {samples:,} samples × {projects:,} projects (2 cores).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
