"""Run fuzz cases (:mod:`tests.reliability.fuzzing`) through load → score → JSON → export and say what broke.

The cases run in child processes, in batches, under the memory limit of the other reliability tests: a Rust abort in
the reader (calamine) or a memory blow-up kills a child, never the test run. Each child announces every case before
running it, so a child that dies names its case; that case is run again alone to confirm it, and the batch goes on
from the next one. A case that runs too long is stopped by SIGALRM inside the child (reported with where it was),
and a child that stops answering altogether is killed by the parent.

Outcomes: ``scored`` (loaded, scored, JSON written, and the workbook exported when the case is one of those
exported), ``refused`` (the domain error, :class:`~evaluator.model.issues.InputFileError`, one sentence for the user),
``empty`` (loaded but no project can be scored: the CLI's own one sentence); everything else is a failure —
``crash`` (any other exception), ``signal`` (the child died), ``hang``, ``memory``, ``leak`` (an external entity was
resolved into the output), ``generator`` (the generator itself failed: a bug of the test).

Run as a child: ``python -m tests.reliability.fuzz_driver KIND SEED START STOP EXPORT_EVERY CASE_TIMEOUT``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: Address-space limit of each child, as in conftest: the app needs well under 1 GB for these inputs.
MEMORY_LIMIT_BYTES = 3 * 1024**3
#: A case whose peak resident memory passes this is a blow-up (a child starts at about 250 MB).
MEMORY_BLOW_UP_BYTES = 1536 * 1024**2
#: Seconds after which the child stops a case itself (SIGALRM); the parent kills a silent child later still.
CASE_TIMEOUT = 30.0
SILENCE_GRACE = 30.0
#: A child may take this long to import the app before its first word (a loaded CI runner).
STARTUP_SECONDS = 120.0
OUTCOMES_OK = ("scored", "refused", "empty")
#: Text that appears in the output only if the external entity ``file:///etc/passwd`` was resolved.
_LEAK_MARK = "root:x:0:0"


@dataclass
class Result:
    """What one case did."""

    kind: str
    seed: int
    index: int
    outcome: str
    seconds: float = 0.0
    exported: bool = False
    stage: str = ""
    signature: str = ""
    detail: str = ""
    recipe: list[str] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return self.outcome not in OUTCOMES_OK

    @property
    def label(self) -> str:
        return f"{self.kind} seed {self.seed} case {self.index}"


# ------------------------------------------------------------------------------------------------ the child side


class CaseTimeout(KeyboardInterrupt):
    """Raised by SIGALRM in the child. A KeyboardInterrupt, so that no reader guard turns it into a refusal."""


def _where(error: BaseException) -> str:
    """The innermost frame in ``evaluator/`` (file:function), else the innermost frame, for the signature."""
    frames = traceback.extract_tb(error.__traceback__)
    mine = [f for f in frames if Path(f.filename).resolve().is_relative_to(REPO / "evaluator")]
    if mine:
        frame = mine[-1]
        return f"{Path(frame.filename).resolve().relative_to(REPO)}:{frame.name}"
    if frames:
        return f"{Path(frames[-1].filename).name}:{frames[-1].name} (outside evaluator)"
    return "(no traceback)"


def _line(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    mine = [f for f in frames if Path(f.filename).resolve().is_relative_to(REPO / "evaluator")]
    frame = (mine or frames or [None])[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}" if frame else ""


def _pipeline(path: Path, folder: Path, export: bool, result: Result, exported: set[str]) -> None:
    """What ``ree-evaluator score FILE --json OUT.json -o OUT.xlsx`` does, stage by stage (cli._scored, _score).

    The workbook is exported when ``export`` is true and the ranking is not one this child exported already
    (``exported`` holds their digests): a mutation that left the data alone gives the base's ranking again, and
    exporting it again tests nothing new.
    """
    from evaluator.inputs.load import load_workbook
    from evaluator.model.parameters import Parameters
    from evaluator.outputs.json_export import ranking_document, write_document
    from evaluator.outputs.workbook_export import export_shortlist
    from evaluator.scoring.ranking import score

    clock = time.perf_counter()

    def stage(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        if result.stage:
            result.stages[result.stage] = round(now - clock, 4)
        result.stage, clock = name, now

    stage("load")
    dataset = load_workbook(path)
    for issue in dataset.issues:  # what `validate` prints
        str(issue)
    if len(dataset) == 0:
        result.outcome = "empty"
        stage("")
        return
    stage("score")
    ranking = score(dataset, Parameters().replace(**dataset.settings))  # the defaults and the workbook's Settings
    stage("json")
    target = folder / "out.json"
    document = ranking_document(ranking)
    write_document(document, target)
    text = target.read_text(encoding="utf-8")
    json.loads(text)
    if _LEAK_MARK in text:
        result.outcome, result.signature = "leak", "external entity resolved into the JSON"
        stage("")
        return
    document.pop("source")  # the file's name and digest: the same data under another name is the same export
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    if export and digest not in exported:
        stage("export")
        export_shortlist(ranking, folder / "out.xlsx")
        with zipfile.ZipFile(folder / "out.xlsx") as written:  # a whole package, every part intact
            assert written.testzip() is None
        exported.add(digest)
        result.exported = True
    result.outcome = "scored"
    stage("")


def _self_test(index: int) -> None:
    """``REE_FUZZ_SELF_TEST=abort:5`` (or hang, sleep, raise) makes case 5 misbehave: the harness's own tests."""
    what, _, at = os.environ.get("REE_FUZZ_SELF_TEST", "").partition(":")
    if not what or int(at) != index:
        return
    if what == "abort":
        os.abort()
    if what == "sleep":  # interruptible: the child's alarm stops it
        time.sleep(3600)
    if what == "hang":  # deaf to the alarm, as a loop inside Rust would be: only the parent can stop it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if what == "raise":
        raise ZeroDivisionError("self test")


