"""Every file that holds records, keys or backups is owner-only (0600, folders 0700), whatever the umask.

Found by the adversarial run: after ``rotate-key`` the database was 0644,
the data folder and its parents were created 0755, a killed backup left
0644 temporary files of up to 31 MB beside its destination, and failed
restores left ``vault.lock`` behind. On Windows the profile folder's default
per-user ACLs do this job (see ``screening_app.fileio``), so these checks
are POSIX modes.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.fileio import TEMP_PREFIX
from screening_app.reporting.output import write_pdf_atomically
from screening_app.storage import vault as vault_module
from screening_app.storage.backup import restore_backup, write_backup
from screening_app.storage.errors import BackupError, DiskFullError, WrongPassphraseError
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import DB_FILE, Vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows relies on the profile folder's per-user ACLs")
NEW_PASSPHRASE = "copper violin umbrella marsh"


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _loose(folder: Path) -> dict[str, str]:
    """Everything in ``folder`` (recursively) that is not owner-only, with its mode."""
    found = {}
    for path in folder.rglob("*"):
        wanted = 0o700 if path.is_dir() else 0o600
        if _mode(path) != wanted:
            found[str(path.relative_to(folder))] = oct(_mode(path))
    return found


def _temps_owner_only(folder: Path) -> None:
    temps = list(folder.glob(f"{TEMP_PREFIX}*"))
    assert {t.name: oct(_mode(t)) for t in temps if _mode(t) != 0o600} == {}


def test_create_rotate_change_back_up_restore_and_export_are_owner_only(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "new" / "parent" / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    with vault:
        Repository(vault.connection).add_child(ChildDetails("Perm", "Test"))
        assert {f"{DB_FILE}-wal", f"{DB_FILE}-shm"} <= {p.name for p in folder.iterdir()}
        assert _loose(tmp_path / "new") == {}
        vault.rotate_data_key(PASSPHRASE, lambda _f: _temps_owner_only(folder))
        assert _loose(tmp_path / "new") == {}
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        backups = tmp_path / "backups"
        backups.mkdir(mode=0o700)
        write_backup(vault, backups / "records.backup", lambda _f: _temps_owner_only(backups))
        assert _loose(backups) == {}
    assert _loose(tmp_path / "new") == {}
    restore_backup(backups / "records.backup", tmp_path / "restored" / "here", NEW_PASSPHRASE,
                   lambda _f: _temps_owner_only(tmp_path / "restored" / "here"))
    with Vault.open(tmp_path / "restored" / "here", NEW_PASSPHRASE):
        assert _loose(tmp_path / "restored") == {}
    write_pdf_atomically(backups / "referral.pdf", b"%PDF-1.7 not really")
    assert _loose(backups) == {}


def test_an_existing_folder_keeps_its_mode_but_the_files_are_owner_only(tmp_path: Path, umask: int) -> None:
    """The app never changes the mode of a folder it did not make (it may be the practitioner's own)."""
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].close()
    assert _mode(folder) == 0o755
    assert {p.name: oct(_mode(p)) for p in folder.iterdir() if _mode(p) != 0o600} == {}


def test_a_vault_left_world_readable_by_an_older_rotation_is_tightened_when_opened(created: tuple[Path, str]) -> None:
    folder, _ = created
    for path in folder.iterdir():
        path.chmod(0o644)
    with Vault.open(folder, PASSPHRASE):
        assert {p.name: oct(_mode(p)) for p in folder.iterdir() if _mode(p) != 0o600} == {}


def test_a_filesystem_without_modes_is_not_an_error(created: tuple[Path, str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """FAT and exFAT (a USB stick) show every file as, say, 0644 and refuse chmod (EPERM): they have no owners."""
    def no_modes(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    for path in created[0].iterdir():
        path.chmod(0o644)
    monkeypatch.setattr(os, "chmod", no_modes)
    with Vault.open(created[0], PASSPHRASE) as vault:  # the lock file's mode cannot be fixed: it opens all the same
        write_backup(vault, tmp_path / "records.backup")
    assert _mode(created[0] / "vault.lock") == 0o644


# ---------------------------------------------------------------- failures leave nothing behind


@pytest.mark.parametrize("existing", [False, True], ids=["new-folder", "empty-folder"])
def test_a_failed_restore_leaves_the_destination_as_it_was(created: tuple[Path, str], tmp_path: Path,
                                                           existing: bool) -> None:
    with Vault.open(created[0], PASSPHRASE) as vault:
        write_backup(vault, tmp_path / "good.backup")
    (tmp_path / "junk.backup").write_bytes(b"junk")
    target = tmp_path / "restore-parent" / "restored"
    if existing:
        target.mkdir(parents=True)
    def listing() -> list[str]:
        return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if "restore-parent" in p.parts)

    before = listing()
    with pytest.raises(BackupError):
        restore_backup(tmp_path / "junk.backup", target, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        restore_backup(tmp_path / "good.backup", target, NEW_PASSPHRASE)
    assert listing() == before


def test_a_failed_create_leaves_no_folder_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(vault_module, "_initialise_database", disk_full)
    with pytest.raises(DiskFullError):
        Vault.create(tmp_path / "a" / "vault", PASSPHRASE, kdf=FAST_KDF)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- a killed backup

KILLED_BACKUP = """
import sys, time
from pathlib import Path
from screening_app.storage.backup import write_backup
from screening_app.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
def pause(fraction):
    if fraction > 0:
        print("copying", flush=True)
        time.sleep(60)
write_backup(vault, Path(sys.argv[3]), pause)
"""


def _kill_a_backup(folder: Path, destination: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(folder), PASSPHRASE, str(destination)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"copying", proc.stderr.read() if proc.stderr else ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def test_a_killed_backups_leftovers_are_owner_only_and_cleaned_by_the_next_backup(created: tuple[Path, str],
                                                                                    tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    _kill_a_backup(created[0], backups / "records.backup")
    leftovers = sorted(backups.glob(f"{TEMP_PREFIX}*"))
    assert leftovers and {p.name: oct(_mode(p)) for p in leftovers if _mode(p) != 0o600} == {}
    an_hour_ago = time.time() - 3600
    for path in leftovers:
        os.utime(path, (an_hour_ago, an_hour_ago))
    not_ours = [".tmp-notes.txt", "x.tmp-records.backup-0123456789ab", ".tmp-records.backup-0123456789aZ"]
    for name in not_ours:
        (backups / name).write_text("the practitioner's own")
        os.utime(backups / name, (an_hour_ago, an_hour_ago))
    running = backups / ".tmp-other.backup-0123456789ab"  # a backup still being written (fresh): left alone
    running.write_bytes(b"in progress")
    just_now = time.time()  # the clock the app reads (shifted in CI's second run), not the file system's
    os.utime(running, (just_now, just_now))
    with Vault.open(created[0], PASSPHRASE) as vault:
        write_backup(vault, backups / "other.backup")
    assert sorted(p.name for p in backups.iterdir()) == sorted([*not_ours, running.name, "other.backup"])
