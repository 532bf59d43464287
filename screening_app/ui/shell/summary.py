"""A completed assessment, read-only: level in words and colour, why, what to do, review date;
with its referral (preview, save, print) and, for a screening, "Continue as a full assessment"."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from screening_app.domain.scoring import ALSO_RECORDED
from screening_app.ui.referral.actions import PdfActions, PdfSource
from screening_app.ui.shell import fmt
from screening_app.ui.shell import widgets as w

SCREENING = "cse-screening"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _level_block(result: dict[str, Any], form_id: str) -> str:
    final, computed = result.get("final_level"), result.get("computed_level")
    colour = fmt.level_colour(final, form_id)
    html = (
        f'<p><span style="background:{colour}; color:white; font-weight:bold; font-size:14pt;">'
        f"&nbsp;{escape(fmt.level_word(final, form_id))}&nbsp;</span>&nbsp; final level</p>"
    )
    if computed and computed != final:
        override = result.get("override") or {}
        html += (
            f"<p>Computed level: <b>{escape(fmt.level_word(computed, form_id))}</b>. Changed by professional "
            f"judgement: {escape(str(override.get('reason') or ''))}</p>"
        )
    if result.get("meaning"):
        html += f"<p>{escape(result['meaning'])}</p>"
    for line in result.get("explanation") or ():  # a level scheme's category recorded beside the level
        if str(line).startswith(ALSO_RECORDED):
            html += f"<p><b>{escape(str(line))}</b></p>"
    return html


def _points(points: int) -> str:
    return f"{points} point" if points == 1 else f"{points} points"


def _reasons(result: dict[str, Any]) -> str:
    lines = [
        f"{c['label']} ({'suspected' if c.get('answer') == 'possible' else 'evidenced'}"
        f"{', ' + c['when'] if c.get('when') else ''}; {_points(c.get('points', 0))})"
        for c in result.get("contributions") or []
        if c.get("answer") in ("yes", "possible")
    ]
    html = "<h3>Why</h3>" + (
        _list(lines)
        or "<p>No indicators recorded. This does not mean the child is safe: "
        "screen again when anything new is known.</p>"
    )
    if floors := [f["description"] for f in result.get("floors") or []]:
        html += "<h4>Rules that set a minimum level</h4>" + _list(floors)
    if gaps := list(result.get("not_known") or []):
        html += "<h4>Not known (follow up)</h4>" + _list(gaps)
    return html


def _flags(result: dict[str, Any]) -> str:
    """Statutory flags lead, as on the result page and the referral (never hidden by an override)."""
    flags = [f"{f['title']}: {f['text']}" for f in result.get("flags") or []]
    if not flags:
        return ""
    items = "".join(f"<li>{escape(flag)}</li>" for flag in flags)
    return (
        '<table width="100%" cellpadding="6" style="background:#FCE8E6; border:2px solid #B3261E;">'
        f"<tr><td><b>Statutory flags</b><ul>{items}</ul></td></tr></table>"
    )


def _review_note(assessment: Any) -> str:
    try:
        review = (json.loads(assessment.input_json or "{}").get("details") or {}).get("review") or {}
    except (ValueError, AttributeError):
        return ""
    if not isinstance(review, dict) or not review.get("what_changed"):
        return ""
    return (
        f"<p><b>Review of {escape(str(review.get('previous_reference') or 'an earlier assessment'))}.</b> "
        f"What had changed: {escape(str(review['what_changed']))}</p>"
    )


def summary_html(assessment: Any, version_note: str = "") -> str:
    result = json.loads(assessment.result_json) if assessment.result_json else {}
    head = (
        f"<h2>{escape(fmt.form_word(assessment.form_id))} {escape(assessment.reference)}</h2>"
        f"<p>Assessed {escape(fmt.day(assessment.assessed_on))} · form version "
        f"{escape(assessment.form_version)} · record version {assessment.version}"
        f"{escape(version_note)} · completed and locked</p>"
    )
    if not result:
        return head + "<p>This assessment has no stored result.</p>"
    actions = "<h3>What to do</h3>" + _list(list(result.get("actions") or []))
    review = f"<p><b>Review by {escape(fmt.day(result.get('review_date')))}</b></p>"
    return (head + _review_note(assessment) + _flags(result) + _level_block(result, assessment.form_id) + review
            + actions + _reasons(result))


def versions_html(versions: list[Any], current: int, showing: int, form_id: str | None = None) -> str:
    """Every stored version, newest first; earlier ones are links (SPEC 10: they stay readable)."""
    if len(versions) < 2:
        return ""
    rows = []
    for v in sorted(versions, key=lambda v: v.version, reverse=True):
        why = f"corrected: {escape(v.reason)}" if v.reason else "first completed"
        level = escape(fmt.level_word(v.payload.final_level, form_id))
        text = f"Version {v.version}, {escape(fmt.day(v.created_at[:10]))}: {why}. Final level {level}."
        if v.version == showing:
            text = f"<b>{text} (shown)</b>"
        else:
            label = "Show the current version" if v.version == current else "Show this version"
            text += f' <a href="version:{v.version}">{label}</a>'
        if v.version > 1:
            text += f' · <a href="changes:{v.version}">What this correction changed</a>'
        rows.append(f"<li>{text}</li>")
    return "<h3>Versions</h3><ul>" + "".join(rows) + "</ul>"


class SummaryView(QTextBrowser):
    changesRequested = Signal(int)  # a version number: what its correction changed from the one before

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assessment.summary")
        self.setAccessibleName("Assessment result")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._assessment: Any = None
        self._versions: list[Any] = []

    def show_assessment(self, assessment: Any, versions: list[Any] | None = None) -> None:
        self._assessment, self._versions = assessment, list(versions or [])
        self.show_version(assessment.version)

    def show_version(self, number: int) -> None:
        current = self._assessment
        chosen = next((v for v in self._versions if v.version == number), None)
        if number == current.version or chosen is None:
            html = summary_html(current)
        else:
            note = f" (an earlier version, replaced by version {current.version})"
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
        self._assessment, self._versions = None, []
        super().clear()


class SummaryPanel(QWidget):
    """The actions on a completed assessment above its read-only summary."""

    continueRequested = Signal()  # a screening: start a full assessment from its answers

    def __init__(self, summary: SummaryView) -> None:
        super().__init__()
        self.setObjectName("assessment.summaryPanel")
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        row = QHBoxLayout()
        self.referral = PdfActions("referral")
        row.addWidget(self.referral, 1)
        self.continue_button = w.button(
            "Continue as a full assessment", "assessment.continueAsAssessment", self.continueRequested.emit
        )
        self.continue_button.setToolTip(
            "Start a full CSE risk assessment for this child with this screening's answers carried over."
        )
        row.addWidget(self.continue_button, 0)
        layout.addLayout(row)
        layout.addWidget(summary, 1)

    def show_assessment(self, assessment: Any, source: PdfSource | None, versions: list[Any] | None = None) -> None:
        self.summary.show_assessment(assessment, versions)
        self.referral.set_source(source)
        self.continue_button.setVisible(assessment.form_id == SCREENING)

    def clear(self) -> None:
        self.referral.clear()
        self.summary.clear()
