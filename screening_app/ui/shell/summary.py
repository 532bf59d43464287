"""A completed assessment, read-only: level in words and colour, why, what to do, review date;
with its referral (preview, save, print) and, for a screening, "Continue as a full assessment".

Its words are in the interface's language (context "Summary"): the page stays built while Settings
switches the language, so the summary is written again then. What the form pack wrote (indicators,
actions, the level's meaning, flags) and what was typed are shown as stored."""

from __future__ import annotations

import json
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from screening_app.domain.scoring import ALSO_RECORDED
from screening_app.ui import i18n
from screening_app.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, Words
from screening_app.ui.referral.actions import PdfActions, PdfSource
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

SCREENING = "cse-screening"
FINAL_LEVEL = QT_TRANSLATE_NOOP("Summary", "final level")
WHY = QT_TRANSLATE_NOOP("Summary", "Why")
FLOORS = QT_TRANSLATE_NOOP("Summary", "Rules that set a minimum level")
NOT_KNOWN = QT_TRANSLATE_NOOP("Summary", "Not known (follow up)")
STATUTORY_FLAGS = QT_TRANSLATE_NOOP("Summary", "Statutory flags")
WHAT_TO_DO = QT_TRANSLATE_NOOP("Summary", "What to do")
WHAT_CHANGED = QT_TRANSLATE_NOOP("Summary", "What this correction changed")
VERSIONS = QT_TRANSLATE_NOOP("Summary", "Versions")


say = partial(i18n.say, "Summary")  # a marked sentence of this screen, filled in


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _level_block(result: dict[str, Any], form_id: str) -> str:
    final, computed = result.get("final_level"), result.get("computed_level")
    colour = fmt.level_colour(final, form_id)
    html = (
        f'<p><span style="background:{colour}; color:white; font-weight:bold; font-size:14pt;">'
        f"&nbsp;{escape(fmt.level_word(final, form_id))}&nbsp;</span>&nbsp; "
        f"{say(FINAL_LEVEL)}</p>"
    )
    if computed and computed != final:
        override = result.get("override") or {}
        reason = escape(str(override.get("reason") or ""))
        html += "<p>" + say(QT_TRANSLATE_NOOP("Summary", "Computed level: <b>%1</b>. Changed by professional "
                                                         "judgement: %2"),
                            escape(fmt.level_word(computed, form_id)), reason) + "</p>"
    if result.get("meaning"):
        html += f"<p>{escape(result['meaning'])}</p>"
    for line in result.get("explanation") or ():  # a level scheme's category recorded beside the level
        if str(line).startswith(ALSO_RECORDED):
            html += f"<p><b>{escape(str(line))}</b></p>"
    return html


def _points(points: int) -> str:
    return say(QT_TRANSLATE_NOOP("Summary", "1 point")) if points == 1 else \
        say(QT_TRANSLATE_NOOP("Summary", "%1 points"), points)


# An indicator's line: suspected (answered possible) or evidenced (yes), with when if recorded
REASON_LINES = {
    (True, False): QT_TRANSLATE_NOOP("Summary", "%1 (suspected; %2)"),
    (False, False): QT_TRANSLATE_NOOP("Summary", "%1 (evidenced; %2)"),
    (True, True): QT_TRANSLATE_NOOP("Summary", "%1 (suspected, %2; %3)"),
    (False, True): QT_TRANSLATE_NOOP("Summary", "%1 (evidenced, %2; %3)"),
}


def _reason_line(c: dict[str, Any]) -> str:
    text = REASON_LINES[(c.get("answer") == "possible", bool(c.get("when")))]
    points = _points(c.get("points", 0))
    return say(text, c["label"], c["when"], points) if c.get("when") else say(text, c["label"], points)


