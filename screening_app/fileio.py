"""Safe file writes shared by every layer that writes files (the vault, exported PDFs).

A file is either the old version or the new one, never half: write a
temporary file in the same folder (never a shared temp folder), fsync it,
``os.replace`` it over the target, then fsync the folder so the rename
survives a power cut. Raises plain ``OSError``; each layer turns that into
its own practitioner-facing message.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path) -> Path:
    return target.parent / f"{TEMP_PREFIX}{target.name}-{secrets.token_hex(6)}"


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError, OSError):
        path.unlink()


def replace_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``target`` with the concatenated chunks, atomically and durably (0600: owner only)."""
    temp = temp_path_beside(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            for chunk in chunks:
                write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        fsync_dir(target.parent)
    finally:
        remove_quietly(temp)
