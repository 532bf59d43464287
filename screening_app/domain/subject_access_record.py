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

PERSON_GROUPS = ("people",)  # the forms' field groups whose rows are people of concern
# What a person-of-concern row says about the child's side (how old, how they know the child) is
# shown, and searched for names; what identifies the person is withheld.
ABOUT_THE_CHILD = ("approx_age", "relationship", "sex", "how_known", "linked_on")
SOURCE_FIELDS = ("source_detail",)
PARTS = {"child": "The child's details", "assessment": "Assessments (every version)",
         "chronology": "Chronology (every version)", "escalation": "Escalations (professional disagreements)",
         "context": "People, places and groups linked to the child", "transfer": "Transfers of the child's file",
         "team": "Shared with a safeguarding team"}
ANSWERS = {"yes": "Yes", "no": "No", "possible": "Possible", "not_known": "Not known"}


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
        child_name=own[0] if own else "No name recorded", own_names=own,
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
        return "Yes" if value else "No"
    return "" if value is None else str(value)


def _human(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _p(key: str, section: str, label: str, value: Any, role: str = "text") -> Passage | None:
    text = _words(value).strip()
    return Passage(key, section, label, text, role) if text else None


def _section(title: str, passages: Iterable[Passage | None]) -> Section:
    return Section(title, tuple(p for p in passages if p is not None))


def _child(child: dict[str, Any]) -> Section:
    title = "The child's details"
    return _section(title, [
        _p("child/name", title, "Name", " ".join(p for p in (child.get("first_name"), child.get("last_name")) if p)),
        _p("child/other_names", title, "Other names used", child.get("other_names")),
        _p("child/date_of_birth", title, "Date of birth", format_date(child.get("date_of_birth"))),
        _p("child/approx_age", title, "Approximate age", child.get("approx_age")),
        _p("child/upn", title, "School UPN", child.get("upn")),
        _p("child/nhs_number", title, "NHS number", child.get("nhs_number")),
        _p("child/la_case_number", title, "LA case number", child.get("la_case_number")),
        _p("child/language", title, "Language preference", WORDS.get(child.get("language") or "")),
        _p("child/created_at", title, "First recorded", format_date(str(child.get("created_at") or "")[:10])),
    ])


def _version(assessment: dict[str, Any], version: dict[str, Any], data: dict[str, Any],
             form: FormDefinition | None) -> Section:
    reference = assessment.get("reference") or ""
    number = version.get("version") or 0
    draft = assessment.get("status") == "draft"
    title = f"Assessment {reference}" + (" (draft, not completed)" if draft else f", version {number}")
    key = f"assessment/{reference}/v{number}"
    result, override = _json(version.get("result_json")), _json(version.get("override_json"))
    passages = [
        _p(f"{key}/form", title, "Form", form.title if form else assessment.get("form_id")),
        _p(f"{key}/assessed_on", title, "Assessed on",
           format_date(version.get("assessed_on") or data.get("assessed_on"))),
        _p(f"{key}/level", title, "Level", _level(version, result, form)),
        _p(f"{key}/why", title, "Why this level", " ".join(result.get("explanation") or ())),
        _p(f"{key}/override", title, "Changed by professional judgement", override),
        _p(f"{key}/reason", title, "Why this version was made (a correction)", version.get("reason")),
        _p(f"{key}/saved", title, "Saved", str(version.get("created_at") or "")[:16].replace("T", " ")),
    ]
    passages += _answers(key, title, data.get("answers") or {}, form)
    passages += _rows(f"{key}/people", title, "Person of concern", data.get("people") or (), "person")
    for group, value in (data.get("details") or {}).items():
        passages += _details(f"{key}/details/{group}", title, group, value, form)
    for n, event in enumerate(data.get("events") or (), 1):
        if isinstance(event, dict):
            passages += _event(f"{key}/events/{n}", title, event)
    return _section(title, passages)


def _level(version: dict[str, Any], result: dict[str, Any], form: FormDefinition | None) -> str:
    final = level_label(form, version.get("final_level") or result.get("final_level"))
    computed = level_label(form, version.get("computed_level") or result.get("computed_level"))
    if final and computed and final != computed:
        return f"{final} (the score gave {computed})"
    return final or "not scored (a draft)"


def _answers(key: str, title: str, answers: dict[str, Any], form: FormDefinition | None) -> list[Passage | None]:
    labels = {i.id: i.label for i in form.indicators()} if form else {}
    out: list[Passage | None] = []
    for indicator, answer in answers.items():
        if not isinstance(answer, dict):
            continue
        words = ANSWERS.get(str(answer.get("answer")), str(answer.get("answer") or ""))
        if answer.get("when"):
            words += f" ({_human(str(answer['when'])).lower()})"
        out.append(_p(f"{key}/answers/{indicator}", title, labels.get(indicator, _human(indicator)), words))
        out.append(_p(f"{key}/answers/{indicator}/note", title, f"Note: {labels.get(indicator, _human(indicator))}",
                      answer.get("note")))
    return out


def _rows(key: str, title: str, label: str, rows: Any, role: str) -> list[Passage | None]:
    out: list[Passage | None] = []
    for n, row in enumerate(rows if isinstance(rows, list | tuple) else (), 1):
        if isinstance(row, dict):
            out += [_p(f"{key}/{n}/{field}", title, f"{label} {n}: {_human(field).lower()}", value,
                       "text" if field in ABOUT_THE_CHILD else role)
                    for field, value in row.items() if field != "context"]
    return out


def _details(key: str, title: str, group: str, value: Any, form: FormDefinition | None) -> list[Passage | None]:
    found = form.field_group(group) if form else None
    name = found.title if found else _human(group)
    fields = {f.id: f for f in found.fields} if found else {}
    if group in PERSON_GROUPS:
        return _rows(key, title, "Person of concern", value, "person")
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
    return [_p(f"{key}/what", title, f"Chronology cited ({when}): what happened", event.get("what")),
            _p(f"{key}/source", title, f"Chronology cited ({when}): source", _source(event)),
            _p(f"{key}/source_detail", title, f"Chronology cited ({when}): who told", event.get("source_detail"),
               "source")]


def _source(body: dict[str, Any]) -> str:
    return {"seen": "Seen by the practitioner", "told_by_child": "Told by the child",
            "told_by_other": "Told by another person or agency"}.get(str(body.get("source")), "")


def _entry(entry: dict[str, Any]) -> Section:
    versions = entry.get("versions") or ()
    title = f"Chronology: {format_date(entry.get('occurred_on')) or 'no date'}"
    passages: list[Passage | None] = []
    for version in versions:
        body = _json(version.get("body_json"))
        key = f"chronology/{entry.get('uuid')}/v{version.get('version')}"
        prefix = f"Version {version.get('version')}: " if len(versions) > 1 else ""

        def label(words: str, prefix: str = prefix) -> str:
            return prefix + words if prefix else words.capitalize()

        passages += [
            _p(f"{key}/date", title, label("when"), body.get("date")),
            _p(f"{key}/what", title, label("what happened"), body.get("what")),
            _p(f"{key}/source", title, label("source"), _source(body)),
            _p(f"{key}/source_detail", title, label("who told"), body.get("source_detail"), "source"),
            _p(f"{key}/reference", title, label("reference"), body.get("reference")),
            _p(f"{key}/reason", title, label("why corrected"), version.get("reason")),
            _p(f"{key}/by", title, label("recorded by"),
               f"{version.get('actor') or ''}, {format_date(str(version.get('created_at') or '')[:10])}"),
        ]
    return _section(title, passages)


def _escalation(n: int, e: dict[str, Any]) -> Section:
    title, key = f"Escalation {n}: {e.get('agency') or ''}", f"escalation/{e.get('uuid')}"
    dates = ("raised_on", "decided_on")
    return _section(title, [_p(f"{key}/{f}", title, _human(f), format_date(e.get(f)) if f in dates else e.get(f))
                            for f in ("stage", "raised_on", "decision", "decided_on", "what_was_said", "outcome",
                                      "status")])


def _context_names(context: dict[str, Any]) -> list[str]:
    body = _json(context.get("body_json"))
    return [n for n in (body.get("name"), *(body.get("aliases") or ())) if isinstance(n, str) and n.strip()]


def _context(n: int, context: dict[str, Any]) -> Section:
    kind = context.get("kind") or "person"
    title = {"person": f"Person of concern {n}", "place": f"Place of concern {n}",
             "group": f"Group of concern {n}"}.get(kind, f"Record {n}")
    key, body = f"context/{context.get('uuid')}", _json(context.get("body_json"))
    role = "person" if kind == "person" else "text"
    passages = [_p(f"{key}/{field}", title, _human(field), value,
                   "other_child" if kind == "group" and field == "members" else
                   "text" if field in ABOUT_THE_CHILD else role)
                for field, value in body.items()]
    passages += [_p(f"{key}/keys/{k.get('kind')}/{i}", title, _human(str(k.get("kind"))), k.get("shown"), role)
                 for i, k in enumerate(context.get("keys") or (), 1)]
    passages += [_p(f"{key}/link/{i}", title, "Linked to this child",
                    ", ".join(p for p in (link.get("relationship"), link.get("linked_on")) if p))
                 for i, link in enumerate(context.get("links") or (), 1)]
    passages += [_p(f"{key}/other_child/{i}", title, "Also linked to another child", name, "other_child")
                 for i, name in enumerate(context.get("other_children") or (), 1)]
    return _section(title, passages)


def _transfers(transfers: Sequence[dict[str, Any]]) -> Section | None:
    title = "Transfers of the child's file"
    passages = [_p(f"transfer/{i}", title, "Sent" if t.get("direction") == "sent" else "Received",
                   "; ".join(p for p in (f"on {t.get('sent_on')}", f"{'to' if t.get('direction') == 'sent' else 'from'}"
                                         f" {t.get('counterpart')}",
                                         f"receipt confirmed {str(t['confirmed_at'])[:10]}"
                                         if t.get("confirmed_at") else "") if p))
                for i, t in enumerate(transfers, 1)]
    return _section(title, passages) if transfers else None


def _team(team: dict[str, Any] | None) -> Section | None:
    if not team:
        return None
    title = "Shared with a safeguarding team"
    access = team.get("access")
    who = f"only these members: {', '.join(access)}" if access else "every member of the team"
    return _section(title, [_p("team/name", title, "Team", team.get("name")), _p("team/access", title, "Who receives "
                                                                                 "this child's records", who)])


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
