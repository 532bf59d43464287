"""A reportlab ``Paragraph`` that breaks its lines once per width.

reportlab asks a paragraph its size again and again at the same width: a
table cell is wrapped when the row heights are worked out and again when it
is drawn, and a frame wraps a flowable before it splits or draws it. Line
breaking is the costliest part of a render (about a third of the long
referral), and for a given width it always gives the same lines, so ``Para``
keeps them until the width changes. ``Paragraph.split`` deletes the lines
when the paragraph does not fit; then the next ``wrap`` breaks them again.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph
from reportlab.rl_config import _FUZZ


class Para(Paragraph):
    _wrapped_at: float | None = None

    def wrap(self, availWidth, availHeight):  # reportlab's names
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= _FUZZ else None  # too narrow: nothing was broken
        return size
