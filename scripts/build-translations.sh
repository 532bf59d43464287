#!/usr/bin/env bash
# Build the interface's translations: resources/translations/*.ts (committed, translated there)
# to the .qm files the app loads, with Qt's own lrelease (from PySide6). Run by scripts/run.sh,
# scripts/test.sh and scripts/build-bundle.sh; safe to run again.
# To collect new strings after changing the interface (then translate them in the .ts):
#   .venv/bin/pyside6-lupdate -extensions py screening_app -ts resources/translations/cse_screening_cy.ts \
#     -no-obsolete -locations none -target-language cy_GB
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
for ts in resources/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
