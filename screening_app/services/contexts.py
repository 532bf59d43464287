"""People, places and patterns across children (SPEC 12): use cases.

- ``link_case``: a case file's people and places become context records linked to the child and
  its assessment (an import; inside the import's transaction).
- ``link_people_rows``: what the wizard's people rows say (names, ages, and any registration,
  phone or handle in "Vehicle or phone details") linked the same way when an assessment is
  completed.
- ``patterns``: groups of children joined by certain links, and name likenesses offered as
  possible links with their reason, never joined.

Every new record is its own context: two records of one person are joined only by the
practitioner (a later merge, audited). Identifiers are what join children.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.answers import PersonOfConcern, PlaceOfConcern
from screening_app.domain.contexts import (
    Kind,
    Likeness,
    Link,
    Pattern,
    identifiers,
    linked_children,
    name_likeness,
    patterns,
    place_key,
)
from screening_app.storage.contexts import ContextKey, ContextStore, LinkRow
from screening_app.storage.db import Connection

PERSON_FIELDS = ("name", "aliases", "approx_age", "sex", "relationship", "how_known", "phones", "vehicles",
                 "handles", "address", "postcode", "vehicle_phone", "address_area")


@dataclass(frozen=True)
class Possible:
    """Two children whose people of concern may be one person: offered, never joined."""

    children: tuple[int, int]
    values: tuple[str, str]
    likeness: Likeness


def person_keys(person: PersonOfConcern) -> list[ContextKey]:
    found = identifiers(person.phones, [v.registration for v in person.vehicles if v.registration],
                        person.handles, person.vehicle_phone)
    keys = [ContextKey(kind.value, key, shown) for kind, key, shown in found]
    home = place_key(person.address, person.postcode)
    if home:
        keys.append(ContextKey(Kind.place.value, home, _place_words(person.address, person.postcode)))
    return keys


def place_keys(place: PlaceOfConcern) -> list[ContextKey]:
    key = place_key(place.address, place.postcode)
    return [ContextKey(Kind.place.value, key, _place_words(place.address, place.postcode))] if key else []


def _place_words(address: str | None, postcode: str | None) -> str:
    first = (address or "").strip().splitlines()[0] if (address or "").strip() else ""
    return ", ".join(p for p in (first.strip(), (postcode or "").strip().upper()) if p)


class ContextsService:
    def __init__(self, conn: Connection, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = ContextStore(conn, actor, clock)
        self.clock = clock

    def link_case(self, child_id: int, assessment_id: int, assessed_on: date,
                  people: Sequence[PersonOfConcern], places: Sequence[PlaceOfConcern]) -> None:
        """Inside the caller's transaction: one context per person and place, linked to the child."""
        for person in people:
            if not _says_something(person):
                continue
            body = person.model_dump(mode="json", include=set(PERSON_FIELDS), exclude_none=True, exclude_defaults=True)
            context_id = self.store.insert("person", body, person_keys(person))
            self.store.insert_link(context_id, child_id, assessment_id, assessed_on.isoformat(), person.relationship)
        for place in places:
            body = place.model_dump(mode="json", exclude_none=True)
            context_id = self.store.insert("place", body, place_keys(place))
            self.store.insert_link(context_id, child_id, assessment_id, assessed_on.isoformat())

    def link_completed(self, child_id: int, assessment_id: int, assessed_on: date,
                       people: Sequence[PersonOfConcern]) -> None:
        """A completion in the window: its people of concern (and any registration, phone or
        handle in "Vehicle or phone details") linked as an import's are, all or nothing."""
        with self.store.transaction():
            self.link_case(child_id, assessment_id, assessed_on, people, ())

    def links(self) -> list[Link]:
        return [link for row in self.store.links() for link in _as_links(row)]

    def patterns(self) -> list[Pattern]:
        return patterns(self.links())

    def linked_to(self, child_id: int) -> dict[int, list[tuple[Kind, str]]]:
        return linked_children(self.links(), child_id)

    def possible(self, already_joined: Iterable[frozenset[int]] = ()) -> list[Possible]:
        """Name likenesses between people of concern of different children not already in one
        pattern; one offer per pair of children and pair of names."""
        joined = list(already_joined)
        names = self.store.people_names()
        offers: dict[tuple[int, int, str, str], Possible] = {}
        for i, (child_a, _ca, name_a) in enumerate(names):
            for child_b, _cb, name_b in names[i + 1:]:
                if child_a == child_b or any({child_a, child_b} <= group for group in joined):
                    continue
                likeness = name_likeness(name_a, name_b)
                if likeness is None:
                    continue
                (a, va), (b, vb) = sorted(((child_a, name_a), (child_b, name_b)))
                offers.setdefault((a, b, va.casefold(), vb.casefold()), Possible((a, b), (va, vb), likeness))
        return list(offers.values())


def _says_something(person: PersonOfConcern) -> bool:
    return any(v not in (None, "", (), 0) for v in person.model_dump(exclude={"approx_age"}).values())


def _as_links(row: LinkRow) -> list[Link]:
    seen = date.fromisoformat(row.linked_on[:10]) if row.linked_on else None
    found = [Link(row.child_id, Kind(k.kind), k.key, k.shown, seen) for k in row.keys]
    kind = Kind.place if row.context_kind == "place" else Kind.person
    shown = (row.name or "").strip() or f"a {row.context_kind} recorded without a name"
    return [*found, Link(row.child_id, kind, f"context:{row.context_id}", shown, seen)]
