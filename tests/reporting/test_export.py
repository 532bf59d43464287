"""Exporting a stored assessment: the export service and ``screening-app export``."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from screening_app.cli.main import main
from screening_app.services.export import ExportError, ExportService
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import KdfParams, create_vault
from screening_app.storage import keyslots

from .conftest import DATA

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)


def screening_case() -> dict:
    case = json.loads((DATA / "screening.json").read_text(encoding="utf-8"))
    names = ("first_name", "last_name", "upn", "nhs_number", "la_case_number")
    case["child"].update({k: v for k, v in case["details"]["child"].items() if k in names})
    case["child"]["other_names"] = ["Jaz"]
    return case


@pytest.fixture
def stored(tmp_path: Path):
    vault, _ = create_vault(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    service = RecordsService(vault, actor="tester")
    ref = service.import_case(screening_case())
    yield ExportService(service), ref.reference, tmp_path
    vault.close()


def text_of(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_service_puts_the_childs_names_back_and_fingerprints_the_record(stored):
    exporter, reference, _ = stored
    view = exporter.referral(reference)
    assert view.child_name == "Jasmine Example" and view.reference == reference
    assert len(view.fingerprint) == 12 and view.status == "completed"
    text = text_of(exporter.render(reference))
    assert "Jasmine Example" in text and "Jaz" in text and f"Reference {reference}" in text


def test_export_writes_the_file_and_protects_it(stored):
    exporter, reference, folder = stored
    target = exporter.export(reference, folder / "referral.pdf", password="pdf-pass")
    pdf = target.read_bytes()
    assert PdfReader(io.BytesIO(pdf)).is_encrypted
    assert "FINAL LEVEL HIGH" in text_of(pdf, "pdf-pass")


def test_export_to_a_missing_folder_writes_nothing(stored):
    exporter, reference, folder = stored
    with pytest.raises(ExportError):
        exporter.export(reference, folder / "absent" / "referral.pdf")
    assert not (folder / "absent").exists()


def test_cli_export_reads_passphrase_then_pdf_password(stored, monkeypatch, capsys):
    exporter, reference, folder = stored
    exporter.records.vault.close()  # the CLI opens the vault itself
    monkeypatch.setattr(keyslots, "calibrate", lambda *a, **k: FAST_KDF.with_new_salt())
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSPHRASE}\nsecret pdf words\n"))
    target = folder / "out.pdf"
    args = ["export", reference, "--pdf", str(target), "--data-dir", str(folder / "vault"), "--passphrase-stdin"]
    assert main([*args, "--protect"]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    if shutil.which("pdftotext"):
        opened = subprocess.run(["pdftotext", "-upw", "secret pdf words", target, "-"], capture_output=True)
        assert opened.returncode == 0 and b"OFFICIAL-SENSITIVE" in opened.stdout
        assert subprocess.run(["pdftotext", target, "-"], capture_output=True).returncode != 0


def test_cli_export_of_an_unknown_reference_fails_cleanly(stored, monkeypatch, capsys):
    _, _, folder = stored
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSPHRASE}\n"))
    target = folder / "none.pdf"
    code = main(
        ["export", "CSE-1999-999999", "--pdf", str(target), "--data-dir", str(folder / "vault"), "--passphrase-stdin"]
    )
    assert code != 0 and not target.exists()
    assert "Traceback" not in capsys.readouterr().err


def test_export_is_audited_without_content(stored):
    service, reference, folder = stored
    service.export(reference, folder / "plain.pdf")
    service.export(reference, folder / "locked.pdf", password="pdf password 1")
    entries = service.records.casework.audit_entries(limit=10)
    actions = [e.action for e in entries]
    assert "assessment.exported" in actions and "assessment.exported_protected" in actions
    record_id = service.records.get_by_reference(reference).id
    for entry in entries:
        if entry.action.startswith("assessment.exported"):
            assert (entry.record_kind, entry.record_id, entry.actor) == ("assessment", record_id, "tester")
            assert "pdf" not in repr(entry).lower()


def test_local_contacts_are_printed_with_the_actions(stored):
    service, reference, _folder = stored
    service.records.set_setting("local_contacts", {"mash_phone": "01234 567890", "police_non_emergency": "101"})
    text = text_of(service.render(reference))
    assert "Local contacts" in text
    assert "MASH / Children's Social Care" in text and "01234 567890" in text
    assert "Police (non-emergency)" in text and "Out-of-hours" not in text  # empty ones are left out
