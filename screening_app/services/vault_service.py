"""Vault use cases for the UI and the CLI: create, unlock, check, change secrets, back up, restore.

Thin by intent: the storage layer does the work; this layer names the use
cases, fills in who is acting, and re-exports the error family and records
so callers above never import storage directly.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.storage.audit_chain import AuditReport, verify
from screening_app.storage.backup import restore_backup, write_backup
from screening_app.storage.casework import Casework
from screening_app.storage.db import translated
from screening_app.storage.errors import (
    AlreadyOpenError,
    BackupError,
    CancelledError,
    DiskFullError,
    EmptyPassphraseError,
    KeySlotMismatchError,
    NotAVaultError,
    ReadOnlyError,
    RecordLockedError,
    RecordNotFoundError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
    WrongSecretError,
)
from screening_app.storage.keyslots import KdfParams
from screening_app.storage.passphrase import Strength, assess, guessable_words
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Progress, Vault
from screening_app.storage.wal import copies_kept

__all__ = [
    "AlreadyOpenError",
    "BackupError",
    "CancelledError",
    "DiskFullError",
    "EmptyPassphraseError",
    "HealthReport",
    "KdfParams",
    "KeySlotMismatchError",
    "NotAVaultError",
    "ReadOnlyError",
    "RecordLockedError",
    "RecordNotFoundError",
    "Vault",
    "VaultDamagedError",
    "VaultError",
    "VaultExistsError",
    "VaultMissingError",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "WrongRecoveryCodeError",
    "WrongSecretError",
    "backup_vault",
    "change_passphrase",
    "check_vault",
    "confirm_recovery_code_saved",
    "create_vault",
    "current_actor",
    "guessable_words",
    "journal_message",
    "open_vault",
    "passphrase_strength",
    "profile_names",
    "recovery_code_unconfirmed",
    "restore_vault",
    "rotate_data_key",
    "unlock_with_recovery_code",
]


def _no_progress(_fraction: float) -> None:
    pass


def current_actor() -> str:
    """Who is acting, for the audit log: the operating-system account name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def passphrase_strength(passphrase: str, names: Iterable[str] = (), today: date | None = None) -> Strength:
    """Score 0-4 and advice, for the strength meter; 3 or more is accepted. ``names`` (the
    practitioner's, the organisation's) and this year count as guessable, like the app's words."""
    return assess(passphrase, guessable_words(today, names))


# Fields of the referrer profile an attacker could read off a referral and try first.
_GUESSABLE_PROFILE_FIELDS = ("name", "organisation", "email")


def profile_names(vault: Vault) -> tuple[str, ...]:
    """The practitioner's and organisation's names (and email) from the referrer profile, if set."""
    profile = Casework(vault.connection).get_setting(PROFILE_SETTING, {})
    if not isinstance(profile, dict):
        return ()
    return tuple(str(profile[key]) for key in _GUESSABLE_PROFILE_FIELDS if profile.get(key))


def create_vault(folder: Path, passphrase: str, kdf: KdfParams | None = None,
                 today: date | None = None) -> tuple[Vault, str]:
    """A new vault (open) and its recovery code, to be shown once and never stored.

    The code is flagged as not yet confirmed until ``confirm_recovery_code_saved``."""
    return Vault.create(folder, passphrase, kdf=kdf, words=guessable_words(today))


def open_vault(folder: Path, passphrase: str) -> Vault:
    return Vault.open(folder, passphrase)


def unlock_with_recovery_code(folder: Path, code: str, new_passphrase: str, today: date | None = None) -> Vault:
    """Open with the recovery code and set a new passphrase straight away. Typing the code in
    force proves it was kept, so it counts as confirmed (no banner asking for a new one)."""
    vault = Vault.open_with_recovery_code(folder, code)
    try:
        vault.set_passphrase(new_passphrase, words=guessable_words(today, profile_names(vault)))
        vault.confirm_recovery_code(code)
    except BaseException:
        vault.close()
        raise
    return vault


def change_passphrase(vault: Vault, old: str, new: str, today: date | None = None) -> None:
    vault.change_passphrase(old, new, words=guessable_words(today, profile_names(vault)))


def rotate_data_key(vault: Vault, passphrase: str, progress: Progress = _no_progress) -> str:
    """Re-encrypt everything under a new key; returns the new recovery code (the old one stops working).

    The new code is flagged as not yet confirmed (durably, before it comes into force) until
    ``confirm_recovery_code_saved``."""
    return vault.rotate_data_key(passphrase, progress)


def recovery_code_unconfirmed(vault: Vault) -> bool:
    """True while nobody has confirmed saving the recovery code in force: ask for a new one."""
    return vault.recovery_code_unconfirmed


def confirm_recovery_code_saved(vault: Vault, code: str) -> None:
    """The practitioner has saved or printed ``code``. Only the code in force clears the flag;
    any other raises WrongRecoveryCodeError and the flag stays."""
    vault.confirm_recovery_code(code)


def journal_message(vault: Vault) -> str:
    """What this open could not recover from a damaged journal (kept aside in the folder), or ''.
    Show it to the practitioner: the records opened as they stood at the last readable save."""
    return vault.journal.message if vault.journal is not None else ""


@dataclass(frozen=True)
class HealthReport:
    healthy: bool
    problems: tuple[str, ...]  # what the integrity checks found
    schema_version: int
    counts: dict[str, int]
    journal: str = ""  # saves a damaged journal lost at this open (its copy is kept), or ''
    notes: tuple[str, ...] = ()  # worth knowing, not damage: an interrupted save, an earlier journal copy


def check_vault(vault: Vault, progress: Progress = _no_progress) -> HealthReport:
    """Both integrity checks, the schema version, record counts (no content) and the journal.

    A journal this open found damaged (finished saves lost) makes the vault unhealthy, like a
    damaged page; an interrupted save, or journal copies kept by earlier opens, are notes."""
    journal = vault.journal
    problems = tuple(vault.integrity_problems(lambda fraction: progress(0.85 * fraction)))
    if not problems:  # the pages are sound: is the audit trail as it was written?
        problems = verify_audit(vault, lambda fraction: progress(0.85 + 0.15 * fraction)).problems
    progress(1.0)
    counts = {} if problems else Repository(vault.connection).counts()
    lost = journal.message if journal is not None and journal.saves_lost else ""
    notes = [journal.message] if journal is not None and not lost else []
    notes += [f"An earlier damaged journal is kept in the records folder as {copy.name}. If work is missing, "
              "restore from a backup or ask IT support; then move the copy out of the folder."
              for copy in copies_kept(vault.db_path(vault.folder)) if journal is None or copy != journal.copy]
    return HealthReport(not problems and not lost, problems, vault.schema_version(), counts, lost, tuple(notes))


def verify_audit(vault: Vault, progress: Progress = _no_progress) -> AuditReport:
    """The audit trail's hash chain, walked in order (``storage/audit_chain.py``)."""
    slots = vault.slots
    with translated():
        return verify(vault.connection, anchor=(slots.audit_entry, slots.audit_hash), progress=progress)


def backup_vault(vault: Vault, destination: Path, progress: Progress = _no_progress) -> None:
    write_backup(vault, destination, progress)


def restore_vault(source: Path, folder: Path, passphrase: str, progress: Progress = _no_progress) -> None:
    """Restore into an empty folder; verified before anything takes its real name."""
    restore_backup(source, folder, passphrase, progress)
