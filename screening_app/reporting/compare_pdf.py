"""The "what changed" PDF: two assessments of one child side by side, with the
referral's protective marking, page furniture and layout builders (``Story``).

Page one: the child, the two assessments as columns (reference, form, date,
final level in words and colour, score) and the level movement in words. Then
one table per kind of change (new, answer changed, timing changed, no longer a
concern, unchanged), earlier on the left and later on the right.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from screening_app.domain.compare_view import AnswerWords, ChangeGroup, ComparisonView, Side
from screening_app.domain.referral import Item
from screening_app.reporting import styles as st
from screening_app.reporting.story import Story
from screening_app.reporting.templates import Furniture, build_pdf
from screening_app.reporting.text import inline
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

COLUMN_SHARES = (0.38, 0.31, 0.31)
TITLE = QT_TRANSLATE_NOOP("Changes", "What changed between two assessments")
INTRO = QT_TRANSLATE_NOOP(
    "Changes", "Indicators recorded as a concern (yes or possible) in either assessment, grouped by what changed. "
               "Evidenced means answered yes; suspected means answered possible. The earlier assessment is on the "
               "left, the later one on the right.")


def render_comparison(view: ComparisonView) -> bytes:
    """The comparison as PDF bytes (nothing touches the disk)."""
    furniture = Furniture(
        form_line=translate("Changes", TITLE),
        reference=f"{view.earlier.reference} \u2192 {view.later.reference}",
        footer_note=fill(translate("Changes", "Records %1 · generated %2"), view.fingerprint, view.generated_at),
    )
    title = fill(translate("Changes", "What changed %1"), view.later.reference)
    return build_pdf(ComparisonStory(view).flowables(), furniture, title, "comparison")


class ComparisonStory(Story):
    def __init__(self, view: ComparisonView) -> None:
        super().__init__()
        self.view = view

    def flowables(self) -> list:
        v = self.view
        self.out.append(Paragraph(translate("Changes", "What changed"), self.s.title))
        name = inline(v.child_name, "child.name") or translate("Changes", "Name not recorded")
        if v.correction:  # two versions of one assessment: say so, and why the later one was made
            self.out.append(Paragraph(fill(translate("Changes", "<b>%1</b> · two versions of one assessment"), name),
                                      self.s.body))
            self.out.extend(self._paras(v.correction, self.s.body, "version.reason"))
        else:
            self.out.append(Paragraph(fill(translate("Changes", "<b>%1</b> · %2 days between the two assessments"),
                                           name, v.days_between), self.s.body))
        self.out.append(Spacer(1, 6))
        self.out.append(self._sides())
        self.out.append(Spacer(1, 6))
        self.out.append(self._movement())
        self.out.append(Spacer(1, 4))
        self.out.append(self._form(v.counts_line, self.s.body))
        self.out.append(self._form(translate("Changes", INTRO), self.s.muted))
        if not v.groups:
            self._heading(translate("Changes", "Indicators"))
            self.out.append(self._form(translate("Changes", "No indicator was recorded as a concern in either "
                                                            "assessment."), self.s.body))
        for group in v.groups:
            self._change_group(group)
        self._signatures((translate("Changes", "Practitioner"), translate("Changes", "DSL or manager")))
        return self.out

    # ------------------------------------------------------------ page one

    def _sides(self) -> RLTable:
        e, later = self.view.earlier, self.view.later
        rows = [
            ["", self._form(translate("Changes", "Earlier"), self.s.cell_head),
             self._form(translate("Changes", "Later"), self.s.cell_head)],
            self._side_row(translate("Changes", "Reference"), e.reference, later.reference),
            self._side_row(translate("Changes", "Form"),
                           fill(translate("Changes", "%1, version %2"), e.form_title, e.form_version),
                           fill(translate("Changes", "%1, version %2"), later.form_title, later.form_version)),
            self._side_row(translate("Changes", "Assessed on"), e.assessed_on, later.assessed_on),
            [self._form(translate("Changes", "Final level"), self.s.label), self._level(e), self._level(later)],
            self._side_row(translate("Changes", "Score"), str(e.score), str(later.score)),
        ]
        third = (st.CONTENT_WIDTH - 40 * st.mm) / 2
        style = [*st.HEADED_GRID, *self._level_fills(e, later)]
        return RLTable(rows, colWidths=[40 * st.mm, third, third], style=style, hAlign="LEFT")

    def _side_row(self, label: str, before: str, after: str) -> list:
        return [self._form(label, self.s.label), self._form(before, self.s.cell), self._form(after, self.s.cell)]

    def _level(self, side: Side) -> Paragraph:
        text = f"<b>{inline(side.level.label, 'form')}</b>"
        if side.overridden_from:
            text += " " + fill(translate("Changes", "(computed %1, changed by professional judgement)"),
                               inline(side.overridden_from, "form"))
        return Paragraph(text, self.s.level_meaning)

    @staticmethod
    def _level_fills(earlier: Side, later: Side) -> list:
        return [
            ("BACKGROUND", (1, 4), (1, 4), colors.HexColor(earlier.level.colour)),
            ("BACKGROUND", (2, 4), (2, 4), colors.HexColor(later.level.colour)),
        ]

    def _movement(self) -> RLTable:
        v = self.view
        text = fill(translate("Changes", "<b>Level: %1</b> · %2"), inline(v.movement_words, "form"),
                    inline(v.movement_sentence, "form"))
        box = RLTable([[Paragraph(text, self.s.flag_title)]], colWidths=[st.CONTENT_WIDTH], hAlign="LEFT")
        box.setStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, st.FLAG_EDGE),
                ("BACKGROUND", (0, 0), (-1, -1), st.FLAG_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
        return box

    # ------------------------------------------------------------ the changes

    def _change_group(self, group: ChangeGroup) -> None:
        v = self.view
        self._heading(fill(translate("Changes", "%1 (%2)"), group.title, len(group.rows)))
        self.out[-1].keepWithNext = 1
        explanation = self._form(group.explanation, self.s.muted)
        explanation.keepWithNext = 1
        self.out.append(explanation)
        widths = [st.CONTENT_WIDTH * share for share in COLUMN_SHARES]
        head = [
            self._form(text, self.s.cell_head)
            for text in (translate("Changes", "Indicator"),
                         fill(translate("Changes", "Earlier (%1)"), v.earlier.assessed_on),
                         fill(translate("Changes", "Later (%1)"), v.later.assessed_on))
        ]
        overflow: list[Item] = []
        body = [
            [
                self._indicator(row.label, row.section),
                self._cell(_answer(row.earlier), number, overflow, widths[1]),
                self._cell(_answer(row.later), number, overflow, widths[2]),
            ]
            for number, row in enumerate(group.rows, 1)
        ]
        self.out.append(RLTable([head, *body], colWidths=widths, repeatRows=1, style=st.HEADED_GRID))
        for item in overflow:
            self._block(item)

    def _indicator(self, label: str, section: str) -> Paragraph:
        text = f"{inline(label, 'form')}"
        if section:
            text += f'<br/><font size="7.5" color="#555555">{inline(section, "form")}</font>'
        return Paragraph(text, self.s.cell)


def _answer(words: AnswerWords) -> Item:
    note = "\n" + fill(translate("Changes", "Note: %1"), words.note) if words.note else ""
    return Item(translate("Changes", "Answer"), words.text + note, words.where)
