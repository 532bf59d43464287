#!/usr/bin/env bash
# Install the application into .venv and start it on the default data folder.
# `bash scripts/run.sh --data-dir FOLDER` starts it on another folder; any
# other arguments go to the application (`bash scripts/run.sh --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup-common.sh

say "checking Qt's system libraries"
install_debs libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
             libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
             libxcb-image0
make_venv ""
say "starting: $VENV/bin/screening-app $*"
exec "$VENV/bin/screening-app" "$@"
