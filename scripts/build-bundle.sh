#!/usr/bin/env bash
# Build the one-folder bundle, print its size and ten largest parts, and run
# the frozen self-test offscreen. Used by CI after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q -e ".[build]"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
BUNDLE=dist/cse-screening
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes)"
echo "ten largest parts:"
find "$BUNDLE" -type f -printf '%s\t%P\n' | sort -rn | head -10 | awk -F'\t' '{printf "  %7.1f MB  %s\n", $1/1048576, $2}'
QT_QPA_PLATFORM=offscreen "$BUNDLE/cse-screening" --self-test
