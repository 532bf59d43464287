"""What a practitioner recorded: the input of one assessment, and its validation.

``AssessmentInput`` is what scoring reads and what storage keeps (as JSON).
Every model is strict: an unknown key at any level is refused (a misspelt
``answers`` must never score as "no answers"), ages are whole numbers (not
``true`` or ``"14"``) and dates are ``YYYY-MM-DD``. ``validate_input`` checks
the input against a form and raises ``AnswerError`` naming the offending
field, never the child's data.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime, timedelta
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from pydantic_core import PydanticCustomError

from screening_app.domain.chronology import ChronologyEntry, EventId, evidence_problem
from screening_app.domain.errors import AnswerError
from screening_app.domain.schema import (
    CONCERN_ANSWERS,
    SCORED_BY_RECENCY,
    AnswerValue,
    FieldGroup,
    FormDefinition,
    Recency,
)

MAX_AGE = 25
MAX_ALSO_REASON = 2000  # a reason recorded beside the level: a paragraph, as an override's
EARLIEST_ASSESSMENT = date(2000, 1, 1)  # before the app and its guidance existed: a typing mistake
# A case may come from a machine whose calendar is already on tomorrow (a later time zone, a
# clock a little fast, work finished after midnight); anything later is a mistake.
FUTURE_MARGIN = timedelta(days=1)

# Keys of ``details`` beside the form's field groups (the wizard writes them).
REFLECTIVE = "reflective"
REVIEW_NOTE = "review"  # a review's previous reference and what has changed
LANGUAGE_KEPT = "language_flags_kept"  # flagged phrases kept at completion (SPEC 9.1)
REVIEW_NOTE_KEYS = ("previous_reference", "what_changed")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
M = TypeVar("M", bound=BaseModel)


def _strict_date(value: Any) -> date:
    """A date object, or text written YYYY-MM-DD: never a number, a time, or a loose format."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("date_value", "is not a real date") from None
    raise PydanticCustomError("date_format", "must be a date written YYYY-MM-DD")


StrictDate = Annotated[date, BeforeValidator(_strict_date)]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IndicatorAnswer(Strict):
    answer: AnswerValue
    when: Recency | None = None
    note: StrictStr | None = None
    events: tuple[EventId, ...] = Field(
        default=(), description="Ids of the chronology entries (``events``) that evidence this answer (SPEC 11).")

    @property
    def is_concern(self) -> bool:
        return self.answer in CONCERN_ANSWERS

    @property
    def has_note(self) -> bool:
        return bool(self.note and self.note.strip())


class ChildInfo(Strict):
    """Only the facts scoring needs; names and identifiers live on the child record."""

    date_of_birth: StrictDate | None = None
    approx_age: StrictInt | None = Field(default=None, ge=0, le=MAX_AGE)


class Vehicle(Strict):
    registration: StrictStr | None = Field(default=None, max_length=20)
    make: StrictStr | None = Field(default=None, max_length=100)
    colour: StrictStr | None = Field(default=None, max_length=50)


class PersonOfConcern(Strict):
    """A row of the forms' ``people`` group: scoring reads the age; the rest is what the wizard
    writes, and the identifiers a case file may give (SPEC 12) that link a person across children."""

    approx_age: StrictInt | None = Field(default=None, ge=0, le=120)
    name: StrictStr | None = None
    relationship: StrictStr | None = None
    sex: StrictStr | None = None
    vehicle_phone: StrictStr | None = None
    address_area: StrictStr | None = None
    how_known: StrictStr | None = None
    aliases: tuple[StrictStr, ...] = ()
    phones: tuple[StrictStr, ...] = ()
    vehicles: tuple[Vehicle, ...] = ()
    handles: tuple[StrictStr, ...] = ()
    address: StrictStr | None = None
    postcode: StrictStr | None = Field(default=None, max_length=10)
    context: StrictStr | None = Field(
        default=None, max_length=64,
        description="The global id of the vault's person record the practitioner chose for this row (SPEC 12): "
                    "the row is linked to that record instead of a new one.")


PLACE_TYPES = ("house_or_flat", "hotel", "park", "takeaway_or_shop", "party", "vehicle", "online", "other")


class PlaceOfConcern(Strict):
    """A place (SPEC 12): its postcode and building number link it across children."""

    name: StrictStr | None = Field(default=None, max_length=200)
    address: StrictStr | None = Field(default=None, max_length=500)
    postcode: StrictStr | None = Field(default=None, max_length=10)
    type: Literal[PLACE_TYPES] | None = None  # type: ignore[valid-type]


