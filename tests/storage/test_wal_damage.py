"""A damaged journal (``vault.db-wal``) is never thrown away silently.

A real writer saves records and is SIGKILLed, so its saves sit in the
journal, not yet copied into ``vault.db``. Then one bit is flipped in a
frame, or the journal is filled with garbage, or its last frame is cut short.
SQLite alone would open the records as they stood before the damage and drop
the rest without a word (one flipped bit: "healthy" with half the records; a
garbage journal: deleted). Now the journal is copied aside first, owner-only
and byte for byte, the records open with what was committed, and the message
says what was not recovered and where the copy is.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE, vault_with_saves_in_journal

from screening_app.storage import wal
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

SAVES = 12


def _assessments(vault: Vault) -> int:
    return int(vault.connection.execute("SELECT count(*) FROM assessments").fetchone()[0])


@pytest.fixture(scope="module")
def killed_writer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault whose last SAVES saves are only in the journal: the writer was killed holding it."""
    return vault_with_saves_in_journal(tmp_path_factory.mktemp("wal") / "vault", SAVES)


@pytest.fixture
def folder(killed_writer: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "vault"
    shutil.copytree(killed_writer, copy)
    return copy


def _journal(folder: Path) -> Path:
    return folder / "vault.db-wal"


def _frame_offset(folder: Path, frame: int) -> int:
    return wal.HEADER_BYTES + frame * (wal.FRAME_HEADER_BYTES + 4096)


def test_the_killed_writers_saves_are_all_in_an_intact_journal(folder: Path) -> None:
    state = wal.inspect(_journal(folder))
    assert state.intact and state.kept_saves == SAVES and state.kept_frames > SAVES
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.journal is None and _assessments(vault) == SAVES
    assert wal.copies_kept(folder / "vault.db") == []


def test_sqlcipher_leaves_the_journal_in_sqlites_own_format(folder: Path) -> None:
    """Checked on the real file: magic, SQLCipher's 4096-byte pages, salts and checksums all match."""
    data = _journal(folder).read_bytes()
    assert int.from_bytes(data[:4], "big") in (wal.MAGIC_LITTLE, wal.MAGIC_BIG)
    assert int.from_bytes(data[8:12], "big") == 4096
    assert (len(data) - wal.HEADER_BYTES) % (wal.FRAME_HEADER_BYTES + 4096) == 0
    assert wal.inspect_bytes(data).kept_frames == (len(data) - wal.HEADER_BYTES) // 4120


def _assert_kept_aside(folder: Path, damaged: bytes, vault: Vault) -> Path:
    assert vault.journal is not None
    copy = vault.journal.copy
    assert copy.parent == folder and copy.name == "vault.db-wal.damaged-1"
    assert copy.read_bytes() == damaged  # nothing silently vanished: every byte is in the copy
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert copy.name in vault.journal.message
    assert ("backup" in vault.journal.message) == vault.journal.saves_lost  # where to turn, when work is lost
    return copy


def test_one_flipped_bit_is_kept_aside_and_reported(folder: Path) -> None:
    data = bytearray(_journal(folder).read_bytes())
    frames = wal.inspect_bytes(bytes(data)).kept_frames
    data[_frame_offset(folder, frames // 2) + wal.FRAME_HEADER_BYTES + 100] ^= 0x01  # one bit, mid-journal
    _journal(folder).write_bytes(bytes(data))
    state = wal.inspect_bytes(bytes(data))
    assert state.saves_lost and 0 < state.kept_saves < SAVES and state.lost_saves > 0
    with Vault.open(folder, PASSPHRASE) as vault:
        _assert_kept_aside(folder, bytes(data), vault)
        assert vault.journal.saves_lost
        assert f"{state.lost_saves} save(s)" in vault.journal.message
        assert _assessments(vault) == state.kept_saves  # opened with what was committed before the damage
        assert vault.integrity_problems() == []  # which SQLite alone calls healthy


def test_a_garbage_journal_is_kept_aside_not_deleted(folder: Path) -> None:
    garbage = os.urandom(_journal(folder).stat().st_size)
    _journal(folder).write_bytes(garbage)
    with Vault.open(folder, PASSPHRASE) as vault:
        _assert_kept_aside(folder, garbage, vault)
        assert vault.journal.saves_lost and "could not be read" in vault.journal.message
        assert _assessments(vault) == 0


def test_garbage_after_the_first_frames_is_reported(folder: Path) -> None:
    data = bytearray(_journal(folder).read_bytes())
    start = _frame_offset(folder, 3)
    data[start:] = os.urandom(len(data) - start)
    _journal(folder).write_bytes(bytes(data))
    with Vault.open(folder, PASSPHRASE) as vault:
        _assert_kept_aside(folder, bytes(data), vault)
        assert vault.journal.saves_lost


def test_a_save_cut_short_is_an_interrupted_save_not_damage(folder: Path) -> None:
    """The last frame half written: that save never finished, so it was never confirmed. Still
    never silent: kept aside and said, but not called damage."""
    data = _journal(folder).read_bytes()[:-2000]
    _journal(folder).write_bytes(data)
    with Vault.open(folder, PASSPHRASE) as vault:
        _assert_kept_aside(folder, data, vault)
        assert not vault.journal.saves_lost and "interrupted" in vault.journal.message
        assert _assessments(vault) == SAVES - 1


def test_the_same_damaged_journal_is_copied_once(folder: Path) -> None:
    """An open that fails after the copy (here: the folder is already open elsewhere, then
    retried) does not pile up identical copies."""
    data = os.urandom(_journal(folder).stat().st_size)
    _journal(folder).write_bytes(data)
    assert wal.set_aside_if_damaged(folder / "vault.db").copy.name == "vault.db-wal.damaged-1"
    assert wal.set_aside_if_damaged(folder / "vault.db").copy.name == "vault.db-wal.damaged-1"
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.journal.copy.name == "vault.db-wal.damaged-1"
    assert [p.name for p in wal.copies_kept(folder / "vault.db")] == ["vault.db-wal.damaged-1"]


def test_a_wrong_passphrase_changes_nothing_even_with_a_damaged_journal(folder: Path) -> None:
    from storage_support import hash_tree

    from screening_app.storage.errors import WrongPassphraseError

    _journal(folder).write_bytes(os.urandom(_journal(folder).stat().st_size))
    before = hash_tree(folder)
    with pytest.raises(WrongPassphraseError):
        Vault.open(folder, "not the passphrase at all")
    assert hash_tree(folder) == before


def test_leftover_frames_from_before_a_restart_are_not_damage(tmp_path: Path) -> None:
    """After a checkpoint SQLite restarts the journal from its start with a new salt; the older,
    longer tail stays in the file. Those frames are in the database already: no alarm."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        repo = Repository(vault.connection)
        child = repo.add_child(ChildDetails("Test", "Child"))
        for n in range(8):
            repo.start_assessment(child, "cse-screening", "1.0", '{"pad": "%s"}' % ("x" * 3000 * n))
        vault.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        repo.start_assessment(child, "cse-screening", "1.0", "{}")  # restarts the journal
        data = _journal(vault.folder).read_bytes()
    state = wal.inspect_bytes(data)
    assert state.intact and state.kept_saves == 1 and len(data) > _frame_offset(vault.folder, state.kept_frames + 4)
