"""``ree-evaluator``: the launcher decides app or command; the core never opens the window (issue 10.2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ui.launch import wants_the_app

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "ree_candidate_facilities_sample.xlsx"
#: A child in which PySide6 cannot be imported, as on a machine without the "gui" extra.
WITHOUT_QT = "import sys; sys.modules['PySide6'] = None; from ui.launch import main; sys.exit(main(sys.argv[1:]))"


def _child(code: str, *args: object, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"REE_EVALUATOR_SETTINGS": str(tmp_path / "s.ini"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "app"),
    [
        ([], True),
        (["--self-test"], True),
        ([str(SAMPLE)], True),  # a desktop's "Open with"
        (["new-projects.xlsx"], True),  # a file that does not exist yet still names one: the app says so
        (["scores"], False),  # a mistyped command goes to the parser (issue 9.13)
        (["score", str(SAMPLE)], False),
        (["--help"], False),
        (["--self-test", "x"], False),
    ],
)
def test_the_launcher_opens_the_app_only_when_nothing_but_a_file_is_asked(arguments, app) -> None:
    assert wants_the_app(arguments) is app


def test_the_console_script_is_the_launcher() -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"ree-evaluator": "ui.launch:main"}


def test_the_command_line_without_arguments_prints_its_help_and_never_imports_qt(tmp_path) -> None:
    code = (
        "import sys; from evaluator.cli import main; code = main([]); "
        "print('qt imported' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    done = _child(code, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "usage: ree-evaluator" in done.stdout
    assert done.stdout.rstrip().endswith("no qt")


def test_without_pyside6_the_app_gives_the_commands_help(tmp_path) -> None:
    done = _child(WITHOUT_QT, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "usage: ree-evaluator" in done.stdout
    assert "The desktop app is not installed here; use the commands above." in done.stderr
    opened = _child(WITHOUT_QT, SAMPLE, tmp_path=tmp_path)  # a file was asked of the app: it cannot be done
    assert opened.returncode == 2
    assert "not installed" in opened.stderr


def test_without_pyside6_the_commands_still_work(tmp_path) -> None:
    out = tmp_path / "ranking.json"
    done = _child(WITHOUT_QT, "score", SAMPLE, "--json", out, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["summary"]["projects_scored"] == len(document["projects"]) > 0


def test_an_import_error_inside_the_app_is_a_bug_not_a_missing_gui(tmp_path) -> None:
    # Only Qt's absence means "no desktop app here"; a module the app needs that fails to import (one left out of a
    # bundle) must show as the error it is.
    code = "import sys; sys.modules['ui.app'] = None; from ui.launch import main; sys.exit(main([]))"
    done = _child(code, tmp_path=tmp_path)
    assert done.returncode == 1
    assert "ModuleNotFoundError" in done.stderr
    assert "not installed" not in done.stderr
