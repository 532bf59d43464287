"""Is an assessment complete? The field-level checks behind the wizard's gaps.

Plain functions over plain values (a form's groups, fields, indicators and
prompts; the answers and details so far), each gap naming the exact widget
to go to. ``WizardSession`` in ``navigation`` walks the pages and calls
these; the value parsing here is also what ``to_input`` uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from screening_app.domain.answers import MAX_AGE, age_in_years
from screening_app.domain.schema import (
    CONCERN_ANSWERS,
    SCORED_BY_RECENCY,
    AnswerValue,
    DetailField,
    FieldGroup,
    FieldType,
    Indicator,
    Recency,
    ReflectivePrompt,
)
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

DECISION_GROUP = "decision_record"
SENTENCE_WORDS = 3  # a reflective answer is a sentence, not a bare "yes" (SPEC 9.4)
_ANSWERS = {a.value for a in AnswerValue}
_RECENCIES = {r.value for r in Recency}
YES_NO = (QT_TRANSLATE_NOOP("Gaps", "Yes"), QT_TRANSLATE_NOOP("Gaps", "No"))
_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


@dataclass(frozen=True)
class Gap:
    """Something to fix (blocking) or to follow up (not blocking), and where."""

    page_id: str
    field_id: str  # the widget's objectName: "out_late.note", "child.first_name", "people[0].name"
    message: str
    blocking: bool = True
    unanswered: bool = False  # a question with no answer yet: the review page lists a section's together


def parse_date(value: Any) -> date | None:
    """ISO (YYYY-MM-DD) or DD/MM/YYYY; None when empty or not a date."""
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def parse_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    text = str(value or "").strip()
    return int(text) if re.fullmatch(r"\d{1,3}", text) else None


def is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, list | dict) and not value)


def reflective_gaps(page_id: str, prompts: tuple[ReflectivePrompt, ...], answers: dict, prefix: str) -> list[Gap]:
    """Required prompts need a sentence each (a few words), the same for every child."""
    gaps = []
    for prompt in (p for p in prompts if p.required):
        words = len(str(answers.get(prompt.id) or "").split())
        if words == 0:
            gaps.append(Gap(page_id, f"{prefix}{prompt.id}", fill(translate("Gaps", "Answer the question: %1"),
                                                                   prompt.text)))
        elif words < SENTENCE_WORDS:
            message = fill(translate("Gaps", "Answer in a sentence, not just a word or two: %1"), prompt.text)
            gaps.append(Gap(page_id, f"{prefix}{prompt.id}", message))
    return gaps


def indicator_gaps(page_id: str, indicator: Indicator, entry: dict[str, Any],
                   known_events: set[str] | frozenset[str] = frozenset()) -> list[Gap]:
    indicator_id, label = indicator.id, indicator.label
    if entry.get("answer") not in _ANSWERS:
        return [Gap(page_id, indicator_id, fill(translate("Gaps", "Not answered yet: %1"), label), unanswered=True)]
    if entry["answer"] == AnswerValue.not_known.value:
        return [Gap(page_id, indicator_id, fill(translate("Gaps", "Not known, to follow up: %1"), label),
                    blocking=False)]
    if entry["answer"] not in CONCERN_ANSWERS:
        return []
    gaps = []
    if indicator.tier in SCORED_BY_RECENCY and entry.get("when") not in _RECENCIES:
        gaps.append(Gap(page_id, f"{indicator_id}.when",
                        fill(translate("Gaps", "Say when (current, recent or past): %1"), label)))
    cited = [str(e) for e in entry.get("events") or ()]
    if missing := [e for e in cited if e not in known_events]:
        gaps.append(Gap(page_id, f"{indicator_id}.events", fill(translate(
            "Gaps", "Chronology entry %1 is not in this assessment: %2"), missing[0], label)))
    elif is_empty(entry.get("note")) and not cited:
        message = fill(translate("Gaps", "Give the evidence: choose a chronology entry or write a note (what happened, "
                                           "when, who): %1"), label)
        gaps.append(Gap(page_id, f"{indicator_id}.note", message))
    return gaps


def group_gaps(page_id: str, group: FieldGroup, value: Any, assessed_on: date) -> list[Gap]:
    if not group.repeatable:
        return _row_gaps(page_id, group, value or {}, group.id, assessed_on)
    rows = value if isinstance(value, list) else []
    return [
        gap for n, row in enumerate(rows) for gap in _row_gaps(page_id, group, row, f"{group.id}[{n}]", assessed_on)
    ]


def _row_gaps(page_id: str, group: FieldGroup, values: dict, prefix: str, assessed_on: date) -> list[Gap]:
    gaps = []
    entry = int(prefix.split("[")[1][:-1]) + 1 if "[" in prefix else 0

    def where(message: str) -> str:  # a table's entry says which: "People of concern, entry 2: ..."
        return fill(translate("Gaps", "%1, entry %2: %3"), group.title, entry, message) if entry else message

    for field in group.fields:
        message = _field_problem(group, field, values, assessed_on)
        if message:
            gaps.append(Gap(page_id, f"{prefix}.{field.id}", where(message)))
    for choices in group.require_one_of:
        if all(is_empty(values.get(f)) for f in choices):
            gaps.append(Gap(page_id, f"{prefix}.{choices[0]}", where(_give_one_of(group, choices))))
    return gaps


def _give_one_of(group: FieldGroup, choices: tuple[str, ...]) -> str:
    """"Give the date of birth or approximate age" (in Welsh, one sentence per number of choices)."""
    labels = [_label(group, f) for f in choices]
    if len(labels) == 2:
        return fill(translate("Gaps", "Give the %1 or %2"), *(label_.lower().removeprefix("the ") for label_ in labels))
    return fill(translate("Gaps", "Give one of these: %1"), "; ".join(labels))


def _field_problem(group: FieldGroup, field: DetailField, values: dict, assessed_on: date) -> str:
    value = values.get(field.id)
    if is_empty(value):
        if field.required:
            return fill(translate("Gaps", "%1: required (decision record)") if group.id == DECISION_GROUP
                        else translate("Gaps", "%1: required"), field.label)
        cond = field.required_if
        if cond and values.get(cond.field) == cond.equals:
            other = _label(group, cond.field)
            return fill(translate("Gaps", "%1: required when “%2” is %3"), field.label, other,
                        _choice_label(group, cond))
        return ""
    return _format_problem(field, value, assessed_on)


def _format_problem(field: DetailField, value: Any, assessed_on: date) -> str:
    if field.type == FieldType.date:
        parsed = parse_date(value)
        if parsed is None:
            return fill(translate("Gaps", "%1: write the date as DD/MM/YYYY"), field.label)
        if field.id == "date_of_birth" and parsed > assessed_on:
            return fill(translate("Gaps", "%1: is after the assessment date"), field.label)
        if field.id == "date_of_birth" and age_in_years(parsed, assessed_on) > MAX_AGE:
            return fill(translate("Gaps", "%1: gives an age over %2"), field.label, MAX_AGE)
    if field.type == FieldType.number:
        number = parse_int(value)
        low, high = field.min if field.min is not None else 0, field.max if field.max is not None else 999
        if number is None or not low <= number <= high:
            return fill(translate("Gaps", "%1: enter a whole number from %2 to %3"), field.label, int(low), int(high))
    return ""


def _label(group: FieldGroup, field_id: str) -> str:
    return next((f.label for f in group.fields if f.id == field_id), field_id)


def _choice_label(group: FieldGroup, cond: Any) -> str:
    field = next((f for f in group.fields if f.id == cond.field), None)
    if field and field.type == FieldType.yes_no:
        return f"“{translate('Gaps', cond.equals.capitalize())}”"  # “Yes” / “No”, marked in YES_NO
    options = {o.value: o.label for o in (field.options if field else ())}
    return f"“{options.get(cond.equals, cond.equals)}”"


def group_texts(page_id: str, group: FieldGroup, value: Any) -> list[tuple[str, str, str, str]]:
    """(page, field objectName, label, text) of every language-checked field filled in a group."""
    rows = (value if isinstance(value, list) else []) if group.repeatable else [value or {}]
    texts = []
    for n, row in enumerate(rows):
        prefix = f"{group.id}[{n}]" if group.repeatable else group.id
        for field in group.fields:
            text = row.get(field.id) if isinstance(row, dict) else None
            if field.language_check and isinstance(text, str) and text:
                where = (fill(translate("Gaps", "%1, entry %2: %3"), group.title, n + 1, field.label)
                         if group.repeatable else fill(translate("Gaps", "%1: %2"), group.title, field.label))
                texts.append((page_id, f"{prefix}.{field.id}", where, text))
    return texts
