"""Plain records the repository returns: frozen dataclasses, no SQL, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from screening_app.domain.child_language import checked_language
from screening_app.domain.escalation import EscalationFacts


@dataclass(frozen=True)
class ChildDetails:
    """What a practitioner records about a child; identifiers are optional."""

    first_name: str = ""
    last_name: str = ""
    other_names: tuple[str, ...] = ()
    date_of_birth: date | None = None
    approx_age: int | None = None
    upn: str | None = None
    nhs_number: str | None = None
    la_case_number: str | None = None
    language: str | None = None  # the child's language preference: "en", "cy", or None (not recorded)

    def __post_init__(self) -> None:
        checked_language(self.language)  # an AnswerError naming the field: nothing is stored

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class Child:
    id: int
    details: ChildDetails
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AssessmentRef:
    id: int
    reference: str


@dataclass(frozen=True)
class AssessmentSummary:
    """One line of a list: no payload, so lists stay fast."""

    id: int
    reference: str
    child_id: int
    child_name: str
    form_id: str
    status: str
    assessed_on: str | None
    final_level: str | None
    review_date: str | None
    updated_at: str


@dataclass(frozen=True)
class Assessment:
    id: int
    reference: str
    child_id: int
    form_id: str
    form_version: str
    status: str
    version: int
    assessed_on: str | None
    computed_level: str | None
    final_level: str | None
    review_date: str | None
    resume_page: str | None
    resume_field: str | None
    created_at: str
    updated_at: str
    input_json: str
    result_json: str | None
    override_json: str | None

    def at_version(self, version: AssessmentVersion) -> Assessment:
        """This assessment as one of its stored versions: that version's payload, levels and date."""
        payload = version.payload
        return replace(
            self, version=version.version, assessed_on=payload.assessed_on, computed_level=payload.computed_level,
            final_level=payload.final_level, review_date=payload.review_date, input_json=payload.input_json,
            result_json=payload.result_json, override_json=payload.override_json,
        )


@dataclass(frozen=True)
class CompletedPayload:
    """What completing (or correcting) an assessment stores."""

    input_json: str
    result_json: str
    override_json: str | None
    computed_level: str
    final_level: str
    review_date: str | None
    assessed_on: str


@dataclass(frozen=True)
class AssessmentVersion:
    version: int
    reason: str | None
    payload: CompletedPayload
    created_at: str


@dataclass(frozen=True)
class SearchQuery:
    """Every given criterion must match; ``text`` matches the start of any name word."""

    text: str = ""
    date_of_birth: date | None = None
    identifier: str | None = None
    level: str | None = None
    status: str | None = None
    review_due_by: date | None = None
    child_id: int | None = None


@dataclass(frozen=True)
class Page:
    items: tuple[AssessmentSummary, ...]
    next_before_id: int | None = field(default=None)  # keyset cursor for the next page


@dataclass(frozen=True)
class NewEscalation(EscalationFacts):
    """An escalation as the domain knows it, and what it is about (a child or an assessment)."""

    assessment_id: int | None = None
    child_id: int | None = None


@dataclass(frozen=True)
class Escalation:
    id: int
    details: NewEscalation
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    record_kind: str | None
    record_id: int | None
