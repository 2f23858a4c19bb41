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


def _file_size_limit(limit: int):
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_disk_that_fills_during_the_export_is_one_sentence(tmp_path) -> None:
    """9.12: a full disk printed the sentence, then ~60 lines of "Exception ignored … Traceback"; with lxml present
    the temp sheets' serialiser failure was an "unexpected error (SerialisationError: IO_EFBIG)"."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env = os.environ | {"TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    sample = REPO / "resources" / "sample" / "ree_candidate_facilities_sample.xlsx"
    for limit in (5_000, 50_000):  # the temp sheets fail first / the target's archive fails
        target = tmp_path / f"out-{limit}.xlsx"
        done = subprocess.run(
            [sys.executable, "-m", "evaluator", "score", str(sample), "-o", str(target), "-q"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=_file_size_limit(limit),
            check=False,
        )
        assert done.returncode == 2
        assert done.stderr == f"ree-evaluator: Cannot write {target.name}: File too large.\n"
        assert not target.exists()
        assert list(tmp_path.glob(".out-*")) == []
        assert list(temp.iterdir()) == []


def test_a_writer_left_open_by_a_full_disk_closes_quietly(tmp_path, capfd) -> None:
    """The mechanism behind the noise: openpyxl leaves its ZipFile open when a write fails; it fails again when it
    is freed. /dev/full fails every write with ENOSPC, like a full disk."""
    import zipfile

    from evaluator.base.atomic import OutputFileError, write_atomically

    def write(temp: Path) -> None:
        archive = zipfile.ZipFile(open("/dev/full", "wb"), "w")  # noqa: SIM115 - left open, as openpyxl does
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * 100_000)
        archive.fp.flush()

    with pytest.raises(OutputFileError, match=r"^Cannot write out\.xlsx: No space left on device\.$"):
        write_atomically(tmp_path / "out.xlsx", write)
    captured = capfd.readouterr()
    assert "Exception ignored" not in captured.err
    assert "Traceback" not in captured.err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_the_app_closes_like_the_user_closed_it_on_sigterm_and_ctrl_c(tmp_path, stop, code) -> None:
    """9.12: SIGTERM killed the desktop app on the spot (the session's settings lost, an export's temporary left);
    Ctrl-C in the terminal did nothing until the next Python call. Now both close the window as a person would."""
    pytest.importorskip("PySide6")
    settings = tmp_path / "settings.ini"
    env = os.environ | {
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "REE_EVALUATOR_SETTINGS": str(settings),
        "QT_QPA_PLATFORM": "offscreen",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "ui"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not list((tmp_path / "data").rglob("ree-evaluator.log")):  # written once the handlers are in place
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        time.sleep(2)  # the window is up and loading the sample: a signal now meets an idle or busy event loop
        app.send_signal(stop)
        _, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == code
    assert "Traceback" not in err
    saved = settings.read_text(encoding="utf-8")
    assert "geometry=" in saved  # closeEvent ran: the session was saved as on a normal close
