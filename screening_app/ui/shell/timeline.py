"""The final level over time, painted with QPainter.

Readable in greyscale and by screen readers: each level has its own row
with its name, its own marker shape (square High, diamond Medium, circle
Low) and the accessible description lists every point in words. Clicking a
point (or focusing the widget and pressing Enter on the newest) reports its
assessment, so the child record can compare it; selected points get a ring.

Its words are in the interface's language (context "Timeline"; the levels and dates as ``fmt``
says them), set again when the language changes. A point's ``kind`` is worded by whoever gives the
points (the child record gives them again on a change of language).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words
from screening_app.ui.shell import fmt

ROWS = ("high", "medium", "low")
LEFT, RIGHT, TOP, BOTTOM = 90, 30, 14, 34
NO_POINTS = QT_TRANSLATE_NOOP("Timeline", "No completed assessments yet.")
POINT_WORDS = QT_TRANSLATE_NOOP("Timeline", "%1: %2 (%3)")  # "3 Nov 2026: High (Screening)"


@dataclass(frozen=True)
class Point:
    on: date
    level: str
    kind: str  # "Screening" / "Full assessment"
    assessment_id: int | None = None
    form_id: str | None = None  # whose level scheme words the level


HIT_RADIUS = 12
LABEL_WIDTH = 90


class TimelineWidget(FollowsLanguage, QWidget):
    pointClicked = Signal(int)  # assessment id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("childRecord.timeline")
        self.words = Words("Timeline")  # set again when the interface's language changes
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("Timeline", "Level over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.points: list[Point] = []
        self.selected: set[int] = set()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.words.say(self.setToolTip, QT_TRANSLATE_NOOP(
            "Timeline", "Click a point to select that assessment; select two and press What changed."))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 170)


    def retranslate(self) -> None:
        """Its name, tip and description in the interface's language; painted again (rows, dates)."""
        self.words.retranslate()
        self._describe()
        self.update()

    def set_points(self, points: list[Point]) -> None:
        self.points = sorted(points, key=lambda p: p.on)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """Every point in words, oldest first, for screen readers."""
        say = self.words.words
        words = "; ".join(say(POINT_WORDS, fmt.day(p.on), fmt.level_word(p.level, p.form_id), p.kind)
                          for p in self.points)
        self.setAccessibleDescription(words or say(NO_POINTS))

    def clear(self) -> None:
        self.selected = set()
        self.set_points([])

    def set_selected(self, ids: set[int]) -> None:
        self.selected = set(ids)
        self.update()

    def point_at(self, x: float, y: float) -> Point | None:
        if not self.points:
            return None
        plot = self._plot()
        best = min(self.points, key=lambda p: (self._x(plot, p.on) - x) ** 2 + (self._row_y(plot, p.level) - y) ** 2)
        distance = ((self._x(plot, best.on) - x) ** 2 + (self._row_y(plot, best.level) - y) ** 2) ** 0.5
        return best if distance <= HIT_RADIUS else None

    def mousePressEvent(self, event) -> None:
        point = self.point_at(event.position().x(), event.position().y())
        if point is not None and point.assessment_id is not None:
            self.pointClicked.emit(point.assessment_id)
        super().mousePressEvent(event)

    def _plot(self) -> QRectF:
        left = self._left()
        return QRectF(left, TOP, max(10, self.width() - left - RIGHT), max(10, self.height() - TOP - BOTTOM))

    def _row_word(self, level: str) -> str:
        """A row's words: the newest assessment's level scheme's (rows are ranks, shared by every scheme)."""
        return fmt.level_word(level, self.points[-1].form_id if self.points else None)

    def _row_colour(self, level: str) -> str:
        return fmt.level_colour(level, self.points[-1].form_id if self.points else None)

    def _left(self) -> int:
        """Room for the longest row word ("Indicators of exploitation" under a scheme), at least LEFT."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return max(LEFT, 30 + max(metrics.horizontalAdvance(self._row_word(level)) for level in ROWS))

    # ------------------------------------------------------------ painting

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        plot = self._plot()
        self._paint_rows(painter, plot)
        if not self.points:
            painter.setPen(QColor(fmt.NO_LEVEL_COLOUR))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.words.words(NO_POINTS))
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
            painter.setPen(QColor(self._row_colour(level)))
            draw_marker(painter, level, QPointF(12, y), 5)
            painter.setPen(QColor("#1F2933"))
            painter.drawText(QRectF(22, y - 10, plot.left() - 26, 20), Qt.AlignmentFlag.AlignVCenter,
                             self._row_word(level))
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
        for point, centre in zip(self.points, centres, strict=True):
            painter.setPen(QPen(QColor(fmt.level_colour(point.level, point.form_id)), 2))
            draw_marker(painter, point.level, centre, 7)
            if point.assessment_id is not None and point.assessment_id in self.selected:
                painter.setPen(QPen(QColor("#1F2933"), 2))
                painter.drawEllipse(centre, 12, 12)
        painter.setPen(QColor("#52606D"))
        for index in labelled(centres):
            box = QRectF(centres[index].x() - LABEL_WIDTH / 2, plot.bottom() + 8, LABEL_WIDTH, 20)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, fmt.day(self.points[index].on))


def labelled(centres: list[QPointF]) -> list[int]:
    """Which points get a date: the newest always, then older ones that do not collide with it."""
    chosen: list[int] = []
    for index in reversed(range(len(centres))):
        if not chosen or centres[chosen[-1]].x() - centres[index].x() >= LABEL_WIDTH + 6:
            chosen.append(index)
    return chosen


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
