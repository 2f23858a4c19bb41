#!/usr/bin/env bash
# Install everything the app and its tests need on a fresh Debian/Ubuntu machine, idempotently:
#   1. the system libraries Qt needs even headless (and a font, or every Qt label renders as empty boxes);
#   2. a virtualenv in .venv with the project and the requested extras (default: test, which includes the GUI).
# Usage: scripts/install.sh [extras]     e.g. scripts/install.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-test}"

# fonts-ipafont-gothic: a Japanese font, or the Japanese UI renders as empty boxes.
debian_packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
                 fonts-ipafont-gothic)
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for package in "${debian_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "Installing system packages: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
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
