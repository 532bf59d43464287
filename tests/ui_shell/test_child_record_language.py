"""The child's record, its details form and its timeline follow the interface's language (issue 17),
switched while the record is on screen, without a restart: every word they show is marked in its
screen's context ("ChildRecord", "ChildDetails", "Timeline") as one whole sentence, set again on
Qt's LanguageChange, and back in exactly the English it was. A stand-in translator wraps each of
those contexts' words in «»: it shows every word is looked up (and filled in after, a whole
sentence each) whatever the Welsh says. Real vaults, real offscreen widgets, a fixed clock; every
child invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from screening_app.ui import i18n

CONTEXTS = ("ChildRecord", "ChildDetails", "Timeline")
ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cse_screening_cy.ts"


class Marked(QTranslator):
    """Every text of the three contexts as «text»: whatever is not wrapped was never looked up."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in CONTEXTS else None  # None: not here, Qt asks on

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qtbot):
    """Installs the stand-in (every widget gets LanguageChange), and takes it out again."""
    translator = Marked()
    installed = []

    def install() -> None:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        QApplication.processEvents()  # Qt posts LanguageChange

    def remove() -> None:
        QCoreApplication.removeTranslator(translator)
        installed.clear()
        QApplication.processEvents()

    yield install, remove
    if installed:
        remove()


def _record(qtbot, window, child_id: int = 1):
    window.open_child(child_id)
    record = window.child_record
    qtbot.waitUntil(record.isVisible, timeout=3_000)
    return record


def _own_words(record) -> dict[str, str]:
    """What the record, its form and its timeline say, by where they say it (not the panels')."""
    form = record.details
    said = {f"button:{b.objectName()}": b.text() for b in record.findChildren(QAbstractButton)
            if b.objectName().startswith("childRecord.")}
    said |= {f"name:{b.objectName()}": b.accessibleName() for b in record.findChildren(QAbstractButton)
             if b.objectName().startswith("childRecord.")}
    said |= {f"label:{edit.objectName()}": form.layout().labelForField(edit).text() for edit in form.edits.values()}
    said |= {f"edit:{edit.objectName()}": edit.accessibleName() for edit in form.edits.values()}
    said |= {f"hint:{edit.objectName()}": edit.placeholderText() for edit in form.edits.values()}
    box = form.language
    said |= {f"choice:{i}": box.itemText(i) for i in range(box.count())}
    said |= {"language.label": form.layout().labelForField(box).text(), "language.name": box.accessibleName(),
             "language.list": box.view().accessibleName(), "form.title": form.title(),
             "record.name": record.accessibleName(), "summary": record.summary.text(),
             "review.tip": record.review_button.toolTip(), "table.name": record.table.accessibleName(),
             "timeline.name": record.timeline.accessibleName(), "timeline.tip": record.timeline.toolTip(),
             "timeline.points": record.timeline.accessibleDescription(),
             "history.title": record.table.parentWidget().title()}
    said |= {f"help:{i}": label.text() for i, label in enumerate(record.table.parentWidget().findChildren(QLabel))}
    return said


def test_the_record_follows_a_change_of_language_while_on_screen_and_comes_back_exactly(qtbot, make_window, seeded,
                                                                                       do_unlock, marked):
    install, remove = marked
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    assert record.timeline.points, "the seeded child has completed assessments on the timeline"
    english = _own_words(record)
    assert english["button:childRecord.audit"] == "Audit tra&il..." and english["choice:2"] == "Cymraeg (Welsh)"
    assert english["label:childRecord.first_name"] == "First name" and english["form.title"] == "Details"
    assert english["summary"].startswith("born ") and ", age " in english["summary"]

    install()
    shown = _own_words(record)
    left = {where: text for where, text in shown.items() if text and "«" not in text}
    assert not left, f"not looked up in the interface's language: {left}"
    # one whole sentence each, filled in after it is looked up: never pieces joined
    assert re.fullmatch(r"«born \d{1,2} \w+ \d{4}, age \d{1,2}»", shown["summary"]), shown["summary"]
    assert shown["button:childRecord.saveDetails"] == "«Save details»"
    assert all(point.startswith("«") and point.endswith(")»")
               for point in shown["timeline.points"].split("; ")), shown["timeline.points"]

    remove()
    assert _own_words(record) == english  # exactly the English it was


def test_what_a_save_or_a_problem_said_is_said_again_in_the_new_language(qtbot, make_window, seeded, do_unlock,
                                                                         marked):
    install, remove = marked
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    record.details.edits["first_name"].setText("")
    record.details.edits["last_name"].setText("")
    record.details.edited.emit()
    assert record.dirty and record.save_button.text() == "Save details (unsaved changes)"
    assert not record.save_details()
    assert record.details_error.text() == "Enter the child's first name or surname."
    install()
    assert record.details_error.text() == "«Enter the child's first name or surname.»"
    assert record.save_button.text() == "«Save details (unsaved changes)»"
    assert record.save_button.accessibleName() == "«Save details»"
    record.details.edits["first_name"].setText("Invented")
    assert record.save_details()
    assert record.details_error.isHidden()
    assert record.details_status.text() == "«Details saved. The change is recorded in the audit trail.»"
    remove()
    assert record.details_status.text() == "Details saved. The change is recorded in the audit trail."
    assert record.save_button.text() == "Save details" and not record.dirty


