"""The review page: every gap before completion, each a link to its place;
the decision record when the law asks for one (child aged 13 to 15 with a
sexual indicator); wording flagged by the language check that is still there
(each a link; keeping it is allowed and counted at completion); then what to
follow up (not known answers), which does not block.

Each list is one tab stop: arrows choose a gap, Enter (or a click) goes to it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from screening_app.domain.navigation import DECISION_GROUP, FlagAt, Gap, Page, WizardSession, parse_date
from screening_app.ui.i18n import translate
from screening_app.ui.theme import status_icon
from screening_app.ui.wizard.base import WizardPage, label
from screening_app.words import fill

ROLE_GAP = Qt.ItemDataRole.UserRole
ROLE_FIELDS = Qt.ItemDataRole.UserRole + 1  # every field an item stands for (several unanswered questions)


class GapList(QListWidget):
    def __init__(self, name: str, accessible: str, on_jump: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet("QListWidget { border: none; } QListWidget::item { padding: 4px; color: #1D4F91; }")
        go = lambda item: on_jump(*item.data(ROLE_GAP))  # noqa: E731
        self.itemClicked.connect(go)
        self.itemActivated.connect(go)

    def show_gaps(self, session: WizardSession, gaps: list[Gap], icon: str) -> None:
        """One line per gap, except that a section's unanswered questions share one line
        (a first screening can have forty: one line each buried what really needed doing)."""
        self.clear()
        for text, group in _collapse_unanswered(session, gaps):
            item = QListWidgetItem(status_icon(icon), text)
            item.setData(ROLE_GAP, (group[0].page_id, group[0].field_id))
            item.setData(ROLE_FIELDS, [g.field_id for g in group])
            item.setToolTip(translate("Wizard", "Go to this place (Enter)"))
            self.addItem(item)
        rows = self.sizeHintForRow(0) if self.count() else 0
        self.setFixedHeight(rows * self.count() + 2 * self.frameWidth() + 4)
        self.setVisible(bool(gaps))
        if gaps:
            self.setCurrentRow(0)

    def show_flags(self, flags: list[FlagAt]) -> None:
        self.clear()
        for found in flags:
            flag = found.flag
            text = fill(translate("Wizard", "%1: “%2”. Consider: %3. %4"), found.field_label, flag.phrase,
                        flag.suggestion, flag.reason)
            item = QListWidgetItem(status_icon("incomplete"), text)
            item.setData(ROLE_GAP, (found.page_id, found.field_id))
            item.setToolTip(translate("Wizard", "Go to this wording (Enter)"))
            self.addItem(item)
        self._fit(len(flags))

    def _fit(self, count: int) -> None:
        self.setFixedHeight(sum(self.sizeHintForRow(i) for i in range(count)) + 2 * self.frameWidth() + 4)
        self.setVisible(bool(count))

    def item_for(self, field_id: str) -> QListWidgetItem | None:
        return next(
            (self.item(i) for i in range(self.count()) if field_id in (self.item(i).data(ROLE_FIELDS) or ())), None
        )


def _collapse_unanswered(session: WizardSession, gaps: list[Gap]) -> list[tuple[str, list[Gap]]]:
    """(text, gaps) lines: a page's unanswered questions together at the place of its first one."""
    lines: list[tuple[str, list[Gap]]] = []
    unanswered: dict[str, list[Gap]] = {}
    for gap in gaps:
        title = session.page(gap.page_id).title
        if not gap.unanswered:
            lines.append((fill(translate("Wizard", "%1: %2"), title, gap.message), [gap]))
        elif gap.page_id in unanswered:
            unanswered[gap.page_id].append(gap)
        else:
            unanswered[gap.page_id] = [gap]
            lines.append((title, unanswered[gap.page_id]))
    return [(_unanswered_text(text, group) if group[0].unanswered else text, group)
            for text, group in lines]


def _unanswered_text(title: str, group: list[Gap]) -> str:
    if len(group) == 1:
        return fill(translate("Wizard", "%1: %2"), title, group[0].message)
    return fill(translate("Wizard", "%1: %2 questions not answered yet (No and Not known are answers too)"), title,
                len(group))


