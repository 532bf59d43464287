"""The case-file format (``score`` and ``import``): bytes in, a checked ``CaseFile`` out.

A case file is UTF-8 JSON holding one object: the assessment input
(``form``, ``assessed_on``, ``child``, ``people``, ``answers``, ``details``),
the child's names and identifiers (kept on the child record by ``import``),
and ``id``, ``title`` and ``expect``, which the scenario files use and the app
ignores. Every problem is an ``AnswerError`` naming the key path, never the
value: bad UTF-8, invalid JSON (``NaN`` included), a key given twice, nesting
deeper than ``MAX_DEPTH``, a lone surrogate in any text, an unknown key at any
level (with the closest known key), a value of the wrong type.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StrictStr

from screening_app.domain.answers import (
    AssessmentInput,
    ChildInfo,
    GroupOfConcern,
    IndicatorAnswer,
    PersonOfConcern,
    PlaceOfConcern,
    Strict,
    StrictDate,
    validated,
)
from screening_app.domain.child_language import LANGUAGES
from screening_app.domain.child_language import PROBLEM as LANGUAGE_PROBLEM
from screening_app.domain.chronology import ChronologyEntry
from screening_app.domain.errors import AnswerError

# The deepest a real case goes is details > group > rows > row > field > list (7 with the
# case itself); the wizard writes nothing deeper. 32 leaves room and keeps every later
# step (validation, JSON writing, the PDF) far from Python's recursion limit.
MAX_DEPTH = 32


def _one_or_more(value: Any) -> Any:
    """``other_names`` may be one name or a list (no union: its error locations would carry pydantic's tags)."""
    return (value,) if isinstance(value, str) else value


def _language(value: str | None) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise ValueError(LANGUAGE_PROBLEM)  # "child.language: must be en (English) or cy (Welsh)..."
    return value


class Identifiers(Strict):
    upn: StrictStr | None = None
    nhs_number: StrictStr | None = None
    la_case_number: StrictStr | None = None


class CaseChild(ChildInfo):
    """The child as a case file gives it: scoring facts, and the names ``import`` stores."""

    first_name: StrictStr | None = None
    last_name: StrictStr | None = None
    other_names: Annotated[tuple[StrictStr, ...], BeforeValidator(_one_or_more)] = ()
    identifiers: Identifiers | None = None
    upn: StrictStr | None = None
    nhs_number: StrictStr | None = None
    la_case_number: StrictStr | None = None
    language: Annotated[StrictStr | None, AfterValidator(_language)] = Field(
        default=None, description="The child's language preference (en or cy); left out when not recorded.")

    def identifier(self, key: str) -> str | None:
        given = getattr(self.identifiers, key, None) if self.identifiers else None
        value = given if given is not None else getattr(self, key)
        return value or None


class CaseFile(Strict):
    id: StrictStr | None = Field(default=None, description="Ignored: the scenario files' own name.")
    title: StrictStr | None = Field(default=None, description="Ignored.")
    expect: Any = Field(default=None, description="Ignored: the scenario files' expected outcome.")
    form: StrictStr
    assessed_on: StrictDate
    child: CaseChild = CaseChild()
    people: tuple[PersonOfConcern, ...] = ()
    places: tuple[PlaceOfConcern, ...] = Field(default=(), description="Places of concern (import links them).")
    groups: tuple[GroupOfConcern, ...] = Field(default=(), description="Peer groups of concern (import links them).")
    answers: dict[str, IndicatorAnswer] = Field(default_factory=dict)
    events: tuple[ChronologyEntry, ...] = ()
    details: dict[str, Any] = Field(default_factory=dict)
    also_recorded: dict[str, StrictStr] = Field(
        default_factory=dict, description="A level scheme's categories recorded beside the level, with reasons.")

    def to_input(self) -> AssessmentInput:
        """The assessment input: names and identifiers stay out (they live on the child record)."""
        child = ChildInfo(date_of_birth=self.child.date_of_birth, approx_age=self.child.approx_age)
        return AssessmentInput(
            form=self.form,
            assessed_on=self.assessed_on,
            child=child,
            people=self.people,
            answers=self.answers,
            events=self.events,
            details=self.details,
            also_recorded=self.also_recorded,
        )


def load_case(raw: bytes) -> CaseFile:
    """Bytes of a case file to a ``CaseFile``."""
    return parse_case(decode_json(raw))


def parse_case(data: Any) -> CaseFile:
    """Parsed JSON to a ``CaseFile`` (the import service takes dicts too)."""
    check_tree(data)
    if not isinstance(data, dict):
        raise AnswerError("case", "must be a JSON object")
    return validated(CaseFile, data)


def decode_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnswerError("case", f"is not UTF-8 text (byte {exc.start + 1} cannot be read)") from None
    try:
        return json.loads(
            text.removeprefix("\ufeff"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_not_a_number,
            parse_float=_finite,
        )
    except _Duplicate as exc:
        raise AnswerError(str(exc), "is given twice") from None
    except json.JSONDecodeError as exc:
        raise AnswerError("case", f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except ValueError:  # a number too long to read, NaN, Infinity
        raise AnswerError("case", "is not valid JSON (a number cannot be read)") from None
    except RecursionError:
        raise AnswerError("case", f"is nested too deeply (more than {MAX_DEPTH} levels)") from None


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A key given twice would silently lose the first value (its answers, say)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _not_a_number(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(text)  # 1e400 would be stored as Infinity, which is not JSON either
    return value


def check_tree(data: Any) -> None:
    """Depth at most ``MAX_DEPTH`` and text Python can write out (no lone surrogates); no recursion."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise AnswerError(_where(path[:MAX_DEPTH]), f"is nested too deeply (more than {MAX_DEPTH} levels)")
        if isinstance(value, str):
            _check_text(value, path)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(str(key), path)
                stack.append((item, (*path, str(key))))
        elif isinstance(value, list | tuple):
            stack.extend((item, (*path, str(index))) for index, item in enumerate(value))


def _check_text(text: str, path: tuple[str, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise AnswerError(_where(path), "holds a character that is not valid text (a lone surrogate)") from None


def _where(path: tuple[str, ...]) -> str:
    return ".".join(path) or "case"
