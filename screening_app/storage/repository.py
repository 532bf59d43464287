"""All SQL for children and assessments: the only module that knows the tables.

Every write is one short transaction (an import, child and completed
assessment together, is one too). ``save_draft`` is called on every
change in the wizard, so it touches two rows by primary key and nothing else.
A completed assessment is locked: only ``correct`` changes it, and that adds
a version (with a reason) while earlier versions stay readable and cannot be
updated (a trigger refuses). Each payload is stored once: a draft's in
``assessment_payloads`` (updated in place), a completed one's only in its
version row; reads take the current version (``assessments.version``). Deletions leave an audit entry; audit entries
name the action and the record id, never its content.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date

from screening_app.domain.child_language import checked_language
from screening_app.storage.db import Store, rows_in, transaction, translated
from screening_app.storage.errors import RecordLockedError, RecordNotFoundError
from screening_app.storage.migrations import name_words
from screening_app.storage.records import (
    Assessment,
    AssessmentRef,
    AssessmentSummary,
    AssessmentVersion,
    Child,
    ChildDetails,
    CompletedPayload,
    Page,
    SearchQuery,
)

REFERENCE_PREFIX = "CSE"
_PREFIX_END = "\U0010ffff"  # sorts after every character: name >= w AND name < w + END is "starts with w"

_PAGE_IDS = "SELECT a.id FROM assessments a JOIN children c ON c.id = a.child_id"
_BROAD_NAME = 2000  # children matching a name prefix beyond which a newest-first scan wins
_SUMMARY = """
SELECT a.id, a.reference, a.child_id, trim(c.first_name || ' ' || c.last_name), a.form_id, a.status,
       a.assessed_on, a.final_level, a.review_date, a.updated_at
