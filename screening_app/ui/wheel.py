"""The mouse wheel changes a choice box or a number only when it has the focus.

Scrolling down the result page once changed the override's final level from "Keep the computed
level (High)" to "Medium" without a click: the wheel passed over the box. A box that is not being
used lets the wheel scroll the page instead; clicking or tabbing to it first works as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_WHEEL = QEvent.Type.Wheel


class _WheelOnlyWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _WHEEL and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # the scroll area behind it scrolls instead
            return True
        return False


_FILTER: _WheelOnlyWhenFocused | None = None


def wheel_only_when_focused(*widgets: QWidget) -> None:
    """Install on choice boxes, spin boxes and date edits as they are made (one shared filter)."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _WheelOnlyWhenFocused()
    for widget in widgets:
        widget.installEventFilter(_FILTER)
        # Tab or click gives the focus, never the wheel (the policy's enum through the widget: the Qt
        # namespace is not touched, see tests/ui_shell/test_startup_enums.py).
        widget.setFocusPolicy(type(widget.focusPolicy()).StrongFocus)
