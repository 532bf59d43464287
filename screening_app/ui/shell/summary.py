"""A completed assessment, read-only: level in words and colour, why, what to do, review date."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser

from screening_app.ui.shell import fmt


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _level_block(result: dict[str, Any]) -> str:
    final, computed = result.get("final_level"), result.get("computed_level")
    colour = fmt.level_colour(final)
    html = (f'<p><span style="background:{colour}; color:white; font-weight:bold; font-size:14pt;">'
            f"&nbsp;{escape(fmt.level_word(final))}&nbsp;</span>&nbsp; final level</p>")
    if computed and computed != final:
        override = result.get("override") or {}
        html += (f"<p>Computed level: <b>{escape(fmt.level_word(computed))}</b>. Changed by professional "
                 f"judgement: {escape(str(override.get('reason') or ''))}</p>")
    if result.get("meaning"):
        html += f"<p>{escape(result['meaning'])}</p>"
    return html


def _reasons(result: dict[str, Any]) -> str:
    lines = [f"{c['label']} ({'suspected' if c.get('answer') == 'possible' else 'known'}"
             f"{', ' + c['when'] if c.get('when') else ''}; {c.get('points', 0)} points)"
             for c in result.get("contributions") or [] if c.get("answer") in ("yes", "possible")]
    html = "<h3>Why</h3>" + (_list(lines) or "<p>No indicators recorded. This does not mean the child is safe: "
                                              "screen again when anything new is known.</p>")
    if floors := [f["description"] for f in result.get("floors") or []]:
        html += "<h4>Rules that set a minimum level</h4>" + _list(floors)
    if flags := [f"{f['title']}: {f['text']}" for f in result.get("flags") or []]:
        html += "<h4>Statutory flags</h4>" + _list(flags)
    if gaps := list(result.get("not_known") or []):
        html += "<h4>Not known (follow up)</h4>" + _list(gaps)
    return html


def summary_html(assessment: Any, version_note: str = "") -> str:
    result = json.loads(assessment.result_json) if assessment.result_json else {}
    head = (f"<h2>{escape(fmt.form_word(assessment.form_id))} {escape(assessment.reference)}</h2>"
            f"<p>Assessed {escape(fmt.day(assessment.assessed_on))} · form version "
            f"{escape(assessment.form_version)} · record version {assessment.version}"
            f"{escape(version_note)} · completed and locked</p>")
    if not result:
        return head + "<p>This assessment has no stored result.</p>"
    actions = "<h3>What to do</h3>" + _list(list(result.get("actions") or []))
    review = f"<p><b>Review by {escape(fmt.day(result.get('review_date')))}</b></p>"
    return head + _level_block(result) + review + actions + _reasons(result)


class SummaryView(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assessment.summary")
        self.setAccessibleName("Assessment result")
        self.setOpenLinks(False)

    def show_assessment(self, assessment: Any) -> None:
        self.setHtml(summary_html(assessment))
