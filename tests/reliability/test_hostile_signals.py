"""Issue 9.12: Ctrl-C printed a KeyboardInterrupt traceback; SIGTERM left an empty ``.tmp`` beside the target and an
openpyxl temp file holding the project data in the system temp folder. One sentence, nothing left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.evaluator.helpers import HEADER, row, write_xlsx
from tests.reliability.conftest import REPO


@pytest.fixture(scope="module")
def large_workbook(tmp_path_factory) -> Path:
    """Enough projects that writing the committee workbook takes a few seconds: time to interrupt it."""
    folder = tmp_path_factory.mktemp("large")
    data = [
        row(f"P{i}", capacity_tpa=1000 + i, capex_musd=100 + i % 400, opex_usd_per_kg=10 + i % 30) for i in range(4000)
    ]
    return write_xlsx(folder, HEADER, data)


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_stop_during_the_export_leaves_nothing_behind(large_workbook, tmp_path, stop, code) -> None:
    out = tmp_path / "out"
    out.mkdir()
    private_temp = tmp_path / "temp"
    private_temp.mkdir()
    env = os.environ | {"TMPDIR": str(private_temp), "REE_EVALUATOR_SETTINGS": str(tmp_path / "s.ini")}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "evaluator",
            "score",
            str(large_workbook),
            "-o",
            str(out / "pack.xlsx"),
            "--top",
            "4000",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".tmp") for p in out.iterdir()):  # the export has started writing
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            pytest.fail(f"the export never started writing: {child.communicate()[1][-2000:]}")
        time.sleep(0.01)
    child.send_signal(stop)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == code, stderr[-2000:]
    assert "Traceback" not in stderr
    assert "stopped before finishing" in stderr
    assert list(out.iterdir()) == []  # neither the workbook nor its temporary
    assert list(private_temp.iterdir()) == []  # no openpyxl or matplotlib leftovers holding the data
