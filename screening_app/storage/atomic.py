"""Safe file writes: a file is either the old version or the new one, never half.

Write to a temporary file in the same folder, fsync it, ``os.replace`` it over
the target, then fsync the folder so the rename itself survives a power cut.
OS errors become the storage family's plain errors (disk full, read-only).
``write_all`` is the single place bytes reach a file, so tests inject faults
(ENOSPC) there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from screening_app.storage.errors import DiskFullError, ReadOnlyError, VaultError

TEMP_PREFIX = ".tmp-"

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def translate_os_error(exc: OSError) -> VaultError:
    """The practitioner-facing error for an OS failure while writing."""
    if exc.errno in _DISK_FULL:
        return DiskFullError()
    if exc.errno in _READ_ONLY:
        return ReadOnlyError()
    return VaultError(f"The records could not be written ({errno.errorcode.get(exc.errno or 0, 'error')}).")


@contextlib.contextmanager
def os_errors_translated() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise translate_os_error(exc) from None


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


def atomic_write(target: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``target`` with the concatenated chunks, atomically and durably."""
    temp = temp_path_beside(target)
    try:
        with os_errors_translated():
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


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError, OSError):
        path.unlink()
