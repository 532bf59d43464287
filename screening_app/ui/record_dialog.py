"""What every dialog that records something shares: a heading and an intro, the fields (built by
the subclass), one error line, Cancel and Save (the default button: Enter saves), and the way a
refusal is shown: "Not saved: ..." with the focus on the field the service named.

The escalation and the concern dialogs are built on it. Widget names take the dialog's
``prefix`` (``escalation.save``, ``concern.error``), which the end-to-end tests find them by.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from screening_app.domain.errors import DomainError


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def buddy(text: str, widget: QWidget) -> QLabel:
    """A field's label; its & letter (Alt+letter) moves to the field."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class RecordDialog(QDialog):
    """``saved(record_id)`` once the service has stored it; subclasses implement ``store``."""

    saved = Signal(int)
    prefix = ""  # object-name prefix of the dialog's widgets
    field_widgets: ClassVar[dict[str, str]] = {}  # a service's field name -> the widget to focus, where they differ

    def _frame(self, name: str, title: str, intro: str, width: int, fields: QLayout, *extra: QWidget) -> None:
        """Heading, intro, the fields, any extra widgets, the error line and the buttons."""
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        heading = QLabel(title)
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        words = QLabel(intro)
        words.setWordWrap(True)
        words.setProperty("role", "intro")
        layout.addWidget(words)
        layout.addLayout(fields)
        for widget in extra:
            layout.addWidget(widget)
        self.error = QLabel()
        self.error.setObjectName(f"{self.prefix}.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = named(QPushButton("Cancel"), f"{self.prefix}.cancel", "Cancel without saving")
        cancel.clicked.connect(self.reject)
        self.save_button = named(QPushButton("Save"), f"{self.prefix}.save", f"Save the {self.prefix}")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        return row

    def store(self) -> int:
        """Write through the service; return the record's id, or raise a ``DomainError``."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            record_id = self.store()
        except DomainError as exc:
            self._problem(getattr(exc, "field", ""), getattr(exc, "message", str(exc)))
            return
        self.saved.emit(record_id)
        self.accept()

    def _problem(self, field: str, message: str) -> None:
        self.error.setText(f"Not saved: {message[:1].upper()}{message[1:]}.")
        self.error.show()
        target = self.findChild(QWidget, f"{self.prefix}.{self.field_widgets.get(field, field)}")
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
