"""Qt widget tests run offscreen; shared fixtures build a wizard on a fixed date."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest

from screening_app.domain.loader import load_form_pack
from screening_app.domain.navigation import new_state

ON = date(2026, 11, 1)


@pytest.fixture(scope="session")
def pack():
    return load_form_pack()


@pytest.fixture
def make_wizard(qtbot, pack):
    """make_wizard(form_id, state=None) -> (wizard, saved states list)."""

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