FROM assessments a JOIN children c ON c.id = a.child_id
"""
# A draft's payload is its working row; a completed one's is its current version. A working
# row beside a completed assessment exists only in vaults written by hand before v3: it wins.
_PAYLOAD_COLUMNS = ", ".join(
    f"CASE WHEN p.assessment_id IS NULL THEN v.{column} ELSE p.{column} END"
    for column in ("input_json", "result_json", "override_json")
)
_PAYLOAD_JOINS = (
    " FROM assessments a LEFT JOIN assessment_payloads p ON p.assessment_id = a.id"
    " LEFT JOIN assessment_versions v ON v.assessment_id = a.id AND v.version = a.version"
)
_CHILD_COLUMNS = (
    "first_name, last_name, other_names, date_of_birth, approx_age, upn, nhs_number, la_case_number, language"
)
_CHILD_MARKS = ", ".join("?" * len(_CHILD_COLUMNS.split(",")))  # one per column, for an INSERT


def normalise_identifier(value: str | None) -> str | None:
    """'943 476 5919' and '9434765919' are the same NHS number."""
    if value is None:
        return None
    cleaned = "".join(value.split()).upper()
    return cleaned or None


def _child_values(details: ChildDetails) -> tuple:
    return (
        details.first_name.strip(),
        details.last_name.strip(),
        json.dumps(list(details.other_names), ensure_ascii=False),
        details.date_of_birth.isoformat() if details.date_of_birth else None,
        details.approx_age,
        normalise_identifier(details.upn),
        normalise_identifier(details.nhs_number),
        normalise_identifier(details.la_case_number),
        checked_language(details.language),  # "en", "cy" or NULL; anything else refused before any write
    )


class Repository(Store):
    """Children, assessments and their audit trail, over one open connection."""

    # ------------------------------------------------------------ audit

    def _audit(self, action: str, kind: str, record_id: int) -> None:
        self._audit_row(action, kind, record_id)

    def record_event(self, action: str, kind: str, record_id: int) -> None:
        """Audit something done outside the database (an export, a print) in its own transaction."""
        with transaction(self.conn):
            self._audit(action, kind, record_id)

    # ------------------------------------------------------------ children

    def add_child(self, details: ChildDetails) -> int:
        with transaction(self.conn):
            return self._insert_child(details)

    def _insert_child(self, details: ChildDetails) -> int:
        stamp = self._now()
        cursor = self.conn.execute(
            f"INSERT INTO children ({_CHILD_COLUMNS}, created_at, updated_at) VALUES ({_CHILD_MARKS}, ?, ?)",
            (*_child_values(details), stamp, stamp),
        )
        child_id = int(cursor.lastrowid or 0)
        self._index_names(child_id, details)
        self._audit("child.created", "child", child_id)
        return child_id

    def update_child(self, child_id: int, details: ChildDetails) -> None:
        assignments = ", ".join(f"{column.strip()} = ?" for column in _CHILD_COLUMNS.split(","))
        with transaction(self.conn):
            cursor = self.conn.execute(
                f"UPDATE children SET {assignments}, updated_at = ? WHERE id = ?",
                (*_child_values(details), self._now(), child_id),
            )
            if cursor.rowcount == 0:
                raise RecordNotFoundError()
            self.conn.execute("DELETE FROM child_names WHERE child_id = ?", (child_id,))
            self._index_names(child_id, details)
            self._audit("child.updated", "child", child_id)

    def _index_names(self, child_id: int, details: ChildDetails) -> None:
        words = name_words(details.first_name, details.last_name, *details.other_names)
        self.conn.executemany(
            "INSERT OR IGNORE INTO child_names (name, child_id) VALUES (?, ?)", [(w, child_id) for w in words]
        )

    def get_child(self, child_id: int) -> Child:
        with translated():
            row = self.conn.execute(
                f"SELECT id, {_CHILD_COLUMNS}, created_at, updated_at FROM children WHERE id = ?", (child_id,)
            ).fetchone()
        if row is None:
            raise RecordNotFoundError()
        details = ChildDetails(
            first_name=row[1],
            last_name=row[2],
            other_names=tuple(json.loads(row[3])),
            date_of_birth=date.fromisoformat(row[4]) if row[4] else None,
            approx_age=row[5],
            upn=row[6],
            nhs_number=row[7],
            la_case_number=row[8],
            language=row[9],
        )
        return Child(id=row[0], details=details, created_at=row[10], updated_at=row[11])

    def child_names(self, child_ids: Iterable[int]) -> dict[int, str]:
        """"First Last" of each child asked for, in one query per 500 (a list of patterns names
        hundreds of children)."""
        rows = rows_in(self.conn, "SELECT id, first_name, last_name FROM children WHERE id IN ({marks})",
                       dict.fromkeys(child_ids))
        return {int(r[0]): " ".join(p for p in (r[1], r[2]) if p) for r in rows}

    def delete_child(self, child_id: int) -> None:
        """The child, every assessment of theirs and everything hanging off them."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM assessments WHERE child_id = ?", (child_id,))
            cursor = self.conn.execute("DELETE FROM children WHERE id = ?", (child_id,))
            if cursor.rowcount == 0:
                raise RecordNotFoundError()
            self._audit("child.deleted", "child", child_id)

    # ------------------------------------------------------------ assessments

    def start_assessment(self, child_id: int, form_id: str, form_version: str, input_json: str) -> AssessmentRef:
        with transaction(self.conn):
            return self._insert_assessment(child_id, form_id, form_version, input_json)

    def _insert_assessment(self, child_id: int, form_id: str, form_version: str, input_json: str) -> AssessmentRef:
        stamp = self._now()
        reference = self._next_reference(int(stamp[:4]))
        cursor = self.conn.execute(
            "INSERT INTO assessments (reference, child_id, form_id, form_version, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
            (reference, child_id, form_id, form_version, stamp, stamp),
        )
        assessment_id = int(cursor.lastrowid or 0)
        self.conn.execute(
            "INSERT INTO assessment_payloads (assessment_id, input_json) VALUES (?, ?)", (assessment_id, input_json)
        )
        self._audit("assessment.started", "assessment", assessment_id)
        return AssessmentRef(assessment_id, reference)

    def add_completed(
        self, details: ChildDetails, form_id: str, form_version: str, payload: CompletedPayload,
        events: tuple[str, ...] = (),
        then: Callable[[int, int], None] | None = None,
    ) -> AssessmentRef:
        """A new child with one completed assessment (an import): one transaction, all or nothing.

        ``events`` are further audit actions on the assessment (never content); ``then(child_id,
        assessment_id)`` writes what else belongs to the import inside the same transaction."""
        with transaction(self.conn):
            child_id = self._insert_child(details)
            ref = self._insert_assessment(child_id, form_id, form_version, payload.input_json)
            self._complete_draft(ref.id, payload)
            for action in events:
                self._audit(action, "assessment", ref.id)
            if then is not None:
                then(child_id, ref.id)
        return ref

    def _next_reference(self, year: int) -> str:
        self.conn.execute(
            "INSERT INTO reference_counters (year, last) VALUES (?, 1)"
            " ON CONFLICT (year) DO UPDATE SET last = last + 1",
            (year,),
        )
        (number,) = self.conn.execute("SELECT last FROM reference_counters WHERE year = ?", (year,)).fetchone()
        return f"{REFERENCE_PREFIX}-{year}-{number:06d}"

    def save_draft(
        self, assessment_id: int, input_json: str, resume_page: str | None = None, resume_field: str | None = None
    ) -> None:
        """Cheap by design: two primary-key updates in one transaction."""
        with transaction(self.conn):
            cursor = self.conn.execute(
                "UPDATE assessments SET resume_page = ?, resume_field = ?, updated_at = ?"
                " WHERE id = ? AND status = 'draft'",
                (resume_page, resume_field, self._now(), assessment_id),
            )
            if cursor.rowcount == 0:
                self._raise_missing_or_locked(assessment_id)
            self.conn.execute(
                "UPDATE assessment_payloads SET input_json = ? WHERE assessment_id = ?", (input_json, assessment_id)
            )

    def _raise_missing_or_locked(self, assessment_id: int) -> None:
        exists = self.conn.execute("SELECT 1 FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
        raise RecordLockedError() if exists else RecordNotFoundError()

    def complete(self, assessment_id: int, payload: CompletedPayload) -> None:
        with transaction(self.conn):
            self._complete_draft(assessment_id, payload)

    def _complete_draft(self, assessment_id: int, payload: CompletedPayload) -> None:
        cursor = self.conn.execute(
            "UPDATE assessments SET status = 'completed', version = 1, assessed_on = ?, computed_level = ?,"
            " final_level = ?, review_date = ?, resume_page = NULL, resume_field = NULL, updated_at = ?"
            " WHERE id = ? AND status = 'draft'",
            (*_level_values(payload), self._now(), assessment_id),
        )
        if cursor.rowcount == 0:
            self._raise_missing_or_locked(assessment_id)
        self._add_version(assessment_id, 1, None, payload)
        self._drop_working_payload(assessment_id)
        self._audit("assessment.completed", "assessment", assessment_id)

    def correct(self, assessment_id: int, payload: CompletedPayload, reason: str) -> int:
        """A new version of a completed assessment; returns its number."""
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT version FROM assessments WHERE id = ? AND status = 'completed'", (assessment_id,)
            ).fetchone()
            if row is None:
                raise RecordNotFoundError("Only a completed assessment can be corrected; this one is not completed.")
            # the next number after every version here, not after the current one: in a team a version
            # made on another laptop can be here without being current
            version = int(self.conn.execute("SELECT max(version) FROM assessment_versions WHERE assessment_id = ?",
                                            (assessment_id,)).fetchone()[0] or row[0]) + 1
            self.conn.execute(
                "UPDATE assessments SET version = ?, assessed_on = ?, computed_level = ?, final_level = ?,"
                " review_date = ?, updated_at = ? WHERE id = ?",
                (version, *_level_values(payload), self._now(), assessment_id),
            )
            self._add_version(assessment_id, version, reason, payload)
            self._drop_working_payload(assessment_id)
            self._audit("assessment.corrected", "assessment", assessment_id)
        return version

    def _drop_working_payload(self, assessment_id: int) -> None:
        """The version row now holds the payload; the draft's working copy would be a duplicate."""
        self.conn.execute("DELETE FROM assessment_payloads WHERE assessment_id = ?", (assessment_id,))

    def _add_version(self, assessment_id: int, version: int, reason: str | None, payload: CompletedPayload) -> None:
        self.conn.execute(
            "INSERT INTO assessment_versions (assessment_id, version, reason, input_json, result_json, override_json,"
            " computed_level, final_level, review_date, assessed_on, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (assessment_id, version, reason, payload.input_json, payload.result_json, payload.override_json,
             payload.computed_level, payload.final_level, payload.review_date, payload.assessed_on, self._now()),
        )

    def get_assessment(self, assessment_id: int) -> Assessment:
        return self._get("a.id = ?", assessment_id)

    def get_by_reference(self, reference: str) -> Assessment:
        return self._get("a.reference = ?", reference.strip().upper())

    def _get(self, where: str, value: object) -> Assessment:
        with translated():
            row = self.conn.execute(
                "SELECT a.id, a.reference, a.child_id, a.form_id, a.form_version, a.status, a.version, a.assessed_on,"
                " a.computed_level, a.final_level, a.review_date, a.resume_page, a.resume_field, a.created_at,"
                " a.updated_at, " + _PAYLOAD_COLUMNS + _PAYLOAD_JOINS + f" WHERE {where}",
                (value,),
            ).fetchone()
        if row is None:
            raise RecordNotFoundError()
        return Assessment(*row)

    def versions(self, assessment_id: int) -> list[AssessmentVersion]:
        with translated():
            rows = self.conn.execute(
                "SELECT version, reason, input_json, result_json, override_json, computed_level, final_level,"
                " review_date, assessed_on, created_at FROM assessment_versions WHERE assessment_id = ?"
                " ORDER BY version",
                (assessment_id,),
            ).fetchall()
        return [AssessmentVersion(r[0], r[1], CompletedPayload(*r[2:9]), r[9]) for r in rows]

    def delete_assessment(self, assessment_id: int) -> None:
        with transaction(self.conn):
            cursor = self.conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
            if cursor.rowcount == 0:
                raise RecordNotFoundError()
            self._audit("assessment.deleted", "assessment", assessment_id)

    # ------------------------------------------------------------ lists

    def list_assessments(self, limit: int = 50, before_id: int | None = None) -> Page:
        return self.search(SearchQuery(), limit, before_id)

    def search(self, query: SearchQuery, limit: int = 50, before_id: int | None = None) -> Page:
        """Newest first, keyset-paged: pass ``page.next_before_id`` to get the next page.

        Two phases: the page's ids first, from indexes alone (a common name
        matches thousands of assessments, and fetching whole rows before the
        LIMIT cost 150 ms at 100,000), then the summary rows of those ids.
        """
        with translated():
            where, params = _conditions(query)
            names, name_params = self._name_conditions(query.text)
            where, params = where + names, params + name_params
            if before_id is not None:
                where.append("a.id < ?")
                params.append(before_id)
            sql = _PAGE_IDS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id DESC LIMIT ?"
            ids = [row[0] for row in self.conn.execute(sql, (*params, limit + 1)).fetchall()]
            rows = self._summaries(ids[:limit])
        items = tuple(AssessmentSummary(*row) for row in rows)
        return Page(items, items[-1].id if len(ids) > limit else None)

    def newest_completed(self, child_ids: Iterable[int]) -> dict[int, int]:
        """Each child's newest completed assessment id, by the (child, id) index: one query for a page."""
        ids = sorted(set(child_ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with translated():
            rows = self.conn.execute(  # per child, newest first down its (child, id) index
                "SELECT c.id, (SELECT a.id FROM assessments a WHERE a.child_id = c.id AND a.status = 'completed'"
                f" ORDER BY a.id DESC LIMIT 1) FROM children c WHERE c.id IN ({marks})", ids).fetchall()
        return {int(child): int(newest) for child, newest in rows if newest is not None}

    def _summaries(self, ids: list[int]) -> list[tuple]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self.conn.execute(_SUMMARY + f" WHERE a.id IN ({marks}) ORDER BY a.id DESC", ids).fetchall()

    def _name_conditions(self, text: str | None) -> tuple[list[str], list[object]]:
        """The rarest name word picks the children; the others are checked per child.

        When even the rarest word is common, scanning newest-first and
        checking each row until the page is full beats gathering every match,
        so then every word is checked per row.
        """
        words = sorted(name_words(text or ""))
        if not words:
            return [], []
        counts = {w: self._prefix_count(w) for w in words}
        rarest = min(words, key=lambda w: (counts[w], w))
        where: list[str] = []
        params: list[object] = []
        if counts[rarest] < _BROAD_NAME:
            where.append("a.child_id IN (SELECT child_id FROM child_names WHERE name >= ? AND name < ?)")
            params += [rarest, rarest + _PREFIX_END]
            words.remove(rarest)
        for word in words:
            where.append(
                "EXISTS (SELECT 1 FROM child_names n WHERE n.child_id = a.child_id AND n.name >= ? AND n.name < ?)"
            )
            params += [word, word + _PREFIX_END]
        return where, params

    def _prefix_count(self, word: str) -> int:
        sql = "SELECT count(*) FROM (SELECT 1 FROM child_names WHERE name >= ? AND name < ? LIMIT ?)"
        return int(self.conn.execute(sql, (word, word + _PREFIX_END, _BROAD_NAME)).fetchone()[0])

    def counts(self) -> dict[str, int]:
        with translated():
            children = self.conn.execute("SELECT count(*) FROM children WHERE joined_into IS NULL").fetchone()[0]
            by_status = dict(self.conn.execute("SELECT status, count(*) FROM assessments GROUP BY status").fetchall())
            escalations = self.conn.execute("SELECT count(*) FROM escalations WHERE status = 'open'").fetchone()[0]
        return {
            "children": int(children),
            "drafts": int(by_status.get("draft", 0)),
            "completed": int(by_status.get("completed", 0)),
            "open_escalations": int(escalations),
        }


def _level_values(payload: CompletedPayload) -> tuple:
    return (payload.assessed_on, payload.computed_level, payload.final_level, payload.review_date)


def _conditions(query: SearchQuery) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    identifier = normalise_identifier(query.identifier)
    simple = {
        "c.date_of_birth = ?": query.date_of_birth.isoformat() if query.date_of_birth else None,
        "a.final_level = ?": query.level,
        "a.status = ?": query.status,
        "a.child_id = ?": query.child_id,
    }
    for clause, value in simple.items():
        if value is not None:
            where.append(clause)
            params.append(value)
    if identifier:
        where.append("(c.upn = ? OR c.nhs_number = ? OR c.la_case_number = ?)")
        params += [identifier] * 3
    if query.review_due_by:
        where.append("a.status = 'completed' AND a.review_date <= ?")
        params.append(query.review_due_by.isoformat())
    return where, params