def _reasons(result: dict[str, Any]) -> str:
    lines = [_reason_line(c) for c in result.get("contributions") or [] if c.get("answer") in ("yes", "possible")]
    html = f"<h3>{say(WHY)}</h3>" + (
        _list(lines)
        or "<p>" + say(QT_TRANSLATE_NOOP("Summary", "No indicators recorded. This does not mean the child is safe: "
                                                    "screen again when anything new is known.")) + "</p>"
    )
    if floors := [f["description"] for f in result.get("floors") or []]:
        html += f"<h4>{say(FLOORS)}</h4>" + _list(floors)
    if gaps := list(result.get("not_known") or []):
        html += f"<h4>{say(NOT_KNOWN)}</h4>" + _list(gaps)
    return html


def _flags(result: dict[str, Any]) -> str:
    """Statutory flags lead, as on the result page and the referral (never hidden by an override)."""
    flags = [f"{f['title']}: {f['text']}" for f in result.get("flags") or []]
    if not flags:
        return ""
    items = "".join(f"<li>{escape(flag)}</li>" for flag in flags)
    return (
        '<table width="100%" cellpadding="6" style="background:#FCE8E6; border:2px solid #B3261E;">'
        f"<tr><td><b>{say(STATUTORY_FLAGS)}</b><ul>{items}</ul></td></tr></table>"
    )


def _review_note(assessment: Any) -> str:
    try:
        review = (json.loads(assessment.input_json or "{}").get("details") or {}).get("review") or {}
    except (ValueError, AttributeError):
        return ""
    if not isinstance(review, dict) or not review.get("what_changed"):
        return ""
    changed = escape(str(review["what_changed"]))
    if review.get("previous_reference"):
        text = say(QT_TRANSLATE_NOOP("Summary", "<b>Review of %1.</b> What had changed: %2"),
                   escape(str(review["previous_reference"])), changed)
    else:
        text = say(QT_TRANSLATE_NOOP("Summary", "<b>Review of an earlier assessment.</b> What had changed: %1"),
                   changed)
    return f"<p>{text}</p>"


def summary_html(assessment: Any, version_note: str = "") -> str:
    result = json.loads(assessment.result_json) if assessment.result_json else {}
    head = (
        f"<h2>{escape(fmt.form_word(assessment.form_id))} {escape(assessment.reference)}</h2>"
        "<p>" + say(QT_TRANSLATE_NOOP("Summary", "Assessed %1 · form version %2 · record version %3%4 · completed "
                                                 "and locked"),
                    escape(fmt.day(assessment.assessed_on)), escape(assessment.form_version), assessment.version,
                    escape(version_note)) + "</p>"
    )
    if not result:
        return head + "<p>" + say(QT_TRANSLATE_NOOP("Summary", "This assessment has no stored result.")) + "</p>"
    actions = f"<h3>{say(WHAT_TO_DO)}</h3>" + _list(list(result.get("actions") or []))
    review = "<p>" + say(QT_TRANSLATE_NOOP("Summary", "<b>Review by %1</b>"),
                         escape(fmt.day(result.get("review_date")))) + "</p>"
    return (head + _review_note(assessment) + _flags(result) + _level_block(result, assessment.form_id) + review
            + actions + _reasons(result))


def versions_html(versions: list[Any], current: int, showing: int, form_id: str | None = None) -> str:
    """Every stored version, newest first; earlier ones are links (SPEC 10: they stay readable)."""
    if len(versions) < 2:
        return ""
    rows = []
    for v in sorted(versions, key=lambda v: v.version, reverse=True):
        level = escape(fmt.level_word(v.payload.final_level, form_id))
        when = escape(fmt.day(v.created_at[:10]))
        if v.reason:
            text = say(QT_TRANSLATE_NOOP("Summary", "Version %1, %2: corrected: %3. Final level %4."),
                       v.version, when, escape(v.reason), level)
        else:
            text = say(QT_TRANSLATE_NOOP("Summary", "Version %1, %2: first completed. Final level %3."),
                       v.version, when, level)
        if v.version == showing:
            text = "<b>" + say(QT_TRANSLATE_NOOP("Summary", "%1 (shown)"), text) + "</b>"
        else:
            label = say(QT_TRANSLATE_NOOP("Summary", "Show the current version")) if v.version == current else \
                say(QT_TRANSLATE_NOOP("Summary", "Show this version"))
            text += f' <a href="version:{v.version}">{label}</a>'
        if v.version > 1:
            text += f' · <a href="changes:{v.version}">{say(WHAT_CHANGED)}</a>'
        rows.append(f"<li>{text}</li>")
    return f"<h3>{say(VERSIONS)}</h3><ul>" + "".join(rows) + "</ul>"


