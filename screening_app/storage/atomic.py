"""Safe file writes: a file is either the old version or the new one, never half.

Write to a temporary file in the same folder, fsync it, ``os.replace`` it over
the target, then fsync the folder so the rename itself survives a power cut.
OS errors become the storage family's plain errors (disk full, read-only).
The writing itself is ``screening_app.fileio`` (shared with exported PDFs),
whose ``write_all`` is the single place bytes reach a file, so tests inject
faults (ENOSPC) there.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterable, Iterator
from pathlib import Path

from screening_app.fileio import (  # re-exported: the storage layer's callers use them from here
    TEMP_PREFIX,
    fsync_dir,
    remove_quietly,
    replace_atomically,
    temp_path_beside,
)
from screening_app.storage.errors import DiskFullError, ReadOnlyError, VaultError

__all__ = [
    "TEMP_PREFIX",
    "atomic_write",
    "fsync_dir",
    "os_errors_translated",
    "remove_quietly",
    "temp_path_beside",
    "translate_os_error",
]


_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


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


def atomic_write(target: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``target`` with the concatenated chunks, atomically and durably."""
    with os_errors_translated():
        replace_atomically(target, chunks)
