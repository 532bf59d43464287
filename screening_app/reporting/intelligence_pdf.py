"""The intelligence PDF for the police (SPEC 12): a partnership intelligence submission about one
person, place or vehicle, with the referral's marking, page furniture and layout."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from screening_app.domain.intelligence import IntelligenceReport
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf

INTRO = (
    "Partnership intelligence for the police, about a person, place or vehicle of concern to children's "
    "safeguarding. It is not a referral: a child at risk is referred to Children's Social Care (the MASH) as "
    "well. Children are named only where the submitter chose to; the others are known to the submitter."
)


def render_intelligence(report: IntelligenceReport) -> bytes:
    furniture = Furniture(
        form_line="Partnership intelligence submission",
        reference=report.reference,
        footer_note=f"Generated {report.generated_at} · send by the police's secure route, never by ordinary email",
    )
    return build_pdf(IntelligenceStory(report).flowables(), furniture, report.title, "intelligence submission")


class IntelligenceStory(Story):
    def __init__(self, report: IntelligenceReport) -> None:
        super().__init__()
        self.report = report

    def flowables(self) -> list:
        r = self.report
        self.out.append(Paragraph(r.title, self.s.title))
        self.out.append(self._form(INTRO, self.s.muted))
        self._group(r.subject)
        if r.known:
            self._heading("What is known, and how")
            self._items(r.known, as_blocks=True)
        self._heading("Children linked")
        self.out.append(self._form(r.children_note, self.s.body))
        if r.sightings.rows:
            self._table(r.sightings)
        self._group(r.evaluation)
        self._group(r.submitter)
        self._signatures(("Submitted by", "Received by (police)"))
        return self.out