def test_the_summary_says_the_preference_in_one_sentence_for_each_case(qtbot, make_window, seeded, do_unlock):
    from datetime import date

    from screening_app.domain.child_language import WORDS
    from screening_app.ui.shell.child_record import LANGUAGE_WORDS
    from screening_app.ui.shell.types import ChildDetails

    assert LANGUAGE_WORDS == WORDS  # the record says the preference as every other layer does
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    today = window.session.today()
    born = date(today.year - 14, 1, 1)
    cases = {(born, None, None): f"born 1 Jan {born.year}, age 14",
             (born, None, "cy"): f"born 1 Jan {born.year}, age 14. Language preference: Welsh",
             (None, 13, None): "about 13 years old (date of birth not known)",
             (None, 13, "en"): "about 13 years old (date of birth not known). Language preference: English",
             (None, None, None): "age not recorded",
             (None, None, "cy"): "age not recorded. Language preference: Welsh"}
    for (dob, age, language), said in cases.items():
        details = ChildDetails(first_name="Invented", last_name="", other_names=(), date_of_birth=dob,
                               approx_age=age, upn=None, nhs_number=None, la_case_number=None, language=language)
        assert record._summary(details) == said


def test_the_details_form_and_its_problems_are_looked_up_when_shown(qtbot, marked):
    from datetime import date

    from screening_app.ui.shell.child_details import (
        LANGUAGE_CHOICES,
        NEW_CHILD_HEADING,
        ChildDetailsForm,
        DetailsProblem,
        details_from,
    )

    install, remove = marked
    form = ChildDetailsForm("picker", NEW_CHILD_HEADING, (("first_name", "First name"),))
    qtbot.addWidget(form)
    assert form.title() == "The child" and form.language is None
    values = {key: "" for key in ("first_name", "last_name", "other_names", "date_of_birth", "approx_age", "upn",
                                  "nhs_number", "la_case_number")}
    with pytest.raises(DetailsProblem) as problem:
        details_from(values, date(2026, 11, 3))
    assert str(problem.value) == "Enter the child's first name or surname."
    install()
    assert form.title() == "«The child»"
    assert form.layout().labelForField(form.edits["first_name"]).text() == "«First name»"
    assert str(problem.value) == "«Enter the child's first name or surname.»"  # in the language it is shown in
    assert problem.value.source == "Enter the child's first name or surname."
    remove()
    assert form.title() == "The child" and dict(LANGUAGE_CHOICES)["cy"] == "Cymraeg (Welsh)"


def test_the_timeline_says_its_words_again_when_the_language_changes(qtbot, marked):
    from datetime import date

    from screening_app.ui.shell.timeline import Point, TimelineWidget

    install, remove = marked
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    assert timeline.accessibleDescription() == "No completed assessments yet."
    install()
    assert timeline.accessibleDescription() == "«No completed assessments yet.»"
    assert timeline.accessibleName() == "«Level over time»"
    timeline.set_points([Point(date(2026, 3, 1), "high", "Screening", 1)])
    assert timeline.accessibleDescription() == "«1 Mar 2026: High (Screening)»"
    remove()
    assert timeline.accessibleDescription() == "1 Mar 2026: High (Screening)"
    assert timeline.accessibleName() == "Level over time"
    assert timeline.toolTip().startswith("Click a point")


def _mnemonics(window, page) -> list[str]:
    texts = [b.text() for b in page.findChildren(QAbstractButton)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [action.text() for action in window.menuBar().actions()]
    return [m.group(1).lower() for t in texts for m in re.finditer(r"(?<!&)&([^&\s])", t)]


def test_the_record_in_welsh_offers_each_alt_letter_once_and_switches_back(qtbot, make_window, seeded, do_unlock,
                                                                          welsh_built):
    i18n.save(seeded, "cy")
    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    keys = _mnemonics(window, record)
    assert len(keys) == len(set(keys)), keys
    assert record.details.language.count() == 3 and isinstance(record.details, QGroupBox)
    assert [record.details.language.itemText(i) for i in range(3)] == ["Heb ei gofnodi", "Saesneg", "Cymraeg"]
    assert record.save_button.text() == "Cadw'r manylion"
    window.choose_language("en")
    qtbot.waitUntil(lambda: record.details.language.itemText(2) == "Cymraeg (Welsh)")
    assert record.save_button.text() == "Save details" and record.summary.text().startswith("born ")
    keys = _mnemonics(window, record)
    assert len(keys) == len(set(keys)) and keys.count("l") == 1, keys


def test_the_record_wide_actions_take_a_line_of_their_own_when_one_line_is_too_wide(qtbot, make_window, seeded,
                                                                                   do_unlock):
    """Welsh words are longer (and windows narrower): the header's buttons are never cut short nor
    pushed out of sight to the side; at 1366 pixels in English it stays one line, as it was."""
    from PySide6.QtWidgets import QScrollArea

    window = make_window(seeded)
    do_unlock(window)
    record = _record(qtbot, window)
    scroll = record.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0, timeout=2_000)
    assert not record._wrapped
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: record._wrapped, timeout=2_000)
    qtbot.wait(50)  # the layout settles
    assert scroll.horizontalScrollBar().maximum() == 0
    buttons = [record.home_button, *record.new_buttons, record.review_button, *record.record_actions]
    assert all(b.width() >= b.sizeHint().width() for b in buttons), [(b.text(), b.width()) for b in buttons]
    right = scroll.viewport().width()
    assert all(b.mapTo(scroll.viewport(), b.rect().topRight()).x() <= right for b in buttons)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not record._wrapped, timeout=2_000)
