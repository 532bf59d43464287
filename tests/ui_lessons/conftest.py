"""Fixtures for the lessons tests: the shell's real-window fixtures (fast Argon2, throwaway
folders) from ``tests/ui_shell/conftest.py``; ``make_wizard`` is in the root conftest."""

from __future__ import annotations

import pytest

from tests.ui_shell.conftest import (  # noqa: F401 (fixtures)
    FAST_KDF,
    do_unlock,
    folder,
    make_window,
    passphrase,
    seeded,
)


@pytest.fixture
def session(tmp_path, clock):
    """An unlocked shell session on a throwaway vault."""
    from screening_app.ui.shell.session import Session

    s = Session(tmp_path / "records", kdf=FAST_KDF, clock=clock)
    s.create("tangerine otter carousel lamp")
    yield s
    s.lock()
