"""The intelligence PDF for the police (SPEC 12): a partnership intelligence submission about one
person, place or vehicle, with the referral's marking, page furniture and layout. Everything it
prints is in the view-model: children's names only where the practitioner chose to name them."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus import Table as RLTable

from screening_app.domain.intelligence import IntelligenceReport
from screening_app.domain.referral import Table
from screening_app.reporting import styles as st
from screening_app.reporting.fonts import BOLD, REGULAR
from screening_app.reporting.story import CELL_PADDING, Story
from screening_app.reporting.templates import Furniture, build_pdf

INTRO = (
    "Partnership intelligence for the police about a person, place or vehicle of concern to children's "
    "safeguarding. It is not a referral: a child at risk is referred to Children's Social Care (the MASH) as well. "
    "Children are named only where the submitter chose to; the submitter knows the others."
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
        self.out.append(self._form(r.title, self.s.title))
        self.out.append(self._form(INTRO, self.s.muted))
        self._group(r.subject)
        note = self._form(r.children_note, self.s.body)
        if r.sightings.rows:
            start = len(self.out)
            self._table(r.sightings, sighting_widths(r.sightings))
            self.out[start + 2:start + 2] = [note, Spacer(1, 2 * st.mm)]  # after the heading, before the grid
        else:
            self._heading("Children linked")
            self.out.append(note)
        self._group(r.evaluation)
        self._group(r.submitter)
        self._signature()
        return self.out

    def _signature(self) -> None:
        """The submitter's signature: the police record receipt in their own systems."""
        row = [self._form("Signature " + "_" * 30, self.s.body), self._form("Date " + "_" * 14, self.s.body)]
        table = RLTable([row], colWidths=[85 * st.mm, st.CONTENT_WIDTH - 85 * st.mm], hAlign="LEFT",
                        style=[("TOPPADDING", (0, 0), (-1, -1), 14), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        self.out.append(KeepTogether([table]))


NARROW = (0, 1, 4)  # date, child, record: as wide as their longest entry (a long name wraps)
MOST_NARROW = 34 * st.mm


def sighting_widths(table: Table) -> list[float]:
    """The date, child and record columns just wide enough; what was seen has most of the rest,
    who recorded it the remainder."""
    widths = [0.0] * len(table.columns)
    for index in NARROW:
        longest = max([stringWidth(table.columns[index], BOLD, 8.5)]
                      + [stringWidth(row[index].value, REGULAR, 8.5) for row in table.rows])
        widths[index] = min(longest + CELL_PADDING + 2, MOST_NARROW)
    spare = st.CONTENT_WIDTH - sum(widths)
    widths[2], widths[3] = spare * 0.6, spare * 0.4
    return widths
