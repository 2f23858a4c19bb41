#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/ree-evaluator/ with PyInstaller (build.spec), then run its self-test.
# Installs what the build needs first: the dev extra, and the xcb libraries PyInstaller must find to bundle them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh dev
if command -v dpkg >/dev/null 2>&1; then
  xcb=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
       libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
  missing=()
  for package in "${xcb[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  if ((${#missing[@]})); then
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    # Best effort: without them the bundle still runs offscreen (self-test) but cannot open an X11 window.
    { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
      || echo "warning: could not install ${missing[*]}; the bundle will lack the X11 (xcb) platform." >&2
  fi
fi
started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
seconds=$(( $(date +%s) - started ))
size=$(du -sm dist/ree-evaluator | cut -f1)
echo "Built dist/ree-evaluator in ${seconds} s: ${size} MB."
QT_QPA_PLATFORM=offscreen dist/ree-evaluator/ree-evaluator --self-test
