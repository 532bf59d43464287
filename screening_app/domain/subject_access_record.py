"""Everything held about one child, as passages to read, mark and redact (SPEC 13, issue 16). Pure.

Built from ``storage.subject_access.held_about``'s plain data: the child's details, every
assessment with every version (answers and notes, the result and its reasons, an override, a
correction's reason, the details recorded), the chronology with every version, escalations, the
people, places and groups linked to the child, transfers in and out, the team's access, and the
audit trail. Each passage says what it is (``role``), so ``subject_access.mark`` knows a person of
concern or a source from free text to be searched for names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from screening_app.domain.child_language import WORDS
from screening_app.domain.referral import format_date, format_value
from screening_app.domain.schema import FormDefinition, level_label
from screening_app.domain.subject_access import Item, Passage, Schedule, child_names, redact, response_due, schedule
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

PERSON_GROUPS = ("people",)  # the forms' field groups whose rows are people of concern
# What a person-of-concern row says about the child's side (how old, how they know the child) is
# shown, and searched for names; what identifies the person is withheld.
ABOUT_THE_CHILD = ("approx_age", "relationship", "sex", "how_known", "linked_on")
SOURCE_FIELDS = ("source_detail",)
# Marked for the translation file; each is said with translate("SAR", ...) where it is used.
PARTS = {"child": QT_TRANSLATE_NOOP("SAR", "The child's details"),
         "assessment": QT_TRANSLATE_NOOP("SAR", "Assessments (every version)"),
         "chronology": QT_TRANSLATE_NOOP("SAR", "Chronology (every version)"),
         "escalation": QT_TRANSLATE_NOOP("SAR", "Escalations (professional disagreements)"),
         "context": QT_TRANSLATE_NOOP("SAR", "People, places and groups linked to the child"),
         "transfer": QT_TRANSLATE_NOOP("SAR", "Transfers of the child's file"),
         "team": QT_TRANSLATE_NOOP("SAR", "Shared with a safeguarding team")}
ANSWERS = {"yes": QT_TRANSLATE_NOOP("SAR", "Yes"), "no": QT_TRANSLATE_NOOP("SAR", "No"),
           "possible": QT_TRANSLATE_NOOP("SAR", "Possible"),
           "not_known": QT_TRANSLATE_NOOP("SAR", "Not known")}
RECENCY = {"current": QT_TRANSLATE_NOOP("SAR", "current"),
           "recent": QT_TRANSLATE_NOOP("SAR", "recent"),
           "past": QT_TRANSLATE_NOOP("SAR", "past")}
LANGUAGES = {"en": QT_TRANSLATE_NOOP("SAR", "English"),
             "cy": QT_TRANSLATE_NOOP("SAR", "Welsh")}


ENTRY_WORDS = (QT_TRANSLATE_NOOP("SAR", "when"),
               QT_TRANSLATE_NOOP("SAR", "what happened"),
               QT_TRANSLATE_NOOP("SAR", "source"),
               QT_TRANSLATE_NOOP("SAR", "who told"),
               QT_TRANSLATE_NOOP("SAR", "reference"),
               QT_TRANSLATE_NOOP("SAR", "why corrected"),
               QT_TRANSLATE_NOOP("SAR", "recorded by"))


def part_title(part: str, default: str = "") -> str:
    """A part's heading in the language of the work."""
    return translate("SAR", PARTS[part]) if part in PARTS else default


@dataclass(frozen=True)
class Section:
    title: str
    passages: tuple[Passage, ...]

    @property
    def part(self) -> str:
        """Which part of the export it belongs to, from its passages' keys: "chronology"..."""
        return self.passages[0].key.split("/", 1)[0] if self.passages else ""


@dataclass(frozen=True)
class HeldRecord:
    child_name: str
    own_names: tuple[str, ...]
    sections: tuple[Section, ...]
    audit: tuple[tuple[str, str, str, str], ...]  # when, who, what, record: never content
    anonymous_source: bool  # an assessment records that a source asked to stay anonymous
    people: tuple[str, ...]  # names and aliases of the people of concern, to find in free text
    other_children: tuple[str, ...]  # the vault's other children's names, to find in free text

    def passages(self) -> list[Passage]:
        return [p for s in self.sections for p in s.passages]


