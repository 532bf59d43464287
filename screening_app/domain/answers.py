"""What a practitioner recorded: the input of one assessment, and its validation.

``AssessmentInput`` is what scoring reads and what storage keeps (as JSON).
``validate_input`` checks it against a form and raises ``AnswerError`` naming
the offending field, never the child's data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from screening_app.domain.errors import AnswerError
from screening_app.domain.schema import (
    CONCERN_ANSWERS,
    SCORED_BY_RECENCY,
    AnswerValue,
    FormDefinition,
    Recency,
)

MAX_AGE = 25


class IndicatorAnswer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    answer: AnswerValue
    when: Recency | None = None
    note: str | None = None

    @property
    def is_concern(self) -> bool:
        return self.answer in CONCERN_ANSWERS

    @property
    def has_note(self) -> bool:
        return bool(self.note and self.note.strip())


class ChildInfo(BaseModel):
    """Only the facts scoring needs are typed; the rest of the child's details
    (names, identifiers...) live in ``details['child']``."""

    model_config = ConfigDict(frozen=True, extra="allow")

    date_of_birth: date | None = None
    approx_age: int | None = Field(default=None, ge=0, le=MAX_AGE)


class PersonOfConcern(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    approx_age: int | None = Field(default=None, ge=0, le=120)


class AssessmentInput(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    form: str
    assessed_on: date
    child: ChildInfo = ChildInfo()
    people: tuple[PersonOfConcern, ...] = ()
    answers: dict[str, IndicatorAnswer] = {}
    details: dict[str, Any] = Field(
        default_factory=dict,
        description="Structured field groups by group id: a dict, or a list of dicts when repeatable.",
    )


def _location(error: dict) -> str:
    return ".".join(str(part) for part in error["loc"]) or "case"


def parse_input(data: Any) -> AssessmentInput:
    """Parse raw JSON-like data; errors name the field, not the value."""
    if not isinstance(data, dict):
        raise AnswerError("case", "must be a JSON object")
    try:
        return AssessmentInput.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise AnswerError(_location(first), _plain(first)) from None


def _plain(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a recognised field"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"must be one of {expected}".rstrip()
    if kind.startswith("date"):
        return "must be a date written YYYY-MM-DD"
    return error["msg"].split(",")[0]


def validate_input(form: FormDefinition, data: AssessmentInput) -> None:
    """Check answers against the form; raise on the first problem found."""
    if data.form != form.id:
        raise AnswerError("form", f"is for form '{data.form}', not '{form.id}'")
    _validate_child(data)
    indicators = form.indicator_map()
    for indicator_id, answer in data.answers.items():
        indicator = indicators.get(indicator_id)
        if indicator is None:
            raise AnswerError(f"answers.{indicator_id}", f"'{indicator_id}' is not an indicator of form '{form.id}'")
        if not answer.is_concern:
            continue
        if not answer.has_note:
            raise AnswerError(f"answers.{indicator_id}.note", "a note is required for every yes or possible answer")
        if indicator.tier in SCORED_BY_RECENCY and answer.when is None:
            raise AnswerError(f"answers.{indicator_id}.when", "say when: current, recent or past")


def _validate_child(data: AssessmentInput) -> None:
    child = data.child
    if child.date_of_birth is None:
        if child.approx_age is None:
            raise AnswerError("child", "give a date of birth or an approximate age")
        return
    if child.date_of_birth > data.assessed_on:
        raise AnswerError("child.date_of_birth", "is after the assessment date")
    if age_in_years(child.date_of_birth, data.assessed_on) > MAX_AGE:
        raise AnswerError("child.date_of_birth", f"gives an age over {MAX_AGE}")


def age_in_years(born: date, on: date) -> int:
    """Whole years; a 29 February birthday is reached on 1 March in other years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def child_age(data: AssessmentInput) -> tuple[int, bool]:
    """(age in whole years on the assessment date, whether it is approximate)."""
    if data.child.date_of_birth is not None:
        return age_in_years(data.child.date_of_birth, data.assessed_on), False
    assert data.child.approx_age is not None
    return data.child.approx_age, True
