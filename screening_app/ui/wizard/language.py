"""The victim-language check as a spell checker (SPEC 9.1): what a flagged phrase
can be changed to, the tooltip and context-menu entries, and a single-line editor
that draws the same wavy underline as the multi-line one.

Suggestions that are wording ("being put at risk by others") are offered as
Replace; suggestions that are guidance ("describe what the adults did", "a child
cannot consent to their own abuse") are never pasted into a record: the choices
are to remove the phrase and write it again, or keep it. Keeping is allowed; the
review page lists what was kept and the count is stored at completion.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLineEdit, QMenu, QToolTip, QWidget

from screening_app.domain.language import LanguageFlag, check_text
from screening_app.domain.schema import LanguageRule
from screening_app.ui.i18n import translate
from screening_app.words import fill

UNDERLINE = "#B3261E"
# a suggestion that tells the practitioner what to do instead of giving words (English and Welsh)
_GUIDANCE = re.compile(r"^(describe|say|name|write|disgrifiwch|dywedwch|enwch|ysgrifennwch)\b|\bcannot\b|"
                       r"^ni all\b|\(", re.IGNORECASE)
_DETERMINER = re.compile(r"(?i)\b(her|his|their|my|your|a|an|the)\s+$")


@dataclass(frozen=True)
class Fix:
    """One way to change a flagged phrase: replace ``start:end`` of the text with ``text``."""

    label: str
    start: int
    end: int
    text: str


def is_guidance(suggestion: str) -> bool:
    return bool(_GUIDANCE.search(suggestion))


def tooltip(flag: LanguageFlag) -> str:
    sentence = (translate("Wizard", "“%1”: Instead: %2. %3") if is_guidance(flag.suggestion)
                else translate("Wizard", "“%1”: Consider: %2. %3"))
    return fill(sentence, flag.phrase, flag.suggestion, flag.reason)


def fixes(flag: LanguageFlag, text: str) -> list[Fix]:
    """Replace with each suggested wording, or (for guidance) remove the phrase."""
    if is_guidance(flag.suggestion):
        start, end = flag.start, flag.end
        if end < len(text) and text[end] == " " and (start == 0 or text[start - 1] == " "):
            end += 1  # no double space left behind
        return [Fix(translate("Wizard", "Remove the phrase (then describe it in your own words)"), start, end, "")]
    out = []
    for option in re.split(r",\s*(?:or|neu)\s+|\s+(?:or|neu)\s+", flag.suggestion):
        start = flag.start
        before = _DETERMINER.search(text[: flag.start])
        if option.lower().startswith(("the ", "a ", "an ")) and before:
            start = before.start()  # "her boyfriend" -> "the adult", not "her the adult"
        wording = option[0].upper() + option[1:] if text[start : start + 1].isupper() else option
        out.append(Fix(fill(translate("Wizard", "Replace with “%1”"), wording), start, flag.end, wording))
    return out


def flag_at(flags: Sequence[LanguageFlag], index: int) -> LanguageFlag | None:
    return next((f for f in flags if f.start <= index <= f.end), None)


def add_fix_actions(menu: QMenu, flag: LanguageFlag, text: str, apply: Callable[[Fix], None]) -> None:
    """Put the suggestion, its reason and the fixes at the top of a context menu."""
    first = menu.actions()[0] if menu.actions() else None
    heading = menu.addAction(fill(translate("Wizard", "“%1” may place responsibility on the child"), flag.phrase))
    reason = menu.addAction(flag.reason)
    actions = [heading, reason]
    for action in actions:
        action.setEnabled(False)
    for fix in fixes(flag, text):
        action = menu.addAction(fix.label)
        action.setObjectName("language.fix")
        action.triggered.connect(lambda _c=False, f=fix: apply(f))
        actions.append(action)
    if is_guidance(flag.suggestion):
        hint = menu.addAction(fill(translate("Wizard", "Instead: %1"), flag.suggestion))
        hint.setEnabled(False)
        actions.insert(2, hint)
    keep = menu.addAction(translate("Wizard", "Keep my wording (it is listed on the review page)"))
    keep.setObjectName("language.keep")
    actions.append(keep)
    for action in actions:
        menu.removeAction(action)
    menu.insertActions(first, actions) if first else menu.addActions(actions)
    if first:
        menu.insertSeparator(first)


def wave(painter: QPainter, x1: float, x2: float, y: float) -> None:
    """A spell-checker's wavy line from x1 to x2 at baseline y."""
    path = QPainterPath(QPointF(x1, y))
    x, up = x1, True
    while x < x2:
        x = min(x + 2.0, x2)
        path.lineTo(QPointF(x, y - 2.0 if up else y))
        up = not up
    painter.setPen(QPen(QColor(UNDERLINE), 1.2))
    painter.drawPath(path)


class LanguageLineEdit(QLineEdit):
    """A single-line field with the language check: wavy underline, tooltip, context-menu fixes."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._rules: tuple[LanguageRule, ...] = ()
        self._adult: Callable[[], bool] = lambda: False
        self._flags: list[LanguageFlag] = []
        self.textChanged.connect(lambda _t: self.recheck())

    def check_language(self, rules: Sequence[LanguageRule], adult: Callable[[], bool]) -> None:
        self._rules, self._adult = tuple(rules), adult
        self.recheck()

    def recheck(self) -> None:
        self._flags = check_text(self.text(), self._rules, adult_involved=self._adult()) if self._rules else []
        self.update()

    def flags(self) -> list[LanguageFlag]:
        return list(self._flags)

    def _x(self, index: int) -> float:
        """Where character ``index`` is drawn: measured from the cursor, which knows the scrolling."""
        metrics = self.fontMetrics()
        text = self.text()
        cursor_x = self.cursorRect().center().x()
        return cursor_x + metrics.horizontalAdvance(text[:index]) - metrics.horizontalAdvance(
            text[: self.cursorPosition()])

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._flags:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self.contentsRect().adjusted(2, 0, -2, 0))
        y = self.cursorRect().center().y() + self.fontMetrics().ascent() / 2 + 3
        for flag in self._flags:
            wave(painter, self._x(flag.start), self._x(flag.end), y)
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._flags:
            flag = flag_at(self._flags, self.cursorPositionAt(event.pos()))
            if flag is not None:
                QToolTip.showText(event.globalPos(), tooltip(flag), self)
                return True
            QToolTip.hideText()
        return super().event(event)

    def flag_menu(self, index: int) -> QMenu:
        menu = self.createStandardContextMenu()
        flag = flag_at(self._flags, index)
        if flag is not None:
            add_fix_actions(menu, flag, self.text(), self.apply_fix)
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.flag_menu(self.cursorPositionAt(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def apply_fix(self, fix: Fix) -> None:
        """Through the editing path, so the change is reported and can be undone (Ctrl+Z)."""
        self.setSelection(fix.start, fix.end - fix.start)
        self.insert(fix.text)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


def language_editors(root: QWidget) -> list[QWidget]:
    """Every checked editor under ``root`` (single- and multi-line) that can be re-checked."""
    return [w for w in root.findChildren(QWidget) if callable(getattr(w, "recheck", None))]
