"""Getting a PDF out: written atomically beside its final name, or protected
with an AES-256 (revision 6) password for a file to be emailed."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from screening_app.reporting.errors import ExportError


def write_pdf_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it: never a half-written file."""
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