def run_case(
    kind: str, seed: int, index: int, folder: Path, *, export: bool, sample: bytes, exported: set[str] | None = None
) -> Result:
    """Generate case ``index`` and run it; every exception is classified, none escapes (but a real Ctrl-C)."""
    from evaluator.model.issues import InputFileError
    from tests.reliability.fuzzing import make_case

    result = Result(kind, seed, index, outcome="crash")
    start = time.perf_counter()
    try:
        case = make_case(kind, seed, index, sample=sample)
    except Exception as error:
        result.outcome, result.signature = "generator", f"{type(error).__name__} in the generator"
        result.detail = "".join(traceback.format_exception(error))[-2000:]
        return result
    result.recipe = list(case.recipe)
    path = folder / f"case-{index}{case.suffix}"
    path.write_bytes(case.data)
    try:
        _self_test(index)
        _pipeline(path, folder, export, result, set() if exported is None else exported)
    except InputFileError as error:
        result.outcome, result.detail = "refused", str(error)[:300]
    except CaseTimeout as error:
        result.outcome, result.signature = "hang", f"over {CASE_TIMEOUT:g} s in {_where(error)}"
        result.detail = "".join(traceback.format_exception(error))[-3000:]
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # everything else is what the fuzz test is looking for
        result.outcome, result.signature = "crash", f"{type(error).__name__} in {_where(error)}"
        result.detail = f"{_line(error)}: {error!s:.300}\n" + "".join(traceback.format_exception(error))[-3000:]
    finally:
        result.seconds = round(time.perf_counter() - start, 4)
        for name in ("out.json", "out.xlsx", path.name):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
    if result.outcome in OUTCOMES_OK and _peak_rss() > MEMORY_BLOW_UP_BYTES:
        result.outcome = "memory"
        result.signature = f"peak memory over {MEMORY_BLOW_UP_BYTES / 1024**3:g} GB in {result.stage or 'load'}"
    return result


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def child_main(argv: list[str]) -> int:
    """Run cases START..STOP-1, one JSON line per event on the original stdout (stdout itself goes to stderr)."""
    import faulthandler

    kind, seed, start, stop, export_every, timeout = argv
    # The limit is set here rather than by a preexec_fn: the parent runs children from threads.
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    global CASE_TIMEOUT  # noqa: PLW0603 - the child's copy, as the parent asked
    CASE_TIMEOUT = float(timeout)
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything the app prints goes to stderr, never into the protocol
    faulthandler.enable(file=sys.stderr, all_threads=True)

    def alarm(_signum: int, _frame: object) -> None:
        raise CaseTimeout

    signal.signal(signal.SIGALRM, alarm)
    # Imported before the first case, so that its time is the case's own and not the app's start-up.
    import evaluator.charts
    import evaluator.inputs.load
    import evaluator.outputs.json_export
    import evaluator.outputs.workbook_export  # noqa: F401
    from tests.reliability.fuzzing import SAMPLE

    sample = SAMPLE.read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="ree-fuzz-"))
    every = int(export_every)
    exported: set[str] = set()
    try:
        for index in range(int(start), int(stop)):
            protocol.write(json.dumps({"start": index}) + "\n")
            signal.setitimer(signal.ITIMER_REAL, CASE_TIMEOUT)
            try:
                export = every > 0 and index % every == 0
                result = run_case(kind, int(seed), index, folder, export=export, sample=sample, exported=exported)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            protocol.write(json.dumps(asdict(result), ensure_ascii=False) + "\n")
            if result.outcome == "memory":
                return 3  # peak memory cannot go down again: the parent starts a fresh child
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


