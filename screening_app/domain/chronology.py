"""The chronology (SPEC 11): what happened to a child, when, and who says so, recorded once.

An entry belongs to the child, not to one assessment. An indicator answered yes or
possible is evidenced by one or more entries, or a note, or both; one entry may evidence
many indicators. Entries only *suggest* indicators, from the cue words each indicator
carries in the form pack ("found by police", "vodka"): the practitioner confirms every
answer, and nothing is answered automatically. Pure: no Qt, no storage, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from screening_app.domain.schema import FormDefinition
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

EventId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=64)]
Precision = Literal["day", "month", "about"]
EARLIEST = date(1990, 1, 1)  # before any child a screening is about was born: a typing slip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Source(str, Enum):
    seen = "seen"
    told_by_child = "told_by_child"
    told_by_other = "told_by_other"


# Who says so, without and with the detail given; said in the language of the work (``words.language``)
SOURCE_WORDS = {
    Source.seen: QT_TRANSLATE_NOOP("Chronology", "Seen by me"),
    Source.told_by_child: QT_TRANSLATE_NOOP("Chronology", "Told by the child"),
    Source.told_by_other: QT_TRANSLATE_NOOP("Chronology", "Told by another person or agency"),
}
SOURCE_WITH_DETAIL = {
    Source.seen: QT_TRANSLATE_NOOP("Chronology", "Seen by me (%1)"),
    Source.told_by_child: QT_TRANSLATE_NOOP("Chronology", "Told by the child (%1)"),
    Source.told_by_other: QT_TRANSLATE_NOOP("Chronology", "Told by %1"),
}


@dataclass(frozen=True)
class WhenItHappened:
    """A day, a month, or 'about' a day: practitioners often know only roughly when."""

    day: date
    precision: Precision

    def words(self) -> str:
        """'7 Nov 2026', 'Nov 2026' or 'about 7 Nov 2026', in the language of the work."""
        month = f"{translate('Month', _MONTHS[self.day.month - 1])} {self.day.year}"
        if self.precision == "month":
            return month
        day = f"{self.day.day} {month}"
        return fill(translate("Chronology", "about %1"), day) if self.precision == "about" else day


def parse_when(text: str) -> WhenItHappened:
    """``2026-11-14``, ``2026-11`` (the month only) or ``about 2026-11-14``; ValueError otherwise."""
    cleaned = text.strip()
    about = cleaned.lower().startswith("about ")
    body = cleaned[6:].strip() if about else cleaned
    if re.fullmatch(r"\d{4}-\d{2}", body) and not about:
        when = WhenItHappened(date.fromisoformat(f"{body}-01"), "month")
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", body):
        when = WhenItHappened(date.fromisoformat(body), "about" if about else "day")
    else:
        raise ValueError("write the date as YYYY-MM-DD, YYYY-MM for a month, or 'about YYYY-MM-DD'")
    if when.day < EARLIEST:
        raise ValueError(f"is before {EARLIEST.year}")
    return when


class ChronologyEntry(BaseModel):
    """One fact: the case-file shape of SPEC 11 (``events`` in a case file)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    id: EventId
    date: str = Field(max_length=20)
    what: str = Field(min_length=1, max_length=10_000)
    source: Source
    source_detail: str | None = Field(default=None, max_length=200, validate_default=True)
    reference: str | None = Field(default=None, max_length=100)

    @field_validator("source", mode="before")
    @classmethod
    def _source_from_json(cls, value: object) -> object:
        return Source(value) if isinstance(value, str) and value in Source._value2member_map_ else value

    @field_validator("date")
    @classmethod
    def _date_is_readable(cls, value: str) -> str:
        parse_when(value)
        return value

    @field_validator("what")
    @classmethod
    def _says_something(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("say what happened")
        return value

    @field_validator("source_detail")
    @classmethod
    def _who_told(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("source") is Source.told_by_other and not (value or "").strip():
            raise ValueError("say who told you (a person's role or an agency)")
        return value

    @property
    def when(self) -> WhenItHappened:
        return parse_when(self.date)

    def body(self) -> dict[str, Any]:
        """What is stored for the entry: every field but the case file's own id."""
        return self.model_dump(mode="json", exclude={"id"}, exclude_none=True)

    def source_words(self) -> str:
        """Who says so, in the language of the work."""
        if self.source_detail:
            return fill(translate("Chronology", SOURCE_WITH_DETAIL[self.source]), self.source_detail.strip())
        return translate("Chronology", SOURCE_WORDS[self.source])


def latest_first(entries: list[ChronologyEntry] | tuple[ChronologyEntry, ...]) -> list[ChronologyEntry]:
    """The order the MASH reads them: newest first; entries of one day keep the order written."""
    ordered = list(enumerate(entries))
    ordered.sort(key=lambda pair: (pair[1].when.day, pair[0]), reverse=True)
    return [entry for _, entry in ordered]


# ------------------------------------------------------------ suggestions


@dataclass(frozen=True)
class Suggestion:
    indicator_id: str
    label: str
    cue: str  # the words in the entry that suggested it, shown so the practitioner can judge


def _cue_pattern(cue: str) -> re.Pattern[str]:
    stem, open_ending = (cue[:-1], True) if cue.endswith("*") else (cue, False)
    words = r"\s+".join(re.escape(part) for part in stem.split())
    ending = r"[\w-]*" if open_ending else ""
    return re.compile(r"(?<!\w)" + words + ending + r"(?!\w)", re.IGNORECASE)


def suggest_indicators(text: str, form: FormDefinition) -> list[Suggestion]:
    """Indicators the text may point to, in form order, each with the words that matched."""
    found = []
    for indicator in form.indicators():
        for cue in indicator.cues:
            match = _cue_pattern(cue).search(text)
            if match:
                found.append(Suggestion(indicator.id, indicator.label, match.group(0)))
                break
    return found


# ------------------------------------------------------------ evidence


def evidence_problem(note: str | None, event_ids: tuple[str, ...], known_ids: set[str]) -> str | None:
    """Why a yes or possible answer is not yet evidenced, or None when it is."""
    unknown = [event_id for event_id in event_ids if event_id not in known_ids]
    if unknown:
        return f"refers to chronology entry '{unknown[0]}', which is not in the case's events"
    if not event_ids and not (note and note.strip()):
        return "a yes or possible answer needs evidence: a chronology entry, a note, or both"
    return None
