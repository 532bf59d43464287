"""A paragraph whose base direction is right-to-left (Arabic, Urdu, Persian, Hebrew).

reportlab's own bidi needs a package that is not published, so lines are
broken here in logical (reading) order at the width the frame or cell gives,
then each line is shaped and put in display order, and the lines are set
right-aligned with explicit breaks. A long paragraph therefore reads
top to bottom, right to left, as it should.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from screening_app.reporting.fonts import REGULAR, font_for
from screening_app.reporting.text import RightToLeft, markup, visual


class RtlParagraph(Flowable):
    def __init__(self, block: RightToLeft, style: ParagraphStyle) -> None:
        super().__init__()
        self.block = block
        self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._para: Paragraph | None = None
        self._width = -1.0
        markup(block.text, block.where)  # refuse text no font can show now, not mid-layout

    def _paragraph(self, width: float) -> Paragraph:
        if self._para is None or width != self._width:
            usable = width - self.style.leftIndent - self.style.rightIndent
            lines = break_lines(self.block.text, usable, self.style.fontSize)
            text = "<br/>".join(markup(visual(line, base="R"), self.block.where) for line in lines)
            self._para, self._width = Paragraph(text, self.style), width
        return self._para

    def wrap(self, availWidth, availHeight):  # reportlab's names
        self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)


def word_width(word: str, size: float) -> float:
    shaped = visual(word, base="R")
    return sum(stringWidth(ch, font_for(ord(ch)) or REGULAR, size) for ch in shaped)


def break_lines(text: str, width: float, size: float) -> list[str]:
    """Greedy line breaking in logical order; a word wider than the line gets a line of its own."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    space = stringWidth(" ", REGULAR, size)
    for word in text.split():
        w = word_width(word, size)
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used += (space if current else 0.0) + w
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
