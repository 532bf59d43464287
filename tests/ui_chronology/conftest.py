"""The shell's real-window fixtures (fast Argon2, throwaway folders, the fixed clock)."""

from __future__ import annotations

from tests.ui_shell.conftest import (  # noqa: F401 (fixtures)
    do_unlock,
    folder,
    make_window,
    passphrase,
    seeded,
)
