"""While locked, no live widget may hold what was typed: a scan of every widget's text (fields, labels,
buttons, group and tab titles, list and table models, tooltips) and of every field's undo history.
Shared by the lock tests (issue 6 item 7)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

UNDO = "<undo history in "


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleDescription()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
        if widget.isUndoAvailable():  # the undo history still holds what was typed
            texts.append(f"{UNDO}{widget.objectName()}>")
    elif isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
        if widget.document().isUndoAvailable():
            texts.append(f"{UNDO}{widget.objectName()}>")
    elif isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, root = widget.model(), QModelIndex()
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                texts.append(str(model.data(model.index(row, column)) or ""))
    return texts


def leaks(*needles: str, undo: tuple[str, ...] = ("",)) -> list[str]:
    """Every live widget (top-level windows and all their children) whose text holds a needle, and
    any field whose object name starts with one of ``undo`` (by default: every field) whose undo
    history could still give the typing back."""
    found = []
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            held = any(needle.lower() in text.lower() for needle in needles)
            in_undo = text.startswith(UNDO) and widget.objectName().startswith(undo)
            if held or in_undo:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def when_back(qtbot, find: Callable[[], list], unlock: Callable[[], None], act: Callable[[QWidget], None]) -> None:
    """Unlock, with a timer already polling ``find`` for the dialog to come back (a modal one reopens
    inside its own loop, possibly while the unlock is still being waited for); ``act`` must close it."""
    done: list[bool] = []

    def poll() -> None:
        if find() and not done:
            done.append(True)
            dialog = find()[0]
            QTimer.singleShot(30, lambda: act(dialog))  # as a person would: once it has settled

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    try:
        unlock()
        qtbot.waitUntil(lambda: bool(done) and not find(), timeout=5_000)
    finally:
        timer.stop()
