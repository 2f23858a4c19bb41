"""Run the fuzz test of issue 9 for as long as asked and write its figures (cases, crashes, signatures).

    python scripts/fuzz.py --cases 20000 --seed 1 [--kind random|mutation|both] [--out docs/fuzz-results.md]
    python scripts/fuzz.py --kind mutation --seed 1 --case 187 [--save case.xlsx]   # one case again

The same generator as the CI test (tests/reliability/fuzzing.py; case i of seed s is always the same bytes) and
the same harness (tests/reliability/fuzz_driver.py: child processes under a memory limit, a time limit per case).
Unlike CI, every case is exported (``--export-every 1``) unless its ranking is one the same child exported before.
Failures are grouped by signature: the exception type and the innermost frame in ``evaluator/``, or the signal.
With ``--kind both`` the cases are split evenly between the two kinds. Use at most as many workers as cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability.fuzz_driver import CASE_TIMEOUT, Result, run_cases  # noqa: E402
from tests.reliability.fuzzing import KINDS, make_case  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=20_000, help="cases in all (default 20,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", choices=(*KINDS, "both"), default="both")
    parser.add_argument("--out", type=Path, help="write the figures here (Markdown), e.g. docs/fuzz-results.md")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="child processes at once")
    parser.add_argument("--batch", type=int, default=250, help="cases per child process")
    parser.add_argument("--export-every", type=int, default=1, help="export cases whose index is a multiple (0: none)")
    parser.add_argument("--timeout", type=float, default=CASE_TIMEOUT, help="seconds before a case is stopped")
    parser.add_argument("--budget", type=float, default=10.0, help="a case taking longer is reported as slow")
    parser.add_argument("--case", type=int, help="run this one case again and print what it did")
    parser.add_argument("--save", type=Path, help="with --case: write the case's bytes to this file")
    args = parser.parse_args(argv)
    if args.case is not None:
        return _one(args)
    kinds = KINDS if args.kind == "both" else (args.kind,)
    per_kind = {kind: args.cases // len(kinds) + (i < args.cases % len(kinds)) for i, kind in enumerate(kinds)}
    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    results: dict[str, list[Result]] = {}
    seconds: dict[str, float] = {}
    for kind, count in per_kind.items():
        done = [0]

        def progress(found: list[Result], kind: str = kind, count: int = count, done: list[int] = done) -> None:
            done[0] += len(found)
            failures = [r for r in found if r.failed]
            print(f"{kind}: {done[0]:,}/{count:,} cases, {len(failures)} failures in the last batch", flush=True)
            for result in failures:
                print(f"  {result.label}: {result.outcome}: {result.signature}", flush=True)

        kind_clock = time.perf_counter()
        results[kind] = run_cases(
            kind,
            args.seed,
            range(count),
            workers=args.workers,
            batch=args.batch,
            export_every=args.export_every,
            timeout=args.timeout,
            progress=progress,
        )
        seconds[kind] = time.perf_counter() - kind_clock
        for result in results[kind]:
            if not result.failed and result.seconds > args.budget:
                result.outcome, result.signature = "slow", f"over the {args.budget:g} s budget"
    text = figures(args, results, seconds, started, time.perf_counter() - clock)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"figures written to {args.out}")
    else:
        print(text)
    return 1 if any(r.failed for found in results.values() for r in found) else 0


def _one(args: argparse.Namespace) -> int:
    kind = "random" if args.kind == "both" else args.kind
    case = make_case(kind, args.seed, args.case)
    print(f"{case.label}: {len(case.data):,} bytes saved as {case.suffix or '(no suffix)'}")
    for step in case.recipe:
        print(f"  - {step}")
    if args.save:
        args.save.write_bytes(case.data)
        print(f"written to {args.save}")
    [result] = run_cases(kind, args.seed, range(args.case, args.case + 1), workers=1, export_every=1)
    print(f"outcome: {result.outcome} in {result.seconds:.2f} s {result.stages}; exported: {result.exported}")
    if result.signature:
        print(f"signature: {result.signature}")
    if result.detail:
        print(result.detail)
    return 1 if result.failed else 0


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty", "--abbrev=12"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):  # a copy outside git (a snapshot run while editing goes on)
        return os.environ.get("REE_FUZZ_COMMIT", "unknown")
    return done.stdout.strip()


def figures(
    args: argparse.Namespace,
    results: dict[str, list[Result]],
    seconds: dict[str, float],
    started: dt.datetime,
    total: float,
) -> str:
    """The Markdown report: the run, the outcome of every kind, failures by signature, the slowest cases."""
    every = [r for found in results.values() for r in found]
    failures = [r for r in every if r.failed]
    kinds = ", ".join(results)
    lines = [
        "# Fuzz test figures (issue 9)",
        "",
        "Written by `scripts/fuzz.py`; the generator is `tests/reliability/fuzzing.py`, the harness",
        '`tests/reliability/fuzz_driver.py` (see docs/implementation-notes.md, "Limits on what is read and written").',
        "",
        "| | |",
        "|---|---|",
        f"| Command | `python scripts/fuzz.py --cases {args.cases} --seed {args.seed} --kind {args.kind} "
        f"--export-every {args.export_every}` |",
        f"| Date | {started:%Y-%m-%d %H:%M} UTC |",
        f"| Commit | `{_commit()}` |",
        f"| Machine | {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {args.workers} workers |",
        f"| Cases | {len(every):,} ({kinds}) |",
        f"| Crashes (anything but the domain error, incl. hangs, aborts, memory) | {len(failures):,} |",
        f"| Signatures | {len({(r.outcome, r.signature) for r in failures})} |",
        f"| Time | {total / 60:,.1f} min ({total / max(len(every), 1) * 1000:,.0f} ms per case, wall) |",
        f"| Per case | stopped after {args.timeout:g} s; over {args.budget:g} s counts as slow (a failure) |",
        "",
        "## Outcomes",
        "",
        "| Kind | Cases | Scored | of which exported | Refused (domain error) | Nothing to score | Failures | "
        "Slowest case | Time |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, found in results.items():
        count = Counter(r.outcome for r in found)
        exported = sum(r.exported for r in found)
        slowest = max((r.seconds for r in found), default=0.0)
        lines.append(
            f"| {kind} | {len(found):,} | {count['scored']:,} | {exported:,} | {count['refused']:,} | "
            f"{count['empty']:,} | {sum(r.failed for r in found):,} | {slowest:.2f} s | {seconds[kind] / 60:.1f} min |"
        )
    lines += [
        "",
        "*Scored*: loaded, scored, JSON written and read back (and the workbook exported unless the same child had "
        "exported the very same ranking). *Refused*: `InputFileError`, one sentence for the user, the only exception "
        "allowed out. *Nothing to score*: loaded, but no row is a project (the CLI's own one sentence).",
        "",
        "## Failures by signature",
        "",
    ]
    if not failures:
        lines.append("None: every case ended in a result or in the domain error, within its time.")
    else:
        groups: dict[tuple[str, str], list[Result]] = defaultdict(list)
        for result in failures:
            groups[(result.outcome, result.signature)].append(result)
        lines += ["| Outcome | Signature | Cases | First case | Again |", "|---|---|---:|---|---|"]
        for (outcome, signature), found in sorted(groups.items(), key=lambda item: -len(item[1])):
            first = found[0]
            again = f"`python scripts/fuzz.py --kind {first.kind} --seed {first.seed} --case {first.index}`"
            lines.append(f"| {outcome} | {signature} | {len(found):,} | {first.label} | {again} |")
    lines += ["", "## Slowest cases", "", "| Case | Outcome | Seconds | Stages | Made by |", "|---|---|---:|---|---|"]
    for result in sorted(every, key=lambda r: -r.seconds)[:10]:
        stages = ", ".join(f"{k} {v:.2f}" for k, v in result.stages.items())
        made = "; ".join(result.recipe).replace("|", "\\|")[:160]
        lines.append(f"| {result.label} | {result.outcome} | {result.seconds:.2f} | {stages} | {made} |")
    lines += [
        "",
        "## Most frequent refusals (the first words of the sentence)",
        "",
        "| Sentence | Cases |",
        "|---|---:|",
    ]
    refusals = Counter(_opening(r.detail) for r in every if r.outcome == "refused")
    for sentence, count in refusals.most_common(15):
        lines.append(f"| {sentence.replace('|', '/')} | {count:,} |")
    return "\n".join(lines) + "\n"


def _opening(sentence: str) -> str:
    """A refusal without the file's name and the details that vary (so the same refusal counts once)."""
    import re

    text = re.sub(r"case-\d+(\.\w+)?", "FILE", sentence)
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r"\([^)]*\)", "(…)", text)
    text = re.sub(r"\d[\d,.]*", "N", text)
    return text[:110]


if __name__ == "__main__":
    sys.exit(main())