def build_held(held: dict[str, Any], forms: dict[str, FormDefinition],
               audit: Sequence[tuple[str, str, str, str]] = ()) -> HeldRecord:
    child = held["child"]
    own = child_names(child.get("first_name") or "", child.get("last_name") or "", child.get("other_names") or ())
    sections = [_child(child)]
    inputs: list[dict[str, Any]] = []
    for assessment in held.get("assessments") or ():
        for version in assessment.get("versions") or ():
            data = _json(version.get("input_json"))
            inputs.append(data)
            sections.append(_version(assessment, version, data, forms.get(assessment.get("form_id") or "")))
    sections += [_entry(e) for e in held.get("chronology") or ()]
    sections += [_escalation(n, e) for n, e in enumerate(held.get("escalations") or (), 1)]
    sections += [_context(n, c) for n, c in enumerate(held.get("contexts") or (), 1)]
    sections += [s for s in (_transfers(held.get("transfers") or ()), _team(held.get("team"))) if s]
    people = [*_people_names(inputs), *(n for c in held.get("contexts") or () if c.get("kind") == "person"
                                          for n in _context_names(c))]
    return HeldRecord(
        child_name=own[0] if own else translate("SAR", "No name recorded"), own_names=own,
        sections=tuple(s for s in sections if s.passages),
        audit=tuple(tuple(a) for a in audit),  # type: ignore[misc]
        anonymous_source=any(_anonymous(d) for d in inputs), people=tuple(dict.fromkeys(people)),
        other_children=tuple(n for names in held.get("other_children") or () for n in names))


