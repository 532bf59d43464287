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
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
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
            text = cleanBlockQuotedText(text)
            frags = [_run_of(style).clone(text=text, link=[], us_lines=[])] if text else []
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth, availHeight):  # reportlab's names
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= _FUZZ else None  # too narrow: nothing was broken
        return size
