"""Reproducers for hostile and unlucky input (issue 9): each runs the CLI in a child process with a memory limit,
so a regression fails the test instead of taking the CI runner down with it."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: Address-space limit of each child: the app needs well under 1 GB for these inputs.
MEMORY_LIMIT_BYTES = 3 * 1024**3


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


@pytest.fixture
def run_cli(tmp_path):
    """``run_cli(*args, timeout=60)`` → CompletedProcess of ``python -m evaluator ARGS`` under the memory limit."""

    def run(*args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        env = os.environ | {"REE_EVALUATOR_SETTINGS": str(tmp_path / "settings.ini"), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("DISPLAY", None)
        return subprocess.run(
            [sys.executable, "-m", "evaluator", *map(str, args)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limited,  # a plain limit, set before exec: no threads in the child yet
            check=False,
        )

    return run
