#!/usr/bin/env bash
# Install everything the app and its tests need on a fresh Debian/Ubuntu machine, idempotently:
#   1. the system libraries Qt needs even headless (and a font, or every Qt label renders as empty boxes);
#   2. a virtualenv in .venv with the project and the requested extras (default: test, which includes the GUI).
# Usage: scripts/install.sh [extras]     e.g. scripts/install.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-test}"

# Required: what Qt needs even offscreen, then what its xcb plugin needs for a real window under X (Qt names
# libxcb-cursor0 whatever xcb library is missing), and Xvfb for `xvfb-run` on a machine without a screen.
# Wanted: a Japanese font (else the Japanese UI shows empty boxes); its absence is reported but does not stop an
# install (the tests check translations, not glyphs).
required_packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1 xvfb xauth)
wanted_packages=(fonts-ipafont-gothic)
missing_of() { local p; for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done; }
apt_install() {
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if command -v dpkg >/dev/null 2>&1; then
  mapfile -t missing < <(missing_of "${required_packages[@]}")
  if ((${#missing[@]})); then
    echo "Installing system packages: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  mapfile -t missing < <(missing_of "${wanted_packages[@]}")
  if ((${#missing[@]})); then
    apt_install "${missing[@]}" || echo "warning: could not install ${missing[*]}; Japanese text may not render." >&2
  fi
  # Tests only: LibreOffice Calc (headless, ~30 s from a Debian mirror) converts the committee export to PDF to
  # check its printed page count, with Carlito standing in for Calibri; without it that test is skipped.
  if [ "$extras" != "gui" ] && ! command -v soffice >/dev/null 2>&1; then
    apt_install libreoffice-calc-nogui fonts-crosextra-carlito ||
      echo "warning: could not install LibreOffice; the printed-page test will be skipped." >&2
  fi
fi

python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Python 3.11 or newer is required ($python_bin is $("$python_bin" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
# Skip pip when this exact pyproject.toml and extras are already installed (keeps scripts/run.sh quick).
stamp=".venv/.installed-$(cat pyproject.toml <(echo "$extras") | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && .venv/bin/python -c 'import evaluator' 2>/dev/null; then
  exit 0
fi
# This machine kind's pip config lists an optional local mirror that may be absent; its warning is noise.
quiet_pip() { .venv/bin/python -m pip "$@" 2>&1 | { grep -v "^WARNING: Location .* is ignored" || true; }; }
quiet_pip install --quiet --disable-pip-version-check --upgrade pip
quiet_pip install --quiet --disable-pip-version-check -e ".[${extras}]"
.venv/bin/python -c 'import evaluator' # fail loudly here rather than in the first test
rm -f .venv/.installed-*
touch "$stamp"