# ----------------------------------------------------------------------------------------------- the parent side


def _child_env(folder: Path) -> dict[str, str]:
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "MPLBACKEND": "Agg",
        "PYTHONHASHSEED": "0",  # the same case does the same thing in every run
        "REE_EVALUATOR_SETTINGS": str(folder / "settings.ini"),
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("DISPLAY", None)
    return env


def _signal_name(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-code).name
        return f"signal {-code}"
    return f"exit status {code}"


def _fault_frame(stderr: str) -> str:
    """The innermost evaluator frame of faulthandler's dump (most recent call first), if any."""
    for match in re.finditer(r'File "([^"]+)", line (\d+) in (\S+)', stderr):
        path = Path(match.group(1))
        if path.resolve().is_relative_to(REPO / "evaluator"):
            return f"{path.resolve().relative_to(REPO)}:{match.group(3)}"
    return ""


class _Child:
    """One child process running cases START..STOP-1 (stderr to a file, protocol lines on a pipe)."""

    def __init__(self, kind: str, seed: int, start: int, stop: int, export_every: int, timeout: float) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ree-fuzz-parent-"))
        self.stderr = (self.folder / "stderr.txt").open("w+", encoding="utf-8", errors="replace")
        args = [kind, seed, start, stop, export_every, timeout]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.fuzz_driver", *map(str, args)],
            cwd=REPO,
            env=_child_env(self.folder),
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            stdin=subprocess.DEVNULL,
        )
        self.buffer = b""

    def lines(self, silence: float) -> Iterable[dict | None]:
        """Protocol messages; None when the child has said nothing for ``silence`` seconds."""
        pipe = self.process.stdout
        assert pipe is not None
        heard = False
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                heard = True
                yield json.loads(line)
            ready, _, _ = select.select([pipe], [], [], silence if heard else max(silence, STARTUP_SECONDS))
            if not ready:
                yield None
                continue
            chunk = os.read(pipe.fileno(), 65536)
            if not chunk:
                return
            self.buffer += chunk

    def finish(self, kill: bool = False) -> tuple[int, str]:
        if kill:
            self.process.kill()
        code = self.process.wait()
        self.stderr.seek(0)
        text = self.stderr.read()
        self.stderr.close()
        if self.process.stdout:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        return code, text


