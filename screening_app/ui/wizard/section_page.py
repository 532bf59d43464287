"""One indicator section: a row per indicator, and the age-gap prompt where
the form's flag suggests an indicator of this section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from screening_app.domain.navigation import Page, WizardSession
from screening_app.domain.schema import Section
from screening_app.ui.wizard.base import WizardPage, label
from screening_app.ui.wizard.indicator_row import IndicatorRow


class SectionPage(WizardPage):
    def __init__(self, session: WizardSession, page: Page, on_answer: Callable[[str, dict], None],
                 language: Callable) -> None:
        section: Section = next(s for s in session.form.sections if s.id == page.ref)
        super().__init__(session, page, section.intro)
        self.suggestable = {i.id for i in section.indicators}
        self.prompt = label("", "prompt", f"{page.id}.prompt")
        self.prompt.setVisible(False)
        self.layout_.addWidget(self.prompt)
        self.rows: dict[str, IndicatorRow] = {}
        for indicator in section.indicators:
            row = IndicatorRow(session.form, indicator, session.answer(indicator.id), language)
            row.changed.connect(on_answer)
            self.rows[indicator.id] = row
            self.layout_.addWidget(row)
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        flags = [f for f in self.session.prompts() if f.suggests in self.suggestable]
        self.prompt.setVisible(bool(flags))
        if flags:
            target = self.session.form.indicator(flags[0].suggests)
            self.prompt.setText(f"<b>{flags[0].title}.</b> {flags[0].text}<br>Suggested: answer "
                                f"“{target.label if target else flags[0].suggests}”. The prompt suggests; you decide.")

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
