"""Record a concern (SPEC 11): one dated fact about a child, written once, without starting an
assessment. A lead logs first and screens later; the screening starts from these entries.

What happened is language-checked as it is typed, and the indicators it may point to are shown
under it with the words that suggested them: suggestions, never answers. Correcting an entry
asks why, and keeps the earlier text readable. Typing survives a lock (``shell.keep``).

Its words (context "Chronology") are in the interface's language when it opens (it is made anew
each time) and are set again on Qt's ``LanguageChange``; each & letter is the dialog's own.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from screening_app.domain.errors import AnswerError
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, translate
from screening_app.ui.record_dialog import RecordDialog, buddy, named
from screening_app.ui.shell.keep import Field, caret, put_caret_when_shown, put_texts, texts, wipe
from screening_app.ui.wizard.fields import TextEdit
from screening_app.words import fill

SOURCES = (
    ("seen", QT_TRANSLATE_NOOP("Chronology", "Seen by &me")),  # Alt+M, Alt+C, Alt+O: a source in one key
    ("told_by_child", QT_TRANSLATE_NOOP("Chronology", "Told by the &child")),
    ("told_by_other", QT_TRANSLATE_NOOP("Chronology", "Told by an&other person or agency")),
)
INTRO = QT_TRANSLATE_NOOP(
    "Chronology", "Write what happened once, in plain words: when, what, and who says so. It goes into the child's "
                  "chronology; a screening uses it as evidence, and the referral leads with it.")
NEW_TITLE = QT_TRANSLATE_NOOP("Chronology", "Record a concern")
CORRECT_TITLE = QT_TRANSLATE_NOOP("Chronology", "Correct a chronology entry")
SUGGESTIONS = QT_TRANSLATE_NOOP("Chronology", "This may point to (the screening asks you to confirm each; nothing "
                                              "is answered for you):")
SUGGEST_DELAY_MS = 250
MAX_SUGGESTIONS = 5


DATE_HELP = QT_TRANSLATE_NOOP("Chronology", "Write the date as day/month/year (14/11/2026), or month/year (11/2026) "
                                            "if only the month is known")


def domain_date(text: str, about: bool) -> str | None:
    """'14/11/2026' -> '2026-11-14'; '11/2026' -> '2026-11' (the month only); 'about' prefixes a day.
    None when the text is neither (the dialog says how to write it)."""
    cleaned = text.strip()
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", cleaned):
        day = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
        return f"about {day}" if about else day
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{4})", cleaned):
        return f"{m[2]}-{int(m[1]):02d}"
    return None


def shown_date(value: str) -> tuple[str, bool]:
    """The domain's date as typed in the dialog, and whether it was 'about'."""
    about = value.startswith("about ")
    body = value[6:] if about else value
    parts = body.split("-")
    return "/".join(reversed(parts)), about


