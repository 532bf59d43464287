"""Intelligence for the police about a person, place or group of concern (SPEC 12), separate
from the MASH referral.

Its shape is a partnership intelligence submission: who submits it; the subject and its
identifiers (every record the practitioner joined into it counts: its names, vehicles, phones,
handles and addresses are the subject's); what was seen, dated, by whom and where it is recorded;
the children linked, named only as far as the practitioner chooses ("Child A" otherwise, never a
date of birth: this model is never given one); and the evaluation the police record with it
(3x5x2: source 1-3, intelligence A-E, handling P or C, C with its conditions). The app never
grades: the practitioner does, or the receiving officer; an ungraded line says so.

A child's name written in the records' own words (how a person is known, a description) is
shown as that child's letter, or as ``WITHHELD`` when the word could be more than one child's
(a surname two children share): choosing not to name a child holds for the whole document.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from screening_app.domain.contexts import handle_key, phone_key, postcode_key, registration_key
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
UNGRADED_WORDS = "not graded by the submitter: for the receiving officer"
PLACE_TYPES = {"house_or_flat": "house or flat", "takeaway_or_shop": "takeaway or shop"}
WITHHELD = "[name withheld]"
NOT_RECORDED = "not recorded"
NOTHING_WRITTEN = "linked to the child; nothing more written"
SIGHTING_COLUMNS = ("Date", "Child", "What was seen or known", "Recorded by", "Record")


@dataclass(frozen=True)
class RecordPart:
    """One stored record of the subject (the one asked for first, then those joined into it)."""

    kind: str  # person, place, group
    body: Mapping[str, Any]
    identifiers: tuple[tuple[str, str], ...] = ()  # (vehicle/phone/handle/place, as written)


@dataclass(frozen=True)
class ChildName:
    """What is needed to name a child, or to keep their name out of the record's words."""

    first_name: str = ""
    last_name: str = ""
    other_names: tuple[str, ...] = ()

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)

    def forms(self) -> set[str]:
        """Every way the record's words may name this child."""
        names = [self.full, self.first_name, self.last_name, *self.other_names,
                 *(f"{o} {self.last_name}" for o in self.other_names if self.last_name)]
        return {" ".join(n.split()) for n in names if len(" ".join(n.split())) >= 2}


@dataclass(frozen=True)
class Sighting:
    """A link of the subject to a child, as the vault has it."""

    child_id: int
    seen_on: str  # ISO date, "" when not known
    reference: str = ""  # the child's assessment that records it ("" when none)
    relationship: str = ""
    what: str = ""  # how the subject is known, as written for this link
    recorded_by: str = ""  # the practitioner and setting on that assessment ("" when not recorded)


@dataclass(frozen=True)
class Grading:
    source: str | None = None
    intelligence: str | None = None
    handling: str | None = None
    conditions: str | None = None  # with handling code C: what they are

    def problem(self) -> str | None:
        for value, allowed, name in ((self.source, SOURCE_GRADES, "source grade"),
                                     (self.intelligence, INTELLIGENCE_GRADES, "intelligence grade"),
                                     (self.handling, HANDLING_CODES, "handling code")):
            if value is not None and value not in allowed:
                return f"{name} {value!r} is not one of {', '.join(allowed)}"
        conditions = (self.conditions or "").strip()
        if self.handling == "C" and not conditions:
            return "handling code C needs its conditions: say what they are"
        if conditions and self.handling != "C":
            return "conditions go with handling code C"
        return None


UNGRADED = Grading()


@dataclass(frozen=True)
class IntelligenceReport:
    reference: str
    title: str  # "Intelligence about a person of concern"
    subject: Group
    children_linked: int
    children_note: str
    sightings: Table
    evaluation: Group
    submitter: Group
    generated_at: str
    withheld: int  # how many times the records' words named a child not named here


