"""One indicator section: a row per indicator, the age-gap prompt where the
form's flag suggests an indicator of this section, and the two keyboard
actions that answer what is left: "No to the rest" (Alt+3) and "Not known for
the rest" (Alt+4), the same numbers as the answers themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from screening_app.domain.navigation import Page, WizardSession
from screening_app.domain.schema import Section
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.wizard.base import SuggestionPrompt, WizardPage
from screening_app.ui.wizard.indicator_row import IndicatorRow
from screening_app.words import fill

REST = (("no", QT_TRANSLATE_NOOP("Wizard", "No to the rest (%1)"),
         QT_TRANSLATE_NOOP("Wizard", "No to the rest of this section"),
         QT_TRANSLATE_NOOP("Wizard", "No to the rest of this section: answers only the questions not yet "
                                     "answered (%1)"), "Alt+3"),
        ("not_known", QT_TRANSLATE_NOOP("Wizard", "Not known for the rest (%1)"),
         QT_TRANSLATE_NOOP("Wizard", "Not known for the rest of this section"),
         QT_TRANSLATE_NOOP("Wizard", "Not known for the rest of this section: answers only the questions not yet "
                                     "answered (%1)"), "Alt+4"))


class SectionPage(WizardPage):
    finished = Signal()  # every question answered by key: the window's Next takes the focus

    def __init__(self, session: WizardSession, page: Page, on_answer: Callable[[str, dict], None],
                 language: Callable, on_indicator: Callable[[str], None] = lambda _i: None) -> None:
        section: Section = next(s for s in session.form.sections if s.id == page.ref)
        super().__init__(session, page, section.intro)
        self.suggestable = {i.id for i in section.indicators}
        self.prompt = SuggestionPrompt(f"{page.id}.prompt", self._focus_indicator(on_indicator))
        self.layout_.addWidget(self.prompt)
        self.rows: dict[str, IndicatorRow] = {}
        for indicator in section.indicators:
            row = IndicatorRow(session.form, indicator, session.answer(indicator.id), language,
                               session.state.get("events") or ())
            row.changed.connect(on_answer)
            row.advance.connect(self.focus_next_unanswered)
            self.rows[indicator.id] = row
            self.layout_.addWidget(row)
        self.layout_.addLayout(self._rest_buttons())
        self.finish()
        self.refresh()

    def _rest_buttons(self) -> QHBoxLayout:
        line = QHBoxLayout()
        self.rest_buttons: dict[str, QPushButton] = {}
        for value, short, words, tip, keys in REST:
            button = QPushButton(fill(translate("Wizard", short), keys))
            button.setObjectName(f"{self.page.id}.rest_{value}")
            button.setAccessibleName(translate("Wizard", words))
            button.setToolTip(fill(translate("Wizard", tip), keys))
            # A shortcut of the page (not the button's, which clicks 100 ms later, after an Enter
            # pressed at once has already moved to the next page): active while the page is shown.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda v=value: self.answer_rest(v))
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a shortcut, not a Tab stop
            button.clicked.connect(lambda _c=False, v=value: self.answer_rest(v))
            self.rest_buttons[value] = button
            line.addWidget(button)
        line.addStretch(1)
        return line

    def unanswered(self) -> list[str]:
        return [i for i in self.rows if not self.session.answer(i).get("answer")]

    def answer_rest(self, value: str) -> None:
        """Answer every question not yet answered with No (or Not known); answers given stay."""
        for indicator_id in self.unanswered():
            self.rows[indicator_id].set_answer(value)
        self.finished.emit()

    def focus_next_unanswered(self, after: str = "") -> None:
        ids = list(self.rows)
        start = ids.index(after) + 1 if after in ids else 0
        following = [i for i in ids[start:] + ids[:start] if not self.session.answer(i).get("answer")]
        if following:
            self.rows[following[0]].selector.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.finished.emit()

    def first_focus(self) -> QWidget | None:
        """A page opens on its first unanswered question (or its first question)."""
        todo = self.unanswered()
        return self.rows[todo[0] if todo else next(iter(self.rows))].selector

    def refresh(self) -> None:
        flags = [f for f in self.session.prompts() if f.suggests in self.suggestable]
        self.prompt.show_flag(self.session, flags[0] if flags else None, elsewhere=False)

    def _focus_indicator(self, on_indicator: Callable[[str], None]) -> Callable[[str], None]:
        def go(indicator_id: str) -> None:
            on_indicator(indicator_id)
            row = self.rows.get(indicator_id)
            if row is not None:
                row.focus_target(indicator_id).setFocus()
        return go

    def add_event(self, raw: dict) -> None:
        for row in self.rows.values():
            row.add_event(raw)

    def show_answers(self) -> None:
        for indicator_id, row in self.rows.items():
            row.show_entry(self.session.answer(indicator_id))

    def focus_field(self, field_id: str) -> QWidget | None:
        row = self.rows.get(field_id.split(".", 1)[0])
        if row is None:
            return super().focus_field(field_id)
        target = row.focus_target(field_id)
        target.setFocus()
        return target
