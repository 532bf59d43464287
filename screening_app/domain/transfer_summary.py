"""The readable transfer of a child's file (SPEC 13, KCSIE), for a school that does not use this
app: what its pages say. Page 1 is the transfer summary receivers ask for (the child, who sent it
and how to reach them, the latest level and why, open escalations, what the file holds, the
receipt code and how to confirm, the KCSIE lines); then the chronology, an index of the
assessments (each follows in full as its referral), and the escalations.

Built from the file the vault sends (``storage.transfers.child_file``'s dict), so what a person
reads and what the app imports are the same records. Pure: no clock, no storage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from screening_app.domain.child_language import WORDS
from screening_app.domain.chronology import Source, parse_when
from screening_app.domain.escalation import EscalationFacts, build_escalation_summary, stage_label
from screening_app.domain.referral import Group, Item, Referral, Table, format_date
from screening_app.domain.schema import RANK_WORDS, FormDefinition, level_label
from screening_app.words import QT_TRANSLATE_NOOP, fill, translate

ATTACHMENT_NOTE = QT_TRANSLATE_NOOP(
    "Transfer", "This PDF also holds the file for the CSE Screening app (an attachment, encrypted with the same "
                "password): a school that uses the app imports it with Records, Receive a child's file, or "
                "'screening-app transfer receive' with this PDF.")
LANGUAGE_WORDS = {"en": QT_TRANSLATE_NOOP("Transfer", "English"), "cy": QT_TRANSLATE_NOOP("Transfer", "Welsh")}


@dataclass(frozen=True)
class AssessmentLine:
    """One completed assessment in the index (and a bookmark): its full referral follows."""

    reference: str
    assessed_on: str
    level: str
    versions: str  # "1" or "2: corrected 22 November 2026 (why)"


@dataclass(frozen=True)
class TransferSummary:
    reference: str  # the transfer's first 8 characters, for the page header
    transfer: str  # the whole transfer id (the sender's log has it)
    child_name: str
    child: tuple[Item, ...]
    sender: tuple[Item, ...]
    receipt_code: str
    confirm_by: str  # the 5th school day after sending, in words
    how_to_confirm: str
    level: str  # the latest assessment's level ("" when none was completed)
    level_colour: str  # the form pack's colour for it (#RRGGBB)
    latest: tuple[Item, ...]
    reasons: tuple[str, ...]  # why the latest level, in words
    open_escalations: tuple[str, ...]
    counts: tuple[str, str, str]  # chronology, assessments, escalations: what the file holds, in words
    kcsie: tuple[str, ...]
    chronology: Table  # oldest first
    assessments: tuple[AssessmentLine, ...]  # oldest first, as they follow
    escalations: tuple[Group, ...]


def kcsie_lines(confirm_by: str) -> tuple[str, ...]:
    return (
        translate("Transfer", "Keep this file with the child's child protection records, separately from the main "
                              "pupil file, and tell the staff who need to know (the DSL, and the SENCO where "
                              "relevant)."),
        translate("Transfer", "Keeping children safe in education asks for a child protection file to be "
                              "transferred within 5 school days of an in-year move, or within the first 5 school "
                              "days of a new term."),
        fill(translate("Transfer", "Confirm receipt to the sender with the code above, by %1."), confirm_by),
    )


def latest_assessment(file: dict[str, Any]) -> dict[str, Any] | None:
    """The most recent completed assessment (by its date, then by when it was made)."""
    assessments = file.get("assessments") or ()
    return max(assessments, key=_assessment_order) if assessments else None


def build_transfer_summary(file: dict[str, Any], *, receipt_code: str, transfer: str, sent_at: datetime,
                           confirm_by: date, profile: dict[str, Any], latest: Referral | None,
                           forms: Mapping[str, FormDefinition] | None = None) -> TransferSummary:
    """``latest``: the referral view of ``latest_assessment(file)`` (its level and reasons);
    ``forms``: the packs, to word each assessment's level as its form does (a level scheme's).
    In the language of the work (``words.language``): English, or Welsh."""
    forms = forms or {}
    child = file["child"]
    name = (" ".join(p for p in (child.get("first_name"), child.get("last_name")) if p) or
            translate("Transfer", "No name recorded"))
    assessments = sorted(file.get("assessments") or (), key=_assessment_order)
    entries = sorted(file.get("chronology") or (),
                     key=lambda e: (e.get("occurred_on") or "", e.get("created_at") or ""))
    escalations = file.get("escalations") or ()
    open_ones = [e for e in escalations if e.get("status") == "open"]
    references = {a["uuid"]: a["reference"] for a in assessments}
    due = format_date(confirm_by)
    who = str(profile.get("name") or translate("Transfer", "the sender"))
    reach = _reach(profile)
    versions = sum(len(a.get("versions") or ()) for a in assessments)
    return TransferSummary(
        reference=transfer[:8].upper(),
        transfer=transfer,
        child_name=name,
        child=_filled(
            Item(translate("Transfer", "Name"), name, "child.name"),
            Item(translate("Transfer", "Other names used"), ", ".join(child.get("other_names") or ()),
                 "child.other_names"),
            Item(translate("Transfer", "Date of birth"), format_date(child.get("date_of_birth"))),
            Item(translate("Transfer", "Approximate age"),
                 str(child.get("approx_age") or "") if not child.get("date_of_birth") else ""),
            Item(translate("Transfer", "School UPN"), str(child.get("upn") or ""), "child.upn"),
            Item(translate("Transfer", "NHS number"), str(child.get("nhs_number") or ""), "child.nhs_number"),
            Item(translate("Transfer", "LA case number"), str(child.get("la_case_number") or ""),
                 "child.la_case_number"),
            Item(translate("Transfer", "Language preference"),
                 translate("Transfer", LANGUAGE_WORDS[child["language"]]) if child.get("language") in WORDS else "",
                 "child.language"),
        ),
        sender=_filled(
            Item(translate("Transfer", "Sent by"), str(profile.get("name") or translate("Transfer", "not recorded")),
                 "referrer.name"),
            Item(translate("Transfer", "Role"), str(profile.get("role") or ""), "referrer.role"),
            Item(translate("Transfer", "Setting"), str(profile.get("organisation") or ""), "referrer.organisation"),
            Item(translate("Transfer", "Phone"), str(profile.get("phone") or ""), "referrer.phone"),
            Item(translate("Transfer", "Email"), str(profile.get("email") or ""), "referrer.email"),
            Item(translate("Transfer", "Sent on"), format_date(sent_at.date())),
        ),
        receipt_code=receipt_code,
        confirm_by=due,
        how_to_confirm=fill(translate(
            "Transfer", "To confirm receipt, tell %1 this code by %2 by %3. They type 'transfer confirm %4' in their "
                        "CSE Screening app (or enter it in Settings, Transfers), which records the file as received. "
                        "The code is not a password: it only shows the file arrived."),
            who, reach, due, receipt_code),
        level=_level(latest.level.label) if latest else _worded(assessments[-1], forms) if assessments else "",
        level_colour=latest.level.colour if latest else "",
        latest=_latest(assessments[-1] if assessments else None, latest, forms),
        reasons=_reasons(latest),
        open_escalations=tuple(_open_line(e, sent_at.date()) for e in open_ones),
        counts=_counts(len(entries), len(assessments), versions, len(escalations), len(open_ones)),
        kcsie=kcsie_lines(due),
        chronology=Table("chronology", translate("Transfer", "Chronology (oldest first)"), "",
                         (translate("Transfer", "Date"), translate("Transfer", "What happened"),
                          translate("Transfer", "Source"), translate("Transfer", "Cited in")),
                         tuple(_entry_row(e, references) for e in entries)),
        assessments=tuple(AssessmentLine(a["reference"], format_date(a.get("assessed_on")),
                                         _worded(a, forms),
                                         _versions(a)) for a in assessments),
        escalations=build_escalation_summary("", name, [_facts(e) for e in escalations], fingerprint="",
                                             generated_at=sent_at).entries,
    )


def _filled(*items: Item) -> tuple[Item, ...]:
    return tuple(i for i in items if i.value)


def _assessment_order(assessment: dict[str, Any]) -> tuple[str, str, str]:
    return (assessment.get("assessed_on") or "", assessment.get("created_at") or "", assessment["reference"])


def _level(label: str) -> str:
    return RANK_WORDS.get(label.lower(), label)


def _worded(assessment: dict[str, Any], forms: Mapping[str, FormDefinition]) -> str:
    return translate("Level", level_label(forms.get(str(assessment.get("form_id"))), assessment.get("final_level")))


def _latest(assessment: dict[str, Any] | None, view: Referral | None,
            forms: Mapping[str, FormDefinition]) -> tuple[Item, ...]:
    if assessment is None:
        return (Item(translate("Transfer", "Assessments"), translate("Transfer", "none completed")),)
    review = view.review_date if view else format_date(assessment.get("review_date"))
    return _filled(  # the level first: the page shows it as the chip, the rest beside it
        Item(translate("Transfer", "Level"), _level(view.level.label) if view else _worded(assessment, forms)),
        Item(translate("Transfer", "Assessed on"), format_date(assessment.get("assessed_on"))),
        Item(translate("Transfer", "Reference"), assessment["reference"]),
        Item(translate("Transfer", "Review due"), review),
    )


def _reasons(view: Referral | None) -> tuple[str, ...]:
    if view is None:
        return ()
    # "(listed from page 2)" is the referral's own page: here the referral follows later in the file
    # the referral's words for its own page 2, as the referral words them in this language
    listed = re.escape(translate("Transfer", "(listed from page 2)")).replace("2", r"\d+")
    reasons = [re.sub(" " + listed, " " + translate("Transfer", "(listed in the assessment)"), r)
               for r in (view.summary.why if view.summary else view.floors)]
    if view.override:
        reasons.insert(0, fill(translate("Transfer", "Set to %1 by professional judgement (the score gave %2): %3"),
                               view.level.label, view.override.computed.label, view.override.reason))
    return tuple(reasons)


def _open_line(escalation: dict[str, Any], today: date) -> str:
    raised = escalation.get("raised_on") or ""
    try:
        days: int | None = (today - date.fromisoformat(raised)).days
    except ValueError:
        days = None
    stage = stage_label(int(escalation.get("stage") or 0))
    agency = escalation.get("agency") or translate("Transfer", "an agency")
    line = (fill(translate("Transfer", "%1, with %2; raised %3"), stage, agency, format_date(raised)) if days is None
            else fill(translate("Transfer", "%1, with %2; raised %3, %4 days ago"), stage, agency, format_date(raised),
                      days))
    return fill(translate("Transfer", "%1: %2"), line, escalation["decision"]) if escalation.get("decision") else line


def _entry_row(entry: dict[str, Any], references: dict[str, str]) -> tuple[Item, ...]:
    versions = entry.get("versions") or ()
    body = json.loads(versions[-1]["body_json"]) if versions else {}
    try:
        when = parse_when(str(body.get("date") or "")).words()
    except ValueError:
        when = format_date(entry.get("occurred_on")) or str(entry.get("occurred_on") or "")
    what = str(body.get("what") or "")
    if len(versions) > 1:
        last = versions[-1]
        on = format_date(str(last.get("created_at") or "")[:10])
        what += "\n" + fill(translate("Transfer", "(Corrected %1: %2)"), on,
                            last.get("reason") or translate("Transfer", "no reason given"))
    recorder = str(versions[0].get("actor") or "") if versions else ""
    source = _source_words(body, recorder)
    if body.get("reference"):
        source = fill(translate("Transfer", "%1; ref. %2"), source, body["reference"])
    cited = ", ".join(sorted(references[u] for u in entry.get("cited_by") or () if u in references))
    return (Item(translate("Transfer", "Date"), when), Item(translate("Transfer", "What happened"), what,
                                                             "chronology.what"),
            Item(translate("Transfer", "Source"), source, "chronology.source"),
            Item(translate("Transfer", "Cited in"), cited))


def _source_words(body: dict[str, Any], recorder: str) -> str:
    """Who says so, for a reader at another school: "Seen by me" names the person who recorded it."""
    detail = str(body.get("source_detail") or "").strip()
    source = body.get("source")
    if source == Source.told_by_child.value:
        words = translate("Transfer", "Told by the child")
    elif source == Source.told_by_other.value:
        return (fill(translate("Transfer", "Told by %1"), detail) if detail else
                translate("Transfer", "Told by another person or agency"))
    elif source == Source.seen.value:
        words = (fill(translate("Transfer", "Seen by %1"), recorder) if recorder else
                 translate("Transfer", "Seen by the sender's staff"))
    else:
        words = translate("Transfer", "Source not recorded")
    return fill(translate("Transfer", "%1 (%2)"), words, detail) if detail else words


def _versions(assessment: dict[str, Any]) -> str:
    """"1", or "2 (version 2, 22 November 2026: why it was corrected)"."""
    versions = assessment.get("versions") or ()
    later = [fill(translate("Transfer", "version %1, %2: %3"), v["version"],
                  format_date(str(v.get("created_at") or "")[:10]),
                  v.get("reason") or translate("Transfer", "corrected"))
             for v in versions[1:]]
    return f"{len(versions)} ({'; '.join(later)})" if later else str(len(versions))


def _facts(escalation: dict[str, Any]) -> EscalationFacts:
    def day(value: Any) -> date | None:
        try:
            return date.fromisoformat(str(value)[:10]) if value else None
        except ValueError:
            return None

    return EscalationFacts(agency=str(escalation.get("agency") or ""), stage=int(escalation.get("stage") or 0),
                           raised_on=day(escalation.get("raised_on")) or date.min,
                           decision=escalation.get("decision"), decided_on=day(escalation.get("decided_on")),
                           what_was_said=escalation.get("what_was_said"), outcome=escalation.get("outcome"),
                           status=str(escalation.get("status") or "open"))


def _reach(profile: dict[str, Any]) -> str:
    """How to tell the sender: "phone (01234 567890) or secure email (a@b.org)", one sentence a case."""
    phone, email = profile.get("phone"), profile.get("email")
    if phone and email:
        return fill(translate("Transfer", "phone (%1) or secure email (%2)"), phone, email)
    if phone:
        return fill(translate("Transfer", "phone (%1)"), phone)
    if email:
        return fill(translate("Transfer", "secure email (%1)"), email)
    return translate("Transfer", "phone or secure email")


def _counts(entries: int, assessments: int, versions: int, escalations: int, open_ones: int) -> tuple[str, str, str]:
    """What the file holds, one whole phrase for each number (Welsh counts its nouns in the singular)."""
    chronology = (translate("Transfer", "No chronology entries") if not entries else
                  translate("Transfer", "1 chronology entry") if entries == 1 else
                  fill(translate("Transfer", "%1 chronology entries"), entries))
    if not assessments:
        held = translate("Transfer", "No assessments")
    else:
        held = fill(translate("Transfer", "1 assessment (%2)") if assessments == 1 else
                    translate("Transfer", "%1 assessments (%2)"), assessments,
                    translate("Transfer", "1 version") if versions == 1 else
                    fill(translate("Transfer", "%1 versions"), versions))
    if not escalations:
        raised = translate("Transfer", "No escalations")
    else:
        raised = fill(translate("Transfer", "1 escalation (%2 open)") if escalations == 1 else
                      translate("Transfer", "%1 escalations (%2 open)"), escalations, open_ones)
    return chronology, held, raised
