#!/usr/bin/env bash
# Install (if needed) and run the whole test suite headless, plus the linter. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports  # the import contracts in pyproject.toml: the core never imports the window (issue 10.2)
.venv/bin/mypy  # types in the core (issue 10.7)
.venv/bin/python -m pytest "$@"
