"""A reportlab ``Paragraph`` that skips the markup parser for plain text and
breaks its lines once per width.

A referral holds thousands of paragraphs, most of them plain text (no tag,
no entity). reportlab parses each through ``html.parser`` to find the one
run of text it is; ``Para`` gives such text the run directly, built from the
style as the parser builds it (the same fragment, so the same PDF bytes).

reportlab also asks a paragraph its size again and again at the same width:
a table cell is wrapped when the row heights are worked out and again when
it is drawn, and a frame wraps a flowable before it splits or draws it. Line
breaking is the costliest part of a render, and for a given width it always
gives the same lines, so ``Para`` keeps them until the width changes.
``Paragraph.split`` deletes the lines when the paragraph does not fit; then
the next ``wrap`` breaks them again.

Breaking the lines of one run of plain text is reportlab's own greedy loop
(``Paragraph.breakLines``, its simple case) with the word widths measured
straight from the font: the same sums in the same order, so the same lines.
Anything that loop does more (a word wider than the line, soft hyphens,
hyphenation, shaping, bidi, bullets) is left to reportlab.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, split, strip
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import _FUZZ

_RUNS: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()


def _run_of(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes for plain text in this style (its text aside)."""
    run = _RUNS.get(style)
    if run is None:
        run = _RUNS[style] = Paragraph("x", style).frags[0]
    return run


class Para(Paragraph):
    _wrapped_at: float | None = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs) -> None:
        plain = (
            frags is None
            and style is not None
            and isinstance(text, str)
            and "<" not in text
            and "&" not in text
            and not bulletText
            and not getattr(style, "bulletText", None)
            and not getattr(style, "textTransform", None)
        )
        if plain:
            # reportlab's whitespace cleaning; for ASCII its whitespace is Python's, so split and join does it
            text = " ".join(text.split()) if text.isascii() else cleanBlockQuotedText(text)
            frags = [_run_of(style).clone(text=text, link=[], us_lines=[])] if text else []
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth, availHeight):  # reportlab's names
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= _FUZZ else None  # too narrow: nothing was broken
        return size

    def breakLines(self, width):  # reportlab's names
        lines = self._plain_lines(width if isinstance(width, (tuple, list)) else [width])
        return lines if lines is not None else super().breakLines(width)

    def _plain_lines(self, widths):
        """reportlab's simple case of ``breakLines``, or None where it would do more."""
        style, frags = self.style, self.frags
        if (
            len(frags) != 1
            or not hasattr(frags[0], "text")
            or self.bulletText
            or style.wordWrap
            or style.shaping
            or style.endDots
            or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce
            or style.embeddedHyphenation
            or hasattr(frags[0], "cbDefn")
            or hasattr(frags[0], "backColor")
            or "\xad" in frags[0].text
        ):
            return None
        run = frags[0]
        size, font = run.fontSize, getFont(run.fontName)
        ascent, descent = getAscentDescent(run.fontName, size)
        text = strip(run.text)
        words = split(text) if text else []
        measure = font.stringWidth
        sizes = [measure(word, size, self.encoding) for word in words]
        if sizes and max(sizes) > min(widths):  # a word wider than a line: reportlab cuts it
            return None
        self._width_max = self.height = self._splitLongWordCount = self._hyphenations = 0
        if not words:
            return run.clone(kind=0, lines=[], ascent=ascent, descent=descent, fontSize=size)
        space = measure(" ", size, self.encoding)
        shrink = style.spaceShrinkage * space
        last = len(widths) - 1
        lines: list = []
        line: list[str] = []
        used, widest, number, limit = -space, 0, 0, widths[0]
        for word, word_width in zip(words, sizes, strict=True):
            wider = used + space + word_width
            if wider <= limit + shrink * len(line) or not line:
                line.append(word)
                used = wider
            else:
                widest = max(widest, used)
                lines.append((limit - used, line))
                line, used, number = [word], word_width, number + 1
                limit = widths[min(last, number)]
        widest = max(widest, used)
        lines.append((limit - used, line))
        self._width_max = widest
        return run.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)
