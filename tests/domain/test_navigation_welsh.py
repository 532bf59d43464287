"""The wizard's engine in Welsh (issue 17): a session over the Welsh text of a pack says its pages,
gaps and preview in Welsh, and hands the service exactly the input the English session does."""

from __future__ import annotations

from datetime import date

import pytest

from screening_app.domain.loader import load_form_pack
from screening_app.domain.navigation import WizardSession, age_in_words, new_state

DAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def packs():
    return load_form_pack(), load_form_pack(language="cy")


def _state(form):
    state = new_state(form, DAY)
    state["details"]["child"] = {"first_name": "Ffion", "date_of_birth": "2012-05-01"}
    return state


def test_the_same_answers_give_the_same_input_and_level_in_either_language(packs):
    english, welsh = packs[0]["cse-screening"], packs[1]["cse-screening"]
    state = _state(english)
    sessions = WizardSession(english, state), WizardSession(welsh, state, "cy")
    for session in sessions:  # one state, changed through either
        session.set_answer("missing_overnight", answer="yes", when="current", note="Seen by me on Friday.")
    assert sessions[0].to_input() == sessions[1].to_input()
    assert sessions[0].preview().result.final_level == sessions[1].preview().result.final_level


def test_pages_gaps_and_the_preview_are_in_welsh(packs):
    welsh = packs[1]["cse-screening"]
    session = WizardSession(welsh, new_state(welsh, DAY), "cy")
    assert [p.title for p in session.all_pages()][-2:] == ["Adolygu", "Canlyniad"]
    assert session.preview().reason == "Rhowch ddyddiad geni'r plentyn neu ei oed bras i weld lefel."
    label = welsh.indicator("missing_overnight").label
    assert label.startswith("Mae'r plentyn yn mynd ar goll")
    assert f"Heb ei ateb eto: {label}" in [g.message for g in session.gaps()]
    assert all(g.unanswered for g in session.gaps() if g.message.startswith("Heb ei ateb eto"))
    session.set_answer("missing_overnight", answer="yes")
    messages = [g.message for g in session.gaps()]
    assert f"Dywedwch pryd (cyfredol, diweddar neu yn y gorffennol): {label}" in messages


def test_english_is_unchanged_and_the_language_does_not_leak(packs):
    english = packs[0]["cse-screening"]
    WizardSession(packs[1]["cse-screening"], new_state(english, DAY), "cy").gaps()
    session = WizardSession(english, new_state(english, DAY))
    assert any(g.message.startswith("Not answered yet: ") for g in session.gaps())
    assert session.preview().reason == "Enter the child's date of birth or approximate age to see a level."
    assert age_in_words(date(2013, 1, 2), DAY) == "13 years 10 months"
    assert age_in_words(date(2013, 1, 2), DAY, "cy") == "13 oed a 10 mis"
    assert age_in_words(date(2025, 10, 2), DAY) == "1 year 1 month"
