"""Settings, Retention (issue 16): the children's records due for review at the end of retention
(date of birth + 25 years by default, the organisation's rule named), each kept with a reason and
the next review date, or deleted after a question (no readable trace; in a team, every member's
copy too). Keyboard first: the list, then Alt+K or Alt+D."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, dates_locale, translate
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

USER_ROLE = 256
RULE = QT_TRANSLATE_NOOP("Retention", "%1 due now. The rule: date of birth + %2 years, then review (%3). Each record "
                                      "due is kept, with the reason and when to review it again, or deleted.")
NONE_DUE = QT_TRANSLATE_NOOP("Retention", "None due.")
NOT_KEPT = QT_TRANSLATE_NOOP("Retention", "Not kept: %1.")
KEPT = QT_TRANSLATE_NOOP("Retention", "Kept %1's record; it is due again on %2.")
KEPT_UNNAMED = QT_TRANSLATE_NOOP("Retention", "Kept this child's record; it is due again on %1.")
DELETE = QT_TRANSLATE_NOOP("Retention", "Delete %1's whole record: every assessment, the chronology, escalations and "
                                        "links? It cannot be undone, and nothing readable is left. In a team, every "
                                        "member's copy is deleted too. A backup taken before still holds it.")
DELETE_UNNAMED = QT_TRANSLATE_NOOP("Retention", "Delete this child's whole record: every assessment, the chronology, "
                                                "escalations and links? It cannot be undone, and nothing readable is "
                                                "left. In a team, every member's copy is deleted too. A backup taken "
                                                "before still holds it.")
DELETED = QT_TRANSLATE_NOOP("Retention", "Deleted %1's record. The audit trail says a record was deleted, without "
                                         "naming anyone.")
DELETED_UNNAMED = QT_TRANSLATE_NOOP("Retention", "Deleted this child's record. The audit trail says a record was "
                                                 "deleted, without naming anyone.")
DUE = QT_TRANSLATE_NOOP("Retention", "Due %1: %2, born %3, %4")
DUE_KEPT = QT_TRANSLATE_NOOP("Retention", "Due %1: %2, born %3, %4. Kept last time because: %5")
DUE_UNBORN = QT_TRANSLATE_NOOP("Retention", "Due %1: %2, date of birth not recorded, %3")
DUE_UNBORN_KEPT = QT_TRANSLATE_NOOP("Retention", "Due %1: %2, date of birth not recorded, %3. Kept last time because: "
                                                 "%4")


_words = partial(i18n.say, "Retention")  # a marked sentence of this screen, filled in


class RetentionTab(FollowsLanguage, QWidget):
    """A tab of Settings, on screen when the language is switched: its words, the list and what
    was last said are set again on Qt's ``LanguageChange`` (from what was last read: no query)."""

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.words = Words("Retention")  # set again when the interface's language changes
        self._loaded: tuple[Any, list[Any]] | None = None  # the rule and the records due, as last read
        self._said: Callable[[], str] | None = None  # what the status line says, in the language of the moment
        self.setObjectName("settings.retention")
        layout = QVBoxLayout(self)
        self.rule = w.label("", "intro", "retention.rule")
        layout.addWidget(self.rule)
        self.list = QListWidget()
        w.named(self.list, "retention.due", "")
        self.words.say(self.list.setAccessibleName, QT_TRANSLATE_NOOP("Retention", "Records due for review"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setLocale(dates_locale())
        w.named(self.until, "retention.until", "")
        self.words.say(self.until.setAccessibleName, QT_TRANSLATE_NOOP("Retention", "Review again on"))
        until_label = QLabel()
        self.words.say(until_label.setText, QT_TRANSLATE_NOOP("Retention", "Review again on"))
        form.addRow(until_label, w.row(self.until))
        self.reason = w.line_edit("retention.reason", "")
        self.words.say(self.reason.setAccessibleName, QT_TRANSLATE_NOOP("Retention", "Why the record is kept"))
        self.words.say(self.reason.setPlaceholderText,
                       QT_TRANSLATE_NOOP("Retention", "for example: a police investigation is still open"))
        self.reason.setMinimumWidth(420)
        reason_label = QLabel()
        self.words.say(reason_label.setText, QT_TRANSLATE_NOOP("Retention", "Why it is kept"))
        form.addRow(reason_label, w.row(self.reason))
        layout.addLayout(form)
        self.keep_button = self._button(QT_TRANSLATE_NOOP("Retention", "&Keep the selected record"), "retention.keep",
                                        self.keep)
        self.delete_button = self._button(QT_TRANSLATE_NOOP("Retention", "&Delete the selected record..."),
                                          "retention.delete", self.delete)
        layout.addWidget(w.row(self.keep_button, self.delete_button))
        self.status = w.label("", "help", "retention.status")
        self.status.hide()
        layout.addWidget(self.status)

    def _button(self, text: str, name: str, on_click: Callable[[], None]) -> Any:
        """A button whose words, and its accessible name (the words without & or dots), follow the language."""
        button = w.button("", name, on_click)
        self.words.name_button(button, text)
        return button


    def retranslate(self) -> None:
        """Every word the tab shows in the interface's language: its own, the rule, the list (the
        selection kept) and what was last said."""
        self.words.retranslate()
        self.until.setLocale(dates_locale())
        if self._loaded is not None:
            row = self.list.currentRow()
            self._show(*self._loaded)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
        if self._said is not None:
            self._say(self._said)

    def _service(self) -> Any:
        from screening_app.services.retention import RetentionService

        records = self.session.records
        return RetentionService(records.vault, records.actor, self.session.clock)

    def confirm(self, question: str) -> bool:  # replaced in tests
        answer = QMessageBox.question(self, translate("Retention", "Delete a child's record"), question)
        return answer == QMessageBox.StandardButton.Yes

    def load(self) -> None:
        service = self._service()
        self._loaded = (service.rule(), service.due())
        self._show(*self._loaded)
        today = self.session.clock.today()
        self.until.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.until.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self._enable()

    def _show(self, rule: Any, due: list[Any]) -> None:
        self.rule.setText(_words(RULE, len(due), rule.years, rule.policy))
        self.list.clear()
        for item in due:
            row = QListWidgetItem(_due_words(item))
            row.setData(USER_ROLE, (item.child_id, item.name))
            self.list.addItem(row)
        if not due:
            self.list.addItem(_words(NONE_DUE))
        else:
            self.list.setCurrentRow(0)

    def _chosen(self) -> tuple[int, str | None] | None:
        item = self.list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.keep_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def keep(self) -> None:
        from screening_app.services.retention import RetentionError

        chosen = self._chosen()
        if chosen is None:
            return
        picked = self.until.date()
        until = date(picked.year(), picked.month(), picked.day())
        try:
            self._service().keep(chosen[0], until, self.reason.text())
        except RetentionError as exc:
            problem = str(exc)
            self._say(lambda: _words(NOT_KEPT, problem))
            self.reason.setFocus()
            return
        self.reason.clear()
        self.load()
        name = chosen[1]
        self._say(lambda: _words(KEPT, name, fmt.day(until)) if name else _words(KEPT_UNNAMED, fmt.day(until)))

    def delete(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        name = chosen[1]
        if not self.confirm(_words(DELETE, name) if name else _words(DELETE_UNNAMED)):
            return
        self._service().delete(chosen[0])
        self.load()
        self._say(lambda: _words(DELETED, name) if name else _words(DELETED_UNNAMED))

    def _say(self, words: Callable[[], str] | None) -> None:
        """``words()`` says what happened, now and again if the language changes; None clears it."""
        self._said = words
        text = words() if words is not None else ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear(self) -> None:
        self._loaded = None
        self.list.clear()
        self.rule.clear()
        self.reason.clear()
        self._say(None)


def _due_words(item: Any) -> str:
    """One record due, in one sentence for each case (born known or not, kept before or not)."""
    name = item.name or translate("Retention", "(no name recorded)")
    reference = item.reference or translate("Retention", "no completed assessment")
    due = fmt.day(item.review_due)
    if item.date_of_birth:
        born = fmt.day(item.date_of_birth)
        return _words(DUE_KEPT, due, name, born, reference, item.last_reason) if item.last_reason else \
            _words(DUE, due, name, born, reference)
    return _words(DUE_UNBORN_KEPT, due, name, reference, item.last_reason) if item.last_reason else \
        _words(DUE_UNBORN, due, name, reference)
