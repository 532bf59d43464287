"""A child's chronology as a list, latest first: date, source and what happened, with Record a
concern and Correct. Entries not yet used by a completed screening are marked, since the next
screening starts from them.

Its words (context "Chronology") follow the interface's language: set again, with every line
of the list, on Qt's ``LanguageChange``. The date and source words are the domain's
(``when.words()``, ``source_words()``), asked for in the interface's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words, spoken, translate
from screening_app.ui.shell import widgets as w
from screening_app.words import fill


def when_words(when: Any) -> str:
    """A ``WhenItHappened`` in the interface's language: '7 Nov 2026', 'Nov 2026', 'about 7 Nov 2026'."""
    with spoken():
        return when.words()


def source_words(entry: Any) -> str:
    """Who says so, in the interface's language."""
    with spoken():
        return entry.source_words()


def entry_line(item: Any) -> str:
    """One entry: its facts, each a whole phrase, separated by a middle dot, then what happened."""
    entry = item.entry
    facts = [when_words(entry.when), source_words(entry)]
    if entry.reference:
        facts.append(fill(translate("Chronology", "ref. %1"), entry.reference))
    if not item.cited:
        facts.append(translate("Chronology", "not yet in a screening"))
    if item.version > 1:
        facts.append(fill(translate("Chronology", "corrected (version %1)"), item.version))
    return f"{' · '.join(facts)}\n{entry.what}"


class ChronologyPanel(FollowsLanguage, QGroupBox):
    """``recordConcern()`` and ``correctEntry(entry)`` ask the main window to open the dialog."""

    recordConcern = Signal()
    correctEntry = Signal(object)

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("chronology")
        self.words = Words("Chronology")
        self.words.say(self.setTitle, QT_TRANSLATE_NOOP("Chronology", "Chronology: what happened (latest first)"))
        self.entries: list[Any] = []
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("chronology.entries")
        self.words.say(self.list.setAccessibleName, QT_TRANSLATE_NOOP("Chronology", "Chronology entries, latest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(150)
        self.list.itemActivated.connect(lambda _item: self._correct())
        self.empty = w.label("", "help", "chronology.empty")
        self.words.say(self.empty.setText, QT_TRANSLATE_NOOP(
            "Chronology", "Nothing recorded yet. Record a concern as soon as you know of it; screen later."))
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(QT_TRANSLATE_NOOP("Chronology", "Record a concern..."), "chronology.record",
                                   self.recordConcern.emit, primary=True))
        self.correct_button = self._button(QT_TRANSLATE_NOOP("Chronology", "Correct..."), "chronology.correct",
                                           self._correct)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _button(self, text: str, name: str, on_click: Any, *, primary: bool = False) -> QPushButton:
        button = w.button("", name, on_click, primary=primary)
        self.words.name_button(button, text)
        return button


    def retranslate(self) -> None:
        """The panel's words and every line of the list in the interface's language (the selection stays)."""
        self.words.retranslate()
        for row, item in enumerate(self.entries):
            if (shown := self.list.item(row)) is not None:
                shown.setText(entry_line(item))

    def show_child(self, child_id: int) -> None:
        self.entries = self.session.chronology_service().for_child(child_id)
        self.list.clear()
        for item in self.entries:
            row = QListWidgetItem(entry_line(item))
            row.setData(256, item.id)  # Qt.UserRole, without building the Qt namespace
            self.list.addItem(row)
        self.empty.setVisible(not self.entries)
        self.list.setVisible(bool(self.entries))
        self.correct_button.setEnabled(bool(self.entries))
        if self.entries:
            self.list.setCurrentRow(0)

    def clear(self) -> None:
        self.entries = []
        self.list.clear()

    def _correct(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.correctEntry.emit(self.entries[row])