def _run_range(
    kind: str,
    seed: int,
    start: int,
    stop: int,
    export_every: int,
    timeout: float,
    grace: float = SILENCE_GRACE,
    *,
    confirm: bool = True,
) -> list[Result]:
    """Cases START..STOP-1 in as many children as it takes: a child that dies or hangs is replaced."""
    results: list[Result] = []
    position = start
    while position < stop:
        child = _Child(kind, seed, position, stop, export_every, timeout)
        reported = len(results)
        first = position
        current: int | None = None
        hung = False
        for message in child.lines(timeout + grace):
            if message is None:
                hung = True
                break
            if "start" in message:
                current = message["start"]
            else:
                results.append(Result(**message))
                current = None
                position = message["index"] + 1
        code, stderr = child.finish(kill=hung)
        if hung:
            silent = f"killed after {timeout + grace:g} s without a word"
            if current is None and position == first:  # not even the first case began
                results.append(Result(kind, seed, position, "hang", signature=f"the child did not start ({silent})"))
                break
            if current is None:  # between cases: after the last one finished
                results.append(Result(kind, seed, position - 1, "hang", signature=f"after the case ({silent})"))
                continue
            results.append(
                Result(kind, seed, current, "hang", seconds=timeout + grace, signature=f"the child stopped answering "
                       f"({silent})", detail=stderr[-3000:])
            )  # fmt: skip
            position = current + 1
        elif current is not None:  # the child died while running this case
            frame = _fault_frame(stderr)
            signature = f"{_signal_name(code)}" + (f" in {frame}" if frame else "")
            detail = stderr[-3000:]
            if confirm:
                again = _run_range(kind, seed, current, current + 1, export_every, timeout, grace, confirm=False)
                alone = "it does alone too" if again and again[0].outcome == "signal" else "not alone: batch-dependent"
                detail = f"rerun alone: {alone}\n{detail}"
            results.append(Result(kind, seed, current, "signal", signature=signature, detail=detail))
            position = current + 1
        elif code not in {0, 3} and position < stop:
            if position == first:  # nothing ran: the child cannot start, and no other child would
                results.append(
                    Result(kind, seed, position, "signal", signature=f"the child did not start ({_signal_name(code)})",
                           detail=stderr[-3000:])
                )  # fmt: skip
                break
            # died after finishing a case: a delayed effect of that case (a finaliser); name it and go on
            results.append(
                Result(kind, seed, position - 1, "signal", signature=f"{_signal_name(code)} after the case",
                       detail=stderr[-3000:])
            )  # fmt: skip
        for result in results[reported:]:
            if not result.recipe:  # the child died before it could say: the case is made again here
                result.recipe = _recipe(kind, seed, result.index)
    return results


def _recipe(kind: str, seed: int, index: int) -> list[str]:
    from tests.reliability.fuzzing import make_case

    try:
        return list(make_case(kind, seed, index).recipe)
    except Exception as error:
        return [f"(the generator failed: {error!r})"]


def run_cases(
    kind: str,
    seed: int,
    indices: range,
    *,
    workers: int = 2,
    batch: int = 250,
    export_every: int = 1,
    timeout: float = CASE_TIMEOUT,
    grace: float = SILENCE_GRACE,
    progress: Callable[[list[Result]], None] | None = None,
) -> list[Result]:
    """Run ``indices`` of ``kind`` and ``seed`` in ``workers`` children at a time, ``batch`` cases per child.

    ``export_every``: only cases whose index is a multiple are exported (1: all, 0: none). ``timeout``: the child
    stops a case after this many seconds; ``grace``: the parent kills a child silent for ``timeout + grace``.
    """
    chunks = [range(i, min(i + batch, indices.stop)) for i in range(indices.start, indices.stop, batch)]
    lock = threading.Lock()

    def one(chunk: range) -> list[Result]:
        found = _run_range(kind, seed, chunk.start, chunk.stop, export_every, timeout, grace)
        if progress is not None:
            with lock:
                progress(found)
        return found

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = [r for found in pool.map(one, chunks) for r in found]
    return sorted(results, key=lambda r: r.index)


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
