"""The referral PDF: lays out a ``Referral`` view-model with reportlab Platypus.

Content only: styles live in ``styles``, page furniture in ``templates``,
the shared layout builders in ``story``, and every user string becomes
markup through ``text`` (escaped, fonts chosen, long text cut).
``render_referral`` returns bytes for an in-app preview; ``output`` saves
or password-protects them.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from reportlab.platypus import Table as RLTable

from screening_app import words
from screening_app.domain.referral import IndicatorLine, Item, Referral, Table
from screening_app.reporting import styles as st
from screening_app.reporting.flowables import Para
from screening_app.reporting.story import Story, para
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline, markup
from screening_app.words import QT_TRANSLATE_NOOP, translate

# The tiers as a referral names them (the stored value is the form's id: harm, significant...)
TIERS = {"harm": QT_TRANSLATE_NOOP("Tier", "harm"), "significant": QT_TRANSLATE_NOOP("Tier", "significant"),
         "risk": QT_TRANSLATE_NOOP("Tier", "risk"), "vulnerability": QT_TRANSLATE_NOOP("Tier", "vulnerability"),
         "protective": QT_TRANSLATE_NOOP("Tier", "protective")}


def render_referral(view: Referral) -> bytes:
    """The referral as PDF bytes (nothing touches the disk)."""
    furniture = Furniture(
        form_line=words.fill(translate("Referral", "%1, version %2"), view.form_title, view.form_version),
        reference=view.reference,
        footer_note=words.fill(translate("Referral", "Record %1 · generated %2"), view.fingerprint, view.generated_at),
        draft=view.status != "completed",
    )
    title = words.fill(translate("Referral", "Referral %1"), view.reference)
    return build_pdf(ReferralStory(view).flowables(), furniture, title, "referral")



class ReferralStory(Story):
    """Builds the flowables of one referral, section by section."""

    def __init__(self, view: Referral) -> None:
        super().__init__()
        self.view = view

    def flowables(self) -> list:
        for part in (self._front, self._people_details, self._indicators, self._reasons, self._gaps,
                     self._protective, self._voice):
            part()
        for detail in self.view.details:
            self._table(detail) if isinstance(detail, Table) else self._group(detail)
        self._reflective()
        self._signatures()
        self._actions()  # the referrer's own checklist: an appendix, never page 1 (SPEC 8)
        return self.out

    # ---------------------------------------------------------- page one

    def _language_notice(self) -> str:
        """In another language than English: whose translation the form's text is, until a
        Welsh-language reviewer has reviewed it; or that the form's text is in English."""
        if words.current() == "en":
            return ""
        done = self.view.translation
        if done is None:
            return translate("Referral", "Some of this referral is in English: the form pack has no Welsh text.")
        if done.reviewed_by:
            return ""
        return words.fill(translate("Referral", "The form's Welsh text was prepared by %1 and has not yet been "
                                                "reviewed by a Welsh-language reviewer."), done.prepared_by)

    def _front(self) -> None:
        v = self.view
        title = words.fill(translate("Referral", "Referral: %1"), markup(v.form_title, "form"))
        self.out.append(Para(title, self.s.title))
        name = inline(v.child_name, "child.name") or translate("Referral", "Name not recorded")
        line = translate("Referral", "<b>%1</b> · assessed on %2 · referral printed %3")
        self.out.append(para(words.fill(line, name, v.assessed_on, v.generated_at), self.s.body))
        notice = self._language_notice()
        if notice:
            self.out.append(para(notice, self.s.muted))
        if v.status != "completed":
            self.out.append(self._banner(translate("Referral", "DRAFT: this assessment has not been completed"),
                                         colors.HexColor("#444444")))
        self.out.append(Spacer(1, 6))
        self.out.append(self._level_box())
        self._why()
        self._override()
        essentials = v.summary.essentials if v.summary is not None else ()
        child = tuple(i for i in essentials if not i.where or i.where.startswith("child."))
        if child:  # SPEC 8's order: the child and where the child is now, before the facts
            self._heading(translate("Referral", "The child"))
            self._items(child)
        self.out.append(Spacer(1, 6))
        self.out.append(self._flags_box())
        if v.summary is not None:
            self._what_happened()
            self._people_of_concern()
        if rest := tuple(i for i in essentials if i not in child):
            self._heading(translate("Referral", "The referrer, and who knows of this referral"))
            self._items(rest)

    def _people_details(self) -> None:
        """The rest of the child's details (page 1 has the essentials and the whole referrer)."""
        v = self.view
        if v.summary is None:
            self._heading(translate("Referral", "The child"))
            self._items(v.child)
            self._heading(translate("Referral", "Referrer"))
            self._items(v.referrer or (Item(translate("Referral", "Referrer"), translate("Referral", "Not recorded")),))
            return
        shown = {item.where for item in v.summary.essentials if item.where}
        rest = tuple(i for i in v.child if i.where not in shown and i.where)  # the age is on page 1 too
        if rest:
            self._heading(translate("Referral", "The child: other details"))
            self._items(rest)

    def _why(self) -> None:
        summary = self.view.summary
        self.out.append(Spacer(1, 4))
        for reason in summary.why if summary else ():
            self.out.append(self._form(f"• {reason}", self.s.body))

    def _what_happened(self) -> None:
        summary = self.view.summary
        self._heading(translate("Referral", "What happened (latest first)"))
        self.out[-1].keepWithNext = 1
        if not summary.what_happened:
            self.out.append(Para(translate("Referral", "Nothing recorded."), self.s.muted))
        if summary.from_notes and summary.what_happened:
            self.out.append(self._form(translate("Referral", "No chronology entries were recorded with this "
                                                             "assessment: these are the notes given as evidence."),
                                       self.s.muted))
        for event in summary.what_happened:
            head = " · ".join(part for part in (event.when, event.source, event.reference and f"ref. {event.reference}")
                              if part)
            texts = self._paras(event.what, self.s.quote, event.where)
            self.out.append(KeepTogether([para(f"<b>{inline(head, event.where)}</b>", self.s.body), *texts[:1]]))
            self.out.extend(texts[1:])

    def _people_of_concern(self) -> None:
        if self.view.summary.people is not None:
            self._table(self.view.summary.people)
        if self.view.linked:  # SPEC 12: other records by reference only, never another child's name
            count = len(self.view.linked)
            self._heading(words.fill(translate("Referral", "Linked to %1 other record in this setting") if count == 1
                                     else translate("Referral", "Linked to %1 other records in this setting"), count))
            self._items(self.view.linked)

    def _banner(self, text: str, fill) -> RLTable:
        style = [("BACKGROUND", (0, 0), (-1, -1), fill), ("TOPPADDING", (0, 0), (-1, -1), 4)]
        return RLTable([[Para(text, self.s.draft)]], colWidths=[st.CONTENT_WIDTH], style=style)

    def _level_box(self) -> RLTable:
        level = self.view.level
        fill = colors.HexColor(level.colour)
        rows = [
            [Para(translate("Referral", "FINAL LEVEL"), self.s.level_meaning)],
            [self._form(translate("Level", level.label).upper(), self.s.level_word)],
            [self._form(level.meaning, self.s.level_meaning)],
        ]
        if level.local_threshold:
            rows.append([self._form(words.fill(translate("Referral", "Local threshold: %1"), level.local_threshold),
                                    self.s.level_meaning)])
        style = [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 2, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (0, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ]
        return RLTable(rows, colWidths=[st.CONTENT_WIDTH], style=style)

    def _override(self) -> None:
        o = self.view.override
        if o is None:
            return
        self.out.append(Spacer(1, 4))
        computed, final = markup(o.computed.label, "form"), markup(self.view.level.label, "form")
        raised = o.direction == "raised"
        text = words.fill(translate("Referral", "<b>Computed level: %1.</b> Professional judgement raised the "
                                                "level to %2.") if raised else
                          translate("Referral", "<b>Computed level: %1.</b> Professional judgement lowered the "
                                                "level to %2."), computed, final)
        self.out.append(Para(text, self.s.body))
        items = [Item(translate("Referral", "Reason"), o.reason, "override.reason")]
        items += [Item(translate("Referral", "Consulted"), o.consulted, "override.consulted")] if o.consulted else []
        items += [Item(translate("Referral", "Changed by"), o.by, "override.by")] if o.by else []
        items += [Item(translate("Referral", "Changed on"), o.at)] if o.at else []
        self._items(tuple(items))

    def _flags_box(self) -> RLTable:
        flags = self.view.flags
        rows = [[Para(translate("Referral", "STATUTORY FLAGS"), self.s.flag_title)]]
        decisions = {d.label: d for d in self.view.summary.decisions} if self.view.summary else {}
        for flag in flags:
            rows.append([Para(f"<b>{markup(flag.title, 'form')}.</b> {markup(flag.text, 'form')}", self.s.body)])
            if decision := decisions.get(flag.title):
                recorded = words.fill(translate("Referral", "<b>Recorded:</b> %1"),
                                      inline(decision.value, decision.where))
                rows.append([para(recorded, self.s.body)])
        if not flags:
            rows.append([Para(translate("Referral", "None raised by this assessment."), self.s.body)])
        edge = 2.5 if flags else 0.75
        style = [
            ("BOX", (0, 0), (-1, -1), edge, st.FLAG_EDGE if flags else st.RULE),
            ("BACKGROUND", (0, 0), (-1, -1), st.FLAG_FILL if flags else colors.white),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]
        return RLTable(rows, colWidths=[st.CONTENT_WIDTH], style=style)

    def _actions(self) -> None:
        v = self.view
        self._heading(translate("Referral", "For the referrer's copy: what must happen now"))
        for number, action in enumerate(v.actions, start=1):
            self.out.append(Para(f"{number}. {markup(action, 'form')}", self.s.body))
        self.out.append(Para(words.fill(translate("Referral", "<b>Review by %1.</b>"), v.review_date), self.s.body))
        if v.contacts:
            self.out.append(self._form(translate("Referral", "Local contacts"), self.s.h2))
            self._items(v.contacts)
        if v.no_indicators_text:
            self.out.append(Spacer(1, 4))
            self.out.append(self._form(v.no_indicators_text, self.s.flag_title))

    # ------------------------------------------------------ the evidence

    def _indicators(self) -> None:
        if not self.view.indicators:
            return
        self.out.append(CondPageBreak(60 * st.mm))
        self._heading(translate("Referral", "Indicators answered yes or possible"))
        self.out.append(self._form(translate("Referral", "Evidenced: answered yes. Suspected: answered possible "
                                                         "(scored the same)."), self.s.muted))
        for section in self.view.indicators:
            self.out.append(self._form(section.title, self.s.h2))
            self.out[-1].keepWithNext = 1  # never a section's title alone at the foot of a page
            for line in section.lines:
                self.out.extend(self._indicator(line))

    def _indicator(self, line: IndicatorLine) -> list:
        status = markup(line.status.upper(), "form")
        when = markup(line.when, "form") if line.when else translate("Referral", "context")
        facts = [f"<b>{status}</b>", when, translate("Tier", TIERS.get(line.tier, line.tier))]
        facts.append(words.fill(translate("Referral", "%1 point") if line.points == 1 else
                                translate("Referral", "%1 points"), line.points))
        head = [self._form(line.label, self.s.cell_head), Para(" · ".join(facts), self.s.muted)]
        if line.evidence:
            head.append(self._form(words.fill(translate("Referral", "Evidence (see What happened): %1"),
                                              "; ".join(line.evidence)), self.s.body))
        notes = self._paras(line.note, self.s.quote, line.where) if line.note else []
        if notes and self.view.summary is not None and self.view.summary.from_notes:  # printed once, on page 1
            notes = [self._form(translate("Referral", "The note is printed under What happened, at the front."),
                                self.s.muted)]
        return [KeepTogether([*head, *notes[:1]]), *notes[1:], Spacer(1, 5)]

    def _reasons(self) -> None:
        self._heading(translate("Referral", "How the level was reached"))
        self.out.append(Para(words.fill(translate("Referral", "Score %1."), self.view.score), self.s.body))
        for floor in self.view.floors:
            self.out.append(self._form(words.fill(translate("Referral", "• Rule: %1"), floor), self.s.body))

    def _gaps(self) -> None:
        if self.view.not_known:
            self._heading(translate("Referral", "Not known: gaps to follow up"))
            self.out.extend(self._form(f"• {label}", self.s.body) for label in self.view.not_known)

    def _protective(self) -> None:
        self._heading(translate("Referral", "Protective factors"))
        if not self.view.protective:
            self.out.append(Para(translate("Referral", "None recorded among the indicators."), self.s.muted))
        for item in self.view.protective:
            self.out.append(self._form(item.label, self.s.cell_head))
            self.out.extend(self._paras(item.value, self.s.quote, item.where))

    def _voice(self) -> None:
        self._heading(translate("Referral", "The child's own words"))
        for item in self.view.child_voice:
            if item.where == "child_voice.child_words":
                self.out.extend(self._paras(item.value, self.s.quote, item.where))
            else:
                self._block(item)

    def _reflective(self) -> None:
        if not self.view.reflective:
            return
        self._heading(translate("Referral", "Reflective questions"))
        for item in self.view.reflective:
            self.out.append(self._form(item.label, self.s.cell_head))
            self.out.extend(self._paras(item.value, self.s.body, item.where))
            self.out.append(Spacer(1, 4))
