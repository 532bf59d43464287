"""Subject access (SPEC 13, issue 16): everything held about one child, with what is withheld and
why, as a PDF; the use case behind ``screening-app sar`` and the window's "Subject access...".

``prepare`` reads the record (``storage.subject_access``), builds the passages and marks what to
withhold by default; the caller may change the items (``domain.subject_access.choose``: another
child's name is released only when confirmed for that item); ``export`` lays out the PDF, writes
it atomically, and audits it ("subject_access.exported", or "..._naming_children" when the
practitioner released another child's name): who and when, never what was released or withheld.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from screening_app import words
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.errors import DomainError
from screening_app.domain.schema import FormDefinition
from screening_app.domain.subject_access import Item, mark
from screening_app.domain.subject_access_record import HeldRecord, build_export, build_held
from screening_app.reporting import ExportError, write_pdf_atomically
from screening_app.reporting.subject_access_pdf import subject_access_pdf
from screening_app.services.audit import AuditService
from screening_app.services.records import RecordsService
from screening_app.storage.db import transaction, translated
from screening_app.storage.subject_access import held_about

__all__ = ["ExportError", "Prepared", "SubjectAccessService"]


@dataclass(frozen=True)
class Prepared:
    child_id: int
    record: HeldRecord
    items: tuple[Item, ...]  # marked for withholding by default
    language: str = "en"  # of the response: its headings, the form's text, the withheld markers


class SubjectAccessService:
    def __init__(self, records: RecordsService) -> None:
        self.records = records

    def prepare_by_reference(self, reference: str, language: str | None = None) -> Prepared:
        """REF is any assessment of the child, as the other commands take it."""
        return self.prepare(self.records.get_by_reference(reference).child_id, language)

    def prepare(self, child_id: int, language: str | None = None) -> Prepared:
        """``language``: en or cy; None: the child's recorded language preference, else English (the
        Welsh Language Standards: correspondence in the language the person chose)."""
        held = held_about(self.records.vault.connection, child_id)
        root = int(held["child_id"])
        language = language or held["child"].get("language") or "en"
        audit = [(a.when, a.who, a.what, a.record)
                 for a in AuditService(self.records.vault, self.records.actor, self.records.clock).of_child(root)]
        with words.language(language):
            record = build_held(held, self._forms(held, language), audit)
            items = mark(record.passages(), other_children=record.other_children, people=record.people,
                         anonymous=record.anonymous_source, own_names=record.own_names)
        return Prepared(root, record, items, language)

    def _forms(self, held: dict, language: str) -> dict[str, FormDefinition]:
        forms = {}
        for form_id in {a.get("form_id") for a in held.get("assessments") or ()}:
            try:
                english = self.records.form(str(form_id))
            except DomainError:  # a form no longer in the pack: ids stand for labels
                continue
            shown = self.records.form_in(english.id, language) if language != "en" else None
            forms[str(form_id)] = shown or english
        return forms

    def made_by(self) -> str:
        profile = self.records.get_setting(PROFILE_SETTING, {}) or {}
        return ", ".join(str(profile[k]) for k in ("name", "organisation") if profile.get(k)) or self.records.actor

    def render(self, prepared: Prepared, items: Sequence[Item], requested_on: date) -> bytes:
        today = self.records.clock.today()
        if requested_on > today:
            raise ExportError("the date of the request is after today")
        with words.language(prepared.language):  # this piece of work only: the window keeps its own
            view = build_export(prepared.record, items, requested_on=requested_on, exported_on=today,
                                made_by=self.made_by())
            return subject_access_pdf(view, f"SAR {requested_on.isoformat()}")

    def export(self, prepared: Prepared, path: Path, requested_on: date, items: Sequence[Item] | None = None) -> Path:
        """Render in memory, write atomically, then audit; nothing written if the PDF cannot be made."""
        target = Path(path)
        if not target.parent.is_dir():
            raise ExportError("the folder to save the response in does not exist")
        chosen = prepared.items if items is None else tuple(items)
        write_pdf_atomically(target, self.render(prepared, chosen, requested_on))
        named = any(i.kind == "other_child" and not i.withheld for i in chosen)
        conn = self.records.vault.connection
        with translated(), transaction(conn):
            self.records.repository._audit_row(
                "subject_access.exported_naming_children" if named else "subject_access.exported", "child",
                prepared.child_id)
        return target
