"""The final level over time, painted with QPainter.

Readable in greyscale and by screen readers: each level has its own row
with its name, its own marker shape (square High, diamond Medium, circle
Low) and the accessible description lists every point in words.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from screening_app.ui.shell import fmt

ROWS = ("high", "medium", "low")
LEFT, RIGHT, TOP, BOTTOM = 90, 30, 14, 34


@dataclass(frozen=True)
class Point:
    on: date
    level: str
    kind: str  # "Screening" / "Full assessment"


class TimelineWidget(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("childRecord.timeline")
        self.setAccessibleName("Level over time")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.points: list[Point] = []

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 170)

    def set_points(self, points: list[Point]) -> None:
        self.points = sorted(points, key=lambda p: p.on)
        words = "; ".join(f"{fmt.day(p.on)}: {fmt.level_word(p.level)} ({p.kind})" for p in self.points)
        self.setAccessibleDescription(words or "No completed assessments yet.")
        self.update()

    def clear(self) -> None:
        self.set_points([])

    # ------------------------------------------------------------ painting

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        plot = QRectF(LEFT, TOP, max(10, self.width() - LEFT - RIGHT), max(10, self.height() - TOP - BOTTOM))
        self._paint_rows(painter, plot)
        if not self.points:
            painter.setPen(QColor(fmt.NO_LEVEL_COLOUR))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No completed assessments yet.")
        else:
            self._paint_points(painter, plot)
        painter.end()

    def _row_y(self, plot: QRectF, level: str) -> float:
        index = ROWS.index(level) if level in ROWS else len(ROWS) - 1
        return plot.top() + plot.height() * (index + 0.5) / len(ROWS)

    def _paint_rows(self, painter: QPainter, plot: QRectF) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for level in ROWS:
            y = self._row_y(plot, level)
            painter.setPen(QPen(QColor("#D9DEE3"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(fmt.level_colour(level)))
            draw_marker(painter, level, QPointF(12, y), 5)
            painter.setPen(QColor("#1F2933"))
            painter.drawText(QRectF(22, y - 10, LEFT - 26, 20), Qt.AlignmentFlag.AlignVCenter, fmt.level_word(level))
        painter.setFont(self.font())

    def _x(self, plot: QRectF, on: date) -> float:
        first, last = self.points[0].on, self.points[-1].on
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        return plot.left() + 12 + (plot.width() - 24) * (on - first).days / span

    def _paint_points(self, painter: QPainter, plot: QRectF) -> None:
        centres = [QPointF(self._x(plot, p.on), self._row_y(plot, p.level)) for p in self.points]
        painter.setPen(QPen(QColor("#9AA5B1"), 2))
        for start, end in itertools.pairwise(centres):
            painter.drawLine(start, end)
        last_label_x = -1e9
        for point, centre in zip(self.points, centres, strict=True):
            painter.setPen(QPen(QColor(fmt.level_colour(point.level)), 2))
            draw_marker(painter, point.level, centre, 7)
            if centre.x() - last_label_x >= 80 or point is self.points[-1]:
                painter.setPen(QColor("#52606D"))
                box = QRectF(centre.x() - 45, plot.bottom() + 8, 90, 20)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, fmt.day(point.on))
                last_label_x = centre.x()


def draw_marker(painter: QPainter, level: str, centre: QPointF, radius: float) -> None:
    """Square for High, diamond for Medium, open circle for Low: shapes survive greyscale."""
    colour = painter.pen().color()
    x, y, r = centre.x(), centre.y(), radius
    if level == "high":
        painter.setBrush(colour)
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif level == "medium":
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y - r * 1.3), QPointF(x + r * 1.3, y),
                                       QPointF(x, y + r * 1.3), QPointF(x - r * 1.3, y)]))
    else:
        painter.setBrush(QColor("#FFFFFF"))
        path = QPainterPath()
        path.addEllipse(centre, r, r)
        painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)
