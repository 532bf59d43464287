#!/usr/bin/env bash
# Fuzz the form-pack loader for a long time: the suite's property tests with
# many more examples and no time limits, then hypothesis's statistics (which
# refusals each property reached).
#
#   bash scripts/fuzz-forms-long.sh                    # 20,000 examples per property
#   FUZZ_EXAMPLES=200000 bash scripts/fuzz-forms-long.sh
#   bash scripts/fuzz-forms-long.sh tests/other/test_x_fuzz.py   # any other property tests
#
# A failure prints the shrunk input and a @reproduce_failure blob to replay it.
# Needs the test environment: run `bash scripts/test.sh` once first.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import hypothesis" 2>/dev/null; then
  echo "fuzz-forms-long: no test environment in $VENV; run 'bash scripts/test.sh' first" >&2
  exit 2
fi
[ $# -gt 0 ] || set -- tests/domain/test_form_fuzz.py
export HYPOTHESIS_PROFILE=fuzz-long FUZZ_EXAMPLES="${FUZZ_EXAMPLES:-20000}" QT_QPA_PLATFORM=offscreen
echo "fuzz-forms-long: $FUZZ_EXAMPLES examples per property in $*"
exec "$VENV/bin/python" -m pytest -q -o timeout=0 --hypothesis-show-statistics "$@"
