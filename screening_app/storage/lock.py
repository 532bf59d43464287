"""One process at a time per vault: an OS byte-range lock on ``vault.lock``.

The lock is held on an open file descriptor, so the OS drops it when the
process ends, however it ends (a crash, a kill, a power cut). The lock file
itself holds nothing (owner-only all the same). It is deleted only by a
create or restore that failed and leaves the folder as it found it
(``release(remove=True)``, while still holding it); so that this never lets
two processes in, ``acquire`` checks after locking that the name still
leads to the file it locked, and starts again if not.
"""

from __future__ import annotations

import os
from pathlib import Path

from screening_app.fileio import open_owner_only, remove_quietly
from screening_app.storage.atomic import translate_os_error
from screening_app.storage.errors import AlreadyOpenError

LOCK_FILE = "vault.lock"


class VaultLock:
    """Held from ``acquire`` until ``release`` (or process death)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        while True:
            try:
                fd = open_owner_only(self.path, os.O_RDWR)
            except OSError as exc:
                raise translate_os_error(exc) from None
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                raise AlreadyOpenError() from None
            if _still_named(fd, self.path):
                self._fd = fd
                return self
            _unlock(fd)  # removed by its last holder meanwhile: lock the file that has the name now
            os.close(fd)

    def release(self, remove: bool = False) -> None:
        """Let go; with ``remove``, delete the lock file too (a failed create or restore tidying up)."""
        if self._fd is None:
            return
        if remove and os.name != "nt":  # POSIX: unlink while still holding it (see acquire)
            remove_quietly(self.path)
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        if remove and os.name == "nt":  # Windows refuses while anyone has it open: then it stays
            remove_quietly(self.path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _still_named(fd: int, path: Path) -> bool:
    if os.name == "nt":  # an open file cannot be deleted there
        return True
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


if os.name == "nt":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock, not lockf: flock locks belong to the open file, so a second open in
    # the same process is refused too (lockf locks are per process).
    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
