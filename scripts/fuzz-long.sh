#!/usr/bin/env bash
# The suite's fuzz properties (every tests/**/test_*fuzz*.py), run for long.
#   bash scripts/fuzz-long.sh                      # 100,000 examples per property
#   FUZZ_EXAMPLES=1000000 bash scripts/fuzz-long.sh -x
# Extra arguments go to pytest. The suite itself runs the same properties
# with 500 examples each. Nothing is written outside pytest's temp folders
# (the Hypothesis example database is off).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || { echo "no $VENV: run bash scripts/test.sh once first" >&2; exit 1; }
export FUZZ_EXAMPLES="${FUZZ_EXAMPLES:-100000}"
export QT_QPA_PLATFORM=offscreen
mapfile -t files < <(find tests -name 'test_*fuzz*.py' | sort)
echo "fuzzing with $FUZZ_EXAMPLES examples per property: ${files[*]}" >&2
exec "$VENV/bin/python" -m pytest -q --timeout=0 --hypothesis-show-statistics "${files[@]}" "$@"
