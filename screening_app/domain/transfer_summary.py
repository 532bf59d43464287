"""The readable transfer of a child's file (SPEC 13, KCSIE Annex C), for a school that does not use
this app: page 1 is the transfer summary receivers ask for; the chronology and every assessment
follow; the machine-readable file travels inside the PDF.

Built here from the file the vault sends (``storage.transfers.child_file``'s dict), so what a
person reads and what the app imports are the same records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from screening_app.domain.chronology import SOURCE_WORDS, Source
from screening_app.domain.referral import Group, Item, Table

KCSIE = (
    "Keep this file separate from the main pupil file, with the child protection records. Keeping "
    "children safe in education (Annex C) asks that a child protection file is transferred within 5 school "
    "days of an in-year move (or the first 5 school days of a new term) and that its receipt is confirmed."
)
HOW_TO_CONFIRM = (
    "To confirm receipt, tell the sender this code by phone or secure email. The sender's app records the "
    "transfer as received when the code is typed in. This PDF also holds the file in a form the CSE Screening "
    "app can import (an attachment, encrypted with the same password)."
)
LEVEL_WORDS = {"low": "Low", "medium": "Medium", "high": "High"}


@dataclass(frozen=True)
class TransferSummary:
    reference: str  # the transfer's first 8 characters, for the page header
    child: Group
    transfer: Group
    receipt_code: str
    latest: Group
    chronology: Table
    assessments: Table
    escalations: Table


def build_transfer_summary(file: dict[str, Any], receipt_code: str, transfer: str, sent_on: date,
                           sender: str | None) -> TransferSummary:
    child = file["child"]
    assessments = sorted(file.get("assessments") or (), key=lambda a: (a.get("assessed_on") or "", a["reference"]))
    latest = assessments[-1] if assessments else None
    entries = sorted(file.get("chronology") or (), key=lambda e: (e.get("occurred_on") or "", e["uuid"]), reverse=True)
    open_escalations = [e for e in file.get("escalations") or () if e.get("status") != "resolved"]
    name = " ".join(p for p in (child.get("first_name"), child.get("last_name")) if p) or "No name recorded"
    return TransferSummary(
        reference=transfer[:8].upper(),
        child=Group("child", "The child", "", tuple(i for i in (
            Item("Name", name, "child.name"),
            Item("Other names used", ", ".join(child.get("other_names") or ()), "child.other_names"),
            Item("Date of birth", _day(child.get("date_of_birth")) if child.get("date_of_birth") else ""),
            Item("Approximate age", str(child.get("approx_age") or "")),
            Item("School UPN", str(child.get("upn") or ""), "child.upn"),
            Item("NHS number", str(child.get("nhs_number") or ""), "child.nhs_number"),
            Item("Local authority case number", str(child.get("la_case_number") or ""), "child.la_case_number"),
        ) if i.value)),
        transfer=Group("transfer", "The transfer", "", tuple(i for i in (
            Item("Sent by", sender or "not recorded", "referrer.name"),
            Item("Sent on", _day(sent_on.isoformat())),
            Item("Transfer", transfer),
            Item("Holds", f"{_count(len(assessments), 'assessment')}, {_count(len(entries), 'chronology entry')}, "
                          f"{_count(len(file.get('escalations') or ()), 'escalation')} "
                          f"({len(open_escalations)} open)"),
        ) if i.value)),
        receipt_code=receipt_code,
        latest=Group("latest", "The latest assessment", "", tuple(i for i in (
            Item("Reference", latest["reference"]) if latest else Item("Reference", "none completed"),
            Item("Date", _day(latest.get("assessed_on"))) if latest else Item("Date", ""),
            Item("Level", LEVEL_WORDS.get(str(latest.get("final_level")), str(latest.get("final_level") or "")))
            if latest else Item("Level", ""),
            Item("Review due", _day(latest.get("review_date"))) if latest and latest.get("review_date") else
            Item("Review due", ""),
        ) if i.value)),
        chronology=Table("chronology", "Chronology: what happened (latest first)", "",
                         ("Date", "What happened", "Source"),
                         tuple(_entry_row(e) for e in entries)),
        assessments=Table("assessments", "Assessments in this file (each follows in full)", "",
                          ("Reference", "Date", "Level", "Versions"),
                          tuple((Item("Reference", a["reference"]), Item("Date", _day(a.get("assessed_on"))),
                                 Item("Level", LEVEL_WORDS.get(str(a.get("final_level")), "")),
                                 Item("Versions", str(len(a.get("versions") or ()))))
                                for a in reversed(assessments))),
        escalations=Table("escalations", "Escalations (professional disagreements)", "",
                          ("Raised", "Agency", "Decision", "Stage", "Status"),
                          tuple((Item("Raised", _day(e.get("raised_on"))), Item("Agency", str(e.get("agency") or ""),
                                                                                "escalation.agency"),
                                 Item("Decision", str(e.get("decision") or ""), "escalation.decision"),
                                 Item("Stage", str(e.get("stage") or "")), Item("Status", str(e.get("status") or "")))
                                for e in file.get("escalations") or ())),
    )


def _entry_row(entry: dict[str, Any]) -> tuple[Item, ...]:
    versions = entry.get("versions") or ()
    body = json.loads(versions[-1]["body_json"]) if versions else {}
    source = SOURCE_WORDS.get(Source(body["source"])) if body.get("source") in Source._value2member_map_ else ""
    if body.get("source_detail"):
        source = f"{source} ({body['source_detail']})"
    return (Item("Date", str(body.get("date") or entry.get("occurred_on") or "")),
            Item("What happened", str(body.get("what") or ""), "chronology.what"),
            Item("Source", source or "", "chronology.source"))


def _count(n: int, word: str) -> str:
    plural = {"entry": "entries"}.get(word.split()[-1], word.split()[-1] + "s")
    return f"{n} {word}" if n == 1 else f"{n} {' '.join([*word.split()[:-1], plural])}"


def _day(iso: str | None) -> str:
    try:
        return date.fromisoformat(str(iso)[:10]).strftime("%d %B %Y").lstrip("0")
    except ValueError:
        return str(iso or "")
