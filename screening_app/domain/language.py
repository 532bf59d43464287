"""The victim-language check (SPEC 9.1): find wording that places
responsibility on the child, with the suggested alternative and why.

Phrases come from the form pack. ``{a|b}`` is a choice of words; matching is
case-insensitive, on whole words, tolerant of punctuation, hyphens and line
breaks between words, and of a plural ``s``. Rules with ``context: adult``
apply only where an adult is involved (people of concern or the text itself).
Flags never block anything: the practitioner chooses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from screening_app.domain.answers import AssessmentInput
from screening_app.domain.schema import FormDefinition, LanguageRule

_SEPARATOR = r"[\W_]+"
_CHOICE = re.compile(r"\{([^{}]*)\}")
_ADULT_WORDS = re.compile(
    r"(?<!\w)(?:adults?|grown[\s-]?ups?|m[ae]n|wom[ae]n|older\s+(?:m[ae]n|males?|person|people|guys?|lads?|boy(?:friend)?s?"
    r"|girl(?:friend)?s?|friends?|wom[ae]n)|husband|stepdad|landlord"
    r"|oedolyn|oedolion|dyn|dynion|ddyn|menyw|fenyw|menywod|dynes|ddynes|gŵr|ŵr|llystad|lystad)(?!\w)",
    re.IGNORECASE,
)
_AGE_MENTION = re.compile(
    r"(?<!\w)(?:(\d{1,3})\s*[-\s]?\s*(?:years?|yrs?|y/?o|oed|mlwydd|blwydd)(?:\s*[-\s]?\s*old)?|aged\s+(\d{1,3}))(?!\w)",
    re.IGNORECASE,
)
ADULT_AGE = 18


class PhraseSyntaxError(ValueError):
    """A language-check phrase that cannot be compiled (e.g. unbalanced braces)."""


@dataclass(frozen=True)
class LanguageFlag:
    phrase: str  # as written in the text
    start: int
    end: int
    suggestion: str
    reason: str
    where: str = ""


def _word_pattern(word: str) -> str:
    escaped = re.escape(word)
    return escaped + "(?:'?s|es)?" if len(word) >= 3 and word[-1].isalpha() else escaped


def _words_pattern(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text.strip()) if w]
    if not words:
        raise PhraseSyntaxError("an empty word or choice")
    return _SEPARATOR.join(_word_pattern(w) for w in words)


@lru_cache(maxsize=4096)  # a pack's rules are checked at load and compiled at the first check: built once
def _phrase_pattern(phrase: str) -> str:
    if phrase.count("{") != phrase.count("}") or re.search(r"\{[^}]*\{|\}[^{]*\}", phrase):
        raise PhraseSyntaxError(f"unbalanced braces in {phrase!r}")
    parts: list[str] = []
    position = 0
    for match in _CHOICE.finditer(phrase):
        if phrase[position : match.start()].strip():
            parts.append(_words_pattern(phrase[position : match.start()]))
        options = match.group(1).split("|")
        parts.append("(?:" + "|".join(_words_pattern(option) for option in options) + ")")
        position = match.end()
    if phrase[position:].strip():
        parts.append(_words_pattern(phrase[position:]))
    if not parts:
        raise PhraseSyntaxError("an empty phrase")
    return _SEPARATOR.join(parts)


def check_phrase(phrase: str) -> None:
    """PhraseSyntaxError if ``phrase`` cannot be made a pattern; what a form pack's check needs at
    load. Building the pattern is enough: every word in it is escaped, so it always compiles, and
    compiling the packs' ~400 phrases cost every load (``score`` included) 30-50 ms."""
    _phrase_pattern(phrase)


@lru_cache(maxsize=8)
def _compiled(rules: tuple[LanguageRule, ...]) -> tuple[tuple[LanguageRule, re.Pattern[str]], ...]:
    """One pattern per rule, each phrase bounded by non-word characters. Compiled once per rule, not
    once per phrase and again as the whole: Python compiles a pattern in Python, and the double
    compile was ~28 ms of the first check in every process (``score`` included), now ~13."""
    return tuple(
        (rule, re.compile(r"(?<!\w)(?:" + "|".join(_phrase_pattern(p) for p in rule.phrases) + r")(?!\w)", re.I))
        for rule in rules
    )


def mentions_adult(text: str) -> bool:
    if _ADULT_WORDS.search(text):
        return True
    return any(int(m.group(1) or m.group(2)) >= ADULT_AGE for m in _AGE_MENTION.finditer(text))


def check_text(
    text: str,
    rules: Sequence[LanguageRule],
    *,
    adult_involved: bool = False,
    where: str = "",
) -> list[LanguageFlag]:
    """Every flagged phrase in ``text``, in order, without overlaps."""
    if not text:
        return []
    adult = adult_involved or mentions_adult(text)
    found: list[LanguageFlag] = []
    for rule, pattern in _compiled(tuple(rules)):
        if rule.context == "adult" and not adult:
            continue
        for m in pattern.finditer(text):
            found.append(LanguageFlag(m.group(0), m.start(), m.end(), rule.suggestion, rule.reason, where))
    return _without_overlaps(found)


def _without_overlaps(flags: Iterable[LanguageFlag]) -> list[LanguageFlag]:
    kept: list[LanguageFlag] = []
    for flag in sorted(flags, key=lambda f: (f.start, -(f.end - f.start))):
        if not kept or flag.start >= kept[-1].end:
            kept.append(flag)
    return kept


def people_include_adult(ages: Iterable[int | None]) -> bool:
    return any(age is not None and age >= ADULT_AGE for age in ages)


def check_assessment(form: FormDefinition, data: AssessmentInput) -> list[LanguageFlag]:
    """Flags in every note and every checked free-text field of one assessment."""
    rules = form.language_check
    adult = people_include_adult(p.approx_age for p in data.people)
    flags: list[LanguageFlag] = []
    for indicator in form.indicators():
        answer = data.answers.get(indicator.id)
        if answer is not None and answer.note:
            flags += check_text(answer.note, rules, adult_involved=adult, where=indicator.id)
    for index, event in enumerate(data.events):  # what happened, in the chronology (SPEC 11)
        flags += check_text(event.what, rules, adult_involved=adult, where=f"events[{index}].what")
    for where, text in _checked_fields(form, data.details):
        flags += check_text(text, rules, adult_involved=adult, where=where)
    return flags


def _checked_fields(form: FormDefinition, details: dict) -> Iterable[tuple[str, str]]:
    for group in form.field_groups:
        value = details.get(group.id)
        rows = value if isinstance(value, list) else [value]
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            prefix = f"{group.id}[{index}]" if group.repeatable else group.id
            for field in group.fields:
                text = row.get(field.id)
                if field.language_check and isinstance(text, str):
                    yield f"{prefix}.{field.id}", text
