#!/usr/bin/env bash
# Add REE Evaluator to the desktop's application menu for the current user (no root needed):
#   packaging/linux/install-desktop-entry.sh [BUNDLE]     install (BUNDLE defaults to dist/ree-evaluator)
#   packaging/linux/install-desktop-entry.sh --uninstall  remove what an install added
#
# BUNDLE is the one-folder bundle that scripts/build.sh makes (a folder holding the ree-evaluator executable), or
# the executable itself. The menu entry (ree-evaluator.desktop) goes to $XDG_DATA_HOME/applications and the icons
# to $XDG_DATA_HOME/icons/hicolor/<size>/apps ($XDG_DATA_HOME defaults to ~/.local/share). The installed entry runs
# the bundle by its absolute path, so ~/.local/bin need not be on PATH; move the bundle and run this again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
applications="$data_home/applications"
hicolor="$data_home/icons/hicolor"
name="ree-evaluator"
sizes=(16 32 48 64 128 256)

usage() {
  sed -n '2,9s/^# \{0,1\}//p' "$0"
}

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  rm -f "$applications/$name.desktop" "$hicolor/scalable/apps/$name.svg"
  for size in "${sizes[@]}"; do
    rm -f "$hicolor/${size}x${size}/apps/$name.png"
  done
  refresh_caches
  echo "Removed the REE Evaluator menu entry and icons from $data_home."
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  --uninstall) uninstall; exit 0 ;;
  -*) echo "install-desktop-entry.sh: unknown option '$1' (see --help)." >&2; exit 2 ;;
esac
if [ $# -gt 1 ]; then
  echo "install-desktop-entry.sh: give at most one bundle path (see --help)." >&2
  exit 2
fi

given="${1:-$root/dist/$name}"
if [ -d "$given" ]; then
  executable="$given/$name"
else
  executable="$given"
fi
if [ ! -f "$executable" ] || [ ! -x "$executable" ]; then
  echo "install-desktop-entry.sh: $given is not the $name bundle (no executable $executable);" \
    "build it with scripts/build.sh first." >&2
  exit 1
fi
executable="$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")"
bundle="$(dirname "$executable")"
# The Exec key is quoted below; these characters would need escaping inside the quotes, so refuse them.
case "$executable" in
  *'"'* | *'`'* | *'$'* | *'\'* | *$'\n'*)
    echo "install-desktop-entry.sh: the bundle path $executable holds \", \`, \$ or \\; move the bundle first." >&2
    exit 1 ;;
esac

# Icons: the bundle's own copy (PyInstaller puts resources/ under _internal/), else this checkout's.
icons=""
for candidate in "$bundle/_internal/resources/icons" "$bundle/resources/icons" "$root/resources/icons"; do
  if [ -f "$candidate/$name-256.png" ]; then
    icons="$candidate"
    break
  fi
done
if [ -z "$icons" ]; then
  echo "install-desktop-entry.sh: no icons found; run scripts/make_icons.py first." >&2
  exit 1
fi

# The entry, pointed at this bundle, is built and checked in a scratch folder before anything is installed.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
replacement="$(printf '%s' "$executable" | sed -e 's/[&|]/\\&/g')"  # & and | are special to sed below
sed -e "s|^Exec=$name |Exec=\"$replacement\" |" \
    -e "s|^TryExec=$name\$|TryExec=$replacement|" \
    "$here/$name.desktop" >"$scratch/$name.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
  if ! desktop-file-validate --no-hints "$scratch/$name.desktop"; then
    echo "install-desktop-entry.sh: the menu entry does not validate; nothing was installed." >&2
    exit 1
  fi
else
  echo "note: desktop-file-validate not found (package desktop-file-utils); the entry was not validated."
fi

for size in "${sizes[@]}"; do
  install -D -m 644 "$icons/$name-$size.png" "$hicolor/${size}x${size}/apps/$name.png"
done
if [ -f "$icons/$name.svg" ]; then
  install -D -m 644 "$icons/$name.svg" "$hicolor/scalable/apps/$name.svg"
fi
entry="$applications/$name.desktop"
install -D -m 644 "$scratch/$name.desktop" "$applications/.$name.desktop.new"
mv -f "$applications/.$name.desktop.new" "$entry"
refresh_caches

echo "Installed $entry"
echo "  runs   $executable"
echo "  icons  $hicolor/<N>x<N>/apps/$name.png (N = ${sizes[*]}) and scalable/apps/$name.svg"
echo "REE Evaluator is in the application menu (Office); log out and in if it does not show yet."
