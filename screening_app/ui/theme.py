"""The application's calm look: one stylesheet, a few named colours and status icons.

Colour is never the only signal: every status also has a word and an icon
shape (tick, half circle, empty circle, exclamation mark).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Qt is imported inside the functions: the shell's style imports this module for the colours and the
# stylesheet before its first window, and the first ``Qt`` import builds every enum of the Qt namespace.

INK = "#1F2933"
MUTED = "#52606D"
ACCENT = "#1D4F91"
CONCERN = "#8A4B00"
COMPLETE = "#2E6B30"
PAPER = "#FFFFFF"
PANEL = "#F4F6F8"
FOCUS = "#F2A900"

STYLESHEET = f"""
QWidget {{ color: {INK}; font-size: 10.5pt; }}
QWidget#wizardRoot, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {PAPER}; }}
QLabel[role="pageTitle"] {{ font-size: 15pt; font-weight: 600; margin-bottom: 2px; }}
QLabel[role="intro"], QLabel[role="help"] {{ color: {MUTED}; }}
QLabel[role="help"] {{ background: {PANEL}; border-left: 3px solid {ACCENT}; padding: 6px 10px; }}
QLabel[role="indicator"] {{ font-weight: 600; }}
QLabel[role="gap"] {{ color: {CONCERN}; }}
QLabel[role="prompt"] {{ background: #FFF4E0; border: 1px solid {CONCERN}; border-radius: 4px; padding: 8px; }}
QLabel[role="flag"] {{ background: #FCE8E6; border: 2px solid #B3261E; border-radius: 4px; padding: 8px; }}
QLabel[role="error"] {{ color: #B3261E; font-weight: 600; }}
QFrame[role="row"] {{ border-bottom: 1px solid #D9DEE3; }}
QFrame[role="card"] {{ background: {PANEL}; border-radius: 6px; }}
QListWidget#sectionList {{ background: {PANEL}; border: none; padding: 4px; }}
QListWidget#sectionList::item {{ padding: 6px 4px; border-radius: 4px; }}
QListWidget#sectionList::item:selected {{ background: #DCE6F2; color: {INK}; }}
QPushButton {{ padding: 5px 12px; border: 1px solid #9AA5B1; border-radius: 4px; background: {PAPER}; }}
QPushButton:hover {{ background: #EEF2F6; }}
QPushButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton:disabled {{ color: #9AA5B1; border-color: #D9DEE3; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: #C5CED8; border-color: #C5CED8; color: white; }}
QPushButton[role="link"] {{ border: none; color: {ACCENT}; text-decoration: underline; text-align: left;
    padding: 2px 0; background: transparent; }}
QToolButton[role="link"] {{ border: none; color: {ACCENT}; text-decoration: underline; background: transparent; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus,
QListWidget:focus, QTableView:focus, QCheckBox:focus {{ outline: none; border: 2px solid {FOCUS}; }}
QLineEdit, QPlainTextEdit, QComboBox {{ border: 1px solid #9AA5B1; border-radius: 4px; padding: 4px;
    background: {PAPER}; }}
QProgressBar {{ border: 1px solid #9AA5B1; border-radius: 4px; background: {PANEL}; height: 12px;
    text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
"""


@cache
def status_icon(kind: str) -> QIcon:
    """A 16 px shape for a page status: complete, incomplete, not_started, concern."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(4, 4, 24, 24)
    colour = QColor({"complete": COMPLETE, "concern": CONCERN}.get(kind, MUTED))
    painter.setPen(QPen(colour, 3))
    if kind == "complete":
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 3.5))
        path = QPainterPath(QPointF(10, 16.5))
        path.lineTo(14.5, 21)
        path.lineTo(22, 11)
        painter.drawPath(path)
    elif kind == "concern":
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawLine(QPointF(16, 9), QPointF(16, 18))
        painter.drawPoint(QPointF(16, 23))
    else:
        painter.drawEllipse(box)
        if kind == "incomplete":
            painter.setBrush(colour)
            painter.drawPie(box, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


def level_style(colour: str) -> str:
    return f"background: {colour}; color: white; border-radius: 4px; padding: 4px 10px; font-weight: 700;"


def ensure_theme() -> None:
    """Apply the stylesheet once, application-wide (much faster than per widget)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and STYLESHEET not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + STYLESHEET)
