#!/usr/bin/env bash
# Install (if needed) and run the evaluator on the bundled sample workbook.
# Writes the committee workbook to sample-shortlist.xlsx in the current folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh gui
sample="resources/sample/ree_candidate_facilities_sample.xlsx"
.venv/bin/ree-evaluator score "$sample" -o sample-shortlist.xlsx "$@"
