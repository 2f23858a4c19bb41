"""Atomic writes: the target is replaced whole, with the permissions a person expects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evaluator.base.atomic import OutputFileError, write_atomically


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_new_file_gets_the_usual_permissions_not_mkstemps(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "out.txt", lambda temp: temp.write_text("new"))
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_replacing_keeps_the_existing_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, lambda temp: temp.write_text("new"))
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def fail(temp: Path) -> None:
        temp.write_text("half")
        raise OSError(5, "Input/output error")

    with pytest.raises(OutputFileError, match="Input/output error"):
        write_atomically(target, fail)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
