"""A child's whole file out of the vault and into another (SPEC 13, issue 14): rows as plain data.

``child_file`` reads what a transfer carries: the child, every completed assessment with every
version, the chronology with every version and which assessment cited which entry, and the
escalations. Records refer to each other by global id (migration 6), never by local row number.
Drafts stay with their author: a draft is unfinished work, not part of the record.

``write_received`` stores a received file in one transaction and never changes a local record:
a record already here (same global id) is kept as it is; unknown ones are added with the global
id they came with; a completed version already here is not written again. A received child with
no global-id match but the same UPN, NHS number, or name and date of birth as a local child is
kept separate and reported as a possible match, for the practitioner to decide. An assessment
reference already used here gets a new local one (the sender's is kept in the transfer log).
Every write is audited without content. The transfer log (``transfers``) records who, when and
the receipt: the sender keeps only the receipt code's hash, the receiver the code to give back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from screening_app.storage.child_joins import same_child
from screening_app.storage.db import transaction, translated
from screening_app.storage.erase import erase_child
from screening_app.storage.errors import RecordNotFoundError
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import _CHILD_COLUMNS, _CHILD_MARKS, Repository, _child_values

CHILD_FIELDS = ("uuid", "first_name", "last_name", "other_names", "date_of_birth", "approx_age", "upn", "nhs_number",
                "la_case_number", "language", "created_at", "updated_at")
ASSESSMENT_FIELDS = ("uuid", "reference", "form_id", "form_version", "version", "assessed_on", "computed_level",
                     "final_level", "review_date", "created_at", "updated_at")
VERSION_FIELDS = ("uuid", "version", "reason", "input_json", "result_json", "override_json", "computed_level",
                  "final_level", "review_date", "assessed_on", "created_at")
ENTRY_FIELDS = ("uuid", "version", "occurred_on", "created_at", "updated_at")
ENTRY_VERSION_FIELDS = ("uuid", "version", "body_json", "reason", "actor", "created_at")
ESCALATION_FIELDS = ("uuid", "agency", "decision", "stage", "raised_on", "decided_on", "what_was_said", "outcome",
                     "status", "created_at", "updated_at")


@dataclass
class Received:
    """What a received file did here: counts per kind, and what needs a practitioner's eye."""

    child_id: int
    new_child: bool
    added: dict[str, int] = field(default_factory=dict)
    already_here: dict[str, int] = field(default_factory=dict)
    possible_matches: list[int] = field(default_factory=list)  # local children who may be the same child
    renumbered: dict[str, str] = field(default_factory=dict)  # sender's reference -> this vault's
    conflicts: list[str] = field(default_factory=list)  # versions not written (a different one is here)

    def count(self, kind: str, added: bool) -> None:
        bucket = self.added if added else self.already_here
        bucket[kind] = bucket.get(kind, 0) + 1


def _rows(conn: Any, sql: str, params: tuple, names: tuple[str, ...]) -> list[dict[str, Any]]:
    return [dict(zip(names, row, strict=True)) for row in conn.execute(sql, params).fetchall()]