class SummaryView(FollowsLanguage, QTextBrowser):
    changesRequested = Signal(int)  # a version number: what its correction changed from the one before

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assessment.summary")
        self.words = Words("Summary")
        self.words.say(self.setAccessibleName, QT_TRANSLATE_NOOP("Summary", "Assessment result"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._assessment: Any = None
        self._versions: list[Any] = []
        self._showing: int | None = None


    def retranslate(self) -> None:
        """The summary written again in the interface's language, the same version shown."""
        self.words.retranslate()
        if self._assessment is not None and self._showing is not None:
            bar = self.verticalScrollBar().value()
            self.show_version(self._showing)
            self.verticalScrollBar().setValue(bar)

    def show_assessment(self, assessment: Any, versions: list[Any] | None = None) -> None:
        self._assessment, self._versions = assessment, list(versions or [])
        self.show_version(assessment.version)

    def show_version(self, number: int) -> None:
        current = self._assessment
        self._showing = number
        chosen = next((v for v in self._versions if v.version == number), None)
        if number == current.version or chosen is None:
            html = summary_html(current)
        else:
            note = say(QT_TRANSLATE_NOOP("Summary", " (an earlier version, replaced by version %1)"), current.version)
            html = summary_html(current.at_version(chosen), note)
        self.setHtml(html + versions_html(self._versions, current.version, number, current.form_id))

    def _open_link(self, url: Any) -> None:
        text = url.toString()
        if self._assessment is None:
            return
        kind, _, number = text.partition(":")
        if kind == "version":
            self.show_version(int(number))
        elif kind == "changes":
            self.changesRequested.emit(int(number))

    def clear(self) -> None:
        self._assessment, self._versions, self._showing = None, [], None
        super().clear()


class SummaryPanel(QWidget):
    """The actions on a completed assessment above its read-only summary."""

    continueRequested = Signal()  # a screening: start a full assessment from its answers

    def __init__(self, summary: SummaryView) -> None:
        super().__init__()
        self.setObjectName("assessment.summaryPanel")
        self.words = Words("Summary")
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        row = QHBoxLayout()
        self.referral = PdfActions("referral")
        row.addWidget(self.referral, 1)
        self.continue_button = w.button("", "assessment.continueAsAssessment", self.continueRequested.emit)
        for setter in (self.continue_button.setText, self.continue_button.setAccessibleName):
            self.words.say(setter, QT_TRANSLATE_NOOP("Summary", "Continue as a full assessment"))
        self.words.say(self.continue_button.setToolTip, QT_TRANSLATE_NOOP(
            "Summary", "Start a full CSE risk assessment for this child with this screening's answers carried over."))
        row.addWidget(self.continue_button, 0)
        layout.addLayout(row)
        layout.addWidget(summary, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.words.retranslate()  # the summary and the PDF buttons, widgets of their own, are told too
        super().changeEvent(event)

    def show_assessment(self, assessment: Any, source: PdfSource | None, versions: list[Any] | None = None) -> None:
        self.summary.show_assessment(assessment, versions)
        self.referral.set_source(source)
        self.continue_button.setVisible(assessment.form_id == SCREENING)

    def clear(self) -> None:
        self.referral.clear()
        self.summary.clear()
