"""Fixtures for the lessons tests: a wizard on a fixed date, and the shell's real-window
fixtures (fast Argon2, throwaway folders) borrowed from ``tests/ui_shell/conftest.py``."""

from __future__ import annotations

import importlib.util
import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ON = date(2026, 11, 1)


def _load(path: Path):
    spec = importlib.util.spec_from_file_location("ui_shell_conftest_for_lessons", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_shell = _load(Path(__file__).parents[1] / "ui_shell" / "conftest.py")
clock, folder, seeded, make_window, do_unlock, passphrase = (
    _shell.clock, _shell.folder, _shell.seeded, _shell.make_window, _shell.do_unlock, _shell.passphrase)
FAST_KDF = _shell.FAST_KDF


@pytest.fixture
def make_wizard(qtbot, pack):
    """make_wizard(form_id, state=None) -> (wizard, saved states list)."""
    from screening_app.domain.navigation import new_state

    def build(form_id="cse-screening", state=None):
        from screening_app.ui.wizard import AssessmentWizard

        saved: list[dict] = []
        form = pack[form_id]
        wizard = AssessmentWizard(form, state or new_state(form, ON), lambda s: saved.append(s))
        qtbot.addWidget(wizard)
        wizard.resize(1366, 768)
        wizard.show()
        return wizard, saved

    return build


@pytest.fixture
def session(tmp_path):
    """An unlocked shell session on a throwaway vault."""
    from screening_app.ui.shell.session import Session

    s = Session(tmp_path / "records", kdf=FAST_KDF)
    s.create("tangerine otter carousel lamp")
    yield s
    s.lock()
