"""A small horizontal bar chart drawn with QPainter for the partnership's picture (issue 16): the
words on the left, a bar and its count on the right. A hidden count ("<5", 1 to 4) is a hatched,
dashed outline drawn to 4 (the most it could be) and marked "<5": never a number, never 0. The
figures are also its accessible description and tooltip, for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from screening_app.domain.partnership import HIDDEN, Cell
from screening_app.ui import theme
from screening_app.ui.i18n import translate

ROW = 22
HIDDEN_AT = 4
BAR = "#4D6B82"  # as the PDF's bars


def spoken(value: Cell) -> str:
    return translate("Partnership", "fewer than 5 (1 to 4, hidden)") if value == HIDDEN else str(value)


class BarsWidget(QWidget):
    def __init__(self, name: str, accessible: str, label_share: float = 0.42) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.label_share = label_share
        self.rows: list[tuple[str, Cell]] = []
        self.colours: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(300)

    def set_rows(self, rows: list[tuple[str, Cell]], colours: list[str] | None = None) -> None:
        self.rows = list(rows)
        self.colours = list(colours or [BAR] * len(rows))
        said = "; ".join(f"{words}: {spoken(value)}" for words, value in rows) or translate("Partnership",
                                                                                          "none in the period")
        self.setAccessibleDescription(said)
        self.setToolTip("\n".join(f"{words}: {'<5' if value == HIDDEN else value}" for words, value in rows))
        self.setFixedHeight(max(1, len(rows)) * ROW + 6)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.rows)) * ROW + 6)

    def _top(self) -> int:
        return max([HIDDEN_AT, *(v for _w, v in self.rows if isinstance(v, int))])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = int(self.width() * self.label_share)
        value_width = metrics.horizontalAdvance("<5 ") + 12
        span = max(10, self.width() - label_width - value_width - 8)
        if not self.rows:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(0, 0, self.width(), ROW), Qt.AlignmentFlag.AlignVCenter,
                             translate("Partnership", "None in the period."))
        for index, (words, value) in enumerate(self.rows):
            y = 3 + index * ROW
            painter.setPen(QColor(theme.INK))
            text = metrics.elidedText(words, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, ROW), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, text)
            hidden = value == HIDDEN
            length = span * (HIDDEN_AT if hidden else int(value)) / self._top()
            bar = QRectF(label_width, y + 4, length, ROW - 8)
            if hidden:
                painter.setBrush(QBrush(QColor(theme.MUTED), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(QColor(theme.INK), 1, Qt.PenStyle.DashLine))
            else:
                painter.setBrush(QColor(self.colours[index] if index < len(self.colours) else BAR))
                painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(bar)
            painter.setPen(QColor(theme.INK))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(label_width + length + 5, y, value_width, ROW), Qt.AlignmentFlag.AlignVCenter,
                             HIDDEN if hidden else str(value))
            font.setBold(False)
            painter.setFont(font)
        painter.setPen(QPen(QColor(theme.MUTED), 1))
        painter.drawLine(label_width, 2, label_width, max(1, len(self.rows)) * ROW + 4)
        painter.end()
