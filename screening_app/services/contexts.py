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

import contextlib
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.answers import GroupOfConcern, PersonOfConcern, PlaceOfConcern
from screening_app.domain.contexts import (
    Kind,
    Likeness,
    Pattern,
    Shared,
    handle_key,
    identifiers,
    name_blocks,
    name_bucket,
    name_likeness,
    patterns_of,
    phone_key,
    place_key,
    registration_key,
    split_postcode,
)
from screening_app.storage.contexts import ContextKey, ContextStore
from screening_app.storage.db import Connection

PERSON_FIELDS = ("name", "aliases", "approx_age", "sex", "relationship", "how_known", "phones", "vehicles",
                 "handles", "address", "postcode", "vehicle_phone", "address_area")


@dataclass(frozen=True)
class Offer:
    """A record the practitioner may mean, and why."""

    context_id: int
    kind: Kind
    shown: str
    reason: str
    uuid: str = ""
    children: tuple[int, ...] = ()  # the children this record is already linked to


@dataclass(frozen=True)
class Chosen:
    """The vault's person record a wizard row was linked to, as the row shows it."""

    context_id: int
    uuid: str
    name: str
    body: dict
    children: tuple[int, ...]


POSSIBLE_LIMIT = 500


class PossibleLinks(list):
    """Possible links, and how many more there may be beyond the limit (0: none left off)."""

    left_off: int = 0


@dataclass(frozen=True)
class Possible:
    """Two children whose people of concern may be one person: offered, never joined."""

    children: tuple[int, ...]  # two (the vault's list); for one child's record, the child then the others
    values: tuple[str, str]
    likeness: Likeness
    contexts: tuple[int, int] = (0, 0)  # the two records, as the children: what a join would merge


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


FORM_PLACE_TYPES = {"address": "house_or_flat", "hotel": "hotel", "park_open_space": "park",
                    "takeaway_shop": "takeaway_or_shop", "party": "party", "vehicle": "vehicle", "online": "online",
                    "other": "other"}


def with_area(person: PersonOfConcern) -> PersonOfConcern:
    """A people row's "Address or area" with a postcode in it is an address: it can link."""
    if person.address or not person.address_area:
        return person
    address, postcode = split_postcode(person.address_area)
    return person.model_copy(update={"address": address, "postcode": postcode}) if postcode else person


def places_from_rows(rows: Any) -> list[PlaceOfConcern]:
    """The full assessment's "Places of concern" rows (one "Place" field, a type) as places."""
    places = []
    for row in rows if isinstance(rows, list) else ():
        text = str(row.get("place") or "").strip() if isinstance(row, dict) else ""
        if not text:
            continue
        address, postcode = split_postcode(text)
        places.append(PlaceOfConcern(name=text[:200], address=address[:500] or None, postcode=postcode,
                                     type=FORM_PLACE_TYPES.get(str(row.get("type") or ""))))
    return places


