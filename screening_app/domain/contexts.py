"""People, places, vehicles and phones across children (SPEC 12): the matching rules.

Pure rules, no storage. Two kinds of link:

- **certain**: the same identifier after normalisation (a vehicle registration, a phone number,
  an online handle, a place's postcode and building number). Children joined by certain links
  form a **pattern** (``patterns``).
- **possible**: names or aliases alike (a short form, a sound-alike or a near spelling, the same
  alias written differently). Offered with the reason (``name_likeness``); never joined without
  the practitioner.

Sound-alike keys are jellyfish's Metaphone (its match rating comparison was tried and joined
Karim with Kevin and Tom with Tamsin), and near spellings
rapidfuzz's normalised Indel ratio: well-kept, tested C/Rust implementations rather than a
hand-written distance.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from operator import itemgetter
from typing import NamedTuple

import jellyfish
from rapidfuzz import fuzz

from screening_app.words import QT_TRANSLATE_NOOP, fill, translate


class Kind(str, Enum):
    vehicle = "vehicle"
    phone = "phone"
    handle = "handle"
    place = "place"
    person = "person"


KIND_WORDS = {Kind.vehicle: QT_TRANSLATE_NOOP("Patterns", "vehicle"),
              Kind.phone: QT_TRANSLATE_NOOP("Patterns", "phone"),
              Kind.handle: QT_TRANSLATE_NOOP("Patterns", "online handle"),
              Kind.place: QT_TRANSLATE_NOOP("Patterns", "place"),
              Kind.person: QT_TRANSLATE_NOOP("Patterns", "person of concern")}


def kind_word(kind: Kind) -> str:
    """In the language of the work (``words.language``)."""
    return translate("Patterns", KIND_WORDS[kind])


def shared_words(shared: Iterable[tuple[Kind, str]]) -> str:
    """"vehicle AB12 CDE; phone 07700 900123": what two records share, as a practitioner reads it
    (in the language of the work)."""
    return "; ".join(fill(translate("Patterns", "%1 %2"), kind_word(Kind(kind)), shown) for kind, shown in shared)


# ------------------------------------------------------------------ normalisation (certain links)

_REGISTRATION = re.compile(r"[A-Z0-9]{2,8}")


def registration_key(text: str | None) -> str | None:
    """``ab12-cde`` and ``AB12 CDE`` are one car: upper case, no spaces, hyphens or dots. Something
    that cannot be a registration (no digit, or no letter, or too long) gives no key."""
    key = re.sub(r"[\s\-.·]", "", text or "").upper()
    if not _REGISTRATION.fullmatch(key) or not re.search(r"\d", key) or not re.search(r"[A-Z]", key):
        return None
    return key


def phone_key(text: str | None) -> str | None:
    """Digits only; +44, 0044 and a (0) become the UK's leading 0. Another country's number keeps
    its + so it never meets a UK number by accident. Fewer than 7 digits is not a number."""
    raw = re.sub(r"\(\s*0\s*\)", "", text or "").strip()
    international = raw.startswith("+") or raw.startswith("00")
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("00"):
        digits = digits[2:]
    if international and digits.startswith("44"):
        digits, international = "0" + digits[2:].lstrip("0"), False
    if len(digits) < 7:
        return None
    return ("+" + digits) if international else digits


def handle_key(text: str | None) -> str | None:
    """An online handle: lower case, no leading @, no spaces around it."""
    key = (text or "").strip().lstrip("@").strip().lower()
    return key if len(key) >= 2 and not re.search(r"\s", key) else None


_POSTCODE = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})")


def postcode_key(text: str | None) -> str | None:
    """A UK postcode written any way (``ab1 2cd``, ``AB12CD``) as ``AB1 2CD``; anything else: None."""
    match = _POSTCODE.fullmatch(re.sub(r"\s", "", text or "").upper())
    return f"{match[1]} {match[2]}" if match else None


_POSTCODE_IN_TEXT = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)


def split_postcode(text: str | None) -> tuple[str, str | None]:
    """A place written in one field ("Flat 3, 12 Mill Rd, ZZ1 4QQ"): the address without its
    postcode, and the postcode (the last one written), if any."""
    found = list(_POSTCODE_IN_TEXT.finditer(text or ""))
    if not found:
        return (text or "").strip(), None
    last = found[-1]
    rest = ((text or "")[:last.start()] + (text or "")[last.end():]).strip(" ,\n")
    rest = re.sub(r"\s*,(\s*,)+", ",", re.sub(r"[ \t]{2,}", " ", rest))  # where the postcode was
    return rest, postcode_key(last[1] + last[2])


STREET_WORDS = {
    "rd": "road", "st": "street", "ave": "avenue", "av": "avenue", "ln": "lane", "dr": "drive",
    "cl": "close", "cres": "crescent", "pl": "place", "sq": "square", "ct": "court", "gdns": "gardens",
    "tce": "terrace", "gr": "grove", "pde": "parade", "hwy": "highway",
}
_FLAT = re.compile(r"\b(flat|apartment|apt|unit|room|maisonette)\s*\.?\s*[0-9]*[a-z]?\b\s*,?", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", no_marks.lower()).split())


def building(address: str | None) -> tuple[str | None, str]:
    """The building an address is in: its number (a flat number does not split a building; 12a is
    at 12; "3/12" is flat 3 at 12) and the street with Rd/Road, St/Street, Ave/Avenue alike."""
    first = (address or "").replace("\r", "\n").split("\n")
    text = ", ".join(line.strip() for line in first if line.strip())
    text = re.sub(r"\b\d+[a-z]?\s*/\s*(\d+)", r"\1", _FLAT.sub(" ", text), flags=re.IGNORECASE)
    number = re.search(r"\b(\d+)[a-z]?\b", text, re.IGNORECASE)
    street_part = text[number.end():] if number else text
    street = street_part.split(",")[0]
    words = _plain(street).split()
    if words and words[-1] in STREET_WORDS:
        words[-1] = STREET_WORDS[words[-1]]
    return (number[1].lstrip("0") or "0") if number else None, " ".join(words)


def place_key(address: str | None, postcode: str | None) -> str | None:
    """Same postcode and same building number: one place. Without both there is no certain key
    (an address without a postcode can still be a possible link, ``address_likeness``)."""
    code = postcode_key(postcode)
    number, _street = building(address)
    return f"{code}|{number}" if code and number else None


_REG_IN_TEXT = re.compile(r"\b[A-Z]{2}[0-9]{2}\s?[A-Z]{3}\b", re.IGNORECASE)  # the UK's current format
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+|00)?[0-9][0-9 ()\-]{8,18}[0-9]")
_HANDLE_IN_TEXT = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}")


def identifiers(phones: Iterable[str] = (), registrations: Iterable[str] = (), handles: Iterable[str] = (),
                text: str | None = None) -> list[tuple[Kind, str, str]]:
    """(kind, key, as written) for every identifier given, and for those found in free text (the
    forms' "Vehicle or phone details": a current-format registration, a phone number, an @handle).
    Each key once."""
    found: dict[tuple[Kind, str], str] = {}

    def add(kind: Kind, key: str | None, shown: str) -> None:
        if key and (kind, key) not in found:
            found[(kind, key)] = shown.strip()

    for phone in phones:
        add(Kind.phone, phone_key(phone), phone)
    for registration in registrations:
        add(Kind.vehicle, registration_key(registration), registration)
    for handle in handles:
        add(Kind.handle, handle_key(handle), handle)
    for match in _REG_IN_TEXT.finditer(text or ""):
        add(Kind.vehicle, registration_key(match[0]), match[0])
    for match in _PHONE_IN_TEXT.finditer(text or ""):
        add(Kind.phone, phone_key(match[0]), match[0])
    for match in _HANDLE_IN_TEXT.finditer(text or ""):
        add(Kind.handle, handle_key(match[0]), match[0])
    return [(kind, key, shown) for (kind, key), shown in found.items()]


# ------------------------------------------------------------------ possible links (names)

@dataclass(frozen=True)
class Likeness:
    reason: str  # in the practitioner's words, shown beside the offer


def _name_forms(name: str) -> tuple[str, str]:
    plain = _plain(name)
    return plain, plain.replace(" ", "")


def name_bucket(name: str) -> str:
    """The first three letters of a name's first word, plain: where its short forms are found
    (Danny and Daniel share "dan"; a near spelling may not come near on the whole name)."""
    plain = _name_forms(name)[0].split()
    return _stem(plain[0])[:3] if plain else ""


def name_blocks(name: str) -> set[str]:
    """Keys two names alike are very likely to share (the first letters, plain and joined; the
    sound of the first word): which pairs are worth comparing among thousands of names, instead
    of every pair. A name's likeness is still decided by ``name_likeness``."""
    plain, joined = _name_forms(name)
    first = plain.split()[0] if plain.split() else ""
    # a slip of one letter leaves the start (a slip at the end), the end (at the start) or the
    # first and last letters (in the middle) as they were
    blocks = {f"b:{name_bucket(name)}", f"j:{joined[:3]}", f"e:{joined[-3:]}", f"f:{joined[:1]}{joined[-1:]}"}
    if len(first) >= 3:
        blocks.add(f"m:{jellyfish.metaphone(first)}")
    return blocks


def name_likeness(a: str | None, b: str | None) -> Likeness | None:
    """Why two names or aliases may be one person, or None. Never a certain link: a practitioner
    decides. Compared whole, then first names when one side is a single word (an alias or a
    nickname beside a full name)."""
    if not (a or "").strip() or not (b or "").strip():
        return None
    (pa, ja), (pb, jb) = _name_forms(a or ""), _name_forms(b or "")
    if not ja or not jb:
        return None
    if a.strip().casefold() == b.strip().casefold():
        return Likeness(f"the same name ({a.strip()})")
    if ja == jb:
        return Likeness(f"the same name written differently ({a.strip()}, {b.strip()})")
    found = _words_alike(pa, pb, a.strip(), b.strip())
    if found is None and (len(pa.split()) == 1) != (len(pb.split()) == 1):
        found = _words_alike(pa.split()[0], pb.split()[0], a.strip(), b.strip())
    return found


def _words_alike(pa: str, pb: str, a: str, b: str) -> Likeness | None:
    short, long_ = sorted((pa, pb), key=len)
    stem = _stem(short)
    if len(stem) >= 3 and " " not in short and long_.split()[0].startswith(stem) and long_ != short:
        return Likeness(f"one may be a short form of the other ({a}, {b})")
    if len(pa) >= 3 and len(pb) >= 3:
        key_a, key_b = jellyfish.metaphone(pa), jellyfish.metaphone(pb)
        if key_a == key_b and len(key_a) >= 2:
            return Likeness(f"they sound alike ({a}, {b})")
    ratio = fuzz.ratio(pa, pb)
    if ratio >= 85:
        return Likeness(f"spelt nearly the same ({a}, {b}: {ratio:.0f}% alike)")
    return None


def _stem(name: str) -> str:
    """A familiar form's stem: Danny and Dannie to Dan, Jonny to Jon (then compared as a prefix)."""
    stem = re.sub(r"(ie|ey|y)$", "", name) if len(name) > 3 else name
    return stem[:-1] if len(stem) >= 4 and stem[-1] == stem[-2] else stem


def address_likeness(a: str | None, b: str | None) -> Likeness | None:
    """Two addresses with the same building number and street, where a postcode is missing: a
    possible link (a certain one needs the postcode)."""
    (na, sa), (nb, sb) = building(a), building(b)
    if na and na == nb and sa and sa == sb:
        return Likeness(f"the same address without a postcode to confirm it ({na} {sa})")
    return None


# ------------------------------------------------------------------ patterns (certain links joined)

class Link(NamedTuple):
    """One child linked to one identifier (from a person, place, vehicle or phone record). A named
    tuple: tens of thousands are made for the Patterns list, and a frozen dataclass is 3x slower."""

    child_id: int
    kind: Kind
    key: str  # the normalised identifier
    shown: str  # as the practitioner wrote it, for the list
    seen_on: date | None = None


@dataclass
class Pattern:
    """Children joined by certain links, and what they share."""

    children: list[int]
    shared: list[tuple[Kind, str]] = field(default_factory=list)  # (kind, as written)
    latest: date | None = None
    joins: list[tuple[Kind, str, tuple[int, ...]]] = field(default_factory=list)  # each shared item's children


class Shared(NamedTuple):
    """One identifier or record and every child linked to it, with the day each was last linked
    (an ISO date, or "" when not known): what the vault gives the Patterns list, grouped, so
    tens of thousands of links need not each become an object."""

    kind: Kind
    key: str
    shown: str  # as the first record to hold it wrote it
    children: dict[int, str]


def patterns(links: Iterable[Link]) -> list[Pattern]:
    """Groups of two or more children joined, directly or through each other, by a shared
    identifier; the most recently seen first, then the largest."""
    groups: dict[tuple[Kind, str], Shared] = {}
    for link in links:
        group = groups.setdefault((link.kind, link.key), Shared(link.kind, link.key, link.shown, {}))
        seen = link.seen_on.isoformat() if link.seen_on else ""
        group.children[link.child_id] = max(group.children.get(link.child_id, ""), seen)
    return patterns_of(groups.values())


def patterns_of(groups: Iterable[Shared]) -> list[Pattern]:
    """``patterns`` from identifiers already grouped with their children."""
    shared = [g for g in groups if len(g.children) >= 2]
    parent: dict[int, int] = {}

    def root(child: int) -> int:
        parent.setdefault(child, child)
        while parent[child] != child:
            parent[child] = parent[parent[child]]
            child = parent[child]
        return child

    for group in shared:
        children = iter(group.children)
        first = root(next(children))
        for child in children:
            parent[root(child)] = first
    members: dict[int, set[int]] = defaultdict(set)
    shared_by: dict[int, list[tuple[Kind, str]]] = defaultdict(list)
    joins: dict[int, list[tuple[Kind, str, tuple[int, ...]]]] = defaultdict(list)
    latest: dict[int, str] = {}
    for group in sorted(shared, key=itemgetter(0, 1)):  # Kind is a str: no .value (slow)
        top = root(next(iter(group.children)))
        shared_by[top].append((group.kind, group.shown))
        joins[top].append((group.kind, group.shown, tuple(sorted(group.children))))
        members[top].update(group.children)
        latest[top] = max(latest.get(top, ""), *group.children.values())
    found = [Pattern(sorted(members[top]), shared_by[top], date.fromisoformat(latest[top]) if latest[top] else None,
                     joins[top]) for top in members]
    return sorted(found, key=lambda p: (p.latest or date.min, len(p.children)), reverse=True)


def linked_children(links: Sequence[Link], child_id: int) -> dict[int, list[tuple[Kind, str]]]:
    """For one child: each other child sharing an identifier with it, and what they share
    ("This car is linked to 2 other children")."""
    mine = {(x.kind, x.key): x.shown for x in links if x.child_id == child_id}
    others: dict[int, list[tuple[Kind, str]]] = defaultdict(list)
    for link in links:
        if link.child_id != child_id and (link.kind, link.key) in mine:
            item = (link.kind, mine[(link.kind, link.key)])
            if item not in others[link.child_id]:
                others[link.child_id].append(item)
    return dict(others)
