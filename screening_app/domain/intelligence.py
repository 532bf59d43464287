"""Intelligence for the police about a person, place or vehicle of concern (SPEC 12), separate
from the MASH referral.

Its shape is a partnership intelligence submission: who submits it; the subject and its
identifiers; what is known, dated, and how it is known; the children linked, named only as far
as the practitioner chooses ("Child A" otherwise, never a date of birth); and the evaluation the
police record with it (the 3x5x2: source 1-3, intelligence A-E, handling P or C). The app never
grades: the practitioner does, or the receiving officer; an ungraded line says so.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from screening_app.domain.referral import Group, Item, Table

SOURCE_GRADES = {"1": "reliable", "2": "untested", "3": "not reliable"}
INTELLIGENCE_GRADES = {
    "A": "known directly to the source",
    "B": "known indirectly to the source but corroborated",
    "C": "known indirectly to the source",
    "D": "not known",
    "E": "suspected to be false",
}
HANDLING_CODES = {"P": "lawful sharing permitted", "C": "lawful sharing permitted with conditions"}
UNGRADED = "not graded by the submitter: for the receiving officer"
PLACE_TYPES = {"house_or_flat": "house or flat", "takeaway_or_shop": "takeaway or shop"}


@dataclass(frozen=True)
class Sighting:
    """A link of the subject to a child, as the vault has it."""

    child_id: int
    seen_on: str  # ISO date, "" when not known
    reference: str  # the child's assessment that records it ("" when none)
    relationship: str


@dataclass(frozen=True)
class Grading:
    source: str | None = None
    intelligence: str | None = None
    handling: str | None = None

    def problem(self) -> str | None:
        for value, allowed, name in ((self.source, SOURCE_GRADES, "source"),
                                     (self.intelligence, INTELLIGENCE_GRADES, "intelligence"),
                                     (self.handling, HANDLING_CODES, "handling")):
            if value is not None and value not in allowed:
                return f"{name} grade {value!r} is not one of {', '.join(allowed)}"
        return None


@dataclass(frozen=True)
class IntelligenceReport:
    reference: str
    title: str  # "Intelligence about a person of concern"
    subject: Group
    submitter: Group
    evaluation: Group
    known: tuple[Item, ...]  # what is known and how (free text the practitioner wrote)
    sightings: Table
    children_note: str
    generated_at: str


def build_intelligence(kind: str, body: dict[str, Any], identifiers: list[tuple[str, str]],
                       sightings: list[Sighting], names: dict[int, str], named: set[int],
                       submitter: dict[str, Any], grading: Grading, reference: str,
                       generated_at: datetime) -> IntelligenceReport:
    """``identifiers`` are (kind, as written); ``names`` each linked child's name, printed only for
    the children in ``named``: the others are Child A, Child B... in the order first linked."""
    letters = _letters(sorted({s.child_id for s in sightings},
                              key=lambda c: (min(s.seen_on or "9" for s in sightings if s.child_id == c), c)))
    label = {c: (names.get(c) or "a child with no name recorded") if c in named else f"Child {letters[c]}"
             for c in letters}
    rows = tuple(
        (Item("Date", _day(s.seen_on)), Item("Child", label[s.child_id], "child.name"),
         Item("Recorded in", s.reference or "the child's record"),
         Item("Relationship or what was seen", s.relationship, "people.relationship"))
        for s in sorted(sightings, key=lambda s: (s.seen_on, s.child_id))
    )
    unnamed = len([c for c in letters if c not in named])
    return IntelligenceReport(
        reference=reference,
        title=f"Intelligence about a {_kind_words(kind)}",
        subject=Group("subject", "The subject", "", tuple(i for i in _subject(kind, body, identifiers) if i.value)),
        submitter=Group("submitter", "Submitted by", "", tuple(i for i in (
            Item("Name", str(submitter.get("name") or "not recorded (the referrer's details in Settings)"),
                 "referrer.name"),
            Item("Role", str(submitter.get("role") or ""), "referrer.role"),
            Item("Organisation", str(submitter.get("organisation") or ""), "referrer.organisation"),
            Item("Telephone", str(submitter.get("phone") or ""), "referrer.phone"),
            Item("Email", str(submitter.get("email") or ""), "referrer.email"),
            Item("Date of submission", generated_at.strftime("%d %B %Y").lstrip("0")),
        ) if i.value)),
        evaluation=Group("evaluation", "Evaluation (3x5x2)", "", (
            Item("Source", _graded(grading.source, SOURCE_GRADES)),
            Item("Intelligence", _graded(grading.intelligence, INTELLIGENCE_GRADES)),
            Item("Handling", _graded(grading.handling, HANDLING_CODES)),
        )),
        known=tuple(i for i in (
            Item("How this is known", str(body.get("how_known") or ""), "people.how_known"),
            Item("Description", str(body.get("description") or ""), "people.description"),
        ) if i.value),
        sightings=Table("sightings", "Dated links to children", "", ("Date", "Child", "Recorded in",
                                                                     "Relationship or what was seen"), rows),
        children_note=(f"Linked to {len(letters)} {'child' if len(letters) == 1 else 'children'} in the submitter's "
                       f"records. " + (f"{unnamed} not named here: the submitter holds their details and will share "
                                       "them on request, as safeguarding allows." if unnamed else
                                       "Named with the submitter's agreement.")),
        generated_at=generated_at.strftime("%d/%m/%Y %H:%M"),
    )


def _subject(kind: str, body: dict[str, Any], identifiers: list[tuple[str, str]]) -> list[Item]:
    items = [Item("Name", str(body.get("name") or "not known"), "people.name")]
    if kind == "place":
        return [
            *items,
            Item("Address", str(body.get("address") or ""), "places.address"),
            Item("Postcode", str(body.get("postcode") or ""), "places.postcode"),
            Item("Type of place", PLACE_TYPES.get(str(body.get("type") or ""), str(body.get("type") or ""))
                 .replace("_", " ")),
        ]
    vehicles = "; ".join(" ".join(p for p in (v.get("registration"), v.get("colour"), v.get("make")) if p)
                         for v in body.get("vehicles") or ())
    shown = {k: [s for kk, s in identifiers if kk == k] for k in ("phone", "handle", "vehicle", "place")}
    return [
        *items,
        Item("Other names used", ", ".join(body.get("aliases") or ()), "people.aliases"),
        Item("Approximate age", str(body.get("approx_age") if body.get("approx_age") is not None else "")),
        Item("Sex", str(body.get("sex") or "").replace("_", " ")),
        Item("Vehicles", vehicles or ", ".join(shown["vehicle"]), "people.vehicles"),
        Item("Phones", ", ".join(dict.fromkeys([*(body.get("phones") or ()), *shown["phone"]])), "people.phones"),
        Item("Online handles", ", ".join(dict.fromkeys([*(body.get("handles") or ()), *shown["handle"]])),
             "people.handles"),
        Item("Address or area", ", ".join(p for p in (body.get("address"), body.get("postcode"),
                                                       body.get("address_area")) if p), "people.address"),
        Item("Vehicle or phone details as written", str(body.get("vehicle_phone") or ""), "people.vehicle_phone"),
    ]


def _letters(children: list[int]) -> dict[int, str]:
    letters = string.ascii_uppercase
    return {c: letters[n] if n < 26 else letters[n // 26 - 1] + letters[n % 26] for n, c in enumerate(children)}


def _graded(value: str | None, allowed: dict[str, str]) -> str:
    return f"{value}: {allowed[value]}" if value in allowed else UNGRADED


def _kind_words(kind: str) -> str:
    return {"person": "person of concern", "place": "place of concern", "group": "group of concern"}.get(kind, kind)


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d %b %Y").lstrip("0")
    except ValueError:
        return "not known"
