#!/usr/bin/env bash
# Run the whole test suite with the system clock moved: a year ahead, and on a leap day.
# The suite must pass on any date from now to 2030; tests take "today" from an injected
# clock, and this proves nothing else reads the real one. Used by CI after scripts/test.sh
# (which installs the venv); any extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null 2>&1; then
  echo "Installing faketime (Debian's libfaketime)..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends faketime >/dev/null
fi
VENV="${VENV:-.venv}"
export QT_QPA_PLATFORM=offscreen
# The monotonic clock is shifted too: with FAKETIME_DONT_FAKE_MONOTONIC=1, libfaketime 0.9.10
# makes every time.sleep() fail with EINVAL (Python sleeps with clock_nanosleep on the
# monotonic clock). Shifted, a timed wait that has to time out (Event.wait(t), a lock acquired
# with a timeout) never does: tests pause with time.sleep, and pytest-timeout uses signals.
# A file's modification time comes from the real clock: tests that compare one with "now" set
# it from time.time() first.
for when in "+365d" "@2028-02-29 09:00:00"; do
  echo "== the whole suite with the clock at: $when"
  timeout --kill-after=60 "${SUITE_TIMEOUT:-30m}" faketime -f "$when" "$VENV/bin/python" -m pytest -q \
    -o timeout_method=signal "$@"
done
