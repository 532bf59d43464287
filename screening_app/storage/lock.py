"""One process at a time per vault: an OS byte-range lock on ``vault.lock``.

The lock is held on an open file descriptor, so the OS drops it when the
process ends, however it ends (a crash, a kill, a power cut). The lock file
itself holds nothing and is never deleted: deleting a lock file races with a
second process that has just opened it.
"""

from __future__ import annotations

import os
from pathlib import Path

from screening_app.storage.atomic import translate_os_error
from screening_app.storage.errors import AlreadyOpenError

LOCK_FILE = "vault.lock"


class VaultLock:
    """Held from ``acquire`` until ``release`` (or process death)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise translate_os_error(exc) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyOpenError() from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


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