class TransferStore(Repository):
    """The transfer's SQL, with the repository's helpers (references, name index, audit)."""

    def child_file(self, child_id: int) -> dict[str, Any]:
        with translated():
            (child,) = _rows(self.conn, f"SELECT {', '.join(CHILD_FIELDS)} FROM children WHERE id = ?", (child_id,),
                             CHILD_FIELDS) or [None]
            if child is None:
                raise RecordNotFoundError()
            child["other_names"] = json.loads(child["other_names"] or "[]")
            assessments = _rows(self.conn, f"SELECT id, {', '.join(ASSESSMENT_FIELDS)} FROM assessments"
                                " WHERE child_id = ? AND status = 'completed' ORDER BY id", (child_id,),
                                ("id", *ASSESSMENT_FIELDS))
            uuid_of = {a["id"]: a["uuid"] for a in assessments}
            for assessment in assessments:
                assessment["versions"] = _rows(
                    self.conn, f"SELECT {', '.join(VERSION_FIELDS)} FROM assessment_versions WHERE assessment_id = ?"
                    " ORDER BY version", (assessment.pop("id"),), VERSION_FIELDS)
            entries = _rows(self.conn, f"SELECT id, {', '.join(ENTRY_FIELDS)} FROM chronology_entries"
                            " WHERE child_id = ? ORDER BY id", (child_id,), ("id", *ENTRY_FIELDS))
            for entry in entries:
                entry_id = entry.pop("id")
                entry["versions"] = _rows(
                    self.conn, f"SELECT {', '.join(ENTRY_VERSION_FIELDS)} FROM chronology_versions WHERE entry_id = ?"
                    " ORDER BY version", (entry_id,), ENTRY_VERSION_FIELDS)
                cited = self.conn.execute("SELECT assessment_id FROM assessment_evidence WHERE entry_id = ?",
                                          (entry_id,)).fetchall()
                entry["cited_by"] = sorted(uuid_of[r[0]] for r in cited if r[0] in uuid_of)
            escalations = _rows(self.conn, f"SELECT assessment_id, {', '.join(ESCALATION_FIELDS)} FROM escalations"
                                " WHERE child_id = ? OR assessment_id IN"
                                " (SELECT id FROM assessments WHERE child_id = ? AND status = 'completed')"
                                " ORDER BY id", (child_id, child_id), ("assessment_id", *ESCALATION_FIELDS))
            for escalation in escalations:
                escalation["assessment"] = uuid_of.get(escalation.pop("assessment_id"))
            contexts = self._contexts_of(child_id, uuid_of)
        return {"child": child, "assessments": assessments, "chronology": entries, "escalations": escalations,
                "contexts": contexts}

    def _contexts_of(self, child_id: int, assessment_uuids: dict[int, str]) -> list[dict[str, Any]]:
        """The people and places linked to the child, with their identifiers and this child's links
        (never another child's: those stay in this vault)."""
        found = _rows(self.conn, "SELECT DISTINCT c.id, c.uuid, c.kind, c.body_json, c.created_at, c.updated_at"
                      " FROM contexts c JOIN context_links l ON l.context_id = c.id WHERE l.child_id = ? ORDER BY c.id",
                      (child_id,), ("id", "uuid", "kind", "body_json", "created_at", "updated_at"))
        for context in found:
            context_id = context.pop("id")
            context["keys"] = _rows(self.conn, "SELECT kind, key, shown FROM context_keys WHERE context_id = ?"
                                    " ORDER BY kind, key", (context_id,), ("kind", "key", "shown"))
            links = _rows(self.conn, "SELECT assessment_id, relationship, linked_on FROM context_links"
                          " WHERE context_id = ? AND child_id = ? ORDER BY id", (context_id, child_id),
                          ("assessment_id", "relationship", "linked_on"))
            for link in links:
                link["assessment"] = assessment_uuids.get(link.pop("assessment_id"))
            context["links"] = links
        return found

    # ------------------------------------------------------------ receiving

    def write_received(self, file: dict[str, Any], log: dict[str, Any]) -> Received:
        """One transaction: the records, the provenance, the transfer log row, the audit."""
        with translated(), transaction(self.conn):
            result = self._child(file["child"])
            transfer_id = self._log(log, result.child_id, file["child"]["uuid"])
            ids: dict[str, int] = {}
            for assessment in file["assessments"]:
                ids[assessment["uuid"]] = self._assessment(result, assessment, transfer_id)
            for entry in file["chronology"]:
                self._entry(result, entry, ids, transfer_id)
            for escalation in file["escalations"]:
                self._escalation(result, escalation, ids, transfer_id)
            for context in file.get("contexts", ()):
                self._context(result, context, ids, transfer_id)
            self._audit_row("transfer.received", "child", result.child_id)
        return result

    def _local(self, table: str, uuid: str) -> int | None:
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
        return int(row[0]) if row else None

    def _provenance(self, uuid: str, kind: str, transfer_id: int) -> None:
        self.conn.execute("INSERT OR IGNORE INTO received_records (record_uuid, kind, transfer_id) VALUES (?, ?, ?)",
                          (uuid, kind, transfer_id))

    def _child(self, child: dict[str, Any]) -> Received:
        local = self._local("children", child["uuid"])
        if local is not None:  # a record joined into another (storage.child_joins) lands on that one
            row = self.conn.execute("SELECT joined_into FROM children WHERE id = ?", (local,)).fetchone()
            local = row[0] if row[0] is not None else local
        if local is not None:
            result = Received(local, new_child=False)
            result.count("child", added=False)
            return result
        details = ChildDetails(
            first_name=child["first_name"] or "", last_name=child["last_name"] or "",
            other_names=tuple(child["other_names"]), date_of_birth=_day(child["date_of_birth"]),
            approx_age=child["approx_age"], upn=child["upn"], nhs_number=child["nhs_number"],
            la_case_number=child["la_case_number"], language=child.get("language"),  # absent from older files
        )
        stamp = self._now()
        cursor = self.conn.execute(
            f"INSERT INTO children ({_CHILD_COLUMNS}, created_at, updated_at, uuid) VALUES ({_CHILD_MARKS}, ?, ?, ?)",
            (*_child_values(details), stamp, stamp, child["uuid"]),
        )
        child_id = int(cursor.lastrowid or 0)
        self._index_names(child_id, details)
        self._audit("child.received", "child", child_id)
        result = Received(child_id, new_child=True, possible_matches=same_child(self.conn, child_id))
        result.count("child", added=True)
        return result

    def _log(self, log: dict[str, Any], child_id: int, child_uuid: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO transfers (uuid, direction, child_id, child_uuid, at, sent_on, counterpart, receipt_code,"
            " bundle_sha256, summary_json) VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?)",
            (log["transfer"], child_id, child_uuid, self._now(), log["sent_on"], log["counterpart"],
             log["receipt_code"], log["bundle_sha256"], json.dumps(log.get("summary") or {}, sort_keys=True)),
        )
        return int(cursor.lastrowid or 0)

    def _assessment(self, result: Received, assessment: dict[str, Any], transfer_id: int) -> int:
        local = self._local("assessments", assessment["uuid"])
        result.count("assessment", added=local is None)
        if local is None:
            reference = assessment["reference"]
            if self.conn.execute("SELECT 1 FROM assessments WHERE reference = ?", (reference,)).fetchone():
                reference = self._next_reference(int(self._now()[:4]))
                result.renumbered[assessment["reference"]] = reference
            cursor = self.conn.execute(
                "INSERT INTO assessments (reference, child_id, form_id, form_version, status, version, assessed_on,"
                " computed_level, final_level, review_date, created_at, updated_at, uuid)"
                " VALUES (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?)",
                (reference, result.child_id, assessment["form_id"], assessment["form_version"], assessment["version"],
                 assessment["assessed_on"], assessment["computed_level"], assessment["final_level"],
                 assessment["review_date"], assessment["created_at"], assessment["updated_at"], assessment["uuid"]),
            )
            local = int(cursor.lastrowid or 0)
            self._audit("assessment.received", "assessment", local)
            self._provenance(assessment["uuid"], "assessment", transfer_id)
        for version in assessment["versions"]:
            self._version(result, local, version, transfer_id)
        return local

    def _version(self, result: Received, assessment_id: int, version: dict[str, Any], transfer_id: int) -> None:
        if self._local("assessment_versions", version["uuid"]) is not None:
            result.count("version", added=False)
            return
        taken = self.conn.execute("SELECT 1 FROM assessment_versions WHERE assessment_id = ? AND version = ?",
                                  (assessment_id, version["version"])).fetchone()
        if taken:
            result.conflicts.append(f"version {version['version']} of an assessment differs from the one here")
            return
        self.conn.execute(
            f"INSERT INTO assessment_versions (assessment_id, {', '.join(VERSION_FIELDS)})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (assessment_id, *(version[k] for k in VERSION_FIELDS)),
        )
        self._provenance(version["uuid"], "assessment_version", transfer_id)
        result.count("version", added=True)

    def _entry(self, result: Received, entry: dict[str, Any], assessments: dict[str, int], transfer_id: int) -> None:
        local = self._local("chronology_entries", entry["uuid"])
        if local is None:
            cursor = self.conn.execute(
                "INSERT INTO chronology_entries (child_id, version, occurred_on, created_at, updated_at, uuid)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (result.child_id, entry["version"], entry["occurred_on"], entry["created_at"], entry["updated_at"],
                 entry["uuid"]),
            )
            local = int(cursor.lastrowid or 0)
            self._audit("chronology.received", "chronology_entry", local)
            self._provenance(entry["uuid"], "chronology_entry", transfer_id)
            result.count("chronology_entry", added=True)
        else:
            result.count("chronology_entry", added=False)
        for version in entry["versions"]:
            if self._local_version(version["uuid"]):
                continue
            if self.conn.execute("SELECT 1 FROM chronology_versions WHERE entry_id = ? AND version = ?",
                                 (local, version["version"])).fetchone():
                result.conflicts.append(f"version {version['version']} of a chronology entry differs from the one here")
                continue
            self.conn.execute(
                f"INSERT INTO chronology_versions (entry_id, {', '.join(ENTRY_VERSION_FIELDS)})"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", (local, *(version[k] for k in ENTRY_VERSION_FIELDS)),
            )
        self.conn.executemany(
            "INSERT OR IGNORE INTO assessment_evidence (assessment_id, entry_id) VALUES (?, ?)",
            [(assessments[u], local) for u in entry["cited_by"] if u in assessments],
        )

    def _local_version(self, uuid: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM chronology_versions WHERE uuid = ?", (uuid,)).fetchone())

    def _escalation(self, result: Received, escalation: dict[str, Any], assessments: dict[str, int],
                    transfer_id: int) -> None:
        if self._local("escalations", escalation["uuid"]) is not None:
            result.count("escalation", added=False)
            return
        assessment_id = assessments.get(escalation["assessment"] or "")
        cursor = self.conn.execute(
            f"INSERT INTO escalations (assessment_id, child_id, {', '.join(ESCALATION_FIELDS)})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (assessment_id, None if assessment_id else result.child_id, *(escalation[k] for k in ESCALATION_FIELDS)),
        )
        self._audit("escalation.received", "escalation", int(cursor.lastrowid or 0))
        self._provenance(escalation["uuid"], "escalation", transfer_id)
        result.count("escalation", added=True)

    def _context(self, result: Received, context: dict[str, Any], assessments: dict[str, int],
                 transfer_id: int) -> None:
        local = self._local("contexts", context["uuid"])
        result.count("context", added=local is None)
        if local is None:
            cursor = self.conn.execute(
                "INSERT INTO contexts (kind, body_json, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?)",
                (context["kind"], context["body_json"], context["created_at"], context["updated_at"], context["uuid"]),
            )
            local = int(cursor.lastrowid or 0)
            self.conn.executemany(
                "INSERT OR IGNORE INTO context_keys (context_id, kind, key, shown) VALUES (?, ?, ?, ?)",
                [(local, k["kind"], k["key"], k["shown"]) for k in context["keys"]],
            )
            self._audit_row(f"context.{context['kind']}.received", "context", local)
            self._provenance(context["uuid"], "context", transfer_id)
        for link in context["links"]:
            self.conn.execute(
                "INSERT OR IGNORE INTO context_links (context_id, child_id, assessment_id, relationship, linked_on)"
                " VALUES (?, ?, ?, ?, ?)",
                (local, result.child_id, assessments.get(link["assessment"] or ""), link["relationship"],
                 link["linked_on"]),
            )

    # ------------------------------------------------------------ sending and receipts

    def log_sent(self, transfer_uuid: str, child_id: int, child_uuid: str, sent_on: str, counterpart: str,
                 receipt_hash: str, bundle_sha256: str) -> int:
        with translated(), transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO transfers (uuid, direction, child_id, child_uuid, at, sent_on, counterpart, receipt_hash,"
                " bundle_sha256) VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?)",
                (transfer_uuid, child_id, child_uuid, self._now(), sent_on, counterpart, receipt_hash, bundle_sha256),
            )
            transfer_id = int(cursor.lastrowid or 0)
            self._audit_row("transfer.sent", "child", child_id)
        return transfer_id

    def confirm(self, receipt_hash: str, transfer_uuid: str | None = None, erase: bool = False) -> int | None:
        """Mark the sent transfer with this receipt (and, from a receipt file, this transfer id)
        confirmed, once; its child's id, or None. With ``erase`` (the organisation's rule), the
        child's file here is deleted in the same transaction (storage.erase): both or neither."""
        with translated(), transaction(self.conn):
            row = self.conn.execute(
                "SELECT id, child_id FROM transfers WHERE direction = 'sent' AND receipt_hash = ?"
                " AND confirmed_at IS NULL AND (? IS NULL OR uuid = ?)",
                (receipt_hash, transfer_uuid, transfer_uuid)).fetchone()
            if row is None:
                return None
            self.conn.execute("UPDATE transfers SET confirmed_at = ? WHERE id = ?", (self._now(), row[0]))
            child_id = 0 if row[1] is None else int(row[1])  # 0: the child's file here was deleted before
            self._audit_row("transfer.confirmed", "child", child_id or None)
            if erase and child_id:
                erase_child(self.conn, child_id, self._now()[:10])
                self._audit_row("child.erased", "child", child_id)
        return child_id

    def received_before(self, transfer_uuid: str, bundle_sha256: str) -> bool:
        with translated():
            return bool(self.conn.execute(
                "SELECT 1 FROM transfers WHERE direction = 'received' AND (uuid = ? OR bundle_sha256 = ?)",
                (transfer_uuid, bundle_sha256)).fetchone())

    def log(self) -> list[dict[str, Any]]:
        names = ("uuid", "direction", "child_id", "at", "sent_on", "counterpart", "confirmed_at", "receipt_code")
        with translated():
            return _rows(self.conn, f"SELECT {', '.join(names)} FROM transfers ORDER BY id DESC", (), names)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
