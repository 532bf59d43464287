"""Editors for the form's detail fields, and the free-text editor with the
victim-language check (a wavy underline and a tooltip with the suggestion).

Each editor reports plain values (text, ISO date or the raw text typed, int,
choice value, list of values) through a callback; the engine judges them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QIntValidator, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.language import check_text
from screening_app.domain.navigation import parse_date
from screening_app.domain.schema import DetailField, FieldType, LanguageRule
from screening_app.ui.i18n import translate
from screening_app.ui.wheel import wheel_only_when_focused
from screening_app.ui.wizard.language import UNDERLINE, Fix, LanguageLineEdit, add_fix_actions, flag_at, tooltip
from screening_app.words import fill

OnChange = Callable[[Any], None]
LONG_BLOCK = 300  # characters: longer paragraphs are checked when typing pauses
RECHECK_MS = 350


class LanguageHighlighter(QSyntaxHighlighter):
    """Underlines wording that places responsibility on the child (SPEC 9.1)."""

    def __init__(self, document, rules: Sequence[LanguageRule], adult: Callable[[], bool]) -> None:
        super().__init__(document)
        self._rules, self._adult = tuple(rules), adult
        self._cache: dict[tuple[str, bool], list] = {}
        self._last: list = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self._recheck)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(UNDERLINE))

    def flags(self, text: str) -> list:
        key = (text, self._adult())
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = check_text(text, self._rules, adult_involved=key[1])
        return self._cache[key]

    def highlightBlock(self, text: str) -> None:
        """Short text is checked at once; a long paragraph keeps its earlier underlines
        while typing and is checked again when typing pauses (never a stall per key)."""
        if len(text) <= LONG_BLOCK or (text, self._adult()) in self._cache:
            flags = self.flags(text)
        else:
            flags = [f for f in self._last if text[f.start : f.end] == f.phrase]
            self._timer.start()
        self._last = flags
        for flag in flags:
            self.setFormat(flag.start, flag.end - flag.start, self._format)

    def _recheck(self) -> None:
        block = self.document().begin()
        while block.isValid():
            self.flags(block.text())
            block = block.next()
        self.rehighlight()


class TextEdit(QPlainTextEdit):
    """Multi-line free text: Tab moves focus; flagged words explain themselves on hover."""

    def __init__(self, name: str, accessible: str, placeholder: str = "", lines: int = 3) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self.highlighter: LanguageHighlighter | None = None

    def check_language(self, rules: Sequence[LanguageRule], adult: Callable[[], bool]) -> None:
        if rules:
            self.highlighter = LanguageHighlighter(self.document(), rules, adult)
            self.setAccessibleDescription(translate("Wizard", "Wording that may place responsibility on the child is "
                                                              "underlined: Ctrl+full stop goes to it and offers other "
                                                              "words."))

    def recheck(self) -> None:
        """Check again with the current adult context (the people table changed)."""
        if self.highlighter is not None:
            self.highlighter.rehighlight()

    def _flag_under(self, cursor: QTextCursor):
        if self.highlighter is None:
            return None
        return flag_at(self.highlighter.flags(cursor.block().text()), cursor.positionInBlock())

    def flags(self) -> list:
        """Every flag in the text, with positions in the whole text."""
        if self.highlighter is None:
            return []
        out, block = [], self.document().begin()
        while block.isValid():
            out += [(block.position(), f) for f in self.highlighter.flags(block.text())]
            block = block.next()
        return out

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.highlighter is not None:
            flag = self._flag_under(self.cursorForPosition(event.pos()))
            if flag is not None:
                QToolTip.showText(event.globalPos(), tooltip(flag), self)
                return True
            QToolTip.hideText()
        return super().event(event)

    def flag_menu(self, cursor: QTextCursor) -> QMenu:
        menu = self.createStandardContextMenu()
        flag = self._flag_under(cursor)
        if flag is not None:
            offset = cursor.block().position()
            add_fix_actions(menu, flag, cursor.block().text(),
                            lambda fix: self.apply_fix(Fix(fix.label, fix.start + offset, fix.end + offset, fix.text)))
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.flag_menu(self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event) -> None:
        """Ctrl+. goes to the next wording to check and opens its suggestions: the language
        check by keyboard, not only a hover tooltip (issue 12)."""
        if event.key() == Qt.Key.Key_Period and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.next_suggestion()
            return
        super().keyPressEvent(event)

    def next_suggestion(self) -> None:
        flags = self.flags()
        if not flags:
            return
        here = self.textCursor().position()
        starts = [block + flag.start for block, flag in flags]
        start = next((s for s in starts if s > here), starts[0])  # after the caret, else the first again
        cursor = self.textCursor()
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        menu = self.flag_menu(cursor)
        self.show_menu(menu, self.viewport().mapToGlobal(self.cursorRect().bottomLeft()))

    def show_menu(self, menu: QMenu, where) -> None:  # tests replace it (a menu's exec() blocks)
        menu.exec(where)
        menu.deleteLater()

    def apply_fix(self, fix: Fix) -> None:
        """One edit block: reported as a change and undone with Ctrl+Z."""
        cursor = self.textCursor()
        cursor.setPosition(fix.start)
        cursor.setPosition(fix.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(fix.text)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


def _line_edit(name: str, accessible: str, value: Any, on_change: OnChange, placeholder: str = "",
               checked: bool = False) -> QLineEdit:
    edit = (LanguageLineEdit if checked else QLineEdit)("" if value is None else str(value))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.textEdited.connect(on_change)
    return edit


def _date_edit(name: str, accessible: str, value: Any, on_change: OnChange) -> QLineEdit:
    parsed = parse_date(value)
    shown = parsed.strftime("%d/%m/%Y") if parsed else (value or "")

    def changed(text: str) -> None:
        when = parse_date(text)
        on_change(when.isoformat() if when else text)

    edit = _line_edit(name, accessible, shown, changed, "DD/MM/YYYY")
    edit.setMaximumWidth(160)
    return edit


def _number_edit(field: DetailField, name: str, accessible: str, value: Any, on_change: OnChange) -> QLineEdit:
    def changed(text: str) -> None:
        on_change(int(text) if text.strip().isdigit() else text)

    edit = _line_edit(name, accessible, value, changed)
    edit.setValidator(QIntValidator(int(field.min or 0), int(field.max if field.max is not None else 999), edit))
    edit.setMaximumWidth(100)
    return edit


def _combo(
    name: str, accessible: str, options: Sequence[tuple[str, str]], value: Any, on_change: OnChange
) -> QComboBox:
    combo = QComboBox()
    wheel_only_when_focused(combo)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(translate("Wizard", "Choose…"), None)
    for option_value, label in options:
        combo.addItem(label, option_value)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    combo.currentIndexChanged.connect(lambda _i: on_change(combo.currentData()))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def _multichoice(field: DetailField, name: str, value: Any, on_change: OnChange) -> QWidget:
    box = QWidget()
    box.setObjectName(name)
    box.setAccessibleName(field.label)
    layout = QHBoxLayout(box) if len(field.options) <= 2 else _wrap_layout(box)
    chosen = set(value or [])
    checks: list[QCheckBox] = []
    for option in field.options:
        check = QCheckBox(option.label)
        check.setObjectName(f"{name}.{option.value}")
        check.setAccessibleName(option.label)
        check.setChecked(option.value in chosen)
        check.toggled.connect(lambda _c: on_change([o.value for o, c in zip(field.options, checks, strict=True)
                                                   if c.isChecked()]))
        checks.append(check)
        layout.addWidget(check)
    return box


def _wrap_layout(box: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def make_editor(
    field: DetailField,
    name: str,
    value: Any,
    on_change: OnChange,
    rules: Sequence[LanguageRule] = (),
    adult: Callable[[], bool] = lambda: False,
) -> QWidget:
    """The editor for one detail field; objectName ``name`` (e.g. ``child.first_name``)."""
    accessible = fill(translate("Wizard", "%1 (required)"), field.label) if field.required else field.label
    if field.type == FieldType.multiline:
        edit = TextEdit(name, accessible, field.help)
        edit.setPlainText(value or "")
        edit.textChanged.connect(lambda: on_change(edit.toPlainText()))
        if field.language_check:
            edit.check_language(rules, adult)
        return edit
    if field.type == FieldType.date:
        return _date_edit(name, accessible, value, on_change)
    if field.type == FieldType.number:
        return _number_edit(field, name, accessible, value, on_change)
    if field.type == FieldType.choice:
        return _combo(name, accessible, [(o.value, o.label) for o in field.options], value, on_change)
    if field.type == FieldType.yes_no:
        yes_no = [("yes", translate("Wizard", "Yes")), ("no", translate("Wizard", "No"))]
        return _combo(name, accessible, yes_no, value, on_change)
    if field.type == FieldType.multichoice:
        return _multichoice(field, name, value, on_change)
    edit = _line_edit(name, accessible, value, on_change, checked=field.language_check)
    if isinstance(edit, LanguageLineEdit):
        edit.check_language(rules, adult)
    return edit


def set_editor_value(editor: QWidget, value: Any) -> None:
    """Show a value without reporting a change (used when a table row is selected)."""
    editor.blockSignals(True)
    try:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            parsed = parse_date(value) if editor.placeholderText() == "DD/MM/YYYY" else None
            editor.setText(parsed.strftime("%d/%m/%Y") if parsed else ("" if value is None else str(value)))
        else:
            for check in editor.findChildren(QCheckBox):
                check.blockSignals(True)
                check.setChecked(check.objectName().rsplit(".", 1)[1] in (value or []))
                check.blockSignals(False)
    finally:
        editor.blockSignals(False)
    if callable(getattr(editor, "recheck", None)):
        editor.recheck()  # the underline follows the entry shown

