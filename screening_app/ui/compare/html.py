"""The comparison view-model as HTML for a QTextBrowser: the earlier assessment on the left,
the later on the right, grouped by kind of change; every level in words as well as colour.

The frame's words are in the interface's language (context "Compare"); what the view-model says
(the movement, the groups, the counts, the indicators) is the domain's words."""

from __future__ import annotations

from html import escape
from typing import Any

from screening_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from screening_app.words import fill

CELL = 'style="padding:5px 8px; border-bottom:1px solid #D9DEE3; vertical-align:top;"'
HEAD = 'style="padding:5px 8px; background:#DDE3EA; font-weight:bold;"'
EARLIER = QT_TRANSLATE_NOOP("Compare", "Earlier")
LATER = QT_TRANSLATE_NOOP("Compare", "Later")


def _words(text: str, *values: object) -> str:
    """A sentence of the frame, translated and made safe for HTML, then filled (the values are HTML)."""
    return fill(escape(translate("Compare", text), quote=False), *values)


def chip(level: Any) -> str:
    return (f'<span style="background:{escape(level.colour)}; color:white; font-weight:bold;">'
            f"&nbsp;{escape(level.label)}&nbsp;</span>")


def side_html(side: Any, heading: str) -> str:
    """``heading``: EARLIER or LATER (marked; translated here)."""
    overridden = ""
    if side.overridden_from:
        overridden = "<br/>" + _words(QT_TRANSLATE_NOOP("Compare", "computed %1, changed by professional judgement"),
                                      escape(side.overridden_from))
    final = _words(QT_TRANSLATE_NOOP("Compare", "Final level %1 · score %2"), chip(side.level), side.score)
    return (f"<b>{_words(heading)}</b><br/>{escape(side.assessed_on)} · {escape(side.reference)}<br/>"
            f"{escape(side.form_title)}<br/>{final}{overridden}")


def header_html(view: Any) -> str:
    if view.correction:
        apart = _words(QT_TRANSLATE_NOOP("Compare", "two versions of one assessment"))
    else:  # Welsh counts with the singular ("3 diwrnod"): one sentence serves every number
        apart = _words(QT_TRANSLATE_NOOP("Compare", "%1 days apart"), view.days_between)
    return (
        '<table width="100%" cellspacing="0" cellpadding="6"><tr>'
        f'<td width="40%" {CELL}>{side_html(view.earlier, EARLIER)}</td>'
        f'<td width="20%" align="center" {CELL}><span style="font-size:15pt; font-weight:bold;">'
        f"{escape(view.movement_words)}</span><br/>{escape(view.movement_sentence)}<br/>"
        f"{apart}</td>"
        f'<td width="40%" {CELL}>{side_html(view.later, LATER)}</td></tr></table>'
        + (f"<p>{escape(view.correction)}</p>" if view.correction else "")
    )


def answer_html(words: Any) -> str:
    if not words.note:
        return escape(words.text)
    note = _words(QT_TRANSLATE_NOOP("Compare", "Note: %1"), escape(words.note))
    return f'{escape(words.text)}<br/><span style="color:#52606D;">{note}</span>'


def group_html(group: Any, view: Any) -> str:
    rows = "".join(
        f"<tr><td {CELL}>{escape(row.label)}<br/><span style='color:#52606D;'>{escape(row.section)}</span></td>"
        f"<td {CELL}>{answer_html(row.earlier)}</td><td {CELL}>{answer_html(row.later)}</td></tr>"
        for row in group.rows
    )
    indicator = _words(QT_TRANSLATE_NOOP("Compare", "Indicator"))
    earlier = _words(QT_TRANSLATE_NOOP("Compare", "Earlier (%1)"), escape(view.earlier.assessed_on))
    later = _words(QT_TRANSLATE_NOOP("Compare", "Later (%1)"), escape(view.later.assessed_on))
    return (
        f"<h3>{escape(group.title)} ({len(group.rows)})</h3><p style='color:#52606D;'>{escape(group.explanation)}</p>"
        '<table width="100%" cellspacing="0">'
        f"<tr><td width='38%' {HEAD}>{indicator}</td><td width='31%' {HEAD}>{earlier}</td>"
        f"<td width='31%' {HEAD}>{later}</td></tr>{rows}</table>"
    )


def comparison_html(view: Any) -> str:
    none = _words(QT_TRANSLATE_NOOP("Compare", "No indicator was recorded as a concern in either assessment."))
    body = "".join(group_html(g, view) for g in view.groups) or f"<p>{none}</p>"
    return f"<p><b>{escape(view.counts_line)}</b></p>{body}"