def _json(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) and text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _words(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "; ".join(_words(v) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return "; ".join(f"{_human(k)}: {_words(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, bool):
        return translate("SAR", "Yes") if value else translate("SAR", "No")
    return "" if value is None else str(value)


def _human(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _p(key: str, section: str, label: str, value: Any, role: str = "text") -> Passage | None:
    text = _words(value).strip()
    return Passage(key, section, label, text, role) if text else None


def _section(title: str, passages: Iterable[Passage | None]) -> Section:
    return Section(title, tuple(p for p in passages if p is not None))


def _child(child: dict[str, Any]) -> Section:
    title = part_title("child")
    language = child.get("language")
    return _section(title, [
        _p("child/name", title, translate("SAR", "Name"),
           " ".join(p for p in (child.get("first_name"), child.get("last_name")) if p)),
        _p("child/other_names", title, translate("SAR", "Other names used"), child.get("other_names")),
        _p("child/date_of_birth", title, translate("SAR", "Date of birth"),
           format_date(child.get("date_of_birth"))),
        _p("child/approx_age", title, translate("SAR", "Approximate age"), child.get("approx_age")),
        _p("child/upn", title, translate("SAR", "School UPN"), child.get("upn")),
        _p("child/nhs_number", title, translate("SAR", "NHS number"), child.get("nhs_number")),
        _p("child/la_case_number", title, translate("SAR", "LA case number"),
           child.get("la_case_number")),
        _p("child/language", title, translate("SAR", "Language preference"),
           translate("SAR", LANGUAGES[language]) if language in WORDS else ""),
        _p("child/created_at", title, translate("SAR", "First recorded"),
           format_date(str(child.get("created_at") or "")[:10])),
    ])


def _version(assessment: dict[str, Any], version: dict[str, Any], data: dict[str, Any],
             form: FormDefinition | None) -> Section:
    reference = assessment.get("reference") or ""
    number = version.get("version") or 0
    draft = assessment.get("status") == "draft"
    title = (fill(translate("SAR", "Assessment %1 (draft, not completed)"), reference) if draft else
             fill(translate("SAR", "Assessment %1, version %2"), reference, number))
    key = f"assessment/{reference}/v{number}"
    result, override = _json(version.get("result_json")), _json(version.get("override_json"))
    passages = [
        _p(f"{key}/form", title, translate("SAR", "Form"),
           form.title if form else assessment.get("form_id")),
        _p(f"{key}/assessed_on", title, translate("SAR", "Assessed on"),
           format_date(version.get("assessed_on") or data.get("assessed_on"))),
        _p(f"{key}/level", title, translate("SAR", "Level"), _level(version, result, form)),
        # the reasons as they were recorded (a stored record is not reworded)
        _p(f"{key}/why", title, translate("SAR", "Why this level"),
           " ".join(result.get("explanation") or ())),
        _p(f"{key}/override", title, translate("SAR", "Changed by professional judgement"), override),
        _p(f"{key}/reason", title, translate("SAR", "Why this version was made (a correction)"),
           version.get("reason")),
        _p(f"{key}/saved", title, translate("SAR", "Saved"),
           str(version.get("created_at") or "")[:16].replace("T", " ")),
    ]
    passages += _answers(key, title, data.get("answers") or {}, form)
    passages += _rows(f"{key}/people", title, translate("SAR", "Person of concern"),
                      data.get("people") or (), "person")
    for group, value in (data.get("details") or {}).items():
        passages += _details(f"{key}/details/{group}", title, group, value, form)
    for n, event in enumerate(data.get("events") or (), 1):
        if isinstance(event, dict):
            passages += _event(f"{key}/events/{n}", title, event)
    return _section(title, passages)


def _level(version: dict[str, Any], result: dict[str, Any], form: FormDefinition | None) -> str:
    final = level_label(form, version.get("final_level") or result.get("final_level"))
    computed = level_label(form, version.get("computed_level") or result.get("computed_level"))
    final, computed = (translate("Level", final) if final else final), (translate("Level", computed) if computed
                                                                       else computed)
    if final and computed and final != computed:
        return fill(translate("SAR", "%1 (the score gave %2)"), final, computed)
    return final or translate("SAR", "not scored (a draft)")


def _answers(key: str, title: str, answers: dict[str, Any], form: FormDefinition | None) -> list[Passage | None]:
    labels = {i.id: i.label for i in form.indicators()} if form else {}
    out: list[Passage | None] = []
    for indicator, answer in answers.items():
        if not isinstance(answer, dict):
            continue
        given = str(answer.get("answer") or "")
        words = translate("SAR", ANSWERS[given]) if given in ANSWERS else given
        when = str(answer.get("when") or "")
        if when:
            words = fill(translate("SAR", "%1 (%2)"), words,
                         translate("SAR", RECENCY[when]) if when in RECENCY else _human(when).lower())
        label = labels.get(indicator, _human(indicator))
        out.append(_p(f"{key}/answers/{indicator}", title, label, words))
        out.append(_p(f"{key}/answers/{indicator}/note", title, fill(translate("SAR", "Note: %1"),
                                                                      label), answer.get("note")))
    return out


def _rows(key: str, title: str, label: str, rows: Any, role: str) -> list[Passage | None]:
    out: list[Passage | None] = []
    for n, row in enumerate(rows if isinstance(rows, list | tuple) else (), 1):
        if isinstance(row, dict):
            out += [_p(f"{key}/{n}/{field}", title, fill(translate("SAR", "%1 %2: %3"), label, n,
                                                         _human(field).lower()), value,
                       "text" if field in ABOUT_THE_CHILD else role)
                    for field, value in row.items() if field != "context"]
    return out


def _details(key: str, title: str, group: str, value: Any, form: FormDefinition | None) -> list[Passage | None]:
    found = form.field_group(group) if form else None
    name = found.title if found else _human(group)
    fields = {f.id: f for f in found.fields} if found else {}
    if group in PERSON_GROUPS:
        return _rows(key, title, translate("SAR", "Person of concern"), value, "person")
    rows = value if isinstance(value, list) else [value]
    out: list[Passage | None] = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            out.append(_p(f"{key}/{n}", title, name, row))
            continue
        at = f" {n}" if len(rows) > 1 else ""
        for field, v in row.items():
            known = fields.get(field)
            out.append(_p(f"{key}/{n}/{field}", title, f"{name}{at}: {known.label if known else _human(field)}",
                          format_value(known, v) if known else v))
    return out


def _event(key: str, title: str, event: dict[str, Any]) -> list[Passage | None]:
    when = event.get("date") or ""
    return [_p(f"{key}/what", title, fill(translate("SAR", "Chronology cited (%1): what happened"),
                                          when), event.get("what")),
            _p(f"{key}/source", title, fill(translate("SAR", "Chronology cited (%1): source"), when),
               _source(event)),
            _p(f"{key}/source_detail", title, fill(translate("SAR", "Chronology cited (%1): who told"),
                                                   when), event.get("source_detail"), "source")]


def _source(body: dict[str, Any]) -> str:
    source = str(body.get("source"))
    if source == "seen":
        return translate("SAR", "Seen by the practitioner")
    if source == "told_by_child":
        return translate("SAR", "Told by the child")
    if source == "told_by_other":
        return translate("SAR", "Told by another person or agency")
    return ""


def _entry(entry: dict[str, Any]) -> Section:
    versions = entry.get("versions") or ()
    title = fill(translate("SAR", "Chronology: %1"),
                 format_date(entry.get("occurred_on")) or translate("SAR", "no date"))
    passages: list[Passage | None] = []
    for version in versions:
        body = _json(version.get("body_json"))
        key = f"chronology/{entry.get('uuid')}/v{version.get('version')}"
        number = version.get("version") if len(versions) > 1 else None

        def label(words: str, number: Any = number) -> str:  # "When", or "Version 2: when"
            return (fill(translate("SAR", "Version %1: %2"), number, translate("SAR",
                                                                                                words))
                    if number is not None else translate("SAR", words).capitalize())

        passages += [
            _p(f"{key}/date", title, label(ENTRY_WORDS[0]), body.get("date")),
            _p(f"{key}/what", title, label(ENTRY_WORDS[1]), body.get("what")),
            _p(f"{key}/source", title, label(ENTRY_WORDS[2]), _source(body)),
            _p(f"{key}/source_detail", title, label(ENTRY_WORDS[3]), body.get("source_detail"), "source"),
            _p(f"{key}/reference", title, label(ENTRY_WORDS[4]), body.get("reference")),
            _p(f"{key}/reason", title, label(ENTRY_WORDS[5]), version.get("reason")),
            _p(f"{key}/by", title, label(ENTRY_WORDS[6]),
               f"{version.get('actor') or ''}, {format_date(str(version.get('created_at') or '')[:10])}"),
        ]
    return _section(title, passages)


def _escalation(n: int, e: dict[str, Any]) -> Section:
    title = fill(translate("SAR", "Escalation %1: %2"), n, e.get("agency") or "")
    key = f"escalation/{e.get('uuid')}"
    dates = ("raised_on", "decided_on")
    return _section(title, [_p(f"{key}/{f}", title, _human(f), format_date(e.get(f)) if f in dates else e.get(f))
                            for f in ("stage", "raised_on", "decision", "decided_on", "what_was_said", "outcome",
                                      "status")])


def _context_names(context: dict[str, Any]) -> list[str]:
    body = _json(context.get("body_json"))
    return [n for n in (body.get("name"), *(body.get("aliases") or ())) if isinstance(n, str) and n.strip()]


def _context(n: int, context: dict[str, Any]) -> Section:
    kind = context.get("kind") or "person"
    title = fill({"person": translate("SAR", "Person of concern %1"),
                  "place": translate("SAR", "Place of concern %1"),
                  "group": translate("SAR", "Group of concern %1")}.get(
                      kind, translate("SAR", "Record %1")), n)
    key, body = f"context/{context.get('uuid')}", _json(context.get("body_json"))
    role = "person" if kind == "person" else "text"
    passages = [_p(f"{key}/{field}", title, _human(field), value,
                   "other_child" if kind == "group" and field == "members" else
                   "text" if field in ABOUT_THE_CHILD else role)
                for field, value in body.items()]
    passages += [_p(f"{key}/keys/{k.get('kind')}/{i}", title, _human(str(k.get("kind"))), k.get("shown"), role)
                 for i, k in enumerate(context.get("keys") or (), 1)]
    passages += [_p(f"{key}/link/{i}", title, translate("SAR", "Linked to this child"),
                    ", ".join(p for p in (link.get("relationship"), link.get("linked_on")) if p))
                 for i, link in enumerate(context.get("links") or (), 1)]
    passages += [_p(f"{key}/other_child/{i}", title, translate("SAR", "Also linked to another child"),
                    name, "other_child")
                 for i, name in enumerate(context.get("other_children") or (), 1)]
    return _section(title, passages)


def _transfers(transfers: Sequence[dict[str, Any]]) -> Section | None:
    title = part_title("transfer")
    passages = [_p(f"transfer/{i}", title, translate("SAR", "Sent") if t.get("direction") == "sent"
                   else translate("SAR", "Received"), _transfer_words(t))
                for i, t in enumerate(transfers, 1)]
    return _section(title, passages) if transfers else None


def _team(team: dict[str, Any] | None) -> Section | None:
    if not team:
        return None
    title = part_title("team")
    access = team.get("access")
    who = (fill(translate("SAR", "only these members: %1"), ", ".join(access)) if access else
           translate("SAR", "every member of the team"))
    return _section(title, [_p("team/name", title, translate("SAR", "Team"), team.get("name")),
                            _p("team/access", title, translate("SAR", "Who receives this child's "
                                                                                      "records"), who)])


def _transfer_words(t: dict[str, Any]) -> str:
    """"on 2026-11-03; to Example Academy; receipt confirmed 2026-11-05": one sentence a case."""
    sent = t.get("direction") == "sent"
    confirmed = str(t["confirmed_at"])[:10] if t.get("confirmed_at") else ""
    if confirmed:
        sentence = (translate("SAR", "on %1; to %2; receipt confirmed %3") if sent else
                    translate("SAR", "on %1; from %2; receipt confirmed %3"))
    else:
        sentence = (translate("SAR", "on %1; to %2") if sent else
                    translate("SAR", "on %1; from %2"))
    return fill(sentence, t.get("sent_on"), t.get("counterpart"), confirmed)


def _people_names(inputs: Iterable[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for data in inputs:
        rows = [*(data.get("people") or ()), *((data.get("details") or {}).get("people") or ())]
        for row in rows:
            if isinstance(row, dict):
                out += [n for n in (row.get("name"), *(row.get("aliases") or ())) if isinstance(n, str) and n.strip()]
    return out


def _anonymous(data: dict[str, Any]) -> bool:
    consent = (data.get("details") or {}).get("consent")
    return isinstance(consent, dict) and str(consent.get("anonymous_source")).lower() in ("yes", "true")


# ------------------------------------------------------------ the export's view


@dataclass(frozen=True)
class ExportSection:
    part: str  # PARTS' keys
    title: str
    rows: tuple[tuple[str, str], ...]  # label, text as released


@dataclass(frozen=True)
class SubjectAccessExport:
    child_name: str
    requested_on: str  # in words
    exported_on: str
    due_on: str
    made_by: str
    sections: tuple[ExportSection, ...]
    audit: tuple[tuple[str, str, str, str], ...]
    schedule: Schedule
    names_released: int  # other children's names released by the practitioner, item by item


def build_export(record: HeldRecord, items: Sequence[Item], *, requested_on: date, exported_on: date,
                 made_by: str) -> SubjectAccessExport:
    sections = tuple(ExportSection(s.part, s.title, tuple((p.label, redact(p, items)) for p in s.passages))
                     for s in record.sections)
    return SubjectAccessExport(
        child_name=record.child_name, requested_on=format_date(requested_on), exported_on=format_date(exported_on),
        due_on=format_date(response_due(requested_on)), made_by=made_by, sections=sections, audit=record.audit,
        schedule=schedule(items), names_released=sum(1 for i in items if i.kind == "other_child" and not i.withheld))
