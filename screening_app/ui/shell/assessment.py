"""Hosts the assessment wizard in the main window: autosave through the service, complete and
correct, and a read-only summary for completed assessments (with the referral's preview, save and
print, and "Continue as a full assessment" for a screening). A review or continued draft says where it
came from in the banner above the wizard.

The wizard (``screening_app.ui.wizard.AssessmentWizard``) is imported only when an assessment
is opened, so starting the app does not pay for it. If it is missing, a placeholder says so.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w
from screening_app.ui.shell.errors import explain
from screening_app.ui.shell.session import PROFILE_KEY, Session
from screening_app.ui.shell.summary import SummaryPanel, SummaryView
from screening_app.words import fill

WIZARD_MISSING = QT_TRANSLATE_NOOP("Assessment", "The assessment wizard is not part of this build yet. The draft is "
                                                "stored and can be continued once the wizard is installed.")


def load_wizard_class() -> Any:
    """The hook: the wizard widget class, or None when the wizard package is absent."""
    try:
        from screening_app.ui.wizard import AssessmentWizard
    except ImportError:
        return None
    return AssessmentWizard


def child_prefill(details: Any) -> dict[str, Any]:
    values = {
        "first_name": details.first_name, "last_name": details.last_name,
        "other_names": ", ".join(details.other_names),
        "date_of_birth": details.date_of_birth.isoformat() if details.date_of_birth else None,
        "approx_age": details.approx_age, "upn": details.upn, "nhs_number": details.nhs_number,
        "la_case_number": details.la_case_number,
    }
    return {key: value for key, value in values.items() if value not in (None, "")}


def wizard_state(stored: dict[str, Any], form: Any, child: Any, referrer: dict | None, today: date,
                 events: Callable[[], list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The stored draft if it is a wizard state; otherwise a fresh one with the child and the
    referrer (stored once in settings, editable for this referral: SPEC 7) filled in."""
    from screening_app.domain.navigation import new_state

    if "visited" in stored and "answers" in stored:
        return stored
    state = new_state(form, today)
    state["events"] = list(events()) if events else []  # the entries not yet used: the screening starts there
    state["details"]["child"] = child_prefill(child.details)
    if referrer := {k: v for k, v in (referrer or {}).items() if isinstance(v, str) and v.strip()}:
        state["details"]["referrer"] = referrer
    return state


