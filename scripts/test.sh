#!/usr/bin/env bash
# Install everything the test suite needs and run the whole suite.
# Used as is by CI (.ci/run) and by developers: `bash scripts/test.sh`
# (arguments go to pytest: `bash scripts/test.sh tests/cli -x`).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup-common.sh

# System packages: Qt's runtime libraries (offscreen tests), poppler (pdftotext,
# pdftoppm: the PDF tests read and render real PDFs), Xvfb (screenshots) and
# dbus-daemon (the lock tests start a private bus with a stand-in for logind).
say "checking system packages (Qt's libraries, poppler-utils, xvfb, dbus-daemon)"
install_debs libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils xvfb xauth dbus-daemon
make_venv test
say "running the test suite"
export QT_QPA_PLATFORM=offscreen
# The last guard against a stalled run (a hang outside any one test): the whole suite takes about
# 9 minutes on a 2-core machine; past SUITE_TIMEOUT it is stopped and the run fails (exit 124).
exec timeout --kill-after=60 "${SUITE_TIMEOUT:-30m}" "$VENV/bin/python" -m pytest "$@"
