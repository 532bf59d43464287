"""Export a stored assessment as a referral PDF: the use case behind the app's
"Export referral" and ``screening-app export``.

Reads the exact stored version (input, result, override), puts the child's
names and identifiers back from the children table, builds the view-model
in the domain and renders it with the reporting layer. Everything that can
fail (bad record, text no font can show, password) fails before a file is
written; the file is written atomically beside its final name.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from screening_app import words
from screening_app.domain.answers import AssessmentInput, parse_stored_input
from screening_app.domain.contacts import CONTACTS_SETTING
from screening_app.domain.contexts import shared_words
from screening_app.domain.loader import load_form_pack
from screening_app.domain.pdf_password import pdf_password_problem
from screening_app.domain.referral import Referral, build_referral, record_fingerprint
from screening_app.domain.schema import FormDefinition
from screening_app.domain.scoring import RiskResult, score
from screening_app.domain.translations import reword_result, text_map
from screening_app.reporting import ExportError, protect_pdf, render_referral, write_pdf_atomically
from screening_app.services.records import RecordsService, SearchQuery
from screening_app.storage.records import Assessment, ChildDetails

__all__ = ["ExportError", "ExportService", "export_referral"]


class ExportService:
    """Referral PDFs of stored assessments, for preview (bytes) or saving (file)."""

    def __init__(self, records: RecordsService) -> None:
        self.records = records

    @staticmethod
    def prepare() -> dict[str, FormDefinition]:
        """What an export needs before any record is read: the renderer loaded with its main font,
        and the form pack (checked) to hand to ``RecordsService(forms=...)``; a command does this
        while the passphrase's KDF runs (``services.early_unlock``)."""
        from screening_app import reporting

        reporting.register_primary()
        reporting.render_referral  # noqa: B018 (the layout code, on first use)
        return load_form_pack()

    def referral(self, reference: str, generated_at: datetime | None = None, language: str = "en") -> Referral:
        """The referral's content; in Welsh (``language="cy"``) the form's text and what the stored
        result copied from it are the pack's Welsh, where it has them."""
        assessment = self.records.get_by_reference(reference)
        form = self.records.form(assessment.form_id)
        data = self._input(assessment)
        result = self._result(assessment, data)
        translated = self.records.form_in(assessment.form_id, language) if language != "en" else None
        if translated is not None:
            result = reword_result(result, text_map(form, translated))
            form = translated
        return build_referral(
            form,
            data,
            result,
            reference=assessment.reference,
            fingerprint=stored_fingerprint(assessment),
            generated_at=generated_at or self.records.clock.now(),
            status=assessment.status,
            contacts=self.records.get_setting(CONTACTS_SETTING, {}) or {},
            linked=self._linked(assessment.child_id),
        )

    def _linked(self, child_id: int) -> tuple[tuple[str, str], ...]:
        """Each other child sharing a person, place, vehicle or phone with this one, as the
        reference of its latest completed assessment and what is shared (no name: SPEC 12)."""
        out = []
        for other, shared in self.records.contexts.linked_to(child_id).items():
            latest = self.records.search(SearchQuery(child_id=other, status="completed"), limit=1).items
            if latest:
                out.append((latest[0].reference, shared_words(shared)))
        return tuple(sorted(out))

    def child_language(self, reference: str) -> str | None:
        """The language preference recorded for the assessment's child (en or cy), or None: what
        their referral is made in unless another is asked for (the CLI without --lang, Save PDF's
        first choice)."""
        child_id = self.records.get_by_reference(reference).child_id
        return self.records.repository.get_child(child_id).details.language

    def render(self, reference: str, password: str | None = None, language: str = "en") -> bytes:
        """The PDF as bytes, for the in-app preview or before saving; ``language``: en or cy."""
        problem = pdf_password_problem(password) if password is not None else None
        if problem:
            raise ExportError(problem)
        with words.language(language):  # this piece of work only: the window keeps its own
            pdf = render_referral(self.referral(reference, language=language))
        return protect_pdf(pdf, password) if password is not None else pdf

    def export(self, reference: str, path: Path, password: str | None = None, language: str = "en") -> Path:
        """Render (and protect) in memory, then write the file atomically."""
        target = Path(path)
        if not target.parent.is_dir():
            raise ExportError("the folder to save the referral in does not exist")
        write_pdf_atomically(target, self.render(reference, password, language))
        self.records.record_export(self.records.get_by_reference(reference).id, protected=password is not None)
        return target

    # ------------------------------------------------------------ helpers

    def _input(self, assessment: Assessment) -> AssessmentInput:
        try:
            data = parse_stored_input(json.loads(assessment.input_json))
        except (ValueError, TypeError) as exc:
            raise ExportError("the stored assessment cannot be read; it has not been exported") from exc
        child = self.records.repository.get_child(assessment.child_id).details
        details = dict(data.details)
        details["child"] = {**_child_fields(child), **_as_dict(details.get("child"))}
        return data.model_copy(update={"details": details})

    def _result(self, assessment: Assessment, data: AssessmentInput) -> RiskResult:
        if assessment.result_json:
            return RiskResult.model_validate_json(assessment.result_json)
        try:  # a draft: score what there is, and the PDF says DRAFT on every page
            return score(self.records.form(assessment.form_id), data)
        except Exception as exc:
            raise ExportError("finish the required answers before exporting this draft") from exc


def export_referral(records: RecordsService, reference: str, path: Path, password: str | None = None) -> Path:
    """Save one stored assessment as a referral PDF (optionally password-protected)."""
    return ExportService(records).export(reference, path, password)


def stored_fingerprint(assessment: Assessment) -> str:
    """Fingerprint of the exact stored version printed: its input, result and override."""
    parts = (assessment.input_json, assessment.result_json or "", assessment.override_json or "")
    return record_fingerprint("\n".join(parts))


def _as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _child_fields(child: ChildDetails) -> dict[str, Any]:
    fields = {
        "first_name": child.first_name,
        "last_name": child.last_name,
        "other_names": "; ".join(child.other_names),
        "upn": child.upn,
        "nhs_number": child.nhs_number,
        "la_case_number": child.la_case_number,
    }
    return {key: value for key, value in fields.items() if value}
