"""Reading the write-ahead log before SQLite does, so a damaged one is never thrown away silently.

SQLite keeps recent saves in ``vault.db-wal`` until a checkpoint copies them
into ``vault.db``. On open it reads the log's frames in order and keeps every
one up to the last valid commit; a frame whose checksum or salt does not
match ends the log there, and everything after it is ignored and later
overwritten. So one flipped bit loses every save after it, silently, and a log
whose header is garbage is ignored as a whole (and then removed).

SQLCipher encrypts the page images but leaves the log's format as SQLite's:
a 32-byte header (magic 0x377f0682 or 0x377f0683, format version, page size,
checkpoint sequence, two salts, a checksum of the header) and frames of a
24-byte header (page number, database size after a commit or 0, the two
salts, a running checksum over every frame so far) plus one page, whose
stored size is SQLCipher's page size. ``inspect`` walks the log as SQLite's
recovery does and says what would be kept and what would not.

Frames left from before the log last restarted carry older salts: they were
copied into the database already and are rightly ignored.

``set_aside_if_damaged`` runs before SQLite opens the database (the caller
holds the folder's lock and has verified the secret): when the log holds
anything recovery would drop, a byte-for-byte copy is written beside it
(``vault.db-wal.damaged-N``, owner-only) and the practitioner is told what was
not recovered. The records then open as they stood at the last valid commit.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.atomic import atomic_write

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGIC_LITTLE, MAGIC_BIG = 0x377F0682, 0x377F0683
FORMAT_VERSION = 3007000
COPY_MARK = ".damaged-"  # vault.db-wal.damaged-1, -2, ...
MAX_RESTARTS = 1 << 20  # how far back a leftover frame's first salt may be (one per restart of the log)


@dataclass(frozen=True)
class WalState:
    """What SQLite's recovery would make of a log file."""

    size: int  # bytes in the file
    header_ok: bool  # a log SQLite will read at all
    kept_frames: int = 0  # frames up to and including the last valid commit: these are recovered
    kept_saves: int = 0  # commits among them
    lost_frames: int = 0  # frames of this log after the last valid commit: they will not be recovered
    lost_saves: int = 0  # how many of those end a save (a commit frame): finished saves that are lost
    unreadable_frames: int = 0  # frames after that which are not this log's, nor older ones, nor blank

    @property
    def intact(self) -> bool:
        """Recovery drops nothing that was ever written to this log."""
        return self.header_ok and self.lost_frames == 0 and self.unreadable_frames == 0

    @property
    def saves_lost(self) -> bool:
        """A finished save (a commit frame) will not be recovered, or what was lost cannot be told."""
        return not self.header_ok or self.lost_saves > 0 or self.unreadable_frames > 0


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum: pairs of 32-bit words, in the byte order the magic names."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def inspect(path: Path) -> WalState:
    """The state of the log at ``path`` (a missing or blank file is an empty, intact log)."""
    return inspect_bytes(_read(path))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def inspect_bytes(data: bytes) -> WalState:
    header = _read_header(data)
    if header is None:
        # Shorter than a header, or only zeros: nothing was ever committed to it.
        return WalState(size=len(data), header_ok=len(data) <= HEADER_BYTES or not any(data))
    return _walk_frames(data, *header)


def _read_header(data: bytes) -> tuple[bool, int, bytes, tuple[int, int]] | None:
    """(big-endian, page size, salts, header checksum) of a valid header, else None."""
    if len(data) < HEADER_BYTES:
        return None
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER_BYTES])
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or version != FORMAT_VERSION:
        return None
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = magic == MAGIC_BIG
    if _checksum(data[:24], big_endian) != (c1, c2):
        return None
    return big_endian, page_size, struct.pack(">2I", salt1, salt2), (c1, c2)


def _walk_frames(data: bytes, big_endian: bool, page_size: int, salts: bytes,
                 running: tuple[int, int]) -> WalState:
    """Frames in order while salts and the running checksum match, as SQLite's recovery reads them."""
    frame_bytes = FRAME_HEADER_BYTES + page_size
    valid = kept = commits = kept_commits = 0
    offset = HEADER_BYTES
    while offset + frame_bytes <= len(data):
        frame = data[offset : offset + frame_bytes]
        page_no, db_size, c1, c2 = struct.unpack(">II8xII", frame[:FRAME_HEADER_BYTES])
        if frame[8:16] != salts or page_no == 0:
            break
        running = _checksum(frame[:8], big_endian, *running)
        running = _checksum(frame[FRAME_HEADER_BYTES:], big_endian, *running)
        if running != (c1, c2):
            break
        valid += 1
        if db_size:
            commits += 1
            kept, kept_commits = valid, commits
        offset += frame_bytes
    lost, lost_commits, unreadable = _after_the_kept(data, HEADER_BYTES + kept * frame_bytes, frame_bytes, salts)
    return WalState(size=len(data), header_ok=True, kept_frames=kept, kept_saves=kept_commits,
                    lost_frames=lost, lost_saves=lost_commits, unreadable_frames=unreadable)


