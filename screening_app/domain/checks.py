"""Checks of meaning that the shape alone cannot catch: duplicate ids, rules
naming unknown tags or indicators, unordered thresholds, bad phrase syntax.
Each failure is a ``FormError`` naming the exact place in the file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from screening_app.domain.errors import FormError
from screening_app.domain.language import PhraseSyntaxError, check_phrase
from screening_app.domain.schema import (
    AgeBetween,
    AgeGap,
    AllOf,
    AnyAnswered,
    AnyOf,
    Condition,
    FieldType,
    FormDefinition,
)


def check_form(form: FormDefinition, file: str) -> None:
    for check in (_check_indicators, _check_groups, _check_bands, _check_rules, _check_language, _check_prompts):
        for code, location, message in check(form):
            raise FormError(code, file, location, message)


Problem = tuple[str, str, str]


def _duplicates(items: Iterable[tuple[str, str]], what: str) -> Iterator[Problem]:
    seen: set[str] = set()
    for location, item_id in items:
        if item_id in seen:
            yield "E_DUPLICATE_ID", location, f"{what} id '{item_id}' is used more than once"
        seen.add(item_id)


def _check_indicators(form: FormDefinition) -> Iterator[Problem]:
    yield from _duplicates(((f"sections[{i}].id", s.id) for i, s in enumerate(form.sections)), "section")
    yield from _duplicates(
        (
            (f"sections[{i}].indicators[{j}].id", ind.id)
            for i, s in enumerate(form.sections)
            for j, ind in enumerate(s.indicators)
        ),
        "indicator",
    )


def _check_groups(form: FormDefinition) -> Iterator[Problem]:
    yield from _duplicates(((f"field_groups[{i}].id", g.id) for i, g in enumerate(form.field_groups)), "field group")
    for i, group in enumerate(form.field_groups):
        where = f"field_groups[{i}]"
        field_ids = {f.id for f in group.fields}
        yield from _duplicates(((f"{where}.fields[{j}].id", f.id) for j, f in enumerate(group.fields)), "field")
        for j, field in enumerate(group.fields):
            needs_options = field.type in (FieldType.choice, FieldType.multichoice)
            if needs_options and not field.options:
                yield "E_NO_OPTIONS", f"{where}.fields[{j}].options", "a choice field needs options"
            if field.required_if and field.required_if.field not in field_ids:
                yield "E_UNKNOWN_FIELD", f"{where}.fields[{j}].required_if.field", _unknown(field.required_if.field)
        for k, alternatives in enumerate(group.require_one_of):
            for m, field_id in enumerate(alternatives):
                if field_id not in field_ids:
                    yield "E_UNKNOWN_FIELD", f"{where}.require_one_of[{k}][{m}]", _unknown(field_id)


def _unknown(field_id: str) -> str:
    return f"'{field_id}' is not a field of this group"


def _check_bands(form: FormDefinition) -> Iterator[Problem]:
    bands = form.scoring.bands
    for i in range(1, len(bands)):
        earlier, later = bands[i - 1], bands[i]
        if later.min_score >= earlier.min_score or later.level.rank >= earlier.level.rank:
            yield (
                "E_BANDS_ORDER",
                f"scoring.bands[{i}]",
                "bands must go from the highest level and threshold down, each lower than the one before",
            )


def _check_rules(form: FormDefinition) -> Iterator[Problem]:
    yield from _duplicates(((f"scoring.floors[{i}].id", r.id) for i, r in enumerate(form.scoring.floors)), "floor rule")
    yield from _duplicates(((f"scoring.flags[{i}].id", r.id) for i, r in enumerate(form.scoring.flags)), "flag")
    tags = {tag for ind in form.indicators() for tag in ind.tags}
    indicator_ids = set(form.indicator_map())
    for kind, rules in (("floors", form.scoring.floors), ("flags", form.scoring.flags)):
        for i, rule in enumerate(rules):
            yield from _check_condition(rule.when, f"scoring.{kind}[{i}].when", tags, indicator_ids)
    kinds = ((f"exploitation_types[{i}].tag", k.tag) for i, k in enumerate(form.exploitation_types))
    yield from _duplicates(kinds, "exploitation type")
    for i, kind in enumerate(form.exploitation_types):
        if kind.tag not in tags:
            yield "E_UNKNOWN_TAG", f"exploitation_types[{i}].tag", f"no indicator has the tag '{kind.tag}'"
    for i, flag in enumerate(form.scoring.flags):
        if flag.suggests and flag.suggests not in indicator_ids:
            yield "E_UNKNOWN_INDICATOR", f"scoring.flags[{i}].suggests", f"'{flag.suggests}' is not an indicator"
    for group in form.field_groups:
        for field in group.fields:
            for option in field.options:
                if option.answers and option.answers not in indicator_ids:
                    where = f"field_groups.{group.id}.{field.id}.{option.value}.answers"
                    yield "E_UNKNOWN_INDICATOR", where, f"'{option.answers}' is not an indicator"


def _check_condition(cond: Condition, where: str, tags: set[str], ids: set[str]) -> Iterator[Problem]:
    if isinstance(cond, AllOf | AnyOf):
        for i, sub in enumerate(cond.of):
            yield from _check_condition(sub, f"{where}.of[{i}]", tags, ids)
    elif isinstance(cond, AnyAnswered):
        for i, tag in enumerate(cond.tags):
            if tag not in tags:
                yield "E_UNKNOWN_TAG", f"{where}.tags[{i}]", f"no indicator has the tag '{tag}'"
        for i, indicator_id in enumerate(cond.ids):
            if indicator_id not in ids:
                yield "E_UNKNOWN_INDICATOR", f"{where}.ids[{i}]", f"'{indicator_id}' is not an indicator"
    elif isinstance(cond, AgeBetween) and cond.min > cond.max:
        yield "E_BAD_RANGE", where, f"min ({cond.min}) is greater than max ({cond.max})"
    elif isinstance(cond, AgeGap):
        for i, band in enumerate(cond.bands):
            if band.child_min > band.child_max:
                yield "E_BAD_RANGE", f"{where}.bands[{i}]", "child_min is greater than child_max"


def _check_language(form: FormDefinition) -> Iterator[Problem]:
    for i, rule in enumerate(form.language_check):
        for j, phrase in enumerate(rule.phrases):
            try:
                check_phrase(phrase)
            except PhraseSyntaxError as exc:
                yield "E_PHRASE", f"language_check[{i}].phrases[{j}]", str(exc)


def _check_prompts(form: FormDefinition) -> Iterator[Problem]:
    prompts = ((f"reflective_prompts[{i}].id", p.id) for i, p in enumerate(form.reflective_prompts))
    yield from _duplicates(prompts, "reflective prompt")
