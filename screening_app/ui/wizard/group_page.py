"""Pages for the form's detail groups (one form of fields, or a table of
entries), and the reflective prompts page.

The child page shows the age in words beside the date of birth; the people
page shows the age-gap prompt beside the table. Field gaps are shown under
their field once the page has been visited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from screening_app.domain.completeness import DECISION_GROUP
from screening_app.domain.language import people_include_adult
from screening_app.domain.navigation import REFLECTIVE, Page, WizardSession, age_in_words, parse_date
from screening_app.domain.schema import DetailField, FieldGroup
from screening_app.ui.i18n import translate
from screening_app.ui.wizard.base import SuggestionPrompt, WizardPage, label
from screening_app.ui.wizard.fields import TextEdit, make_editor
from screening_app.ui.wizard.people_links import PeopleLookup
from screening_app.ui.wizard.table_editor import RepeatableEditor
from screening_app.words import fill

OnField = Callable[[str, str, Any, "int | None"], None]


def field_label(field: DetailField, group: FieldGroup | None = None, language: str = "en") -> str:
    if field.required:
        return fill(translate("Wizard", "%1 (required)"), field.label)
    if field.required_if:
        return fill(translate("Wizard", "%1 (required when %2)"), field.label, _condition_words(field, group, language))
    return field.label


def _condition_words(field: DetailField, group: FieldGroup | None, language: str) -> str:
    """"looked after": the choice that makes the field required, in the form's words where it is
    translated (the English keeps the choice's short value, as it always has)."""
    cond = field.required_if
    words = cond.equals.replace("_", " ")
    if language == "en" or group is None:
        return words
    other = next((f for f in group.fields if f.id == cond.field), None)
    if other is not None and other.type.value == "yes_no":
        return translate("Wizard", cond.equals.capitalize()).lower()
    return next((o.label.lower() for o in (other.options if other else ()) if o.value == cond.equals), words)


class GroupPage(WizardPage):
    def __init__(self, session: WizardSession, page: Page, on_field: OnField) -> None:
        self.group: FieldGroup = session.form.field_group(page.ref)
        super().__init__(session, page, self.group.intro)
        self.on_field = on_field
        self.gap_labels: dict[str, QLabel] = {}
        self.age_words: QLabel | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        if self.group.id == DECISION_GROUP and not session.group_value(self.group.id).get("decided_on"):
            # The decision is usually recorded the day it is made: the assessment's date (today for a
            # new screening), shown and changeable.
            on_field(self.group.id, "decided_on", session.assessed_on.isoformat(), None)
        values = session.group_value(self.group.id)
        for field in self.group.fields:
            form.addRow(self._label(field), self._field_box(field, values.get(field.id)))
        self.layout_.addLayout(form)
        self.finish()
        self.refresh()

    def _label(self, field: DetailField) -> QLabel:
        widget = QLabel(field_label(field, self.group, self.session.language))
        widget.setWordWrap(True)
        widget.setMinimumWidth(180)
        return widget

    def _field_box(self, field: DetailField, value: Any) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        name = f"{self.group.id}.{field.id}"
        editor = make_editor(field, name, value, lambda v, f=field.id: self._changed(f, v),
                             self.session.form.language_check, self._adult)
        line = QHBoxLayout()
        line.addWidget(editor, 0 if field.type.value in ("date", "number") else 1)
        if self.group.id == "child" and field.id == "date_of_birth":
            self.age_words = label("", "intro", "child.age_words")
            line.addWidget(self.age_words, 1)
        elif field.type.value in ("date", "number"):
            line.addStretch(1)
        layout.addLayout(line)
        if field.help and field.type.value != "multiline":
            layout.addWidget(label(field.help, "intro"))
        gap = label("", "gap", f"{name}.gap")
        gap.setVisible(False)
        self.gap_labels[name] = gap
        layout.addWidget(gap)
        return box

    def _adult(self) -> bool:
        return people_include_adult(self.session.people_ages())

    def first_focus(self) -> QWidget | None:
        """The first field still empty (the child's name, already given, is passed over)."""
        values = self.session.group_value(self.group.id)
        for field in self.group.fields:
            editor = self.findChild(QWidget, f"{self.group.id}.{field.id}")
            if editor is not None and editor.isEnabled() and values.get(field.id) in (None, "", []):
                return editor
        return super().first_focus()

    def _changed(self, field_id: str, value: Any) -> None:
        self.on_field(self.group.id, field_id, value, None)
        if field_id in ("date_of_birth", "approx_age"):
            self.refresh()

    def refresh(self) -> None:
        if self.age_words is not None:
            self.age_words.setText(self._age_text())
        show = self.page.id in self.session.state["visited"]
        gaps = {g.field_id: g.message for g in self.session.gaps(self.page.id)} if show else {}
        for name, widget in self.gap_labels.items():
            widget.setText(gaps.get(name, ""))
            widget.setVisible(name in gaps)

    def _age_text(self) -> str:
        born, on = parse_date(self.session.group_value("child").get("date_of_birth")), self.session.assessed_on
        if born is None or born > on:
            return translate("Wizard", "Or give an approximate age below.")
        age = age_in_words(born, on, self.session.language)
        return fill(translate("Wizard", "%1 on the assessment date (%2)"), age, on.strftime("%d/%m/%Y"))


class RepeatablePage(WizardPage):
    """A table of entries (people, places, missing episodes...) with add, edit, remove."""

    def __init__(self, session: WizardSession, page: Page, on_field: OnField, on_rows: Callable[[], None],
                 on_indicator: Callable[[str], None] = lambda _i: None, lookup: PeopleLookup | None = None) -> None:
        group = session.form.field_group(page.ref)
        super().__init__(session, page, group.intro)
        self.prompt = SuggestionPrompt(f"{page.id}.prompt", on_indicator)
        self.layout_.addWidget(self.prompt)
        self.editor = RepeatableEditor(session, group, on_field, self._rows_changed(on_rows), lookup)
        self.layout_.addWidget(self.editor)
        self.finish()
        self.refresh()

    def _rows_changed(self, on_rows: Callable[[], None]) -> Callable[[], None]:
        def changed() -> None:
            on_rows()
            self.refresh()
        return changed

    def refresh(self) -> None:
        """The age-gap prompt sits beside the table and follows each age typed into it."""
        flags = self.session.prompts() if self.page.ref == "people" else []
        self.prompt.show_flag(self.session, flags[0] if flags else None, elsewhere=True)
        self.editor.refresh_gaps(self.page.id in self.session.state["visited"])

    def focus_field(self, field_id: str) -> QWidget | None:
        return self.editor.focus_field(field_id)


class ReflectivePage(WizardPage):
    """The reflective prompts, each answered in a few words before completing."""

    def __init__(self, session: WizardSession, page: Page, on_reflective: Callable[[str, str], None],
                 language: Callable[[TextEdit], None]) -> None:
        super().__init__(session, page, translate("Wizard", "Take a moment before you finish. A short answer to each "
                                                            "question is enough."))
        answers = session.state["details"].get(REFLECTIVE) or {}
        for prompt in session.form.reflective_prompts:
            asked = fill(translate("Wizard", "%1 (required)"), prompt.text) if prompt.required else prompt.text
            question = label(asked, "indicator")
            answer = translate("Wizard", "Your answer")
            edit = TextEdit(f"{REFLECTIVE}.{prompt.id}", prompt.text, answer, lines=2)
            edit.setPlainText(answers.get(prompt.id, ""))
            edit.textChanged.connect(lambda e=edit, p=prompt.id: on_reflective(p, e.toPlainText()))
            language(edit)
            question.setBuddy(edit)
            self.layout_.addWidget(question)
            self.layout_.addWidget(edit)
        self.finish()
