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

DECISION_GROUP = "decision_record"
SENTENCE_WORDS = 3  # a reflective answer is a sentence, not a bare "yes" (SPEC 9.4)
_ANSWERS = {a.value for a in AnswerValue}
_RECENCIES = {r.value for r in Recency}
_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


@dataclass(frozen=True)
class Gap:
    """Something to fix (blocking) or to follow up (not blocking), and where."""

    page_id: str
    field_id: str  # the widget's objectName: "out_late.note", "child.first_name", "people[0].name"
    message: str
    blocking: bool = True


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
            gaps.append(Gap(page_id, f"{prefix}{prompt.id}", f"Answer the question: {prompt.text}"))
        elif words < SENTENCE_WORDS:
            gaps.append(
                Gap(page_id, f"{prefix}{prompt.id}", f"Answer in a sentence, not just a word or two: {prompt.text}")
            )
    return gaps


def indicator_gaps(page_id: str, indicator: Indicator, entry: dict[str, Any],
                   known_events: set[str] | frozenset[str] = frozenset()) -> list[Gap]:
    indicator_id, label = indicator.id, indicator.label
    if entry.get("answer") not in _ANSWERS:
        return [Gap(page_id, indicator_id, f"Not answered yet: {label}")]
    if entry["answer"] == AnswerValue.not_known.value:
        return [Gap(page_id, indicator_id, f"Not known, to follow up: {label}", blocking=False)]
    if entry["answer"] not in CONCERN_ANSWERS:
        return []
    gaps = []
    if indicator.tier in SCORED_BY_RECENCY and entry.get("when") not in _RECENCIES:
        gaps.append(Gap(page_id, f"{indicator_id}.when", f"Say when (current, recent or past): {label}"))
    cited = [str(e) for e in entry.get("events") or ()]
    if missing := [e for e in cited if e not in known_events]:
        gaps.append(Gap(page_id, f"{indicator_id}.events", f"Chronology entry {missing[0]} is not in this "
                                                          f"assessment: {label}"))
    elif is_empty(entry.get("note")) and not cited:
        message = f"Give the evidence: choose a chronology entry or write a note (what happened, when, who): {label}"
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
    prefix_words = f"{group.title}, entry {int(prefix.split('[')[1][:-1]) + 1}: " if "[" in prefix else ""
    for field in group.fields:
        message = _field_problem(group, field, values, assessed_on)
        if message:
            gaps.append(Gap(page_id, f"{prefix}.{field.id}", prefix_words + message))
    for choices in group.require_one_of:
        if all(is_empty(values.get(f)) for f in choices):
            labels = " or ".join(_label(group, f) for f in choices).lower().removeprefix("the ")
            gaps.append(Gap(page_id, f"{prefix}.{choices[0]}", f"{prefix_words}Give the {labels}"))
    return gaps


def _field_problem(group: FieldGroup, field: DetailField, values: dict, assessed_on: date) -> str:
    value = values.get(field.id)
    if is_empty(value):
        if field.required:
            return f"{field.label}: required" + (" (decision record)" if group.id == DECISION_GROUP else "")
        cond = field.required_if
        if cond and values.get(cond.field) == cond.equals:
            other = _label(group, cond.field)
            return f"{field.label}: required when “{other}” is {_choice_label(group, cond)}"
        return ""
    return _format_problem(field, value, assessed_on)


def _format_problem(field: DetailField, value: Any, assessed_on: date) -> str:
    if field.type == FieldType.date:
        parsed = parse_date(value)
        if parsed is None:
            return f"{field.label}: write the date as DD/MM/YYYY"
        if field.id == "date_of_birth" and parsed > assessed_on:
            return f"{field.label}: is after the assessment date"
        if field.id == "date_of_birth" and age_in_years(parsed, assessed_on) > MAX_AGE:
            return f"{field.label}: gives an age over {MAX_AGE}"
    if field.type == FieldType.number:
        number = parse_int(value)
        low, high = field.min if field.min is not None else 0, field.max if field.max is not None else 999
        if number is None or not low <= number <= high:
            return f"{field.label}: enter a whole number from {int(low)} to {int(high)}"
    return ""


def _label(group: FieldGroup, field_id: str) -> str:
    return next((f.label for f in group.fields if f.id == field_id), field_id)


def _choice_label(group: FieldGroup, cond: Any) -> str:
    field = next((f for f in group.fields if f.id == cond.field), None)
    if field and field.type == FieldType.yes_no:
        return f"“{cond.equals.capitalize()}”"
    options = {o.value: o.label for o in (field.options if field else ())}
    return f"“{options.get(cond.equals, cond.equals)}”"


def group_texts(page_id: str, group: FieldGroup, value: Any) -> list[tuple[str, str, str, str]]:
    """(page, field objectName, label, text) of every language-checked field filled in a group."""
    rows = (value if isinstance(value, list) else []) if group.repeatable else [value or {}]
    texts = []
    for n, row in enumerate(rows):
        prefix = f"{group.id}[{n}]" if group.repeatable else group.id
        entry = f"{group.title}, entry {n + 1}: " if group.repeatable else f"{group.title}: "
        for field in group.fields:
            text = row.get(field.id) if isinstance(row, dict) else None
            if field.language_check and isinstance(text, str) and text:
                texts.append((page_id, f"{prefix}.{field.id}", entry + field.label, text))
    return texts
