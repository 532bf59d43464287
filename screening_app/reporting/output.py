"""Getting a PDF out: written atomically beside its final name, or protected
with an AES-256 (revision 6) password for a file to be emailed."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

from screening_app.fileio import replace_atomically
from screening_app.reporting.errors import ExportError


def write_pdf_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it: never a half-written file."""
    try:
        replace_atomically(Path(path), [data])
    except OSError as exc:
        raise ExportError(_why_not_written(exc)) from None


def _why_not_written(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the file could not be saved: the disk is full. Nothing was changed."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the file could not be saved: this folder cannot be written to. Choose another folder."
    return "the file could not be saved. Nothing was changed."


def protect_pdf(data: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 (revision 6): it opens only with the password."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise ExportError("password: write a password to protect the file")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