def to_service_input(form: Any, state: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    from screening_app.domain.navigation import WizardSession
    from screening_app.services.records import OverrideRequest

    data = WizardSession(form, state).to_input().model_dump(mode="json")
    override = state.get("override") or None
    if override and override.get("level"):
        return data, OverrideRequest(override["level"], override.get("reason", ""),
                                     override.get("consulted_name"), override.get("consulted_role"))
    return data, None


class AssessmentPage(QWidget):
    """One assessment at a time: a draft in the wizard, a correction in the wizard, or a summary."""

    closed = Signal(int)  # child id

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("assessment")
        self.setAccessibleName("Assessment")
        self.assessment: Any = None
        self.correction_reason: str | None = None
        self.wizard: Any = None
        self.form: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._bar())
        self.banner = w.label("", "prompt", "assessment.banner")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.summary = SummaryView()
        self.summary_panel = SummaryPanel(self.summary)
        self.summary_panel.continueRequested.connect(self.continue_as_assessment)
        self.summary.changesRequested.connect(self.show_correction)
        self.versions_dialog: Any = None
        self._reopening = False
        self.placeholder = w.label(translate("Assessment", WIZARD_MISSING), "help", "assessment.placeholder")
        self.stack.addWidget(self.summary_panel)
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.stack, 1)

    def _bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(12, 8, 12, 4)
        self.back_button = w.button(translate("Assessment", "‹ Child record"), "assessment.back", self.close_assessment)
        row.addWidget(self.back_button)
        self.heading = w.label("", "intro", "assessment.heading")
        row.addWidget(self.heading, 1)
        return row

    # ------------------------------------------------------------ opening

    def open(self, assessment_id: int, correction_reason: str | None = None,
             state: dict[str, Any] | None = None) -> None:
        self._drop_wizard()
        records = self.session.records
        self.assessment = records.get(assessment_id)
        self.form = records.form(self.assessment.form_id)
        self.correction_reason = correction_reason
        self._show_banner("")
        kind = fmt.form_word(self.assessment.form_id)
        if self.assessment.status == "completed" and correction_reason is None:
            self.heading.setText(fill(translate("Assessment", "%1 %2 (completed, read-only)"), kind,
                                      self.assessment.reference))
            from screening_app.ui.referral.actions import referral_source

            source = referral_source(self.session, self.assessment.reference)
            versions = self.session.records.versions(self.assessment.id)
            self.summary_panel.show_assessment(self.assessment, source, versions)
            self.stack.setCurrentWidget(self.summary_panel)
            return
        heading = (translate("Assessment", "Correcting: %1 %2") if correction_reason else
                   translate("Assessment", "Draft: %1 %2"))
        self.heading.setText(fill(heading, kind, self.assessment.reference))
        stored = state or json.loads(self.assessment.input_json or "{}")
        self._host_wizard(stored)

    def _host_wizard(self, stored: dict[str, Any]) -> None:
        wizard_class = load_wizard_class()
        if wizard_class is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        child = self.session.child(self.assessment.child_id)
        state = wizard_state(stored, self.form, child, self.session.setting(PROFILE_KEY, {}), self.session.today(),
                             lambda: self.session.chronology_service().for_new_assessment(child.id))
        on_change = None if self.correction_reason else self._autosave
        from screening_app.ui.contexts.lookup import VaultPeopleLookup

        # in Welsh, the form's own text is shown in Welsh where the pack has it; the answers are the
        # same ids, completed and scored by the service with the form's English
        language = i18n.current()
        shown = self.session.records.form_in(self.form.id, language) if language != "en" else None
        self.wizard = wizard_class(shown or self.form, state, on_change,
                                   people_lookup=VaultPeopleLookup(self.session, child.id), language=language)
        self.wizard.completeRequested.connect(self._complete)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self._show_banner(origin_words(state))

    def show_correction(self, version: int) -> None:
        """What the correction that made ``version`` changed, from the version before it."""
        from screening_app.ui.compare.dialog import VersionsDialog, show_over

        if self.assessment is None:
            return
        self._close_versions_dialog()
        self.versions_dialog = show_over(self.window(), VersionsDialog(
            self.window(), self.session.compare_service(), self.assessment.id, self.assessment.reference,
            version - 1, version))

    def _close_versions_dialog(self) -> None:
        from screening_app.ui.compare.dialog import dispose

        self.versions_dialog = dispose(self.versions_dialog)

    def continue_as_assessment(self) -> None:
        """A completed screening becomes the start of a full assessment (a new draft)."""

        if self.assessment is None:
            return
        try:
            child = self.session.child(self.assessment.child_id)
            ref = self.session.compare_service().continue_as_assessment(
                self.assessment.id, child_prefill(child.details))
        except Exception as exc:
            self._show_banner(fill(translate("Assessment", "Not started: %1"),
                                   getattr(exc, "message", None) or _plain(exc)))
            return
        self.open(ref.id)

    # ------------------------------------------------------------ saving

    def _autosave(self, state: dict[str, Any]) -> None:
        if self.assessment is None or not self.session.unlocked:
            return
        try:
            self.session.records.save_draft(self.assessment.id, state, state.get("page") or None,
                                            state.get("focus") or None)
        except Exception as exc:  # a full disk must be said, not swallowed
            self._show_banner(fill(translate("Assessment", "Not saved: %1"), explain(exc)))

    def save_now(self) -> None:
        """Flush the wizard's debounced autosave (before lock, navigation or quit)."""
        if self.wizard is not None:
            self.wizard.save_now()

    def _complete(self, state: dict[str, Any]) -> None:
        try:
            data, override = to_service_input(self.form, state)
            records = self.session.records
            if self.correction_reason:
                records.correct(self.assessment.id, data, self.correction_reason, override)
            else:
                records.complete(self.assessment.id, data, override)
        except Exception as exc:
            message = getattr(exc, "message", None) or explain(exc)
            self._show_banner(fill(translate("Assessment", "Not completed: %1"), message))
            return
        with contextlib.suppress(Exception):  # completed and stored; if this fails the entries are offered again
            self.session.chronology_service().cite_evidence(self.assessment.id, data)
        self.open(self.assessment.id)
        level = fmt.level_word(self.assessment.final_level, self.assessment.form_id)
        self._show_banner(fill(translate("Assessment", "Completed. Final level: %1. Review by %2."), level,
                               fmt.day(self.assessment.review_date)))

    def changeEvent(self, event: QEvent) -> None:
        """The interface's language changed: the open assessment is shown again in it (the draft is
        saved first, a correction's answers are kept, the caret goes back where it was)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.back_button.setText(translate("Assessment", "‹ Child record"))
            self.placeholder.setText(translate("Assessment", WIZARD_MISSING))
        if event.type() == QEvent.Type.LanguageChange and self.assessment is not None and not self._reopening:
            self._reopening = True
            QTimer.singleShot(0, self, self._reopen)
        super().changeEvent(event)

    def _reopen(self) -> None:
        self._reopening = False
        if self.assessment is not None:
            self.restore(self.snapshot())

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------ leaving

    def close_assessment(self) -> None:
        child_id = self.assessment.child_id if self.assessment is not None else 0
        self.save_now()
        self.clear()
        self.closed.emit(child_id)

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.save_now() if not self.correction_reason else None
            self.stack.removeWidget(self.wizard)
            self.wizard.on_change = None
            self.wizard.deleteLater()
            self.wizard = None

    def clear(self) -> None:
        self._drop_wizard()
        self._close_versions_dialog()
        self.assessment = None
        self.correction_reason = None
        self.summary_panel.clear()
        self.heading.clear()
        self._show_banner("")

    def snapshot(self) -> dict[str, Any]:
        if self.assessment is None:
            return {}
        snap: dict[str, Any] = {"assessment_id": self.assessment.id, "reason": self.correction_reason}
        if self.wizard is not None and self.correction_reason:
            snap["state"] = self.wizard.session.state  # corrections are not autosaved; keep them in the vault
        if self.wizard is not None:
            snap["caret"] = self._caret()
        return snap

    def _caret(self) -> dict[str, Any]:
        """Where the caret is in the wizard field being typed in (the field itself is in the draft)."""
        from screening_app.ui.shell.keep import caret

        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit)) and self.wizard.isAncestorOf(focus):
            return caret({focus.objectName(): focus}, focus)
        return {}

    def restore(self, snap: dict[str, Any]) -> None:
        if snap.get("assessment_id"):
            self.open(int(snap["assessment_id"]), snap.get("reason"), snap.get("state"))
            if self.wizard is not None:
                self._refocus(self.wizard, dict(snap.get("caret") or {}))

    def _refocus(self, wizard: Any, caret: dict[str, Any]) -> None:
        """Back in the field last typed in, with the caret where it was. Showing the screen focuses
        its first button, so this runs once the event loop has shown it."""
        from screening_app.ui.shell.keep import put_caret

        def put() -> None:
            focus = wizard.session.state.get("focus") or ""
            if self.wizard is not wizard or not focus:
                return
            target = wizard.current_page().focus_field(focus)
            name = caret.get("focus")
            if isinstance(target, (QLineEdit, QPlainTextEdit)) and name and target.objectName() == name:
                put_caret({name: target}, caret)

        QTimer.singleShot(0, self, put)


def origin_words(state: dict[str, Any]) -> str:
    """The banner for a draft that started from an earlier assessment."""
    review = (state.get("details") or {}).get("review")
    if isinstance(review, dict) and review.get("what_changed"):
        return fill(translate("Assessment", "Review of %1: answers carried over; check each one is still right. What "
                                            "has changed: %2"),
                    review.get("previous_reference") or translate("Assessment", "the last assessment"),
                    review["what_changed"])
    if state.get("continued_from_reference"):
        return fill(translate("Assessment", "Continued from screening %1: its answers are carried over. Check each "
                                            "one and answer the full assessment's further questions."),
                    state["continued_from_reference"])
    return ""


def _plain(exc: BaseException) -> str:
    from screening_app.services.export import ExportError

    return str(exc) if isinstance(exc, ExportError) else explain(exc)
