#!/usr/bin/env bash
# Install everything the test suite needs and run the whole suite.
# Used as is by CI (.ci/run) and by developers: `bash scripts/test.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's runtime libraries (offscreen tests), poppler (pdftotext,
# pdftoppm: the PDF tests read and render real PDFs), Xvfb (screenshots) and
# dbus-daemon (the lock tests start a private bus with a stand-in for logind).
need=()
for pkg in libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils xvfb xauth dbus-daemon; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"

export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
