"""Saving the referral: atomic writes, and AES-256 password protection checked with poppler."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from screening_app.reporting import ExportError, protect_pdf, write_pdf_atomically

PASSWORD = "correct horse ÿ 42"


def test_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path, screening_pdf):
    target = tmp_path / "referral.pdf"
    target.write_bytes(b"old")
    write_pdf_atomically(target, screening_pdf)
    assert target.read_bytes() == screening_pdf
    assert os.listdir(tmp_path) == ["referral.pdf"]


def test_a_failed_write_keeps_the_old_file(tmp_path, screening_pdf, monkeypatch):
    target = tmp_path / "referral.pdf"
    target.write_bytes(b"old")

    def refuse(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="disk is full"):
        write_pdf_atomically(target, screening_pdf)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["referral.pdf"]


def test_the_temporary_file_is_made_beside_the_target(tmp_path, screening_pdf, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(source, destination):
        seen.append(os.path.dirname(source))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    write_pdf_atomically(tmp_path / "r.pdf", screening_pdf)
    assert seen == [str(tmp_path)]


@pytest.fixture(scope="module")
def protected(screening_pdf) -> bytes:
    return protect_pdf(screening_pdf, PASSWORD)


def test_protection_is_aes_256_revision_6(protected):
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert reader.decrypt(PASSWORD)
    assert "OFFICIAL-SENSITIVE" in reader.pages[0].extract_text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_opens_it_only_with_the_password(protected, tmp_path):
    path = tmp_path / "p.pdf"
    path.write_bytes(protected)
    opened = subprocess.run(["pdftotext", "-upw", PASSWORD, path, "-"], capture_output=True)
    assert opened.returncode == 0 and "OFFICIAL-SENSITIVE" in opened.stdout.decode()
    refused = subprocess.run(["pdftotext", path, "-"], capture_output=True)
    assert refused.returncode != 0 and b"OFFICIAL" not in refused.stdout
    wrong = subprocess.run(["pdftotext", "-upw", "wrong", path, "-"], capture_output=True)
    assert wrong.returncode != 0


def test_an_empty_password_is_refused(screening_pdf):
    with pytest.raises(ExportError):
        protect_pdf(screening_pdf, "")
