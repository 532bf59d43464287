"""The response to a subject access request (issue 16), as a PDF: everything held about one child,
with each withheld passage replaced by "[withheld: reason (legal reference)]".

Page 1 says when the request came, when the response is due (one month), when and by whom the
export was made, and how withheld passages are marked. Then the record part by part (the child's
details, every assessment version, the chronology with every version, escalations, the people,
places and groups linked, transfers, the team's access, the audit trail), and last the schedule:
how many passages were withheld under each exemption and where each one was, never the withheld
text. Built in reportlab's invariant mode, as the other documents.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from screening_app.domain.referral import Item, Table
from screening_app.domain.subject_access import LEGAL_DUTY
from screening_app.domain.subject_access_record import PARTS, SubjectAccessExport
from screening_app.reporting import styles as st
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline

LABEL_WIDTH = 62 * st.mm
TITLE = "Subject access: everything held about a child"
FOOTER = "Subject access response · withheld passages are marked [withheld: reason (legal reference)]"
HOW_MARKED = (
    "Where information has been withheld, the text says [withheld: the reason (the legal reference)] in its place. "
    "The last pages list what was withheld and why: how many passages under each exemption, and where each one was. "
    "They never repeat what was withheld."
)


class SubjectAccessStory(Story):
    def __init__(self, view: SubjectAccessExport) -> None:
        super().__init__()
        self.view = view

    def flowables(self) -> list:
        self._cover()
        part = None
        for section in self.view.sections:
            if section.part != part:
                part = section.part
                self._heading(PARTS.get(part, section.title))
            if section.title != PARTS.get(part):
                self.out.append(self._form(section.title, self.s.h2))
            self._items(tuple(Item(label, text, "subject_access") for label, text in section.rows))
        self._audit()
        self._schedule()
        return self.out

    def _key_values(self, items: tuple[Item, ...]) -> None:
        """As the other documents' label/value rows, with a wider label: indicator labels are long."""
        rows = [[self._form(i.label, self.s.label), self._paras(i.value, self.s.body, i.where)] for i in items]
        if rows:
            self.out.append(RLTable(rows, colWidths=[LABEL_WIDTH, st.CONTENT_WIDTH - LABEL_WIDTH], style=st.KEY_VALUE,
                                    hAlign="LEFT"))

    def _cover(self) -> None:
        v = self.view
        self.out.append(Paragraph(inline(TITLE, "form"), self.s.title))
        self.out.append(Paragraph(inline(v.child_name, "child.name"), self.s.h1))
        self._key_values((
            Item("Request received", v.requested_on),
            Item("Response due", f"{v.due_on} (within one month of the request)"),
            Item("Exported on", v.exported_on),
            Item("Made by", v.made_by, "made_by"),
            Item("Passages withheld", str(len(v.schedule.lines))),
        ))
        self.out.append(Spacer(1, 8))
        for text in (LEGAL_DUTY, HOW_MARKED):
            self.out.append(self._form(text, self.s.body))
            self.out.append(Spacer(1, 4))
        if v.names_released:
            self.out.append(self._form(
                f"The practitioner released {v.names_released} item(s) naming another child, each one explicitly.",
                self.s.muted))
        self.out.append(PageBreak())

    def _audit(self) -> None:
        rows = tuple((Item("When", a[0][:16].replace("T", " ")), Item("Who", a[1], "audit.who"),
                      Item("What", a[2]), Item("Record", a[3])) for a in self.view.audit)
        if rows:
            self._table(Table("audit", "Audit trail: who did what in this record, and when", "",
                              ("When (UTC)", "Who", "What", "Record"), rows),
                        [30 * st.mm, 36 * st.mm, st.CONTENT_WIDTH - 102 * st.mm, 36 * st.mm])

    def _schedule(self) -> None:
        schedule = self.view.schedule
        self.out.append(PageBreak())
        self.out.append(Paragraph(inline("What was withheld and why", "form"), self.s.title))
        if not schedule.lines:
            self.out.append(self._form("Nothing was withheld.", self.s.body))
        else:
            counts = tuple((Item("Exemption", e.words[:1].upper() + e.words[1:]), Item("Legal reference", e.reference),
                            Item("Passages", str(n))) for e, n in schedule.counts)
            self._table(Table("counts", "By exemption", "", ("Exemption", "Legal reference", "Passages"), counts),
                        [st.CONTENT_WIDTH - 78 * st.mm, 58 * st.mm, 20 * st.mm])
            lines = tuple((Item("Where", line.where, "schedule.where"), Item("What", line.kind),
                           Item("Exemption", f"{line.exemption.words} ({line.exemption.reference})"))
                          for line in schedule.lines)
            self._table(Table("lines", "Each passage withheld", "", ("Where", "What it was", "Exemption relied on"),
                              lines), [st.CONTENT_WIDTH - 112 * st.mm, 34 * st.mm, 78 * st.mm])
        if schedule.released:
            self.out.append(Spacer(1, 6))
            released = f"{schedule.released} {'passage' if schedule.released == 1 else 'passages'}"
            self.out.append(self._form(f"{released} marked for withholding released by the practitioner after "
                                       "review.", self.s.muted))


def subject_access_pdf(view: SubjectAccessExport, reference: str) -> bytes:
    """``reference``: what the page header shows (the request's date), never the child's name."""
    furniture = Furniture(form_line=TITLE, reference=reference, footer_note=FOOTER)
    return build_pdf(SubjectAccessStory(view).flowables(), furniture, TITLE, "subject access response")
