"""Referral preview (from memory), Save PDF with and without a password, Print to a PDF
file printer, failure messages, and "Continue as a full assessment"."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from screening_app.ui.referral.actions import PdfActions, PdfSource
from screening_app.ui.referral.save_dialog import SaveChoice, SavePdfDialog
from tests.ui_referral.helpers import completed_child, open_latest

SECRET = "correct horse 42"


def pdfs_under(*folders: Path) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def summary(qtbot, make_window, seeded, do_unlock):
    window = make_window(seeded)
    do_unlock(window)
    open_latest(window, completed_child(window, 1))
    assert window.assessment.stack.currentWidget() is window.assessment.summary_panel
    return window, window.assessment.summary_panel.referral


def test_preview_loads_pages_from_memory(qtbot, summary, tmp_path, monkeypatch):
    window, actions = summary
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    system_tmp = Path("/tmp") if os.name == "posix" else Path(tempfile.gettempdir())
    before = {p for p in system_tmp.glob("*.pdf")}
    actions.preview()
    qtbot.waitUntil(lambda: actions.preview_dialog is not None, timeout=10_000)
    document = actions.preview_dialog.document
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0
    assert actions.preview_dialog.view.document() is document
    assert "Referral CSE-" in actions.preview_dialog.windowTitle()
    assert pdfs_under(private_tmp) == set() and set(system_tmp.glob("*.pdf")) == before
    assert not any(p.suffix == ".pdf" for p in pdfs_under(window.session.folder))
    window.assessment.close_assessment()  # leaving the summary closes the preview
    assert actions.preview_dialog is None


def test_save_plain_and_protected(qtbot, summary, tmp_path):
    window, actions = summary
    plain, locked = tmp_path / "plain.pdf", tmp_path / "locked.pdf"
    actions.ask_save = lambda *_: SaveChoice(plain, None)
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Saved"), timeout=10_000)
    assert len(PdfReader(plain).pages) > 0 and not PdfReader(plain).is_encrypted
    actions.ask_save = lambda *_: SaveChoice(locked, SECRET)
    actions.save()
    qtbot.waitUntil(lambda: "protected" in actions.status.text(), timeout=10_000)
    reader = PdfReader(io.BytesIO(locked.read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("wrong password")
    reader = PdfReader(io.BytesIO(locked.read_bytes()))
    assert reader.decrypt(SECRET) and len(reader.pages) > 0
    audit = [e.action for e in window.session.records.casework.audit_entries(limit=10)]
    assert "assessment.exported" in audit and "assessment.exported_protected" in audit


def test_save_in_welsh_from_the_window(qtbot, summary, tmp_path):
    import subprocess

    from screening_app.ui.referral.save_dialog import SavePdfDialog

    window, actions = summary
    dialog = SavePdfDialog(window, "x referral.pdf", "referral")
    qtbot.addWidget(dialog)
    assert dialog.language is not None and dialog.language.currentData() == "en"  # the interface's language
    dialog.path.setText(str(tmp_path / "cy.pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    assert dialog.choice().language == "cy"
    assert SavePdfDialog(window, "x.pdf", "comparison").language is None  # only the referral, so far
    actions.ask_save = lambda *_: dialog.choice()
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Saved"), timeout=10_000)
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "cy.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "SWYDDOGOL-SENSITIF" in text and "LEFEL DERFYNOL" in text


def test_cancelled_save_writes_nothing(summary, tmp_path):
    _window, actions = summary
    actions.ask_save = lambda *_: None
    actions.save()
    assert not actions.working and list(tmp_path.glob("*.pdf")) == []


def test_print_to_a_pdf_file_printer(qtbot, summary, tmp_path):
    _window, actions = summary
    target = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []

    def fake_dialog(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        seen.append(printer)
        return True

    actions.ask_printer = fake_dialog
    actions.print_()
    assert actions.printer is seen[0]  # held while the worker paints
    qtbot.waitUntil(lambda: actions.status.text().startswith("Sent"), timeout=20_000)
    referral = PdfReader(io.BytesIO(actions.source.render()))
    assert len(PdfReader(target).pages) == len(referral.pages) and actions.printer is None


def test_export_failure_names_the_field_only(qtbot, tmp_path):
    from screening_app.reporting import UnrenderableTextError

    actions = PdfActions("t")
    qtbot.addWidget(actions)

    def broken() -> bytes:
        raise UnrenderableTextError("answers.out_late.note", 0xE000)

    actions.set_source(PdfSource("referral", "Referral X", "x.pdf", broken, lambda p, _pw: p))
    actions.ask_save = lambda *_: SaveChoice(tmp_path / "x.pdf", None)
    actions.preview()
    qtbot.waitUntil(lambda: actions.status.text().startswith("No preview"), timeout=10_000)
    assert "answers.out_late.note" in actions.status.text() and actions.status.property("role") == "error"

    def unexpected(_path, _password):
        raise RuntimeError("Secret child name in the message")

    actions.set_source(PdfSource("referral", "Referral X", "x.pdf", broken, unexpected))
    actions.save()
    qtbot.waitUntil(lambda: actions.status.text().startswith("Not saved"), timeout=10_000)
    assert "Secret" not in actions.status.text()


def test_save_dialog_checks_passwords(qtbot, tmp_path):
    dialog = SavePdfDialog(None, "CSE-1 referral.pdf")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing" / "x.pdf"))
    assert "folder does not exist" in dialog.problem()
    dialog.pick = lambda _parent, _suggested: tmp_path / "chosen.pdf"
    dialog.choose()
    assert dialog.path.text() == str(tmp_path / "chosen.pdf")
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    dialog.password.setText("short")
    assert "at least 8" in dialog.problem()
    dialog.password.setText(SECRET)
    dialog.confirm.setText(SECRET + "x")
    assert "not the same" in dialog.problem()
    dialog.confirm.setText(SECRET)
    assert dialog.problem() == "" and dialog.choice() == SaveChoice(tmp_path / "chosen.pdf", SECRET)
    dialog.protect.setChecked(False)
    assert dialog.password.text() == "" and dialog.choice().password is None


def test_continue_screening_as_full_assessment(qtbot, summary):
    window, _actions = summary
    page = window.assessment
    screening = page.assessment
    assert screening.form_id == "cse-screening" and page.summary_panel.continue_button.isVisibleTo(page)
    page.summary_panel.continue_button.click()
    assert page.assessment.form_id == "cse-risk-assessment" and page.assessment.status == "draft"
    assert page.assessment.child_id == screening.child_id and page.wizard is not None
    assert page.banner.text().startswith(f"Continued from screening {screening.reference}")
    carried = page.wizard.session.state["answers"]
    import json

    stored = json.loads(screening.input_json)["answers"]
    shared = {k for k in stored if k in page.form.indicator_map()}
    assert shared and all(carried[k]["answer"] == stored[k]["answer"] for k in shared)
