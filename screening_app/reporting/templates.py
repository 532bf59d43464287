"""Page furniture: protective marking, form, reference, "Page N of M", fingerprint.

A canvas that holds every page until the end knows the page count, so each
page says "Page N of M" in one pass. The document is built in reportlab's
invariant mode: the same view-model gives the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from screening_app.reporting import styles as st
from screening_app.reporting.errors import ExportError
from screening_app.reporting.fonts import BOLD, REGULAR
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the content."""

    form_line: str
    reference: str
    footer_note: str
    draft: bool = False
    numbered: bool = True  # False: a part of a larger PDF that stamps its own "page N of M"
    reference_label: str = QT_TRANSLATE_NOOP("Referral", "Reference")  # the partnership's picture: its period

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width, height = st.PAGE_SIZE
        canvas.saveState()
        self._marking(canvas, height - 12 * st.mm)
        self._header(canvas, width, height)
        self._marking(canvas, 9 * st.mm)
        self._footer(canvas, width, page, total)
        canvas.restoreState()

    def _marking(self, canvas: Canvas, y: float) -> None:
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(st.INK)
        canvas.drawCentredString(st.PAGE_SIZE[0] / 2, y, translate("Referral", st.MARKING))

    def _header(self, canvas: Canvas, width: float, height: float) -> None:
        y = height - 18 * st.mm
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(st.MARGIN_X, y, self.form_line)
        label = translate("Referral", self.reference_label)
        canvas.drawRightString(width - st.MARGIN_X, y, f"{label} {self.reference}")
        if self.draft:
            canvas.setFont(BOLD, 8)
            canvas.drawCentredString(width / 2, y, translate("Referral", "DRAFT: NOT COMPLETED"))
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_X, y - 2.5 * st.mm, width - st.MARGIN_X, y - 2.5 * st.mm)

    def _footer(self, canvas: Canvas, width: float, page: int, total: int) -> None:
        y = 15 * st.mm
        canvas.setStrokeColor(st.RULE)
        canvas.line(st.MARGIN_X, y + 3.5 * st.mm, width - st.MARGIN_X, y + 3.5 * st.mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(st.MARGIN_X, y, self.footer_note)
        if self.numbered:
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(st.INK)
            words = fill(translate("Referral", "Page %1 of %2"), page, total)
            canvas.drawRightString(width - st.MARGIN_X, y, words)


class _CountingCanvas(Canvas):
    """Keeps each page's drawing until ``save`` so the furniture can say "of M"."""

    def __init__(self, *args, furniture: Furniture, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict] = []

    def showPage(self) -> None:  # reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._furniture.draw(self, number, total)
            super().showPage()
        super().save()


def make_document(target, furniture: Furniture, title: str) -> tuple[BaseDocTemplate, partial]:
    """A one-template document and the canvas maker that draws the furniture."""
    doc = BaseDocTemplate(
        target,
        pagesize=st.PAGE_SIZE,
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=title,
        author="CSE Screening",
        creator="CSE Screening",
        subject=st.MARKING,
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="content",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc, partial(_CountingCanvas, furniture=furniture)


def build_pdf(flowables: list, furniture: Furniture, title: str, what: str) -> bytes:
    """A whole document as PDF bytes (nothing touches the disk); ``what`` names it in errors."""
    buffer = io.BytesIO()
    doc, canvasmaker = make_document(buffer, furniture, title=title)
    try:
        doc.build(flowables, canvasmaker=canvasmaker)
    except LayoutError as exc:
        raise ExportError(f"the {what} could not be laid out on the page") from exc
    return buffer.getvalue()
