"""One indicator section: a row per indicator, and the age-gap prompt where
the form's flag suggests an indicator of this section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from screening_app.domain.navigation import Page, WizardSession
from screening_app.domain.schema import Section
from screening_app.ui.wizard.base import SuggestionPrompt, WizardPage
from screening_app.ui.wizard.indicator_row import IndicatorRow


class SectionPage(WizardPage):
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
            self.rows[indicator.id] = row
            self.layout_.addWidget(row)
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        flags = [f for f in self.session.prompts() if f.suggests in self.suggestable]
        self.prompt.show_flag(self.session, flags[0] if flags else None, "")

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
