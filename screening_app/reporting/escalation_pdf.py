"""The escalation summary PDF: the record of professional disagreement about
one child, with the referral's marking, page furniture and layout."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from screening_app.domain.escalation import EscalationSummary
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

INTRO = QT_TRANSLATE_NOOP(
    "Escalation", "Professional disagreements about decisions for this child, and how each was escalated. Stage 1: "
                  "practitioner to practitioner; stage 2: managers; stage 3: senior managers or the safeguarding "
                  "partnership. Record every conversation: it is the timeline of challenge.")


def render_escalation_summary(view: EscalationSummary) -> bytes:
    furniture = Furniture(
        form_line=translate("Escalation", "Escalation summary"),
        reference=view.reference,
        footer_note=fill(translate("Escalation", "Record %1 · generated %2"), view.fingerprint, view.generated_at),
    )
    return build_pdf(
        EscalationStory(view).flowables(), furniture, fill(translate("Escalation", "Escalation summary %1"),
                                                           view.reference), "escalation summary"
    )


class EscalationStory(Story):
    def __init__(self, view: EscalationSummary) -> None:
        super().__init__()
        self.view = view

    def flowables(self) -> list:
        v = self.view
        self.out.append(Paragraph(translate("Escalation", "Escalation summary"), self.s.title))
        name = inline(v.child_name, "child.name") or translate("Escalation", "Name not recorded")
        self.out.append(Paragraph(fill(translate("Escalation", "<b>%1</b> · %2 of %3 open"), name, v.open_count,
                                       len(v.entries)), self.s.body))
        self.out.append(self._form(translate("Escalation", INTRO), self.s.muted))
        if not v.entries:
            self.out.append(self._form(translate("Escalation", "No escalations recorded."), self.s.body))
        for entry in v.entries:
            self._group(entry)
        self._signatures((translate("Escalation", "Practitioner"), translate("Escalation", "DSL or manager")))
        return self.out
