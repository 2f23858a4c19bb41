#!/usr/bin/env bash
# The wheel works on its own (issue 10.3): build it from the tree, install it into a fresh virtualenv outside the
# checkout (no GUI extra), and from there score the bundled sample, read the JSON back and open the shortlist.
# A wheel without its package data used to install fine and then fail on the first reference table.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet_pip() { "$@" 2>&1 | { grep -v "^WARNING: Location .* is ignored" || true; }; }
quiet_pip .venv/bin/python -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$work/dist" "$repo"
.venv/bin/python -m venv "$work/venv"
quiet_pip "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$work"/dist/*.whl
cd "$work"  # nothing of the checkout on the path from here
env -u PYTHONPATH -u REE_EVALUATOR_RESOURCES venv/bin/python - "$work/venv" <<'PY'
import json
import subprocess
import sys
from pathlib import Path

venv = Path(sys.argv[1]).resolve()
from evaluator.base.paths import docs_dir, reference_file, sample_workbook

for found in (sample_workbook(), reference_file("countries.csv"), docs_dir() / "METHOD.md"):
    assert found.is_file(), f"missing from the wheel: {found}"
    assert venv in found.resolve().parents, f"{found} is not the installed package's"
done = subprocess.run(
    [str(venv / "bin" / "ree-evaluator"), "score", str(sample_workbook()), "--json", "ranking.json",
     "-o", "shortlist.xlsx", "-q"],
    capture_output=True, text=True, check=False,
)
assert done.returncode == 0, done.stderr
document = json.loads(Path("ranking.json").read_text(encoding="utf-8"))
assert document["summary"]["projects_scored"] == len(document["projects"]) > 0, document["summary"]
import openpyxl

book = openpyxl.load_workbook("shortlist.xlsx", read_only=True)
assert "Shortlist" in book.sheetnames or len(book.sheetnames) > 1, book.sheetnames
print(f"wheel smoke: {len(document['projects'])} projects scored from the installed wheel, sheets {book.sheetnames}")
PY
