"""Qt widget tests of the wizard, run offscreen; ``make_wizard`` is in the root conftest."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
