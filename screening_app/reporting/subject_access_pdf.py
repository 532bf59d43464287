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
from screening_app.domain.subject_access_record import SubjectAccessExport, part_title
from screening_app.reporting import styles as st
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

LABEL_WIDTH = 62 * st.mm
TITLE = QT_TRANSLATE_NOOP("SAR", "Subject access: everything held about a child")
FOOTER = QT_TRANSLATE_NOOP("SAR", "Subject access response · withheld passages are marked [withheld: "
                                                  "reason (legal reference)]")
HOW_MARKED = QT_TRANSLATE_NOOP(
    "SAR", "Where information has been withheld, the text says [withheld: the reason (the legal "
                           "reference)] in its place. The last pages list what was withheld and why: how many passages "
                           "under each exemption, and where each one was. They never repeat what was withheld.")



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
                self._heading(part_title(part, section.title))
            if section.title != part_title(part):
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
        self.out.append(Paragraph(inline(translate("SAR", TITLE), "form"), self.s.title))
        self.out.append(Paragraph(inline(v.child_name, "child.name"), self.s.h1))
        self._key_values((
            Item(translate("SAR", "Request received"), v.requested_on),
            Item(translate("SAR", "Response due"),
                 fill(translate("SAR", "%1 (within one month of the request)"), v.due_on)),
            Item(translate("SAR", "Exported on"), v.exported_on),
            Item(translate("SAR", "Made by"), v.made_by, "made_by"),
            Item(translate("SAR", "Passages withheld"), str(len(v.schedule.lines))),
        ))
        self.out.append(Spacer(1, 8))
        for text in (LEGAL_DUTY, HOW_MARKED):
            self.out.append(self._form(translate("SAR", text), self.s.body))
            self.out.append(Spacer(1, 4))
        if v.names_released:
            self.out.append(self._form(
                fill(translate("SAR", "The practitioner released %1 item(s) naming another child, each one "
                                      "explicitly."), v.names_released), self.s.muted))
        self.out.append(PageBreak())

    def _audit(self) -> None:
        heads = (translate("SAR", "When (UTC)"), translate("SAR", "Who"), translate("SAR", "What"),
                 translate("SAR", "Record"))
        rows = tuple((Item(heads[0], a[0][:16].replace("T", " ")), Item(heads[1], a[1], "audit.who"),
                      Item(heads[2], a[2]), Item(heads[3], a[3])) for a in self.view.audit)
        if rows:
            title = translate("SAR", "Audit trail: who did what in this record, and when")
            self._table(Table("audit", title, "", heads, rows),
                        [30 * st.mm, 36 * st.mm, st.CONTENT_WIDTH - 102 * st.mm, 36 * st.mm])

    def _schedule(self) -> None:
        schedule = self.view.schedule
        self.out.append(PageBreak())
        self.out.append(Paragraph(inline(translate("SAR", "What was withheld and why"), "form"), self.s.title))
        if not schedule.lines:
            self.out.append(self._form(translate("SAR", "Nothing was withheld."), self.s.body))
        else:
            heads = (translate("SAR", "Exemption"), translate("SAR", "Legal reference"), translate("SAR", "Passages"))
            counts = tuple((Item(heads[0], e.said[:1].upper() + e.said[1:]), Item(heads[1], e.reference),
                            Item(heads[2], str(n))) for e, n in schedule.counts)
            self._table(Table("counts", translate("SAR", "By exemption"), "", heads, counts),
                        [st.CONTENT_WIDTH - 78 * st.mm, 58 * st.mm, 20 * st.mm])
            heads = (translate("SAR", "Where"), translate("SAR", "What it was"),
                     translate("SAR", "Exemption relied on"))
            lines = tuple((Item(heads[0], line.where, "schedule.where"), Item(heads[1], line.kind),
                           Item(heads[2], fill(translate("SAR", "%1 (%2)"), line.exemption.said,
                                               line.exemption.reference)))
                          for line in schedule.lines)
            self._table(Table("lines", translate("SAR", "Each passage withheld"), "", heads, lines),
                        [st.CONTENT_WIDTH - 112 * st.mm, 34 * st.mm, 78 * st.mm])
        if schedule.released:
            self.out.append(Spacer(1, 6))
            released = (translate("SAR", "1 passage marked for withholding released by the practitioner after "
                                         "review.") if schedule.released == 1 else
                        translate("SAR", "%1 passages marked for withholding released by the practitioner after "
                                         "review."))
            self.out.append(self._form(fill(released, schedule.released), self.s.muted))


def subject_access_pdf(view: SubjectAccessExport, reference: str) -> bytes:
    """``reference``: what the page header shows (the request's date), never the child's name."""
    title = translate("SAR", TITLE)
    furniture = Furniture(form_line=title, reference=reference, footer_note=translate("SAR", FOOTER))
    return build_pdf(SubjectAccessStory(view).flowables(), furniture, title, "subject access response")
