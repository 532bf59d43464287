"""The wheel changes a choice only when the box has the focus: scrolling the result page once
changed the override's final level without a click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from screening_app.ui.wheel import wheel_only_when_focused

pytestmark = pytest.mark.gui


def wheel(widget: QWidget) -> None:
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_an_unfocused_box_ignores_the_wheel_a_focused_one_follows_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other, box = QLineEdit(), QComboBox()
    box.addItems(["Keep the computed level (High)", "Medium", "Low"])
    wheel_only_when_focused(box)
    layout.addWidget(other)
    layout.addWidget(box)
    window.show()
    other.setFocus()
    wheel(box)
    assert box.currentIndex() == 0 and box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=1_000)
    wheel(box)
    assert box.currentIndex() == 1


def test_the_override_level_box_is_protected(make_wizard):
    from screening_app.domain.navigation import RESULT

    wizard, _ = make_wizard()
    wizard.show_page(RESULT)
    level = wizard.findChild(QComboBox, "override.level")
    assert level is not None and level.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = level.currentIndex()
    wheel(level)
    assert level.currentIndex() == before
