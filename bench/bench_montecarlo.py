"""Benchmark of Monte Carlo rank acceptability (METHOD.md §4): 10,000 samples × 1,000 projects, time and memory.

The ranking is the 1,000-row synthetic workbook of ``bench_core.py`` (generated there if missing). Each measurement
runs in a fresh process so the peak resident memory (``ru_maxrss``) belongs to that run alone; the time is the
best and median of three ``monte_carlo`` calls after a warm-up (imports excluded). Targets (issue 4): ≤ 1 s for
10,000 samples × 1,000 projects on this 2-core machine kind, memory bounded by batching.

    python bench/bench_montecarlo.py [--samples 10000] [--projects 1000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0


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
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--projects", type=int, default=1_000, choices=(1_000, 10_000))
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]), int(args.worker[2]))))
        return 0
    data = REPO / "bench" / "data" / f"projects_{args.projects}_v1.xlsx"
    if not data.exists():
        subprocess.run(
            [
                sys.executable,
                str(REPO / "bench" / "bench_core.py"),
                "--sizes",
                str(args.projects),
                "--skip-baseline",
                "--output",
                "/dev/null",
            ],
            check=True,
        )
    print("| method | projects | samples | best s | median s | peak RSS MB (load + run) |")
    print("|---|---:|---:|---:|---:|---:|")
    for method in ("wsm", "topsis"):
        output = subprocess.run(
            [sys.executable, __file__, "--worker", method, str(args.samples), str(args.projects)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(output.stdout.strip().splitlines()[-1])
        print(
            f"| {row['method'].upper()} | {row['projects']:,} | {row['samples']:,} | {row['best']:.2f} | "
            f"{row['median']:.2f} | {row['peak_rss_mb']:.0f} (before the runs: {row['rss_before_mb']:.0f}) |"
        )
    print(f"\nTarget: ≤ {TARGET_SECONDS:g} s for 10,000 samples × 1,000 projects (2 cores).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