class ContextsService:
    def __init__(self, conn: Connection, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = ContextStore(conn, actor, clock)
        self.clock = clock
        self._names: list[tuple[int, str]] | None = None  # every person's names, for offers while typing
        self._buckets: defaultdict[str, list[int]] = defaultdict(list)  # name_bucket -> indexes of _names
        self._patterns: tuple[tuple[int, ...], list[Pattern]] | None = None

    def link_case(self, child_id: int, assessment_id: int, assessed_on: date,
                  people: Sequence[PersonOfConcern], places: Sequence[PlaceOfConcern],
                  groups: Sequence[GroupOfConcern] = ()) -> None:
        """Inside the caller's transaction: one context per person and place, linked to the child."""
        self._names = None
        for person in people:
            if not _says_something(person):
                continue
            chosen = self.store.by_uuid(person.context) if person.context else None
            if chosen is not None and chosen.kind == "person":  # the practitioner's choice: the same person
                context_id = chosen.id
                self.store.add_keys(context_id, person_keys(person))
                if person.name and person.name.strip().casefold() not in _names_of(chosen.body):
                    self.store.add_alias(context_id, person.name.strip())
            else:  # a record received from elsewhere or gone since: a new record, nothing lost
                body = person.model_dump(mode="json", include=set(PERSON_FIELDS), exclude_none=True,
                                         exclude_defaults=True)
                context_id = self.store.insert("person", body, person_keys(person))
            self.store.insert_link(context_id, child_id, assessment_id, assessed_on.isoformat(), person.relationship)
        for place in places:
            body = place.model_dump(mode="json", exclude_none=True)
            context_id = self.store.insert("place", body, place_keys(place))
            self.store.insert_link(context_id, child_id, assessment_id, assessed_on.isoformat())
        for group in groups:  # no identifiers: joined to another child's group only by a practitioner
            context_id = self.store.insert("group", group.model_dump(mode="json", exclude_none=True,
                                                                     exclude_defaults=True), ())
            self.store.insert_link(context_id, child_id, assessment_id, assessed_on.isoformat())

    def link_completed(self, child_id: int, assessment_id: int, assessed_on: date,
                       people: Sequence[PersonOfConcern], details: dict | None = None) -> None:
        """A completion in the window: its people of concern (and any registration, phone or
        handle in "Vehicle or phone details", and a postcode in "Address or area") and the places
        rows of a full assessment, linked as an import's are, all or nothing."""
        with self.store.transaction():
            self.link_case(child_id, assessment_id, assessed_on, [with_area(p) for p in people],
                           places_from_rows((details or {}).get("places")))

    def shared(self) -> list[Shared]:
        """Each identifier or record two or more children share, with those children (the rest
        cannot make a pattern)."""
        return [Shared(_kind(kind), key, _shown(kind, key, shown), children)
                for kind, key, shown, children in self.store.shared_groups()]

    def patterns(self) -> list[Pattern]:
        """Computed again only when a link or an identifier has changed since the last time."""
        version = self.store.version()
        if self._patterns is None or self._patterns[0] != version:
            with _no_collection():
                self._patterns = (version, patterns_of(self.shared()))
        return self._patterns[1]

    def linked_to(self, child_id: int) -> dict[int, list[tuple[Kind, str]]]:
        """Each other child sharing an identifier, or a person or place record, with this one."""
        return _by_child(self.store.links_of_child(child_id), child_id)

    def suggest(self, text: str, limit: int = 8) -> list[Offer]:
        """As a practitioner types a person, car, phone or handle: the records already in the vault
        it may be, each with why. Choosing one is the practitioner's act; nothing links by itself."""
        offers: list[Offer] = []
        for kind, key in ((Kind.vehicle, registration_key(text)), (Kind.phone, phone_key(text)),
                          (Kind.handle, handle_key(text) if text.strip().startswith("@") else None)):
            if key and len(key) >= 4:
                offers += [Offer(context_id, kind, found.shown, f"the same {kind.value} so far ({found.shown})")
                           for context_id, found in self.store.find_keys(kind.value, key, limit)]
        if len(text.strip()) >= 3 and not any(ch.isdigit() for ch in text):
            offers += self._names_like(text.strip(), limit)
        return offers[:limit]

    def offers(self, text: str, limit: int = 8) -> list[Offer]:
        """``suggest``, each offer with its record's global id and the children already linked to it
        (for the wizard to say "linked to 2 other children" before the practitioner chooses)."""
        found = self.suggest(text, limit)
        uuids = self.store.uuids(o.context_id for o in found)
        return [replace(o, uuid=uuids.get(o.context_id, ""), children=tuple(self.store.children_of(o.context_id)))
                for o in found]

    def chosen(self, uuid: str) -> Chosen | None:
        record = self.store.by_uuid(uuid)
        if record is None or record.kind != "person":
            return None
        return Chosen(record.id, uuid, str(record.body.get("name") or ""), record.body,
                      tuple(self.store.children_of(record.id)))

    def seen_with(self, child_id: int | None, person: PersonOfConcern | None = None,
                  place: PlaceOfConcern | None = None) -> dict[int, list[tuple[Kind, str]]]:
        """Other children already linked to what this row says: a car, phone, handle or address in
        it, or the record chosen for it. What "This car is linked to 2 other children" is made of."""
        keys = (person_keys(with_area(person)) if person else []) + (place_keys(place) if place else [])
        found = list(self.store.children_with_keys(keys))
        chosen = self.chosen(person.context) if person and person.context else None
        if chosen is not None:
            found += [(other, "person", chosen.name) for other in chosen.children]
        return _by_child(found, child_id)

    def _names_like(self, text: str, limit: int) -> list[Offer]:
        if self._names is None:
            self._names = self.store.all_person_names()
            self._buckets = defaultdict(list)
            for index, (_c, name) in enumerate(self._names):
                self._buckets[name_bucket(name)].append(index)
        names = [n for _c, n in self._names]
        found: list[Offer] = []
        # rapidfuzz narrows 20,000 names to a few candidates in C, and names beginning alike are
        # added (Danny is far from Daniel by edit distance); the domain's rules then decide which
        # are alike, and say why
        near = [index for _n, _s, index in process.extract(text, names, scorer=fuzz.WRatio, processor=str.casefold,
                                                         limit=limit * 4, score_cutoff=60)]
        for index in dict.fromkeys(near + self._buckets.get(name_bucket(text), [])[:limit * 8]):
            context_id, name = self._names[index]
            likeness = name_likeness(text, name)
            if likeness is not None and all(o.context_id != context_id for o in found):
                found.append(Offer(context_id, Kind.person, name, likeness.reason))
        return found[:limit]

    def merge(self, keep: int, other: int) -> None:
        """Two records of one person or place, joined by the practitioner (audited; undoable)."""
        self.store.merge(keep, other)
        self._patterns = None

    def unmerge(self, context_id: int) -> None:
        self.store.unmerge(context_id)
        self._patterns = None

    def join(self, mine: int, theirs: int) -> None:
        """The practitioner's decision, from a child's record, that its person and another child's
        are one: the other record is kept and this one counts as it (or the other way round when
        a join already hangs on this one). Audited; undone by ``unmerge``."""
        try:
            self.merge(theirs, mine)
        except ValueError:
            self.merge(mine, theirs)

    def joins_of(self, child_id: int) -> list[tuple[int, str, str]]:
        """(joined record, its name, the name of the record it counts as) for this child's joins."""
        out = []
        for other, into in self.store.joins_of(child_id):
            out.append((other, _name(self.store.get(other).body), _name(self.store.get(into).body)))
        return out

    def possible(self, already_joined: Iterable[frozenset[int]] = (), limit: int = POSSIBLE_LIMIT) -> PossibleLinks:
        """Name likenesses between people of concern of different children not already in one
        pattern; one offer per pair of children and pair of names, at most ``limit``.

        Each distinct name is compared only with the names sharing a block with it
        (``name_blocks``), and once: 20,000 records are a few thousand names, not 200 million
        pairs. A name written in many children's records (Mohammed, in 400) would be an offer for
        every pair of those children: rarer names come first, as the more telling, and the
        list says how many more there may be (``left_off``) rather than growing without end."""
        group_of = {child: n for n, group in enumerate(already_joined) for child in group}
        roots = self.store.roots()
        by_name: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for child, context, name in self.store.people_names():
            by_name[name.casefold()].append((child, context, name))
        blocks: dict[str, list[str]] = defaultdict(list)
        for name in by_name:
            for block in name_blocks(name):
                blocks[block].append(name)
        pairs = {(a, a) for a in by_name if len(by_name[a]) > 1}
        for members in blocks.values():
            pairs.update((a, b) if a < b else (b, a) for i, a in enumerate(members) for b in members[i + 1:])
        alike = [(a, b, likeness) for a, b in pairs
                 if (likeness := name_likeness(by_name[a][0][2], by_name[b][0][2])) is not None]
        alike.sort(key=lambda x: (len(by_name[x[0]]) * len(by_name[x[1]]), x[0], x[1]))  # the rarest first
        offers: dict[tuple[int, int, str, str], Possible] = {}
        left_off = 0
        for a, b, likeness in alike:
            if len(offers) >= limit:
                left_off += len(by_name[a]) * len(by_name[b])  # at most this many: not read further
                continue
            for n, (child_a, context_a, name_a) in enumerate(by_name[a]):
                if len(offers) >= limit:
                    left_off += (len(by_name[a]) - n) * len(by_name[b])
                    break
                for child_b, context_b, name_b in by_name[b]:
                    if child_a == child_b or group_of.get(child_a, -1) == group_of.get(child_b, -2):
                        continue
                    if roots.get(context_a, context_a) == roots.get(context_b, context_b):
                        continue  # already one person, by the practitioner's merge
                    (ca, va, xa), (cb, vb, xb) = sorted(((child_a, name_a, context_a), (child_b, name_b, context_b)))
                    offers.setdefault((ca, cb, va.casefold(), vb.casefold()),
                                      Possible((ca, cb), (va, vb), name_likeness(va, vb) or likeness, (xa, xb)))
        listed = list(offers.values())[:limit]
        found = PossibleLinks(sorted(listed, key=lambda o: (o.children, o.values)))
        found.left_off = left_off + len(offers) - len(listed)
        return found

    def possible_for(self, child_id: int) -> list[Possible]:
        """The possible links of one child's people of concern (the child's record asks): each of
        its names against every name in the vault, through the offers' narrowing, not every pair."""
        mine = [(c, name) for c, name in self.store.people_names_of(child_id)]
        roots = self.store.roots()
        found: dict[tuple[int, int], Possible] = {}
        for context_id, name in mine:
            for offer in self._names_like(name, 12):
                if roots.get(offer.context_id, offer.context_id) == roots.get(context_id, context_id):
                    continue
                others = tuple(c for c in self.store.children_of(offer.context_id) if c != child_id)
                if not others or (context_id, offer.context_id) in found:
                    continue
                found[(context_id, offer.context_id)] = Possible(
                    (child_id, *others), (name, offer.shown), Likeness(offer.reason), (context_id, offer.context_id))
        return list(found.values())

def _name(body: dict) -> str:
    return str(body.get("name") or "a person recorded without a name")


def _names_of(body: dict) -> set[str]:
    return {str(n).strip().casefold() for n in [body.get("name"), *(body.get("aliases") or ())] if n}


def _says_something(person: PersonOfConcern) -> bool:
    return any(v not in (None, "", (), 0) for v in person.model_dump(exclude={"approx_age"}).values())


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The Patterns list makes about 100,000 small dicts and tuples, and frees them: Python's
    cycle collector, run by the allocations, walked the whole heap of the app several times
    over (measured: a third of the time). Nothing here makes a cycle; collection resumes after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _shown(kind: str, key: str, shown: str) -> str:
    if key.startswith("context:"):
        return shown.strip() or f"a {kind} recorded without a name"
    return shown


_KINDS = {**{k.value: k for k in Kind}, "group": Kind.person}  # a dict: Kind(...) costs 2 us, 23,000 times


def _kind(stored: str) -> Kind:
    """A stored key's or record's kind as the patterns name it (a group counts as people)."""
    return _KINDS[stored]


def _by_child(rows: Iterable[tuple[int, str, str]], child_id: int | None) -> dict[int, list[tuple[Kind, str]]]:
    """(other child, kind, as written) rows as each other child and what it shares, once each."""
    others: dict[int, list[tuple[Kind, str]]] = {}
    for other, kind, shown in rows:
        item = (_kind(kind), shown or "a record without a name")
        if other != child_id and item not in others.setdefault(other, []):
            others[other].append(item)
    return others
