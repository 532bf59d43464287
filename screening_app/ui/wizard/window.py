"""The assessment wizard widget, driven by the pure ``WizardSession``.

It attaches a widget to each page of the engine (built when first shown),
keeps the side list, progress and level preview up to date, and saves
through ``on_change(state)`` debounced by a single-shot timer so typing never
waits for storage. Reopening with a saved state returns to the same page and
field. Signals: ``answersChanged(dict)`` (with each autosave) and
``completeRequested(dict)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.navigation import WizardSession
from screening_app.domain.schema import FormDefinition
from screening_app.ui import app_signals
from screening_app.ui.i18n import translate
from screening_app.ui.theme import ensure_theme
from screening_app.ui.wizard.base import WizardPage
from screening_app.ui.wizard.fields import TextEdit
from screening_app.ui.wizard.group_page import GroupPage, ReflectivePage, RepeatablePage
from screening_app.ui.wizard.language import language_editors
from screening_app.ui.wizard.people_links import PeopleLookup
from screening_app.ui.wizard.preview import LevelPreview
from screening_app.ui.wizard.result_page import ResultPage
from screening_app.ui.wizard.review_page import ReviewPage
from screening_app.ui.wizard.section_page import SectionPage
from screening_app.ui.wizard.side_list import SectionList
from screening_app.words import fill

AUTOSAVE_MS = 400
REFRESH_MS = 120


class AssessmentWizard(QWidget):
    answersChanged = Signal(dict)
    completeRequested = Signal(dict)
    escalationRequested = Signal()

    def __init__(self, form: FormDefinition, state: dict[str, Any] | None = None,
                 on_change: Callable[[dict], None] | None = None, parent: QWidget | None = None,
                 people_lookup: PeopleLookup | None = None, language: str = "en") -> None:
        super().__init__(parent)
        # ``form`` in the interface's language (its Welsh text, same ids and points): what it says is
        # shown; what is stored is the answers, scored by the service with the form's English
        self.session = WizardSession(form, state, language)
        self.people_lookup = people_lookup  # the vault's people of concern, for the people page (SPEC 12)
        self.on_change = on_change
        self.setObjectName("wizardRoot")
        self.setAccessibleName(form.title)
        ensure_theme()
        self.pages: dict[str, tuple[QScrollArea, WizardPage]] = {}
        self._save_timer = self._timer(AUTOSAVE_MS, self.save_now)
        self._refresh_timer = self._timer(REFRESH_MS, self.refresh_status)
        self._build()
        app_signals.listen("focusChanged", self._focus_changed)  # held weakly; never a Qt disconnect
        self._keys()
        self.show_page(self.session.current_page().id, self.session.state.get("focus", ""))
        self.preview.show_preview(self.session.preview())

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        middle = QHBoxLayout()
        middle.setSpacing(0)
        self.side = SectionList(self.session)
        self.side.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # no hidden Tab stop; Ctrl+PgUp/PgDn move
        self.side.jumpRequested.connect(lambda page_id: self.go(page_id))
        middle.addWidget(self.side)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)
        outer.addWidget(self._footer())

    def _header(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(16, 10, 16, 10)
        left = QVBoxLayout()
        title = QLabel(self.session.form.title)
        title.setProperty("role", "pageTitle")
        left.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(translate("Wizard", "Progress"))
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(420)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progress.text")
        left.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(left, 1)
        self.preview = LevelPreview(self.session.form)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _footer(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(16, 8, 16, 10)
        self.page_label = QLabel()
        self.page_label.setObjectName("page.position")
        self.back_button = self._nav_button(translate("Wizard", "&Back"), "nav.back",
                                            translate("Wizard", "Back to the previous section"), self.back)
        self.next_button = self._nav_button(translate("Wizard", "&Next"), "nav.next",
                                            translate("Wizard", "Next section"), self.next)
        self.next_button.setProperty("role", "primary")
        layout.addWidget(self.page_label, 1)
        layout.addWidget(self.back_button)
        layout.addWidget(self.next_button)
        return box

    def _nav_button(self, text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setMinimumWidth(110)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ navigation

    def next(self) -> None:
        self.show_page(self.session.next().id)

    def back(self) -> None:
        self.show_page(self.session.back().id)

    def go(self, page_id: str, focus: str = "") -> None:
        self.show_page(self.session.jump(page_id, focus).id, focus)

    def add_event(self, raw: dict[str, Any]) -> None:
        """A chronology entry recorded while this assessment is open: its answers can cite it now."""
        self.session.add_event(raw)
        for _scroll, page in self.pages.values():
            if hasattr(page, "add_event"):
                page.add_event(raw)
        self._changed()

    def show_page(self, page_id: str, focus: str = "") -> None:
        self.session.state["page"] = page_id
        built = page_id in self.pages
        scroll, page = self.pages[page_id] if built else self._make_page(page_id)
        if built:
            page.refresh()
            show_answers = getattr(page, "show_answers", None)
            if show_answers is not None:  # an answer given elsewhere (the child page's legal status)
                show_answers()
        if self.stack.currentWidget() is not scroll:
            self.stack.setCurrentWidget(scroll)
            scroll.verticalScrollBar().setValue(0)
        self.refresh_status()
        target = page.focus_field(focus) if focus else page.first_focus()
        if target is None and not focus and self.next_button.isEnabled():
            target = self.next_button  # nothing to do here: Enter moves on
        if target is not None:
            self._focus_when_shown(target, scroll)
        self._save_timer.start()

    def _focus_when_shown(self, target: QWidget, scroll: QScrollArea) -> None:
        """Focus ``target`` now, or as soon as the wizard is on screen (a hidden widget takes no focus)."""
        page_id = self.session.state["page"]

        def apply() -> None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if scroll.isAncestorOf(target):
                scroll.ensureWidgetVisible(target, 40, 80)

        def apply_if_still_wanted() -> None:  # not if another page is shown or the focus was placed since
            focused = self.focusWidget()
            if self.session.state["page"] == page_id and (focused is None or not scroll.isAncestorOf(focused)):
                apply()

        apply()
        if not self.isVisible():
            QTimer.singleShot(0, self, apply_if_still_wanted)

    def _make_page(self, page_id: str) -> tuple[QScrollArea, WizardPage]:
        page = self._connect(self._page_widget(page_id))
        scroll = QScrollArea()
        scroll.setObjectName(f"scroll.{page_id}")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's own fields take the Tab stops
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.pages[page_id] = (scroll, page)
        self._footer_after(page)
        return scroll, page

    def _footer_after(self, page: WizardPage) -> None:
        """A page built late joins the Tab order before Back and Next, not after the whole window."""
        last, widget = None, page.nextInFocusChain()
        while widget is not None and page.isAncestorOf(widget):
            last, widget = widget, widget.nextInFocusChain()
        if last is not None and self.window() is page.window():
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    def _page_widget(self, page_id: str) -> WizardPage:
        s, page = self.session, self.session.page(page_id)
        if page.kind == "section":
            return SectionPage(s, page, self._answer, self._language, self.go_to_indicator)
        if page.kind == "group" and s.form.field_group(page.ref).repeatable:
            return RepeatablePage(s, page, self._field, self._rows_changed, self.go_to_indicator, self.people_lookup)
        if page.kind == "group":
            return GroupPage(s, page, self._field)
        if page.kind == "reflective":
            return ReflectivePage(s, page, self._reflective, self._language)
        if page.kind == "review":
            return ReviewPage(s, page, self.go)
        result = ResultPage(s, page, self._override, self._complete, self.go, self._also)
        result.escalate.clicked.connect(self.escalationRequested.emit)
        return result

    def _connect(self, page: WizardPage) -> WizardPage:
        finished = getattr(page, "finished", None)
        if finished is not None:  # every question answered: Enter (on Next) moves on
            finished.connect(lambda: self.next_button.setFocus(Qt.FocusReason.TabFocusReason))
        return page

    def go_to_indicator(self, indicator_id: str) -> None:
        """From a prompt (age gap): open the indicator's section with its answer focused."""
        page_id = self.session.page_of_indicator(indicator_id)
        if page_id:
            self.go(page_id, indicator_id)

    def current_page(self) -> WizardPage:
        return self.pages[self.session.current_page().id][1]

    # --------------------------------------------------------------- changes

    def _answer(self, indicator_id: str, changes: dict) -> None:
        stored = self.session.answer(indicator_id)
        if all(stored.get(key) == value for key, value in changes.items()):
            return  # e.g. a re-highlight of the note: nothing to save
        self.session.set_answer(indicator_id, **changes)
        if "note" not in changes:
            self.preview.show_preview(self.session.preview())
        self._changed()

    def _field(self, group_id: str, field_id: str, value: Any, row: int | None) -> None:
        values = self.session.group_value(group_id)
        if (values[row] if row is not None else values).get(field_id) == value:
            return
        adult = self.session.adult_involved()
        self.session.set_field(group_id, field_id, value, row)
        if adult != self.session.adult_involved():
            self.recheck_language()
        self._changed()

    def _rows_changed(self) -> None:
        self.recheck_language()
        self._changed()

    def recheck_language(self) -> None:
        """An adult among the people of concern changes what is flagged ("boyfriend") everywhere."""
        for _scroll, page in self.pages.values():
            for editor in language_editors(page):
                editor.recheck()

    def _reflective(self, prompt_id: str, text: str) -> None:
        if self.session.reflective().get(prompt_id) == text:
            return
        self.session.set_reflective(prompt_id, text)
        self._changed()

    def _override(self, override: dict | None) -> None:
        self.session.set_override(override)
        self.current_page().refresh()
        self._changed()

    def _also(self, name: str, recorded: bool, reason: str) -> None:
        before = (name in (self.session.state.get("also_recorded") or {}), self.session.also_recorded_gap())
        self.session.set_also_recorded(name, recorded, reason)
        # ticked, unticked, or the reason's first or last character: the result and Complete say so;
        # the rest of the typing only saves
        if before != (recorded, self.session.also_recorded_gap()):
            self.current_page().refresh()
        self._changed()

    def _changed(self) -> None:
        """Never does slow work on the typing path: status, preview and saving are deferred."""
        self._refresh_timer.start()
        self._save_timer.start()

    def refresh_status(self) -> None:
        current = self.session.current_page().id
        self.side.refresh(current)
        progress = self.session.progress()
        self.progress.setValue(round(progress * 100))
        visible = self.session.visible_pages()
        done = sum(self.session.status(p.id).complete for p in visible if p.kind not in ("review", "result"))
        self.progress_text.setText(fill(translate("Wizard", "%1 of %2 sections complete (%3%)"), done, len(visible) - 2,
                                        round(progress * 100)))
        ids = [p.id for p in visible]
        following = visible[ids.index(current) + 1].title if ids.index(current) + 1 < len(ids) else ""
        # one counter (sections complete, at the top); here only where Next goes
        self.page_label.setText(fill(translate("Wizard", "Next: %1"), following) if following else "")
        self.back_button.setEnabled(self.session.can_go_back())
        self.next_button.setEnabled(self.session.can_go_next())
        self.preview.show_preview(self.session.preview())
        if current in self.pages and self.pages[current][1].page.kind not in ("review", "result"):
            self.pages[current][1].refresh()

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.on_change is not None:
            self.on_change(self.session.state)
        self.answersChanged.emit(self.session.state)

    def _complete(self) -> None:
        if self.session.can_complete():
            self.session.mark_language_kept()  # flags never block; how many were kept is recorded
            self.save_now()
            self.completeRequested.emit(self.session.state)

    # ----------------------------------------------------------------- keys

    def _keys(self) -> None:
        """Enter does the page's default action (Next; Complete on the result page) from any field
        but a note, where Ctrl+Enter does it; Ctrl+PgDn and Ctrl+PgUp move between sections."""
        for keys, slot in (("Ctrl+Return", self.default_action), ("Ctrl+Enter", self.default_action),
                           ("Ctrl+PgDown", self._next_if_enabled), ("Ctrl+PgUp", self._back_if_enabled)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _next_if_enabled(self) -> None:
        if self.next_button.isEnabled():
            self.next()

    def _back_if_enabled(self) -> None:
        if self.back_button.isEnabled():
            self.back()

    def keyPressEvent(self, event) -> None:
        """Enter that a field left unused (a one-line field, a choice, an answer, a tick box) does
        the default action; on a focused button it presses that button. A note keeps Enter for
        a new line: Ctrl+Enter moves on from there."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractItemView):  # a list acts on its own item (a gap to go to)
                super().keyPressEvent(event)
                return
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()
            else:
                self.default_action()
            event.accept()
            return
        super().keyPressEvent(event)

    def default_action(self) -> None:
        page = self.current_page()
        if isinstance(page, ResultPage):
            if page.complete.isEnabled():
                page.complete.click()
        else:
            self._next_if_enabled()

    # ----------------------------------------------------------------- focus

    def _language(self, edit: TextEdit) -> None:
        edit.check_language(self.session.form.language_check, self.session.adult_involved)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        name = new.objectName()
        if name and "." in name and not name.startswith(("nav.", "preview.", "page.", "override.", "result.",
                                                          "review.", "prompt.")):
            self.session.set_focus(name.removesuffix(".answer"))
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea) and scroll.isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 40, 60)

