#!/usr/bin/env bash
# Install (if needed) and start the desktop app on the bundled sample workbook.
# On a machine without a display (a server, CI), the window is rendered offscreen to app-screenshot.png instead,
# and the sample's ranking is printed; use a desktop session, or `xvfb-run -a scripts/run.sh`, to interact.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh gui
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec .venv/bin/ree-evaluator "$@"
fi
echo "No display found: rendering the main window on the sample data to app-screenshot.png instead."
.venv/bin/python scripts/screenshot.py app-screenshot.png 2>/dev/null
.venv/bin/ree-evaluator score resources/sample/ree_candidate_facilities_sample.xlsx -o sample-shortlist.xlsx
