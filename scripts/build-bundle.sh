#!/usr/bin/env bash
# Build the one-folder bundle, print its size and ten largest parts, and run
# the frozen self-test offscreen. Used by CI after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# The xcb platform plugin's libraries must be on the build machine for
# PyInstaller to copy them into the bundle, so that the bundle starts on a
# bare desktop without them. gcc assembles the trimmed ICU data library
# (scripts/trim_icudata.py, run from build.spec).
need=()
for pkg in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
           libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0 binutils gcc; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q -e ".[build]"
VENV="$VENV" bash scripts/build-translations.sh  # the .qm files the bundle carries in resources/
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
BUNDLE=dist/cse-screening
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes)"
echo "ten largest parts:"
# awk reads all of sort's output (no `head`): with pipefail, head closing the
# pipe early makes sort die of SIGPIPE and the whole script exit 141.
find "$BUNDLE" -type f -printf '%s\t%P\n' | sort -rn | awk -F'\t' 'NR <= 10 {printf "  %7.1f MB  %s\n", $1/1048576, $2}'
QT_QPA_PLATFORM=offscreen "$BUNDLE/cse-screening" --self-test
