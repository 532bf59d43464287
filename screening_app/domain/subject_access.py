"""Subject access (SPEC 13, issue 16): what is withheld from a child's record, and why. Pure.

A subject access request is answered within one month with everything held about the child,
except what an exemption of the Data Protection Act 2018 lets the organisation withhold. Here:

- everything held is a list of ``Passage``: one piece of text, where it is, and what it is
  (``role``): free text, a person of concern, a source, another child;
- ``mark`` proposes what to withhold, each ``Item`` with the exemption relied on: another child
  (a name in free text, a context's other linked children, a group's members), a person of
  concern, a source who asked to stay anonymous;
- the practitioner may change an item's exemption or release it (``choose``); **another child's
  name is never released unless that item is released explicitly** (``confirmed=True``);
- ``redact`` puts "[withheld: reason (legal reference)]" in place of each withheld item, and
  ``schedule`` says what was withheld and why (counts per exemption, each item's place, never
  the withheld text).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from screening_app.words import QT_TRANSLATE_NOOP, fill, translate


@dataclass(frozen=True)
class Exemption:
    code: str
    reference: str  # the legal reference, as a reader can look it up
    words: str  # in plain words, as the export prints it (in English: ``said`` in the language of the work)

    @property
    def said(self) -> str:
        return translate("SAR", self.words)


EXEMPTIONS: tuple[Exemption, ...] = (
    Exemption("third_party", "DPA 2018 Sch. 2 Part 3 para 16",
              QT_TRANSLATE_NOOP("SAR", "information about another person")),
    Exemption("crime", "DPA 2018 Sch. 2 Part 1 para 2",
              QT_TRANSLATE_NOOP("SAR", "prevention or detection of crime")),
    Exemption("confidential_source", "DPA 2018 Sch. 2 Part 3 para 16",
              QT_TRANSLATE_NOOP("SAR", "a source who gave information in confidence")),
    Exemption("serious_harm", "DPA 2018 Sch. 3 Part 3 para 11",
              QT_TRANSLATE_NOOP("SAR", "disclosure would be likely to cause serious harm (social "
                                                       "work)")),
)
EXEMPTION = {e.code: e for e in EXEMPTIONS}

# What is marked, and the exemption proposed for it.
KINDS = {
    "other_child": (QT_TRANSLATE_NOOP("SAR", "another child"), "third_party"),
    "person_of_concern": (QT_TRANSLATE_NOOP("SAR", "a person of concern"), "crime"),
    "anonymous_source": (QT_TRANSLATE_NOOP("SAR", "a source who asked to stay anonymous"),
                         "confidential_source"),
}
ROLES = ("text", "person", "source", "other_child")  # what a passage is; "text" is searched for names


class SubjectAccessError(ValueError):
    """A choice the rules refuse; the message names no one."""


@dataclass(frozen=True)
class Passage:
    key: str  # stable: "chronology/3/v2/what"
    section: str  # "Chronology: 14 Nov 2026"
    label: str  # "What happened"
    text: str
    role: str = "text"

    @property
    def where(self) -> str:
        return f"{self.section}, {self.label}" if self.label else self.section


@dataclass(frozen=True)
class Item:
    """One thing marked for withholding: ``text`` is the name (or the whole passage) it hides."""

    id: str
    kind: str
    passage: str  # the passage's key
    where: str
    text: str
    whole: bool  # the whole passage, or each place ``text`` appears in it
    exemption: str
    withheld: bool = True

    @property
    def kind_words(self) -> str:
        return translate("SAR", KINDS[self.kind][0])


def placeholder(exemption: str) -> str:
    found = EXEMPTION[exemption]
    return fill(translate("SAR", "[withheld: %1 (%2)]"), found.said, found.reference)


# ------------------------------------------------------------ marking


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """Whole words, any case, longest first (a full name is one match, not two)."""
    cleaned = sorted({" ".join(n.split()) for n in names if n and len(n.strip()) >= 2}, key=lambda n: (-len(n), n))
    if not cleaned:
        return None
    words = "|".join(r"\s+".join(map(re.escape, n.split(" "))) for n in cleaned)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def child_names(first: str, last: str, others: Sequence[str] = ()) -> tuple[str, ...]:
    """What a child may be called in free text: the full name, each name, each other name."""
    full = " ".join(p for p in (first, last) if p)
    return tuple(n for n in (full, first, last, *others) if n and n.strip())


def mark(passages: Sequence[Passage], *, other_children: Sequence[str], people: Sequence[str],
         anonymous: bool, own_names: Sequence[str] = ()) -> tuple[Item, ...]:
    """Everything to withhold by default. ``other_children``: the names of the vault's other
    children (``child_names`` of each); ``people``: names and aliases of the people of concern;
    ``anonymous``: a source asked to stay anonymous (the consent question ``anonymous_source``);
    ``own_names``: the child's own names, never taken for another child's (two children called Amy)."""
    own = {n.casefold() for n in own_names}
    children = names_pattern(n for n in other_children if n.casefold() not in own)
    concern = names_pattern(n for n in people if n.casefold() not in own)
    items: list[Item] = []
    for passage in passages:
        items.extend(_marked(passage, children, concern, anonymous))
    return tuple(items)


def _marked(passage: Passage, children: re.Pattern[str] | None, concern: re.Pattern[str] | None,
            anonymous: bool) -> list[Item]:
    whole = {"other_child": "other_child", "person": "person_of_concern",
             "source": "anonymous_source" if anonymous else None}.get(passage.role)
    if whole and passage.text.strip():
        return [_item(passage, whole, passage.text, whole=True, n=0)]
    out: list[Item] = []
    taken: set[str] = set()
    for kind, pattern in (("other_child", children), ("person_of_concern", concern)):
        for match in pattern.finditer(passage.text) if pattern else ():
            name = " ".join(match.group(0).split())
            if name.casefold() not in taken:
                taken.add(name.casefold())
                out.append(_item(passage, kind, name, whole=False, n=len(out) + 1))
    return out


def _item(passage: Passage, kind: str, text: str, *, whole: bool, n: int) -> Item:
    return Item(id=f"{passage.key}#{n}", kind=kind, passage=passage.key, where=passage.where, text=text,
                whole=whole, exemption=KINDS[kind][1])


# ------------------------------------------------------------ the practitioner's choices


def choose(items: Sequence[Item], item_id: str, *, withheld: bool, exemption: str | None = None,
           confirmed: bool = False) -> tuple[Item, ...]:
    """The items with one changed. Releasing another child's name needs ``confirmed``: the rule
    that no other child is named unless the practitioner says so, for that item."""
    if exemption is not None and exemption not in EXEMPTION:
        raise SubjectAccessError("that is not one of the exemptions listed")
    out = []
    for item in items:
        if item.id == item_id:
            if item.kind == "other_child" and not withheld and not confirmed:
                raise SubjectAccessError("another child's name is released only when you confirm it for that item")
            item = replace(item, withheld=withheld, exemption=exemption or item.exemption)
        out.append(item)
    if not any(item.id == item_id for item in items):
        raise SubjectAccessError("no such item")
    return tuple(out)


# ------------------------------------------------------------ the export


def redact(passage: Passage, items: Sequence[Item]) -> str:
    """The passage as released: each withheld item of it replaced by its placeholder. Every item of
    the passage is matched, released ones too, longest first: a released full name stays whole even
    while the first name alone is still withheld."""
    mine = [i for i in items if i.passage == passage.key]
    whole = next((i for i in mine if i.whole and i.withheld), None)
    if whole is not None:
        return placeholder(whole.exemption)
    by_name = {" ".join(i.text.split()).casefold(): i for i in mine if not i.whole}
    pattern = names_pattern(by_name)
    if pattern is None:
        return passage.text

    def replaced(match: re.Match[str]) -> str:
        item = by_name[" ".join(match.group(0).split()).casefold()]
        return placeholder(item.exemption) if item.withheld else match.group(0)

    return pattern.sub(replaced, passage.text)


@dataclass(frozen=True)
class ScheduleLine:
    where: str
    kind: str  # in words: "another child"
    exemption: Exemption


@dataclass(frozen=True)
class Schedule:
    counts: tuple[tuple[Exemption, int], ...]  # per exemption relied on, in the list's order
    lines: tuple[ScheduleLine, ...]
    released: int  # items marked but released by the practitioner


def schedule(items: Sequence[Item]) -> Schedule:
    """What was withheld and why; never the withheld text."""
    withheld = [i for i in items if i.withheld]
    counts = tuple((e, n) for e in EXEMPTIONS if (n := sum(1 for i in withheld if i.exemption == e.code)))
    lines = tuple(ScheduleLine(i.where, i.kind_words, EXEMPTION[i.exemption]) for i in withheld)
    return Schedule(counts, lines, len(items) - len(withheld))


def response_due(requested: date) -> date:
    """One calendar month from the request (the ICO's rule): the same day next month, or that
    month's last day when it has no such day (31 January -> 28 or 29 February)."""
    year, month = (requested.year + 1, 1) if requested.month == 12 else (requested.year, requested.month + 1)
    return date(year, month, min(requested.day, calendar.monthrange(year, month)[1]))


LEGAL_DUTY = QT_TRANSLATE_NOOP(
    "SAR", "A subject access request (UK GDPR Article 15) is answered within one month of receiving "
                           "it. Information about other people is withheld only under an exemption of the Data "
                           "Protection Act 2018, and the response says what was withheld and why. Another child's "
                           "name is never released unless you release that item yourself.")