def build_intelligence(parts: Sequence[RecordPart], sightings: Sequence[Sighting],
                       children: Mapping[int, ChildName], named: set[int], submitter: Mapping[str, Any],
                       grading: Grading, reference: str, generated_at: datetime) -> IntelligenceReport:
    """``parts``: the record asked for, then every record joined into it. ``children``: the names
    of the linked children, printed only for those in ``named``; the others are Child A, Child B...
    in the order first seen, and their names are kept out of the record's words."""
    ordered = sorted(sightings, key=lambda s: (s.seen_on or "9999", s.child_id))
    linked = list(dict.fromkeys(s.child_id for s in ordered))
    letters = _letters([c for c in linked if c not in named])
    label = {c: (children[c].full if c in children and children[c].full else "a child with no name recorded")
             if c in named else f"Child {letters[c]}" for c in linked}
    kind = parts[0].kind if parts else "person"
    keep = {" ".join(n.split()).casefold() for n in _names(parts)}
    words = _Withholder(children, set(named), label, keep)
    subject = tuple(i for i in _subject(kind, parts, words) if i.value)
    rows = tuple(
        (Item("Date", _day(s.seen_on)), Item("Child", label[s.child_id], "child.name"),
         Item("What was seen or known", words(_what(s)) or NOTHING_WRITTEN, "people.how_known"),
         Item("Recorded by", s.recorded_by or NOT_RECORDED, "referrer.name"),
         Item("Record", s.reference or "the child's record"))
        for s in ordered
    )
    evaluation = (
        Item("Source", _graded(grading.source, SOURCE_GRADES)),
        Item("Intelligence", _graded(grading.intelligence, INTELLIGENCE_GRADES)),
        Item("Handling", _graded(grading.handling, HANDLING_CODES)),
        Item("Conditions", words((grading.conditions or "").strip()), "handling.conditions"),
    )
    unnamed = len(letters)
    return IntelligenceReport(
        reference=reference,
        title=f"Intelligence about a {_kind_words(kind)}",
        subject=Group("subject", "The subject", "", subject),
        children_linked=len(linked),
        children_note=_children_note(len(linked), unnamed, words.count),
        sightings=Table("sightings", "What was seen, when and by whom", "", SIGHTING_COLUMNS, rows),
        evaluation=Group("evaluation", "Evaluation (3x5x2)", "", tuple(i for i in evaluation if i.value)),
        submitter=Group("submitter", "Submitted by", "", tuple(i for i in (
            Item("Name", _text(submitter.get("name")) or "not recorded (the referrer's details in Settings)",
                 "referrer.name"),
            Item("Role", _text(submitter.get("role")), "referrer.role"),
            Item("Organisation", _text(submitter.get("organisation")), "referrer.organisation"),
            Item("Telephone", _text(submitter.get("phone")), "referrer.phone"),
            Item("Email", _text(submitter.get("email")), "referrer.email"),
            Item("Date of submission", generated_at.strftime("%d %B %Y").lstrip("0")),
        ) if i.value)),
        generated_at=generated_at.strftime("%d/%m/%Y %H:%M"),
        withheld=words.count,
    )


def recorded_by(referrer: Any) -> str:
    """"Name, role, organisation" of the referrer an assessment records ("" when none)."""
    if not isinstance(referrer, Mapping):
        return ""
    return ", ".join(v for v in (_text(referrer.get(k)) for k in ("name", "role", "organisation")) if v)


def row_for(assessment_input: Any, uuid: str) -> Mapping[str, Any] | None:
    """The people row of a stored assessment input that the practitioner linked to the record with
    this global id (what that assessment says of the person), or None."""
    rows = assessment_input.get("people") if isinstance(assessment_input, Mapping) else None
    for row in rows if isinstance(rows, list) else ():
        if isinstance(row, Mapping) and str(row.get("context") or "").strip().lower() == uuid.strip().lower():
            return row
    return None


# ------------------------------------------------------------------ the subject


def _subject(kind: str, parts: Sequence[RecordPart], words: _Withholder) -> list[Item]:
    bodies = [p.body for p in parts]
    names = _names(parts)
    items = [Item("Name", names[0] if names else "not known", "people.name"),
             Item("Other names used", ", ".join(names[1:]), "people.aliases")]
    if kind == "group":
        members = sum(len(b.get("members") or ()) for b in bodies)
        return [*items, Item("Members", f"{members} written in the submitter's record (not listed here: some may be "
                                        "children; the submitter holds them)" if members else ""),
                Item("Description", words(_joined((b.get("description") for b in bodies), "\n")),
                     "groups.description")]
    if kind == "place":
        return [
            *items,
            Item("Address", _joined((b.get("address") for b in bodies), "; "), "places.address"),
            Item("Postcode", _distinct((b.get("postcode") for b in bodies), postcode_key), "places.postcode"),
            Item("Type of place", _joined(PLACE_TYPES.get(t, t).replace("_", " ")
                                          for t in (_text(b.get("type")) for b in bodies))),
        ]
    shown = defaultdict(list)
    for part in parts:
        for key_kind, written in part.identifiers:
            shown[key_kind].append(written)
    vehicles = _vehicles([v for b in bodies for v in b.get("vehicles") or () if isinstance(v, Mapping)],
                         shown["vehicle"])
    return [
        *items,
        Item("Approximate age", _joined(b.get("approx_age") for b in bodies)),
        Item("Sex", _joined(_text(b.get("sex")).replace("_", " ") for b in bodies)),
        Item("Vehicles", vehicles, "people.vehicles"),
        Item("Phones", _distinct([*(p for b in bodies for p in b.get("phones") or ()), *shown["phone"]], phone_key),
             "people.phones"),
        Item("Online handles", _distinct([*(h for b in bodies for h in b.get("handles") or ()), *shown["handle"]],
                                         handle_key), "people.handles"),
        Item("Address or area", _joined((", ".join(_text(b.get(k)) for k in ("address", "postcode", "address_area")
                                                   if _text(b.get(k))) for b in bodies), "; "), "people.address"),
        Item("Vehicle or phone details as written", words(_joined((b.get("vehicle_phone") for b in bodies), "; ")),
             "people.vehicle_phone"),
    ]