class ConcernDialog(FollowsLanguage, RecordDialog):
    """A new entry for ``child_id``, or a correction of ``existing`` (a ``ChildEntry``)."""

    prefix = "concern"

    def __init__(self, session: Any, child_id: int, existing: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.child_id, self.existing = session, child_id, existing
        self.kept = ("concern", {"child_id": child_id, "entry_id": existing.id if existing is not None else None})
        self.words = Words("Chronology")  # what the dialog says, set again when the interface's language changes
        self._refusal = ""  # the service's words in the last "Not saved", said again on a change
        title = CORRECT_TITLE if existing is not None else NEW_TITLE
        self.suggested = QLabel()
        self.suggested.setObjectName("concern.suggestions")
        self.suggested.setWordWrap(True)
        self.suggested.setProperty("role", "help")
        lines = self.suggested.fontMetrics().lineSpacing()
        self.suggested.setMinimumHeight(lines * (MAX_SUGGESTIONS + 2))  # room kept: the dialog never jumps
        self._frame("concernDialog", self.words.words(title), self.words.words(INTRO), 760, self._form(),
                    self.suggested)
        self._frame_words(title)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.show_suggestions)
        self.what.textChanged.connect(self._suggest_timer.start)
        if existing is not None:
            self._show(existing.entry)
        self._source_changed()
        order = [self.what, self.when, self.about, *self.source.buttons(), self.who, self.reference]
        if existing is not None:
            order.append(self.reason)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)  # as on screen: the fact, its date, its source
        self.what.setFocus()  # the fact first: the date (Tab) is today unless changed

    # ------------------------------------------------------------ building

    def _frame_words(self, title: str) -> None:
        """The words the shared frame (``RecordDialog``) shows: its heading, intro and buttons."""
        self.words.say(self.setWindowTitle, title)
        self.words.say(self.setAccessibleName, title)
        labels = {label.property("role"): label for label in self.findChildren(QLabel)
                  if label.property("role") in ("pageTitle", "intro")}
        self.words.say(labels["pageTitle"].setText, title)
        self.words.say(labels["intro"].setText, INTRO)
        cancel = self.findChild(QPushButton, f"{self.prefix}.cancel")
        self.words.say(cancel.setText, QT_TRANSLATE_NOOP("Chronology", "Cancel"))
        self.words.say(cancel.setAccessibleName, QT_TRANSLATE_NOOP("Chronology", "Cancel without saving"))
        self.words.say(self.save_button.setText, QT_TRANSLATE_NOOP("Chronology", "Save"))
        self.words.say(self.save_button.setAccessibleName, QT_TRANSLATE_NOOP("Chronology", "Save to the chronology"))

    def _label(self, text: str, field: QWidget | None = None) -> QLabel:
        """A field's label in the interface's language; its & letter (Alt+letter) moves to ``field``."""
        label = buddy("", field) if field is not None else QLabel()
        self.words.say(label.setText, text)
        return label

    def _named(self, widget: QWidget, name: str, accessible: str) -> QWidget:
        named(widget, name, "")
        self.words.say(widget.setAccessibleName, accessible)
        return widget

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        self.when = self._named(QLineEdit(self.session.today().strftime("%d/%m/%Y")), "concern.date",
                                QT_TRANSLATE_NOOP("Chronology", "When it happened: day/month/year, or month/year"))
        self.when.setFixedWidth(self.when.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.about = self._named(QCheckBox(), "concern.about",
                                 QT_TRANSLATE_NOOP("Chronology", "The date is approximate"))
        self.words.say(self.about.setText, QT_TRANSLATE_NOOP("Chronology", "About"))
        self.words.say(self.about.setToolTip,
                       QT_TRANSLATE_NOOP("Chronology", "Tick when you are not sure of the exact day"))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.about)
        when_row.addWidget(self._label(QT_TRANSLATE_NOOP("Chronology", "day/month/year, or month/year")))
        when_row.addStretch(1)
        self.what = TextEdit("concern.what", "", lines=4)
        self.words.say(self.what.setAccessibleName, QT_TRANSLATE_NOOP("Chronology", "What happened"))
        self.words.say(self.what.setPlaceholderText,
                       QT_TRANSLATE_NOOP("Chronology", "What you saw or were told, in plain words"))
        self.what.check_language(self.session.language_rules(), lambda: False)
        self.who = self._named(QLineEdit(), "concern.source_detail",
                               QT_TRANSLATE_NOOP("Chronology", "Who told you (role or agency)"))
        self.words.say(self.who.setPlaceholderText, QT_TRANSLATE_NOOP(
            "Chronology", "For example: the school nurse; Police (PC name); her foster carer"))
        self.reference = self._named(QLineEdit(), "concern.reference",
                                     QT_TRANSLATE_NOOP("Chronology", "Police or agency reference (optional)"))
        # The fact first, then its date: Tab from the fact goes to the date (today unless changed).
        form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "W&hat happened"), self.what), self.what)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "&When"), self.when), when_row)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "Source")), self._sources())
        form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "Who &told you"), self.who), self.who)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "&Reference"), self.reference), self.reference)
        self.reason = self._named(QLineEdit(), "concern.reason",
                                  QT_TRANSLATE_NOOP("Chronology", "Why this entry is corrected"))
        if self.existing is not None:
            form.addRow(self._label(QT_TRANSLATE_NOOP("Chronology", "Why corr&ected"), self.reason), self.reason)
        return form

    def _sources(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.source = QButtonGroup(self)
        for value, text in SOURCES:
            radio = named(QRadioButton(), f"concern.{value}", "")
            self.words.say(radio.setText, text)
            self.words.say(lambda words, radio=radio: radio.setAccessibleName(words.replace("&", "")), text)
            radio.setProperty("value", value)
            self.source.addButton(radio)
            row.addWidget(radio)
        self.source.buttons()[0].setChecked(True)
        self.source.buttonToggled.connect(lambda *_: self._source_changed())
        row.addStretch(1)
        return box

    # ------------------------------------------------------------ behaviour


    def retranslate(self) -> None:
        """Every word the dialog shows in the interface's language; the typing is left as it is."""
        self.words.retranslate()
        if self.suggested.text():
            self.show_suggestions()
        if self._refusal and self.error.text():
            self.error.setText(self._refusal_words())

    def _source_changed(self) -> None:
        self.who.setEnabled(self.source_value() != "told_by_child")

    def source_value(self) -> str:
        return next(b.property("value") for b in self.source.buttons() if b.isChecked())

    def show_suggestions(self) -> None:
        """What the text may point to, with the words that suggested it: the screening offers these."""
        if not self.session.unlocked:  # the timer outlived a lock
            return
        found = self.session.chronology_service().suggestions(self.what.toPlainText())
        if not found:
            self.suggested.clear()
            return
        lines = "\n".join(f"\u2022 \u201c{s.cue}\u201d: {_short(s.label)}" for s in found[:MAX_SUGGESTIONS])
        self.suggested.setText(f"{translate('Chronology', SUGGESTIONS)}\n{lines}")  # a heading, then the list

    def values(self) -> dict[str, Any]:
        """The fields for the service; an ``AnswerError`` for a date not written as the dialog asks."""
        when = domain_date(self.when.text(), self.about.isChecked())
        if when is None:
            raise AnswerError("date", DATE_HELP)  # in English, as the service's; shown translated
        source = self.source_value()
        fields = {"date": when,
                  "what": self.what.toPlainText().strip(), "source": source}
        if (detail := self.who.text().strip()) and source != "told_by_child":
            fields["source_detail"] = detail
        if reference := self.reference.text().strip():
            fields["reference"] = reference
        return fields

    def store(self) -> int:
        service = self.session.chronology_service()
        if self.existing is None:
            return service.record(self.child_id, self.values())
        service.correct(self.existing.id, self.values(), self.reason.text())
        return self.existing.id

    def _show(self, entry: Any) -> None:
        text, about = shown_date(entry.date)
        self.when.setText(text)
        self.about.setChecked(about)
        self.what.setPlainText(entry.what)
        self.who.setText(entry.source_detail or "")
        self.reference.setText(entry.reference or "")
        for radio in self.source.buttons():
            radio.setChecked(radio.property("value") == entry.source.value)

    def _problem(self, field: str, message: str) -> None:
        """ "Not saved: ..." in the interface's language (the service's own words as it gives them)."""
        super()._problem(field, message)
        self._refusal = message
        self.error.setText(self._refusal_words())

    def _refusal_words(self) -> str:
        message = translate("Chronology", self._refusal)  # the dialog's own DATE_HELP; a service's as it is
        return fill(translate("Chronology", "Not saved: %1."), f"{message[:1].upper()}{message[1:]}")

    def clear_error(self) -> None:
        self._refusal = ""
        super().clear_error()

    # ------------------------------------------------------------ lock: keep the typing, hold none of it

    def fields(self) -> dict[str, Field]:
        return {"date": self.when, "what": self.what, "source_detail": self.who, "reference": self.reference,
                "reason": self.reason}

    def snapshot(self) -> dict[str, Any]:
        fields = self.fields()
        return {"text": texts(fields), "about": self.about.isChecked(), "source": self.source_value(),
                **caret(fields, self.focusWidget())}

    def restore(self, state: dict[str, Any]) -> None:
        fields = self.fields()
        put_texts(fields, state.get("text") or {})
        self.about.setChecked(bool(state.get("about")))
        for radio in self.source.buttons():
            radio.setChecked(radio.property("value") == (state.get("source") or "seen"))
        put_caret_when_shown(self, fields, state)

    def clear(self) -> None:
        """At lock: no word typed stays in a field or its undo history."""
        self._suggest_timer.stop()
        wipe(self.fields())
        self.about.setChecked(False)
        self.source.buttons()[0].setChecked(True)
        self.suggested.clear()
        self.clear_error()


def _short(label: str, limit: int = 90) -> str:
    return label if len(label) <= limit else label[: label.rfind(" ", 0, limit)] + "\u2026"
