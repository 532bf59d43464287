"""Read back what the reporting layer wrote: used by the self-test to prove a
protected PDF opens with its password and not without it."""

from __future__ import annotations

import io

import reportlab


def reportlab_version() -> str:
    return reportlab.Version


def opens_only_with(data: bytes, password: str) -> bool:
    """True when the PDF is encrypted, refuses an empty password and opens with ``password``."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if not reader.is_encrypted or reader.decrypt(""):
        return False
    reader = PdfReader(io.BytesIO(data))
    return bool(reader.decrypt(password)) and len(reader.pages) > 0
