"""Issue 9.2–9.4: outputs that would destroy an input, writes through symlinks and onto devices, inputs that are not
files or are far too large. Each case is built in the test; each must end in one sentence, exit 2, nothing harmed."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from evaluator.base.atomic import OutputFileError, write_atomically
from evaluator.base.file_checks import MAX_INPUT_BYTES
from evaluator.inputs.read import read_workbook
from evaluator.model.issues import InputFileError
from evaluator.model.scenario import ScenarioError, load_scenario
from tests.evaluator.helpers import HEADER, rows, write_xlsx


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path, HEADER, rows("A", "B"), name="in.xlsx")


# -- 9.2 output over input -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outputs",
    [
        ["-o", "{input}"],
        ["--json", "{input}"],
        ["--pdf", "{input}"],
        ["-o", "{folder}/./in.xlsx"],
        ["-o", "{link}"],
    ],
)
def test_an_output_that_is_the_input_is_refused_and_the_input_kept(run_cli, workbook, outputs) -> None:
    link = workbook.parent / "alias.xlsx"
    link.symlink_to(workbook)
    before = _digest(workbook)
    spelled = [a.format(input=workbook, folder=workbook.parent, link=link) for a in outputs]
    done = run_cli("score", workbook, *spelled)
    assert done.returncode == 2
    assert "is the input" in done.stderr
    assert "nothing was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert _digest(workbook) == before


def test_two_outputs_naming_one_file_are_refused(run_cli, workbook, tmp_path) -> None:
    target = tmp_path / "out.xlsx"
    done = run_cli("score", workbook, "-o", target, "--json", target)
    assert done.returncode == 2
    assert "are the same file" in done.stderr
    assert not target.exists()


def test_the_template_does_not_replace_a_file_without_force(run_cli, workbook) -> None:
    before = _digest(workbook)
    done = run_cli("template", workbook)
    assert done.returncode == 2
    assert "--force" in done.stderr
    assert _digest(workbook) == before
    assert run_cli("template", workbook, "--force").returncode == 0
    assert _digest(workbook) != before


def test_a_mistyped_command_is_an_unknown_command_not_the_app(run_cli) -> None:
    done = run_cli("scores")
    assert done.returncode == 2
    assert "invalid choice: 'scores'" in done.stderr


# -- 9.3 atomic writes through symlinks, never onto devices --------------------------------------------------------


def test_writing_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "pack.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "pack.txt"
    link.symlink_to(real)
    write_atomically(link, lambda temp: temp.write_text("new", encoding="utf-8"))
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in shared.iterdir()) == ["pack.txt"]  # no temp left beside the real file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_a_device_is_never_replaced(tmp_path) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(OutputFileError, match="not a file"):
        write_atomically(fifo, lambda temp: temp.write_bytes(b"x"))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    if os.geteuid() == 0:  # a null device of our own, in tmp: the real /dev/null is never risked
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with pytest.raises(OutputFileError, match="device"):
            write_atomically(device, lambda temp: temp.write_bytes(b"x"))
        assert stat.S_ISCHR(os.stat(device).st_mode)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(OutputFileError, match="folder"):
        write_atomically(folder, lambda temp: temp.write_bytes(b"x"))


# -- 9.4 inputs that are not files, or far too large ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_input_is_refused_without_waiting_for_a_writer(run_cli, tmp_path) -> None:
    fifo = tmp_path / "projects.xlsx"
    os.mkfifo(fifo)
    done = run_cli("score", fifo, timeout=30)  # before the fix: open() blocked for ever
    assert done.returncode == 2
    assert "not a regular file" in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_at_once(run_cli, device) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is not on this system")
    done = run_cli("score", device, timeout=30)  # before the fix: read until MemoryError
    assert done.returncode == 2
    assert "not a regular file" in done.stderr


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path) -> None:
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(InputFileError, match=r"more than the 200 MB"):
        read_workbook(huge)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_scenario_fifo_is_refused_and_a_notepad_bom_is_fine(tmp_path) -> None:
    fifo = tmp_path / "scenario.json"
    os.mkfifo(fifo)
    finished = threading.Event()

    def load() -> None:
        with pytest.raises(ScenarioError, match="not a regular file"):
            load_scenario(fifo)
        finished.set()

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)
    assert finished.is_set(), "loading a FIFO scenario blocked"
    bom = tmp_path / "notepad.json"
    bom.write_bytes(b"\xef\xbb\xbf" + b'{"format": "ree-evaluator-scenario", "version": 1, "parameters": {}}')
    assert load_scenario(bom) is not None
