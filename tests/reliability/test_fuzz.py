"""Issue 9, "hostile and unlucky input": 1,000 random workbooks and 1,000 structural mutations of a valid one go
through load → score → JSON → export, and only the domain error (InputFileError, one sentence) may come out.

The cases come from a seeded generator (tests/reliability/fuzzing.py: case i of seed s is always the same bytes)
and run in child processes under a memory limit (fuzz_driver.py), so an abort in the Rust reader fails this test
instead of killing pytest. Each case is bounded: the child stops one after CASE_TIMEOUT seconds (SIGALRM), the
parent kills a child that stops answering, and every case must finish within CASE_BUDGET seconds.

Export: a case is exported when its index is even (EXPORT_EVERY) and its ranking differs from every ranking the
same child exported before (a mutation that leaves the data alone gives the base's ranking again). That keeps the
two runs near two minutes on two cores; ``python scripts/fuzz.py`` exports every case and runs as many as asked.

A failure names its case: ``python scripts/fuzz.py --kind KIND --seed SEED --case I`` runs it again and prints the
traceback, ``--save FILE`` writes the workbook.
"""

from __future__ import annotations

import os
from collections import defaultdict

import pytest

from evaluator.inputs.load import load_workbook
from evaluator.model.fields import FIELDS, FIELDS_BY_NAME
from evaluator.scoring.ranking import score
from tests.reliability.fuzz_driver import Result, run_cases
from tests.reliability.fuzzing import FIELD_WORDS, KINDS, REQUIRED, make_case, random_workbook

SEED = int(os.environ.get("REE_FUZZ_SEED", "20261202"))
CASES = int(os.environ.get("REE_FUZZ_CASES", "1000"))
EXPORT_EVERY = 2
#: The child stops a case after this long; a case must finish within the budget (they take 0.02–1.5 s).
CASE_TIMEOUT = 30.0
CASE_BUDGET = 10.0


def report(kind: str, results: list[Result]) -> str:
    """Each failure signature once, with how often it happened, its first case and how to run that case again."""
    groups: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        groups[f"{result.outcome}: {result.signature}"].append(result)
    lines = [f"{len(results)} of the {kind} cases failed:"]
    for signature, found in sorted(groups.items(), key=lambda item: -len(item[1])):
        first = found[0]
        lines += [
            f"- {signature} — {len(found)} case(s), first {first.label} ({first.seconds:.2f} s)",
            f"  made by: {'; '.join(first.recipe)}",
            f"  again:   python scripts/fuzz.py --kind {kind} --seed {first.seed} --case {first.index}",
            "  " + first.detail.strip().replace("\n", "\n  ")[-1500:],
        ]
    return "\n".join(lines)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_fuzzed_workbooks_end_in_a_result_or_one_sentence(kind) -> None:
    results = run_cases(kind, SEED, range(CASES), workers=2, export_every=EXPORT_EVERY, timeout=CASE_TIMEOUT)
    assert sorted(r.index for r in results) == list(range(CASES))
    failed = [r for r in results if r.failed]
    for result in results:
        if not result.failed and result.seconds > CASE_BUDGET:
            result.outcome, result.signature = "slow", f"over the {CASE_BUDGET:g} s budget: {result.stages}"
            failed.append(result)
    assert not failed, report(kind, failed)
    # The run reaches what it is meant to: many cases are scored and exported, not only refused at the door.
    scored = [r for r in results if r.outcome == "scored"]
    exported = [r for r in scored if r.exported]
    assert len(scored) >= CASES // 4, f"only {len(scored)} of {CASES} cases scored"
    assert len(exported) >= CASES // 8, f"only {len(exported)} of {CASES} cases exported"
    assert sum(r.outcome == "refused" for r in results) >= CASES // 10


# -- the harness itself ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_case_is_the_same_bytes_every_time(kind) -> None:
    for index in (0, 1, 17, 433):
        first, again = make_case(kind, 5, index), make_case(kind, 5, index)
        assert first.data == again.data
        assert first.recipe == again.recipe
    assert make_case(kind, 5, 1).data != make_case(kind, 5, 2).data
    assert make_case(kind, 5, 1).data != make_case(kind, 6, 1).data


def test_the_generator_speaks_the_apps_vocabulary() -> None:
    assert set(FIELD_WORDS) <= set(FIELDS_BY_NAME)
    assert {f.name for f in FIELDS if f.required} <= set(REQUIRED)


@pytest.mark.parametrize("seed", range(4))
def test_a_generated_valid_workbook_loads_and_its_shared_strings_read_as_inline_ones(tmp_path, seed) -> None:
    import random

    shared, inline = tmp_path / "shared.xlsx", tmp_path / "inline.xlsx"
    shared.write_bytes(random_workbook(random.Random(seed), [], valid=True))
    inline.write_bytes(random_workbook(random.Random(seed), [], valid=True, shared_strings=False))
    assert b"sharedStrings.xml" in shared.read_bytes()
    assert b"sharedStrings.xml" not in inline.read_bytes()
    dataset = load_workbook(shared)
    assert len(dataset) >= 1
    assert len(score(dataset).table) >= 0
    assert load_workbook(inline).projects.equals(dataset.projects)


def test_a_child_that_dies_names_its_case_and_the_run_goes_on(monkeypatch) -> None:
    monkeypatch.setenv("REE_FUZZ_SELF_TEST", "abort:3")
    results = run_cases("random", SEED, range(6), workers=1, batch=6, export_every=0)
    assert [r.index for r in results] == list(range(6))
    died = results[3]
    assert died.outcome == "signal"
    assert died.signature.startswith("SIGABRT")
    assert "it does alone too" in died.detail
    assert all(not r.failed for r in results if r.index != 3)


@pytest.mark.parametrize(("mode", "outcome", "signature"), [("sleep", "hang", "over 2 s"), ("hang", "hang", "stopped")])
def test_a_case_that_runs_too_long_is_stopped(monkeypatch, mode, outcome, signature) -> None:
    monkeypatch.setenv("REE_FUZZ_SELF_TEST", f"{mode}:1")
    results = run_cases("mutation", SEED, range(3), workers=1, export_every=0, timeout=2, grace=3)
    assert [r.index for r in results] == [0, 1, 2]
    assert results[1].outcome == outcome
    assert signature in results[1].signature
    assert not results[2].failed


def test_an_exception_is_a_crash_with_its_signature(monkeypatch) -> None:
    monkeypatch.setenv("REE_FUZZ_SELF_TEST", "raise:0")
    [result] = run_cases("random", SEED, range(1), workers=1, export_every=0)
    assert result.outcome == "crash"
    assert result.signature == "ZeroDivisionError in fuzz_driver.py:_self_test (outside evaluator)"
