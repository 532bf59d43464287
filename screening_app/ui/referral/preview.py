"""The PDF shown in a window, read from memory (QPdfView over a QPdfDocument on a QBuffer).

Opened after the language is chosen: its words (context "ReferralUI") are translated when built."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP
from screening_app.ui.referral.pdf import load_pdf
from screening_app.ui.shell import widgets as w

ZOOM_STEP = 1.25


say = partial(i18n.say, "ReferralUI")  # a marked sentence of this screen, filled in


class PdfPreviewDialog(QDialog):
    """Not modal: the practitioner can keep the summary open beside it."""

    def __init__(self, parent: QWidget | None, data: bytes, title: str, on_save: Callable[[], None],
                 on_print: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = load_pdf(data, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        pages = self.document.pageCount()
        if pages == 1:
            caption = say(QT_TRANSLATE_NOOP("ReferralUI", "%1: 1 page. Shown from memory; nothing is saved until you "
                                                          "choose Save PDF."), title)
            named = say(QT_TRANSLATE_NOOP("ReferralUI", "%1, 1 page"), title)
        else:
            caption = say(QT_TRANSLATE_NOOP("ReferralUI", "%1: %2 pages. Shown from memory; nothing is saved until "
                                                          "you choose Save PDF."), title, pages)
            named = say(QT_TRANSLATE_NOOP("ReferralUI", "%1, %2 pages"), title, pages)
        self.caption = w.label(caption, "help", "pdfPreview.caption")
        layout.addLayout(self._toolbar(on_save, on_print))
        self.view = QPdfView(self)
        w.named(self.view, "pdfPreview.view", named)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(1 / ZOOM_STEP))

    def _toolbar(self, on_save: Callable[[], None], on_print: Callable[[], None]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Fit width")), "pdfPreview.fitWidth",
                               self.fit_width))
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Zoom out")), "pdfPreview.zoomOut",
                               lambda: self.zoom(1 / ZOOM_STEP)))
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Zoom in")), "pdfPreview.zoomIn",
                               lambda: self.zoom(ZOOM_STEP)))
        row.addSpacing(16)
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Save PDF...")), "pdfPreview.save", on_save,
                               primary=True))
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Print...")), "pdfPreview.print", on_print))
        row.addWidget(w.button(say(QT_TRANSLATE_NOOP("ReferralUI", "Close")), "pdfPreview.close", self.close))
        return row

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def closeEvent(self, event) -> None:
        self.document.close()  # drop the pages from memory now, not at garbage collection
        super().closeEvent(event)