class GroupOfConcern(Strict):
    """A peer group or gang (SPEC 12; contextual safeguarding): its members may be children too,
    written as the practitioner knows them. Linked to the child; joined to another child's group
    only by the practitioner."""

    name: StrictStr = Field(max_length=200)
    members: tuple[Annotated[StrictStr, Field(max_length=200)], ...] = Field(default=(), max_length=100)
    description: StrictStr | None = Field(default=None, max_length=2000)


class AssessmentInput(Strict):
    form: StrictStr
    assessed_on: StrictDate
    child: ChildInfo = ChildInfo()
    people: tuple[PersonOfConcern, ...] = ()
    answers: dict[str, IndicatorAnswer] = {}
    events: tuple[ChronologyEntry, ...] = Field(
        default=(), description="The chronology entries this assessment cites: what happened, when, who says so.")
    details: dict[str, Any] = Field(
        default_factory=dict,
        description="Structured field groups by group id: a dict, or a list of dicts when repeatable.",
    )
    also_recorded: dict[str, StrictStr] = Field(
        default_factory=dict,
        description=("Categories of the form's level scheme recorded by judgement beside the level (e.g. "
                     "harming_others), each with its reason."),
    )


# ---------------------------------------------------------------- parsing


def parse_input(data: Any) -> AssessmentInput:
    """Parse a stored or built assessment input; errors name the field, not the value."""
    if not isinstance(data, dict):
        raise AnswerError("case", "must be a JSON object")
    return validated(AssessmentInput, data)


def parse_stored_input(data: Any) -> AssessmentInput:
    """An input the app stored: strict, except for what the app itself keeps beside the input.

    A draft is stored as the wizard's state, whose navigation keys (page, focus, visited,
    override...) are not part of the input; and an earlier version kept a local form pack's
    extra ``people`` columns (``details`` holds them too). Those are left out rather than
    making the record unreadable; completed inputs were checked when they were stored."""
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k in AssessmentInput.model_fields}
        if isinstance(data.get("child"), dict):
            data["child"] = {k: v for k, v in data["child"].items() if k in ChildInfo.model_fields}
        if isinstance(data.get("people"), list):
            data["people"] = [_known_only(row, PersonOfConcern) for row in data["people"]]
    return parse_input(data)


def _known_only(row: Any, model: type[BaseModel]) -> Any:
    return {k: v for k, v in row.items() if k in model.model_fields} if isinstance(row, dict) else row


def validated(model: type[M], data: dict) -> M:
    """``model`` from ``data``, or the most useful problem as an ``AnswerError``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])  # a misspelt key explains most
        raise AnswerError(_location(first), _plain(first, model)) from None


def _location(error: dict) -> str:
    return ".".join(str(part) for part in error["loc"]) or "case"


def _plain(error: dict, model: type[BaseModel]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return unknown_key(str(error["loc"][-1]), known_keys(model, error["loc"]))
    plain = {
        "missing": "is required",
        "int_type": "must be a whole number (not text, a decimal or true/false)",
        "string_type": "must be text",
        "model_type": "must be a JSON object",
        "dict_type": "must be a JSON object",
        "tuple_type": "must be a list",
        "list_type": "must be a list",
    }
    if kind in plain:
        return plain[kind]
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"must be one of {expected}".rstrip()
    if kind.startswith("date"):
        return error["msg"]
    if kind == "value_error":  # a validator's own words, without pydantic's "Value error, " prefix
        return str(error["msg"]).removeprefix("Value error, ")
    return error["msg"].split(",")[0]


def unknown_key(key: str, known: list[str]) -> str:
    """'is not a recognised field', with the closest known key when there is one."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return "is not a recognised field" + (f"; did you mean '{close[0]}'?" if close else "")


def known_keys(model: type[BaseModel], path: tuple) -> list[str]:
    """The field names of the model that holds the last key of ``path`` (a path into the data)."""
    target: type[BaseModel] | None = model
    parts = list(path[:-1])
    while parts and target is not None:
        field = target.model_fields.get(str(parts.pop(0)))
        target, containers = _model_in(field.annotation) if field else (None, 0)
        del parts[:containers]  # list indexes and dict keys between this field and the model
    return list(target.model_fields) if target is not None and not parts else []


def _model_in(annotation: Any) -> tuple[type[BaseModel] | None, int]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, 0
    origin = get_origin(annotation)
    for arg in get_args(annotation):
        model, containers = _model_in(arg)
        if model is not None:
            return model, containers + (0 if origin in (Union, UnionType, Annotated) else 1)
    return None, 0


# ---------------------------------------------------------------- validation


def validate_input(form: FormDefinition, data: AssessmentInput, today: date | None = None) -> None:
    """Check the input against the form; raise on the first problem found.

    ``today`` (the caller's clock) bounds the assessment date from above;
    without it only the fixed lower bound is checked.
    """
    if data.form != form.id:
        raise AnswerError("form", f"is for form '{data.form}', not '{form.id}'")
    _validate_assessment_date(data.assessed_on, today)
    _validate_child(data)
    _validate_events(data)
    _validate_answers(form, data)
    _validate_details(form, data.details)
    _validate_also_recorded(form, data.also_recorded)


