"""Small constructors so every interactive widget gets an objectName and an accessibleName.

Qt enum values are set as properties by name ("AlignRight|AlignVCenter"): these run before the first
paint, and touching ``Qt`` (``from PySide6.QtCore import Qt``) builds every enum of the namespace (~20 ms
of the cold start). The shell modules imported before the first paint (widgets, unlock, lock, main_window)
keep ``Qt`` out; screens built after it use ``Qt`` as usual."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, translate
from screening_app.words import fill

STRENGTH_WORDS = (QT_TRANSLATE_NOOP("Strength", "Very weak"), QT_TRANSLATE_NOOP("Strength", "Weak"),
                  QT_TRANSLATE_NOOP("Strength", "Fair"), QT_TRANSLATE_NOOP("Strength", "Strong"),
                  QT_TRANSLATE_NOOP("Strength", "Very strong"))
# zxcvbn's advice (its own English, word for word; zxcvbn/feedback.py) and the app's two lines
# (storage/passphrase.py): named here so that the translation tools find them, shown translated
STRENGTH_ADVICE = (
    QT_TRANSLATE_NOOP("Strength", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Strength", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Strength", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("Strength", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Strength", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("Strength", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("Strength", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Strength", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("Strength", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Strength", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Strength", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Strength", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("Strength", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Strength", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Strength", "This is a very common password."),
    QT_TRANSLATE_NOOP("Strength", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Strength", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Strength", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("Strength", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("Strength", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("Strength", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    QT_TRANSLATE_NOOP("Strength", "Avoid the app's name, your own or your organisation's name, and years: they are "
                                  "guessed first."),
    QT_TRANSLATE_NOOP("Strength", "Enter a passphrase."),
)


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def button(text: str, name: str, on_click: Callable[[], None] | None = None, *, primary: bool = False,
           accessible: str = "") -> QPushButton:
    widget = QPushButton(text)
    named(widget, name, accessible or text.replace("&", "").rstrip("."))
    if primary:
        widget.setProperty("role", "primary")
        widget.setDefault(True)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def line_edit(name: str, accessible: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
    widget = QLineEdit()
    named(widget, name, accessible)
    widget.setPlaceholderText(placeholder)
    if secret:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
        widget.setProperty("inputMethodHints", "ImhSensitiveData|ImhNoPredictiveText")  # Qt.InputMethodHint
    return widget


def label(text: str, role: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setProperty("textFormat", "PlainText")  # Qt.TextFormat.PlainText
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def title(text: str, name: str = "") -> QLabel:
    return label(text, "pageTitle", name)


def error_label(name: str) -> QLabel:
    widget = label("", "error", name)
    widget.setAccessibleName("Error message")
    widget.hide()
    return widget


def show_error(widget: QLabel, message: str) -> None:
    widget.setText(message)
    widget.setVisible(bool(message))


class CheckedDialog(QDialog):
    """Accepted only when ``problem()`` finds nothing; otherwise ``self.error`` (an ``error_label``)
    says what to put right, and the dialog stays open with everything typed."""

    error: QLabel

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        message = self.problem()
        show_error(self.error, message)
        if not message:
            super().accept()


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setProperty("labelAlignment", "AlignRight|AlignVCenter")  # Qt.AlignmentFlag
    layout.setHorizontalSpacing(14)
    layout.setVerticalSpacing(8)
    return layout


def busy_bar(name: str, accessible: str) -> QProgressBar:
    bar = QProgressBar()
    named(bar, name, accessible)
    bar.setRange(0, 0)  # indeterminate: the KDF has no steps to count
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.hide()
    return bar


class StrengthMeter(FollowsLanguage, QWidget):
    """zxcvbn score as a bar plus words and advice, updated as the passphrase is typed; the verdict
    and the advice in the interface's language (``STRENGTH_ADVICE``: a line zxcvbn adds later stays
    English until it is named there)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        named(self.bar, f"{name}.bar", "Passphrase strength")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.words = label("", "help", f"{name}.words")
        self.words.setAccessibleName("Passphrase strength advice")
        layout.addWidget(self.bar)
        layout.addWidget(self.words)
        self.score = 0
        self.names: tuple[str, ...] = ()  # the practitioner's and organisation's, where known: guessable
        self._said: tuple[int, bool, tuple[str, ...]] | None = None  # what is shown (never the passphrase)
        self.update_for("")

    def update_for(self, passphrase: str) -> bool:
        if not passphrase:
            self.score, self._said = 0, None
        else:
            from screening_app.services.vault_service import passphrase_strength

            strength = passphrase_strength(passphrase, self.names)
            self.score = strength.score
            self._said = (strength.score, strength.acceptable, tuple(strength.feedback))
        self.bar.setValue(self.score)
        self.retranslate()
        return self._said is not None and self._said[1]

    def retranslate(self) -> None:
        if self._said is None:
            self.words.setText(translate("Strength", "Strength: none yet. Use four or more unrelated words; any "
                                                     "language is fine."))
            return
        score, acceptable, feedback = self._said
        level = translate("Strength", STRENGTH_WORDS[score])
        verdict = fill(translate("Strength", "%1: accepted.") if acceptable else
                       translate("Strength", "%1: not accepted yet."), level)
        advice = " ".join(translate("Strength", line) for line in feedback) if not acceptable else ""
        self.words.setText(f"{verdict} {advice}".strip())


def row(*parts: QWidget, right: bool = False) -> QWidget:
    """Buttons at their natural width, left (or right) aligned: never stretched across the page."""
    from PySide6.QtWidgets import QHBoxLayout

    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    if right:
        layout.addStretch(1)
    for part in parts:
        layout.addWidget(part)
    if not right:
        layout.addStretch(1)
    return holder


def narrow(widget: QWidget, width: int = 820) -> QWidget:
    """Forms read better at a line length people can follow."""
    widget.setMaximumWidth(width)
    return widget