def _after_the_kept(data: bytes, offset: int, frame_bytes: int, salts: bytes) -> tuple[int, int, int]:
    """Sort the frames after the kept ones: (this log's, the commits among them, unreadable).

    Frames whose first salt is a little lower are leftovers from before the log last restarted
    (SQLite adds one to it at each restart): already in the database. Blank space is nothing.
    """
    ours = commits = unreadable = 0
    salt1 = struct.unpack(">I", salts[:4])[0]
    while offset < len(data):
        frame = data[offset : offset + frame_bytes]
        offset += frame_bytes
        if len(frame) < FRAME_HEADER_BYTES or not any(frame):
            continue  # a stray tail shorter than a frame header, or space never written
        if frame[8:16] == salts:
            ours += 1
            # A frame cut short was still being written: its save never finished, so none was confirmed.
            commits += len(frame) == frame_bytes and frame[4:8] != bytes(4)
        elif not 0 < (salt1 - struct.unpack(">I", frame[8:12])[0]) & 0xFFFFFFFF <= MAX_RESTARTS:
            unreadable += 1
    return ours, commits, unreadable


# ---------------------------------------------------------------- keeping a damaged log


@dataclass(frozen=True)
class SetAside:
    """A log that recovery would cut short, and where its copy was kept."""

    copy: Path
    state: WalState

    @property
    def saves_lost(self) -> bool:
        return self.state.saves_lost

    @property
    def message(self) -> str:
        state, kept = self.state, f"A copy of the journal was kept as {self.copy.name} in the records folder."
        if not state.saves_lost:
            return ("A save that was interrupted before it finished (the app or the computer stopped) was not "
                    f"recovered; it had not been confirmed as saved. {kept}")
        if state.header_ok and not state.unreadable_frames:
            what = f"{state.lost_saves} save(s) made after the last readable one could not be recovered"
        else:
            what = "part of it could not be read, so the saves in that part could not be recovered"
        return (f"The records' journal (vault.db-wal) is damaged: {what}. The records were opened as they "
                f"stood at the last readable save. {kept} If work is missing, restore from your latest "
                "backup or ask IT support, and keep the copy until then.")


def journal_path(db_path: Path) -> Path:
    return Path(f"{db_path}-wal")


def set_aside_if_damaged(db_path: Path) -> SetAside | None:
    """Copy the log aside when recovery would drop any of it; None when it is intact.

    The copy is written atomically and owner-only. An identical copy already there (the same
    damaged log, seen by an earlier open that then failed) is reused, not duplicated. Any
    error writing it is raised: the log must not be opened, and so cut short, without a copy.
    """
    journal = journal_path(db_path)
    data = _read(journal)
    state = inspect_bytes(data)
    if state.intact:
        return None
    copy = _same_copy(journal, data)
    if copy is None:
        copy = _next_copy_name(journal)
        atomic_write(copy, [data])
    return SetAside(copy, state)


def copies_kept(db_path: Path) -> list[Path]:
    """Copies of damaged logs kept in the folder, oldest first."""
    journal = journal_path(db_path)
    found = journal.parent.glob(f"{journal.name}{COPY_MARK}*")
    return sorted((p for p in found if p.name.rpartition("-")[2].isdigit()), key=_copy_number)


def _copy_number(path: Path) -> int:
    return int(path.name.rpartition("-")[2])


def _same_copy(journal: Path, data: bytes) -> Path | None:
    digest = hashlib.sha256(data).digest()
    for copy in copies_kept(journal.parent / journal.name.removesuffix("-wal")):
        if copy.stat().st_size == len(data) and hashlib.sha256(copy.read_bytes()).digest() == digest:
            return copy
    return None


def _next_copy_name(journal: Path) -> Path:
    numbers = [_copy_number(p) for p in copies_kept(journal.parent / journal.name.removesuffix("-wal"))]
    return journal.parent / f"{journal.name}{COPY_MARK}{max(numbers, default=0) + 1}"
