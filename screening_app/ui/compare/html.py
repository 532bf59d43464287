"""The comparison view-model as HTML for a QTextBrowser: the earlier assessment on the left,
the later on the right, grouped by kind of change; every level in words as well as colour."""

from __future__ import annotations

from html import escape
from typing import Any

CELL = 'style="padding:5px 8px; border-bottom:1px solid #D9DEE3; vertical-align:top;"'
HEAD = 'style="padding:5px 8px; background:#DDE3EA; font-weight:bold;"'


def chip(level: Any) -> str:
    return (f'<span style="background:{escape(level.colour)}; color:white; font-weight:bold;">'
            f"&nbsp;{escape(level.label)}&nbsp;</span>")


def side_html(side: Any, heading: str) -> str:
    overridden = (f"<br/>computed {escape(side.overridden_from)}, changed by professional judgement"
                  if side.overridden_from else "")
    return (f"<b>{heading}</b><br/>{escape(side.assessed_on)} · {escape(side.reference)}<br/>"
            f"{escape(side.form_title)}<br/>Final level {chip(side.level)} · score {side.score}{overridden}")


def header_html(view: Any) -> str:
    apart = "two versions of one assessment" if view.correction else f"{view.days_between} days apart"
    return (
        '<table width="100%" cellspacing="0" cellpadding="6"><tr>'
        f'<td width="40%" {CELL}>{side_html(view.earlier, "Earlier")}</td>'
        f'<td width="20%" align="center" {CELL}><span style="font-size:15pt; font-weight:bold;">'
        f"{escape(view.movement_words)}</span><br/>{escape(view.movement_sentence)}<br/>"
        f"{apart}</td>"
        f'<td width="40%" {CELL}>{side_html(view.later, "Later")}</td></tr></table>'
        + (f"<p>{escape(view.correction)}</p>" if view.correction else "")
    )


def answer_html(words: Any) -> str:
    note = f'<br/><span style="color:#52606D;">Note: {escape(words.note)}</span>' if words.note else ""
    return escape(words.text) + note


def group_html(group: Any, view: Any) -> str:
    rows = "".join(
        f"<tr><td {CELL}>{escape(row.label)}<br/><span style='color:#52606D;'>{escape(row.section)}</span></td>"
        f"<td {CELL}>{answer_html(row.earlier)}</td><td {CELL}>{answer_html(row.later)}</td></tr>"
        for row in group.rows
    )
    return (
        f"<h3>{escape(group.title)} ({len(group.rows)})</h3><p style='color:#52606D;'>{escape(group.explanation)}</p>"
        '<table width="100%" cellspacing="0">'
        f"<tr><td width='38%' {HEAD}>Indicator</td><td width='31%' {HEAD}>Earlier ({escape(view.earlier.assessed_on)})"
        f"</td><td width='31%' {HEAD}>Later ({escape(view.later.assessed_on)})</td></tr>{rows}</table>"
    )


def comparison_html(view: Any) -> str:
    body = "".join(group_html(g, view) for g in view.groups) or (
        "<p>No indicator was recorded as a concern in either assessment.</p>")
    return f"<p><b>{escape(view.counts_line)}</b></p>{body}"