class ReviewPage(WizardPage):
    def __init__(self, session: WizardSession, page: Page, on_jump: Callable[[str, str], None]) -> None:
        super().__init__(session, page, translate("Wizard", "Check what is missing before you see the result and "
                                                            "complete. Choose an item to go to its place."))
        self.heading = label("", "indicator", "review.todo")
        self.todo = GapList("review.todo.list", translate("Wizard", "To do before completing"), on_jump)
        self.decision = label("", "prompt", "review.decision")
        self.decision_link = GapList("review.decision.list", translate("Wizard", "Decision record"), on_jump)
        self.language_heading = label("", "indicator", "review.language")
        self.language_intro = label(translate("Wizard", "You may keep your wording: it does not stop you completing, "
                                                        "and the number of flagged phrases kept is recorded when you "
                                                        "complete."), "intro")
        self.language = GapList("review.language.list", translate("Wizard", "Wording to check"), on_jump)
        self.follow_heading = label("", "indicator", "review.followup")
        self.follow = GapList("review.followup.list", translate("Wizard", "Not known: to follow up"), on_jump)
        for widget in (self.heading, self.todo, self.decision, self.decision_link, self.language_heading,
                       self.language_intro, self.language, self.follow_heading, self.follow):
            self.layout_.addWidget(widget)
        self.finish()
        self.refresh()

    def first_focus(self) -> QWidget | None:
        """The first thing to do, when something is missing; else nothing here (Next takes it)."""
        return self.todo if self.session.blocking_gaps() else None

    def refresh(self) -> None:
        gaps = self.session.gaps()
        blocking = [g for g in gaps if g.blocking]
        follow_up = [g for g in gaps if not g.blocking]
        self.heading.setText(fill(translate("Wizard", "To do before completing (%1)"), len(blocking)) if blocking else
                             translate("Wizard", "Nothing is missing. Go to the result to check the level and "
                                                 "complete."))
        self.todo.show_gaps(self.session, blocking, "incomplete")
        self._show_decision()
        flags = self.session.language_flags()
        self.language_heading.setText(fill(translate("Wizard", "Wording to check (%1): it may place responsibility on "
                                                               "the child"), len(flags)))
        for widget in (self.language_heading, self.language_intro):
            widget.setVisible(bool(flags))
        self.language.show_flags(flags)
        self.follow_heading.setVisible(bool(follow_up))
        self.follow_heading.setText(fill(translate("Wizard", "Not known: to follow up after completing (%1). These do "
                                                             "not stop you completing; they are listed on the "
                                                             "result."), len(follow_up)))
        self.follow.show_gaps(self.session, follow_up, "not_started")

    def _show_decision(self) -> None:
        """What was recorded, in words, so the decision is seen before completing."""
        required = self.session.decision_required()
        self.decision.setVisible(required)
        if not required:
            self.decision_link.show_gaps(self.session, [], "incomplete")
            return
        group = self.session.form.field_group(DECISION_GROUP)
        values = self.session.state["details"].get(DECISION_GROUP) or {}
        lines = []
        for field in group.fields:
            value = values.get(field.id)
            shown = {o.value: o.label for o in field.options}.get(value, value) if value else \
                translate("Wizard", "not recorded yet")
            when = parse_date(value) if field.type.value == "date" else None
            shown = when.strftime("%d/%m/%Y") if when else shown
            lines.append(fill(translate("Wizard", "%1: %2"), escape(field.label, quote=False),
                              escape(str(shown), quote=False)))
        gaps = self.session.gaps(f"group:{DECISION_GROUP}")
        state = translate("Wizard", "Required before completing.") if gaps else translate("Wizard", "Recorded.")
        self.decision.setText(f"<b>{escape(group.title)}.</b> {state}<br>" + "<br>".join(lines))
        self.decision_link.show_gaps(self.session, gaps[:1], "incomplete")
