"""Safe file writes shared by every layer that writes files (the vault, exported PDFs).

A file is either the old version or the new one, never half: write a
temporary file in the same folder (never a shared temp folder), fsync it,
``os.replace`` it over the target, then fsync the folder so the rename
survives a power cut. Raises plain ``OSError``; each layer turns that into
its own practitioner-facing message.

Everything the app writes that holds records, keys, backups or exported
PDFs is for its owner only: files 0600, folders 0700, set explicitly after
creation so the result is the same under any umask. ``open_owner_only``,
``restrict_to_owner`` and ``make_owner_only_dirs`` are the one place that
happens. On Windows the modes mean nothing (only "read-only"): there the
records folder sits in the user's profile (``%LOCALAPPDATA%``), whose
default ACLs give that user (plus SYSTEM and Administrators) access and
nobody else, and files inherit them; the app adds no ACLs of its own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

TEMP_PREFIX = ".tmp-"
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700
_POSIX = os.name != "nt"
_NO_MODES = {errno.EPERM, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EROFS}


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


def open_owner_only(path: Path, flags: int) -> int:
    """``os.open`` with O_CREAT, the file then owner-only (0600) whatever the umask or its old mode."""
    fd = os.open(path, flags | os.O_CREAT | getattr(os, "O_BINARY", 0), OWNER_ONLY_FILE)
    try:
        if _POSIX and os.fstat(fd).st_mode & 0o777 != OWNER_ONLY_FILE:
            _set_mode(fd, OWNER_ONLY_FILE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def restrict_to_owner(path: Path) -> None:
    """An existing file (0600) or folder (0700) made owner-only, if it is not already."""
    if not _POSIX:
        return
    mode = os.stat(path).st_mode
    wanted = OWNER_ONLY_DIR if stat.S_ISDIR(mode) else OWNER_ONLY_FILE
    if mode & 0o777 != wanted:
        _set_mode(path, wanted)


def _set_mode(target: int | Path, mode: int) -> None:
    """chmod (of a path, or of an open file); a filesystem without Unix modes has nothing to tighten.

    FAT and exFAT (USB sticks for backups) and some network shares refuse any
    mode they cannot store (EPERM): they have no owners either, so the write
    goes on. On a filesystem with modes the app's own new files never refuse.
    """
    try:
        os.chmod(target, mode)
    except OSError as exc:
        if exc.errno not in _NO_MODES:
            raise


def make_owner_only_dirs(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents, each owner-only (0700); existing ones are left as they are.

    Returns the folders created, outermost first, so a caller that fails can remove them again.
    """
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    created = []
    for path in missing:
        try:
            path.mkdir(mode=OWNER_ONLY_DIR)
        except FileExistsError:  # made meanwhile by someone else: not ours to restrict or remove
            continue
        created.append(path)
        restrict_to_owner(path)
    return created


def remove_empty_dirs(folders: Iterable[Path]) -> None:
    """Remove these folders, innermost first, where they are empty (what ``make_owner_only_dirs`` made)."""
    for path in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):
            path.rmdir()


def replace_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``target`` with the concatenated chunks, atomically and durably (0600: owner only)."""
    temp = temp_path_beside(target)
    try:
        fd = open_owner_only(temp, os.O_WRONLY | os.O_EXCL)
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
