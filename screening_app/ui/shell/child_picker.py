"""Who is this assessment for? An existing child found by search, or a new child (name plus date
of birth or approximate age).

A lock can come while the picker is open: ``snapshot`` gives what was typed (written by the main
window into the encrypted vault with the rest of the screen state), ``clear`` wipes every field and
its undo history, and after unlocking a new picker ``restore``s the typing and the caret.

A dialog opened after the language is chosen: its words (context "ChildPicker") are translated when
it is built; the new child's fields are the child details form's, in its own context.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.child_details import NEW_CHILD_HEADING, ChildDetailsForm, DetailsProblem
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.home import SEARCH_DELAY_MS, parse_search
from screening_app.ui.shell.session import Session
from screening_app.ui.shell.types import SearchQuery

NEW_CHILD_FIELDS = (  # English marked in the context "ChildDetails" (child_details.FIELDS)
    ("first_name", "First name"),
    ("last_name", "Surname"),
    ("date_of_birth", "Date of birth"),
    ("approx_age", "Approximate age"),
)
# The window's title, one whole sentence for each form (a form not named here: the last one)
TITLES = {"cse-screening": QT_TRANSLATE_NOOP("ChildPicker", "New screening: choose the child"),
          "cse-risk-assessment": QT_TRANSLATE_NOOP("ChildPicker", "New full assessment: choose the child"),
          "child-exploitation": QT_TRANSLATE_NOOP("ChildPicker", "New exploitation screening: choose the child"),
          "concern": QT_TRANSLATE_NOOP("ChildPicker", "New concern: choose the child")}
OTHER_FORM_TITLE = QT_TRANSLATE_NOOP("ChildPicker", "New %1: choose the child")


say = partial(i18n.say, "ChildPicker")  # a marked sentence of this screen, filled in


def picker_title(form_id: str) -> str:
    return say(TITLES[form_id]) if form_id in TITLES else say(OTHER_FORM_TITLE, fmt.form_word(form_id).lower())


def child_words(name: str, born: date | None, approx_age: int | None, today: date) -> str:
    """A search result: the name with the age (``fmt.years_old``), one sentence each way."""
    name = name or say(QT_TRANSLATE_NOOP("ChildPicker", "(no name recorded)"))
    if born is not None:
        return say(QT_TRANSLATE_NOOP("ChildPicker", "%1 (born %2, age %3)"), name, fmt.day(born),
                   fmt.years_old(born, today))
    if approx_age is not None:
        return say(QT_TRANSLATE_NOOP("ChildPicker", "%1 (about %2 years old (date of birth not known))"), name,
                   approx_age)
    return say(QT_TRANSLATE_NOOP("ChildPicker", "%1 (age not recorded)"), name)


class ChildPicker(QDialog):
    """``child_id`` holds the choice after ``accept``."""

    def __init__(self, session: Session, form_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form_id = form_id
        self.child_id: int | None = None
        self.kept = ("picker", {"form_id": form_id})  # reopened after a lock: see ``keep``
        self.setObjectName("childPicker")
        self.setAccessibleName(say(QT_TRANSLATE_NOOP("ChildPicker", "Choose the child")))
        self.setWindowTitle(picker_title(form_id))
        self.setMinimumWidth(520)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("childPicker.tabs")
        # Alt+R, Alt+N in English; each language's two letters differ from each other and from the buttons'
        self.tabs.addTab(self._existing_tab(), say(QT_TRANSLATE_NOOP("ChildPicker", "A child already &recorded")))
        self.tabs.addTab(self._new_tab(), say(QT_TRANSLATE_NOOP("ChildPicker", "A &new child")))
        if not session.counts().get("children"):
            self.tabs.setCurrentIndex(1)  # nobody to search for yet
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.error = w.error_label("childPicker.error")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(w.button(say(QT_TRANSLATE_NOOP("ChildPicker", "Cancel")), "childPicker.cancel", self.reject))
        buttons.addWidget(w.button(say(QT_TRANSLATE_NOOP("ChildPicker", "Start")), "childPicker.start", self.choose,
                                   primary=True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

    def _tab_chosen(self, index: int) -> None:
        """Alt+R or Alt+N: straight into the tab's first field."""
        first = self.search if index == 0 else next(iter(self.new_child.edits.values()))
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def _existing_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search = w.line_edit("childPicker.search", say(QT_TRANSLATE_NOOP("ChildPicker", "Search children")),
                                  say(QT_TRANSLATE_NOOP("ChildPicker", "Name, date of birth or identifier")))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results = QListWidget()
        w.named(self.results, "childPicker.results", say(QT_TRANSLATE_NOOP("ChildPicker", "Matching children")))
        self.results.itemActivated.connect(lambda _i: self.choose())
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        return page

    def _new_tab(self) -> QWidget:
        self.new_child = ChildDetailsForm("childPicker.new", NEW_CHILD_HEADING, NEW_CHILD_FIELDS)
        return self.new_child

    def search_now(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        seen: set[int] = set()
        page = self.session.page(parse_search(text) if text else SearchQuery(), 100, None)
        for item in page.items:
            if item.child_id in seen:
                continue
            seen.add(item.child_id)
            child = self.session.child(item.child_id).details
            entry = QListWidgetItem(child_words(child.full_name, child.date_of_birth, child.approx_age,
                                                self.session.today()))
            entry.setData(Qt.ItemDataRole.UserRole, item.child_id)
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)

    def choose(self) -> None:
        try:
            self.child_id = self._existing() if self.tabs.currentIndex() == 0 else self._create()
        except DetailsProblem as exc:
            w.show_error(self.error, str(exc))
            return
        except Exception as exc:
            w.show_error(self.error, explain(exc))
            return
        if self.child_id is not None:
            self.accept()

    def _existing(self) -> int | None:
        item = self.results.currentItem()
        if item is None:
            w.show_error(self.error, say(QT_TRANSLATE_NOOP(
                "ChildPicker", "Search for the child and select them, or add a new child.")))
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _create(self) -> int:
        return self.session.records.create_child(self.new_child.details(self.session.today()))

    # ------------------------------------------------------------ lock: keep the typing, hold none of it

    def _fields(self) -> dict[str, QLineEdit]:
        return {"search": self.search, **{f"new.{key}": edit for key, edit in self.new_child.edits.items()}}

    def snapshot(self) -> dict[str, Any]:
        """Everything typed or chosen, and where the caret was: JSON for the encrypted vault."""
        fields = self._fields()
        focus = next((key for key, edit in fields.items() if edit is self.focusWidget()), None)
        item = self.results.currentItem()
        return {
            "form_id": self.form_id,
            "tab": self.tabs.currentIndex(),
            "text": {key: edit.text() for key, edit in fields.items()},
            "selected": None if item is None else int(item.data(Qt.ItemDataRole.UserRole)),
            "focus": focus,
            "cursor": fields[focus].cursorPosition() if focus else 0,
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put back a ``snapshot``: the tab, the typing, the search's choice and the caret."""
        fields = self._fields()
        for key, text in dict(state.get("text") or {}).items():
            if key in fields:
                fields[key].setText(str(text))
        self._timer.stop()  # the search runs now, not after the typing delay
        if self.search.text().strip():
            self.search_now()
            selected = state.get("selected")
            for row in range(self.results.count()):
                if self.results.item(row).data(Qt.ItemDataRole.UserRole) == selected:
                    self.results.setCurrentRow(row)
        self.tabs.setCurrentIndex(1 if state.get("tab") == 1 else 0)
        if self.isVisible():
            self._restore_caret(state)
        else:  # showing a dialog focuses its field as if tabbed to, selecting all: put the caret after
            QTimer.singleShot(0, self, lambda: self._restore_caret(state))

    def _restore_caret(self, state: dict[str, Any]) -> None:
        focus = self._fields().get(str(state.get("focus")))
        if focus is not None:
            focus.setFocus()
            focus.deselect()
            focus.setCursorPosition(int(state.get("cursor") or 0))

    def clear(self) -> None:
        """At lock: no child's name stays in a field, in its undo history or in the results."""
        self._timer.stop()
        for edit in self._fields().values():
            edit.blockSignals(True)
            edit.setText("")  # unlike ``clear()``, this also empties the undo history
            edit.blockSignals(False)
        self.results.clear()
        self.error.clear()
        self.error.hide()
