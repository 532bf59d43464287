"""The result page: statutory flags first (never dismissible, shown even before
a level can be worked out), then the final level in words and colour with its
meaning and the reasons; actions and review date; the score only last, as
arithmetic a reader can check (judgement, not scores: SPEC 9.5). Then the
override panel, a way to record a professional disagreement, and Complete."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from screening_app.domain.errors import DomainError
from screening_app.domain.navigation import Page, WizardSession
from screening_app.domain.referral import decision_words, format_date, kinds_words
from screening_app.domain.schema import Level
from screening_app.domain.scoring import RiskResult, also_recorded_lines, apply_override, score, score_sentence
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.theme import level_style
from screening_app.ui.wizard.also_panel import AlsoRecordedPanel
from screening_app.ui.wizard.base import WizardPage, clear_layout, label
from screening_app.ui.wizard.override_panel import OverridePanel
from screening_app.words import fill
from screening_app.words import language as in_language

TIER_WORDS = {"harm": QT_TRANSLATE_NOOP("Wizard", "harm"), "significant": QT_TRANSLATE_NOOP("Wizard", "significant"),
              "risk": QT_TRANSLATE_NOOP("Wizard", "risk"),
              "vulnerability": QT_TRANSLATE_NOOP("Wizard", "vulnerability"),
              "protective": QT_TRANSLATE_NOOP("Wizard", "strength")}
RECENCY_WORDS = {"current": QT_TRANSLATE_NOOP("Wizard", "current"), "recent": QT_TRANSLATE_NOOP("Wizard", "recent"),
                 "past": QT_TRANSLATE_NOOP("Wizard", "past")}


class ResultPage(WizardPage):
    def __init__(self, session: WizardSession, page: Page, on_override: Callable[[dict[str, Any] | None], None],
                 on_complete: Callable[[], None], on_jump: Callable[[str, str], None],
                 on_also: Callable[[str, bool, str], None] | None = None) -> None:
        super().__init__(session, page)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(8)
        self.layout_.addWidget(self.body)
        self.override = OverridePanel(session.form, on_override, session.language)
        self.layout_.addWidget(self.override)
        scheme = session.form.level_scheme
        if scheme and scheme.also_recorded and on_also is not None:
            self.also = AlsoRecordedPanel(scheme.also_recorded, session.state.get("also_recorded") or {}, on_also)
            self.layout_.addWidget(self.also)
        self.layout_.addWidget(label(translate("Wizard", "Disagree with a decision about this child (another agency's, "
                                               "or your manager's)? Record it and escalate: stage 1 practitioner to "
                                               "practitioner, stage 2 managers, stage 3 senior managers or the "
                                               "safeguarding partnership."), "intro", "result.escalate.intro"))
        self.escalate = QPushButton(translate("Wizard", "Record a professional disagreement..."))
        self.escalate.setObjectName("result.escalate")
        self.escalate.setAccessibleName(translate("Wizard", "Record a professional disagreement (escalation)"))
        self.layout_.addWidget(self.escalate, 0, Qt.AlignmentFlag.AlignLeft)
        self.not_ready = QPushButton()
        self.not_ready.setObjectName("result.gaps")
        self.not_ready.setAccessibleName(translate("Wizard", "Go to the review of what is missing"))
        self.not_ready.setProperty("role", "link")
        self.not_ready.clicked.connect(lambda: on_jump("review", ""))
        self.layout_.addWidget(self.not_ready)
        self.complete = QPushButton(translate("Wizard", "Complete the assessment"))
        self.complete.setObjectName("result.complete")
        self.complete.setAccessibleName(translate("Wizard", "Complete the assessment"))
        self.complete.setProperty("role", "primary")
        self.complete.clicked.connect(on_complete)
        self.layout_.addWidget(self.complete)
        self.finish()
        self.refresh()

    def first_focus(self) -> QWidget | None:
        """Complete, when it can be pressed: Enter completes; Shift+Tab reaches the override."""
        return self.complete if self.complete.isEnabled() else super().first_focus()

    def computed(self) -> RiskResult | None:
        """The computed result: of every answer when the input is complete, else of the complete answers."""
        try:
            return score(self.session.form, self.session.to_input())
        except DomainError:
            return self.session.preview().result

    def final(self, computed: RiskResult) -> tuple[RiskResult, str]:
        override = self.session.state.get("override")
        if gap := self.session.also_recorded_gap():
            return computed, gap
        if not override:
            return computed, ""
        try:
            return apply_override(self.session.form, computed, Level(override["level"]), override.get("reason", ""),
                                  override.get("consulted_name"), override.get("consulted_role")), ""
        except DomainError as exc:
            return computed, str(exc).split(": ", 1)[-1]

    def refresh(self) -> None:
        with in_language(self.session.language):  # the domain's sentences in the words of the page
            self._refresh()

    def _refresh(self) -> None:
        clear_layout(self.body_layout)
        computed = self.computed()
        if computed is None:
            self._flags(self.session.fired_flags())
            self._add(label(self.session.preview().reason, "gap", "result.none"))
            self.override.setVisible(False)
            self._show_completion(False, "")
            return
        result, problem = self.final(computed)
        self._show(result)
        self.override.setVisible(True)
        self.override.show_result(computed, self.session.state.get("override"))
        self._show_completion(self.session.can_complete() and not problem, problem)

    def _show_completion(self, ready: bool, problem: str) -> None:
        blocking = len(self.session.blocking_gaps())
        self.complete.setEnabled(ready)
        self.not_ready.setVisible(not ready)
        if blocking:
            self.not_ready.setText(fill(translate("Wizard", "Not ready to complete: %1 thing(s) missing. Go to the "
                                                            "review."), blocking))
        elif problem:
            self.not_ready.setText(fill(translate("Wizard", "Not ready to complete: %1"), problem))

    def _flags(self, flags) -> None:
        """Each flag with its recorded decision, if any: once recorded, a prompt reads as done."""
        for flag in flags:
            text = f"<b>{escape(flag.title)}.</b> {escape(flag.text)}"
            decided = decision_words(self.session.form, flag.id, self.session.state.get("details") or {})
            if decided:
                text += "<br>" + fill(translate("Wizard", "<b>Recorded:</b> %1"), escape(decided))
            self._add(label(text, "flag", f"result.flag.{flag.id}"))

    def _show(self, result: RiskResult) -> None:
        form = self.session.form
        shown = {f.id for f in result.flags}  # plus any flag that holds on answers not yet complete
        self._flags([*result.flags, *(f for f in self.session.fired_flags() if f.id not in shown)])
        definition = form.levels.get(result.final_level)
        level = label(f"{definition.label}", name="result.level")
        level.setStyleSheet(level_style(definition.colour) + " font-size: 16pt;")
        level.setAccessibleName(fill(translate("Wizard", "Final level: %1"), definition.label))
        self._add(level)
        self._add(label(definition.meaning, "indicator", "result.meaning"))
        if kinds := kinds_words(form, result):
            self._add(label(escape(kinds), "intro", "result.kinds"))
        for n, line in enumerate(also_recorded_lines(form, result)):
            self._add(label(escape(line), "indicator", f"result.also.{n}"))
        if result.no_indicators:
            self._add(label(form.no_indicators_text, "prompt", "result.no_indicators"))
        if result.override:
            computed = form.levels.get(result.computed_level).label
            self._add(label(fill(translate("Wizard", "Computed level %1; final level set by professional judgement. "
                                                     "Reason: %2"), computed, escape(result.override.reason)),
                            "intro", "result.override"))
        self._add(label(translate("Wizard", "What to do now"), "indicator"))  # straight under the level (issue 12)
        self._add(label("<br>".join(f"• {escape(a)}" for a in result.actions), name="result.actions"))
        review = fill(translate("Wizard", "Review by %1."), format_date(result.review_date))
        self._add(label(review, name="result.review"))
        self._reasons(result)
        self._arithmetic(result)

    def _reasons(self, result: RiskResult) -> None:
        """The reasons in words: floors, the override, then each concern with its note."""
        form = self.session.form
        self._add(label(translate("Wizard", "Why this level"), "indicator"))
        skip = {form.no_indicators_text, score_sentence(form, result)} | {f"{f.title}: {f.text}" for f in result.flags}
        words = [x for x in result.explanation[1:] if x not in skip]
        if words:
            self._add(label("<br>".join(escape(x) for x in words), name="result.reasons"))
        lines = []
        for c in result.contributions:
            answer = form.answer_labels.evidenced if c.evidenced else form.answer_labels.suspected
            tier = translate("Wizard", TIER_WORDS[c.tier.value])
            facts = (fill(translate("Wizard", "%1, %2, %3"), tier, answer,
                                                                  translate("Wizard", RECENCY_WORDS[c.when.value]))
                     if c.when else fill(translate("Wizard", "%1, %2"), tier, answer))
            lines.append(f"• <b>{escape(c.label)}</b> ({facts}): {escape(c.note)}")
        if lines:
            self._add(label("<br>".join(lines), name="result.contributions"))
        elif not words:
            self._add(label(translate("Wizard", "No concerns were recorded."), name="result.reasons"))

    def _arithmetic(self, result: RiskResult) -> None:
        """The score last and in small print: it supports the judgement above, it does not make it."""
        if result.not_known:
            unknown = [self.session.form.indicator(i).label for i in result.not_known]
            self._add(label(translate("Wizard", "Not known, to follow up:") + "<br>" +
                            "<br>".join(f"• {escape(t)}" for t in unknown),
                            name="result.not_known"))
        score_line = score_sentence(self.session.form, result)
        points = ", ".join(f"{escape(c.label)} {c.points}" for c in result.contributions if c.points)
        text = escape(score_line) + ("<br>" + fill(translate("Wizard", "Points: %1."), points) if points else "")
        if text:
            self._add(label(fill(translate("Wizard", "How the score adds up: %1"), text), "intro", "result.score"))

    def _add(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)
