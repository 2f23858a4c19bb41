#!/usr/bin/env bash
# Start the installed desktop app on the sample workbook in a real X session (Xvfb, Qt's xcb plugin) for a few
# seconds, grab the screen, and fail if the app exited early: proves the install script brings up the GUI on a
# fresh machine (issue 8.6). Usage: scripts/xvfb_smoke.sh [OUT.png] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-xvfb-smoke.png}"
seconds="${2:-5}"
scripts/install.sh gui >/dev/null
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
cat >"$workdir/session.sh" <<INNER
set -u
export QT_QPA_PLATFORM=xcb REE_EVALUATOR_SETTINGS="$workdir/settings.ini" REE_EVALUATOR_QUIET_DIALOGS=1
.venv/bin/ree-evaluator resources/sample/ree_candidate_facilities_sample.xlsx >"$workdir/app.log" 2>&1 &
app=\$!
sleep "$seconds"
if ! kill -0 "\$app" 2>/dev/null; then
  wait "\$app"; code=\$?
  echo "The app exited early (code \$code) under Xvfb:" >&2; cat "$workdir/app.log" >&2
  exit 1
fi
.venv/bin/python - "$out" <<'PY'
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
shot = app.primaryScreen().grabWindow(0)
sys.exit(0 if shot.save(sys.argv[1]) and shot.width() > 0 else 1)
PY
grabbed=\$?
kill "\$app"; wait "\$app" 2>/dev/null
exit \$grabbed
INNER
xvfb-run -a -s "-screen 0 1366x768x24" bash "$workdir/session.sh"
echo "The app ran ${seconds} s under Xvfb; screen saved to $out"