def _validate_also_recorded(form: FormDefinition, also: dict[str, str]) -> None:
    scheme = form.level_scheme
    for name, reason in also.items():
        if scheme is None or scheme.category(name) is None:
            known = ", ".join(c.name for c in scheme.also_recorded) if scheme and scheme.also_recorded else "none"
            raise AnswerError(f"also_recorded.{name}", f"is not a category this form records (it records: {known})")
        if not reason.strip():
            raise AnswerError(f"also_recorded.{name}", "needs the reason it is recorded")
        if len(reason) > MAX_ALSO_REASON:
            raise AnswerError(f"also_recorded.{name}", f"is longer than {MAX_ALSO_REASON} characters")


def _validate_assessment_date(assessed_on: date, today: date | None) -> None:
    if assessed_on < EARLIEST_ASSESSMENT:
        raise AnswerError("assessed_on", f"is before {EARLIEST_ASSESSMENT.isoformat()}; check the year")
    if today is not None and assessed_on - FUTURE_MARGIN > today:  # never overflows: assessed_on >= 2000
        raise AnswerError("assessed_on", "is in the future; an assessment is dated the day it was done")


def _validate_answers(form: FormDefinition, data: AssessmentInput) -> None:
    indicators = form.indicator_map()
    for indicator_id, answer in data.answers.items():
        indicator = indicators.get(indicator_id)
        if indicator is None:
            hint = unknown_key(indicator_id, list(indicators)).removeprefix("is not a recognised field")
            raise AnswerError(f"answers.{indicator_id}", f"'{indicator_id}' is not an indicator of form '{form.id}'"
                                                         + hint)
        known_events = {event.id for event in data.events}
        unknown = [event_id for event_id in answer.events if event_id not in known_events]
        if unknown:
            raise AnswerError(f"answers.{indicator_id}.events", f"'{unknown[0]}' is not the id of an entry in events")
        if not answer.is_concern:
            continue
        if problem := evidence_problem(answer.note, answer.events, known_events):
            raise AnswerError(f"answers.{indicator_id}.note", problem)
        if indicator.tier in SCORED_BY_RECENCY and answer.when is None:
            raise AnswerError(f"answers.{indicator_id}.when", "say when: current, recent or past")


def _validate_events(data: AssessmentInput) -> None:
    """Each entry once, and none dated after the assessment that cites it."""
    seen: set[str] = set()
    for index, event in enumerate(data.events):
        if event.id in seen:
            raise AnswerError(f"events.{index}.id", f"'{event.id}' is used by two entries")
        seen.add(event.id)
        if event.when.day > data.assessed_on:
            raise AnswerError(f"events.{index}.date", "is after the assessment date")


def _validate_details(form: FormDefinition, details: dict[str, Any]) -> None:
    """Group ids and field ids the form knows; a group is an object, or a list of them when repeatable."""
    groups = {g.id: g for g in form.field_groups}
    known = [*groups, REFLECTIVE, REVIEW_NOTE, LANGUAGE_KEPT]
    for key, value in details.items():
        where = f"details.{key}"
        if key in groups:
            _validate_group(where, groups[key], value)
        elif key == REFLECTIVE:
            _validate_fields(where, value, [p.id for p in form.reflective_prompts])
        elif key == REVIEW_NOTE:
            _validate_fields(where, value, list(REVIEW_NOTE_KEYS))
        elif key == LANGUAGE_KEPT:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise AnswerError(where, "must be a whole number of kept phrases")
        else:
            raise AnswerError(where, unknown_key(key, known))


def _validate_group(where: str, group: FieldGroup, value: Any) -> None:
    fields = [f.id for f in group.fields]
    if not group.repeatable:
        _validate_fields(where, value, fields)
        return
    if not isinstance(value, list):
        raise AnswerError(where, "must be a list of objects (one per row)")
    for index, row in enumerate(value):
        _validate_fields(f"{where}.{index}", row, fields)


def _validate_fields(where: str, values: Any, known: list[str]) -> None:
    """An object of known keys whose values are text, numbers, true/false or lists of those."""
    if not isinstance(values, dict):
        raise AnswerError(where, "must be a JSON object")
    for key, value in values.items():
        if key not in known:
            raise AnswerError(f"{where}.{key}", unknown_key(key, known))
        items = value if isinstance(value, list) else [value]
        if not all(item is None or isinstance(item, str | int | float | bool) for item in items):
            raise AnswerError(f"{where}.{key}", "must be text, a number, true/false or a list of those")


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
