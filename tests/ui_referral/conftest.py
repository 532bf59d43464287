"""The shell's fixtures (fast Argon2, seeded throwaway vaults, the real window) for these tests."""

from __future__ import annotations

from tests.ui_shell.conftest import (  # noqa: F401 (fixtures)
    FAST_KDF,
    PASSPHRASE,
    do_unlock,
    folder,
    make_window,
    passphrase,
    seeded,
)
