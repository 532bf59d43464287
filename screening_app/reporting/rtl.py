"""A paragraph holding right-to-left text (Arabic, Urdu, Persian, Hebrew), whatever its base direction.

reportlab's own bidi needs a package that is not published, so this follows
the Unicode Bidirectional Algorithm's order of work (UAX #9, rules L1-L2 per
line): the Arabic letters are shaped on the whole paragraph (joining never
crosses a space, so a line break between words changes no letter form, and a
word cut because it is wider than a line keeps its joined forms), lines are
broken in logical (reading) order at the width the frame or cell gives, then
each line is put in display order on its own, and the lines are set with
explicit breaks: right-aligned when the paragraph starts right-to-left, as the
style says otherwise. A quote that wraps therefore reads top line first, in a
right-to-left paragraph and in an English one alike; reordering before breaking
would put the end of the quote on the first line.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from screening_app.reporting.flowables import Para
from screening_app.reporting.fonts import REGULAR, font_for
from screening_app.reporting.text import BidiText, markup, reorder, shape

# Our lines must never be found too wide by reportlab, which would break them again (in display
# order, undoing the reading order): leave a hair of room for summing in a different order.
_ROOM = 0.01


class BidiParagraph(Flowable):
    def __init__(self, block: BidiText, style: ParagraphStyle) -> None:
        super().__init__()
        self.block = block
        # Lines end at explicit breaks, so justifying would stretch none of them.
        alignment = TA_LEFT if style.alignment == TA_JUSTIFY else style.alignment
        alignment = TA_RIGHT if block.base == "R" else alignment
        self.style = ParagraphStyle(f"{style.name}-bidi-{block.base}", parent=style, alignment=alignment)
        self._shaped = shape(block.text)
        self._lines: list[str] = []
        self._para: Para | None = None
        self._width = -1.0
        markup(self._shaped, block.where)  # refuse text no font can show now, not mid-layout

    def _paragraph(self, width: float) -> Para:
        if self._para is None or width != self._width:
            style = self.style
            usable = width - style.leftIndent - style.rightIndent
            self._lines = break_lines(self._shaped, usable, style.fontSize, style.fontName, style.firstLineIndent)
            text = "<br/>".join(markup(reorder(line, self.block.base), self.block.where) for line in self._lines)
            self._para, self._width = Para(text, style), width
        return self._para

    def wrap(self, availWidth, availHeight):  # reportlab's names
        self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)


@lru_cache(maxsize=8192)
def _face(ch: str, font: str) -> str:
    """The font reportlab sets a character in: the paragraph's, or the fallback ``text.markup``
    wraps it in, bold or italic like the paragraph."""
    fallback = font_for(ord(ch)) or REGULAR
    if fallback == REGULAR:
        return font
    _, bold, italic = ps2tt(font)
    return tt2ps(fallback, bold, italic)


@lru_cache(maxsize=16384)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, _face(ch, font), size)


def _width(text: str, font: str, size: float) -> float:
    return sum(_char_width(ch, font, size) for ch in text)


def _space(text: str, font: str, size: float) -> float:
    """The widest a space between words of this text can be. A space takes the font of the
    character before it in display order (``text._runs``), which can differ from the one
    before it in reading order; taking the widest keeps every line inside the frame."""
    return max(stringWidth(" ", face, size) for face in {font, *(_face(ch, font) for ch in set(text))})


def _pieces(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line cut between characters (never before a combining mark), in logical order."""
    pieces, current, used = [], "", 0.0
    for ch in word:
        w = _char_width(ch, font, size)
        if current and used + w > width and not unicodedata.combining(ch) and unicodedata.category(ch) != "Mc":
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    return [*pieces, current] if current else pieces


def break_lines(text: str, width: float, size: float, font: str = REGULAR, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking at spaces in logical order; a word wider than a line is cut over lines."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    limit = width - first_indent - _ROOM
    gap = _space(text, font, size)
    for word in text.split():
        w = _width(word, font, size)
        space = gap if current else 0.0
        if current and used + space + w > limit:
            lines.append(" ".join(current))
            current, used, limit, space = [], 0.0, width - _ROOM, 0.0
        if w > limit:  # only when the line is empty: cut the word, the last piece starts the next line
            *full, word = _pieces(word, limit, font, size)
            lines.extend(full)
            limit = width - _ROOM
            w = _width(word, font, size)
        used += space + w
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
