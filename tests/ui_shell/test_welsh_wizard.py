"""The assessment wizard in Welsh (issue 17): its frame in Welsh from Qt's translation, the form's
own text from the pack's Welsh, and what is stored exactly what the English wizard stores (the
answers, scored by the service with the form's English). Switching the language with a draft open
shows it again in the other language, nothing typed lost."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QLineEdit

from screening_app.domain.loader import load_form_pack
from screening_app.ui import i18n


def _labels(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_a_screening_in_welsh_is_stored_as_in_english(qtbot, make_window, seeded, do_unlock, welsh_built):
    i18n.save(seeded, "cy")
    window = make_window(seeded)
    do_unlock(window)
    child_id = window.home.recent_model.summary(0).child_id
    window.start_assessment("cse-screening", child_id)
    wizard = window.assessment.wizard
    assert wizard.next_button.text() == "&Nesaf" and wizard.back_button.text() == "&Yn ôl"
    assert window.assessment.heading.text().startswith("Drafft: ")
    welsh = load_form_pack(language="cy")["cse-screening"]
    section = welsh.sections[0]
    wizard.go(f"section:{section.id}")
    shown = _labels(wizard.current_page())
    assert section.title in shown and section.indicators[0].label in shown
    assert wizard.page_label.text().startswith("Nesaf: ")
    wizard.session.set_answer("missing_overnight", answer="yes", when="current", note="Seen by me.")
    wizard.session.set_answer("unexplained_items", answer="possible", when="current", note="Told by a teacher.")
    wizard.go("result")
    texts = " ".join(_labels(wizard.current_page()))
    assert "Beth i'w wneud nawr" in texts and "Sut mae'r sgôr yn adio" in texts and "Uchel" in texts
    wizard.completeRequested.emit(wizard.session.state)
    assert window.assessment.banner.text().startswith("Wedi'i gwblhau. Lefel derfynol: Uchel."), \
        window.assessment.banner.text()
    stored = window.session.records.get(window.assessment.assessment.id)
    result = json.loads(stored.result_json)
    english = load_form_pack()["cse-screening"]
    assert stored.final_level == "high"
    assert {c["label"] for c in result["contributions"]} <= {i.label for i in english.indicators()}
    assert any(line.startswith("Score ") for line in result["explanation"])  # stored in the pack's English


def test_switching_language_with_a_draft_open_keeps_what_was_typed(qtbot, make_window, seeded, do_unlock,
                                                                   welsh_built):
    window = make_window(seeded)
    do_unlock(window)
    window.start_assessment("cse-screening", window.home.recent_model.summary(0).child_id)
    first = window.assessment.wizard
    qtbot.keyClicks(first.findChild(QLineEdit, "child.other_names"), "Kaz")
    window.choose_language("cy")
    qtbot.waitUntil(lambda: window.assessment.wizard is not first and window.assessment.wizard is not None)
    wizard = window.assessment.wizard
    assert wizard.next_button.text() == "&Nesaf"
    assert wizard.findChild(QLineEdit, "child.other_names").text() == "Kaz"
    wizard.go("review")
    todo = wizard.current_page().todo
    lines = [todo.item(i).text() for i in range(todo.count())]
    assert any("cwestiwn heb eu hateb eto" in line for line in lines), lines
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.assessment.wizard is not wizard and window.assessment.wizard is not None)
    again = window.assessment.wizard
    assert again.next_button.text() == "&Next" and again.session.current_page().id == "review"  # where it was
    assert again.session.state["details"]["child"]["other_names"] == "Kaz"


def test_settings_in_welsh_when_chosen_there(qtbot, make_window, seeded, do_unlock, welsh_built):
    """Settings is on screen when its own chooser switches the language: its tabs follow at once."""
    window = make_window(seeded)
    do_unlock(window)
    window.show_settings()
    tabs = window.settings_page.tabs
    english = [tabs.tabText(i) for i in range(tabs.count())]
    window.choose_language("cy")
    qtbot.waitUntil(lambda: [tabs.tabText(i) for i in range(tabs.count())] != english)
    welsh = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Diogelwch" in welsh and "Trosglwyddiadau" in welsh, welsh
    window.choose_language("en")
    qtbot.waitUntil(lambda: [tabs.tabText(i) for i in range(tabs.count())] == english)