def _names(parts: Sequence[RecordPart]) -> list[str]:
    """The subject's names: the first record's name, then every other name and alias, once each."""
    found: dict[str, str] = {}
    for part in parts:
        for name in [part.body.get("name"), *(part.body.get("aliases") or ())]:
            text = " ".join(_text(name).split())
            if text and text.casefold() not in found:
                found[text.casefold()] = text
    return list(found.values())


def _vehicles(vehicles: list[Mapping[str, Any]], registrations: list[str]) -> str:
    """Each car once ("AB12 CDE grey Ford"), however its registration was written."""
    seen: set[str] = set()
    out: list[str] = []
    for v in [*vehicles, *({"registration": r} for r in registrations)]:
        registration = _text(v.get("registration"))
        key = registration_key(registration) or registration.casefold()
        if key and key in seen:
            continue
        seen.add(key)
        words = " ".join(p for p in (registration, _text(v.get("colour")), _text(v.get("make"))) if p)
        if words:
            out.append(words)
    return "; ".join(out)


def _distinct(values: Iterable[Any], key: Any) -> str:
    """Each value once as first written, two spellings of one number or postcode being one."""
    seen: dict[str, str] = {}
    for value in values:
        text = _text(value)
        if text:
            seen.setdefault(key(text) or text.casefold(), text)
    return ", ".join(seen.values())


def _joined(values: Iterable[Any], between: str = ", ") -> str:
    return between.join(dict.fromkeys(t for t in (_text(v) for v in values) if t))


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value).strip()


# ------------------------------------------------------------------ children's names kept out


class _Withholder:
    """The records' words with each unnamed child's names shown as their letter (or ``WITHHELD``
    when the word is more than one child's); a named child's names, and the subject's own, stay."""

    def __init__(self, children: Mapping[int, ChildName], named: set[int], label: Mapping[int, str],
                 keep: set[str]) -> None:
        owners: defaultdict[str, set[int]] = defaultdict(set)
        for child, name in children.items():
            if child in label:
                for form in name.forms():
                    owners[form.casefold()].add(child)
        self.replace: dict[str, str | None] = {}
        for form, who in owners.items():
            if who <= named or form in keep:
                self.replace[form] = None  # written as it is
            else:
                self.replace[form] = label[next(iter(who))] if len(who) == 1 else WITHHELD
        self.count = 0
        alternatives = sorted(self.replace, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in alternatives) + r")(?!\w)",
            re.IGNORECASE) if alternatives else None

    def __call__(self, text: str) -> str:
        if not self.pattern or not text:
            return text
        return self.pattern.sub(self._one, text)

    def _one(self, match: re.Match[str]) -> str:
        shown = self.replace.get(" ".join(match.group(0).split()).casefold())
        if shown is None:
            return match.group(0)
        self.count += 1
        return shown


def _children_note(linked: int, unnamed: int, withheld: int) -> str:
    note = f"Linked to {linked} {'child' if linked == 1 else 'children'} in the submitter's records. "
    if unnamed:
        note += (f"{unnamed} not named here: the submitter holds their details and will share them on request, "
                 "as safeguarding allows.")
    elif linked:
        note += "Named with the submitter's agreement."
    if withheld:
        note += (" Where the records' own words named a child not named here, the name is shown as the child's "
                 f"letter, or as {WITHHELD}.")
    return note


def _what(s: Sighting) -> str:
    return ": ".join(p for p in (s.relationship.strip(), s.what.strip()) if p)


def _letters(children: list[int]) -> dict[int, str]:
    """A, B ... Z, AA, AB ... as on a spreadsheet's columns, however many."""
    def letter(n: int) -> str:
        out = ""
        n += 1
        while n:
            n, rest = divmod(n - 1, 26)
            out = string.ascii_uppercase[rest] + out
        return out
    return {c: letter(n) for n, c in enumerate(children)}


def _graded(value: str | None, allowed: dict[str, str]) -> str:
    return f"{value}: {allowed[value]}" if value in allowed else UNGRADED_WORDS


def _kind_words(kind: str) -> str:
    return {"person": "person of concern", "place": "place of concern", "group": "group of concern"}.get(kind, kind)


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")  # one word: a narrow column never breaks it
    except ValueError:
        return "not known"
