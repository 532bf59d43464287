"""The one open vault and its services, as the shell sees them.

Everything the windows do with records goes through here, and through the
services only: no SQL, no storage calls from widgets. ``lock`` closes the
vault and drops the service (and with it the key); the windows clear
themselves. Settings about cases and people live in the vault's encrypted
settings table, never in QSettings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.contacts import CONTACTS_SETTING as CONTACTS_KEY  # noqa: F401 (re-exported)
from screening_app.domain.contacts import PROFILE_SETTING as PROFILE_KEY  # noqa: F401 (re-exported)

DEFAULT_IDLE_MINUTES = 5
IDLE_KEY = "auto_lock_minutes"
BACKUP_FOLDER_KEY = "backup_folder"
VAULT_FILES = ("vault.db", "keyslots.json")  # storage.vault.DB_FILE, SLOT_FILE
SETUP_MARKER = "setup-unfinished"  # storage.vault.SETUP_MARKER: a set-up cut short, to be started again
RESUME_KEY = "ui.resume"  # unsaved screen state written at lock time, inside the encrypted vault


def _vs() -> Any:
    """The vault service, imported on first use (it loads Argon2, AES and zxcvbn)."""
    from screening_app.services import vault_service

    return vault_service


def warm_up() -> None:
    """Import the services in a worker thread while the practitioner types the passphrase: those the
    unlock needs, and those home asks just after it is shown (the transfers awaiting receipt, whether
    this vault is in a team: about 70 ms of imports that would otherwise run on the UI thread then)."""
    import screening_app.services.records
    import screening_app.services.team
    import screening_app.services.transfer
    import screening_app.services.vault_service  # noqa: F401


class NotUnlockedError(RuntimeError):
    """A programming error: a screen asked for records while the vault was locked."""


class Session:
    """Holds the open vault (or none) for one data folder."""

    def __init__(self, folder: Path, kdf: Any = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self.folder = Path(folder)
        self.kdf = kdf  # tests inject fast Argon2 parameters; production calibrates
        self.clock = clock  # the one clock of every screen and service (tests fix the date)
        self.vault: Any = None
        self._records: Any = None
        self._escalations: Any = None
        self._chronology: Any = None

    # ------------------------------------------------------------ vault

    def vault_exists(self) -> bool:
        """Decides first run or unlock before the first window, so it must not load the storage
        stack (SQLCipher, Argon2, AES: ~100 ms). Same rule as ``Vault.exists`` (a test keeps the
        file names in step): an unfinished set-up is no vault, so first run starts it again."""
        if (self.folder / SETUP_MARKER).exists():
            return False
        return any((self.folder / name).exists() for name in VAULT_FILES)

    @property
    def unlocked(self) -> bool:
        return self._records is not None

    @property
    def records(self) -> Any:
        if self._records is None:
            raise NotUnlockedError("the vault is locked")
        return self._records

    def create(self, passphrase: str) -> str:
        """Worker thread: make the vault and return the recovery code (shown once)."""
        vault, code = _vs().create_vault(self.folder, passphrase, self.kdf)
        self._attach(vault)
        return code

    def unlock(self, passphrase: str) -> None:
        """Worker thread: the KDF runs here."""
        self._attach(_vs().open_vault(self.folder, passphrase))

    def unlock_with_recovery_code(self, code: str, new_passphrase: str) -> None:
        self._attach(_vs().unlock_with_recovery_code(self.folder, code, new_passphrase))

    def journal_message(self) -> str:
        """What the unlock could not recover from a damaged journal (a copy is kept in the folder), or
        '': the window must say so, never leave it silent."""
        return _vs().journal_message(self.vault) if self.vault is not None else ""

    def recovery_code_unconfirmed(self) -> bool:
        """Nobody has confirmed saving the recovery code in force (a crash, a lock or a closed
        window after it was shown): home asks for a new one."""
        return bool(self.unlocked and _vs().recovery_code_unconfirmed(self.vault))

    def confirm_recovery_code(self, code: str) -> None:
        """The practitioner saved ``code`` (the one just shown); only the code in force counts."""
        _vs().confirm_recovery_code_saved(self.records.vault, code)

    def _attach(self, vault: Any) -> None:
        from screening_app.services.records import RecordsService

        vs = _vs()
        if self._records is not None:
            vault.close()
            raise vs.AlreadyOpenError()
        self.vault = vault
        self._records = RecordsService(vault, vs.current_actor(), clock=self.clock)

    def lock(self) -> None:
        """Close the vault; the key goes with it."""
        vault, self.vault, self._records, self._escalations = self.vault, None, None, None
        self._chronology = None
        if vault is not None:
            vault.close()

    # ------------------------------------------------------------ settings (encrypted)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.records.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.records.set_setting(key, value)

    def idle_minutes(self) -> int:
        try:
            return max(1, int(self.setting(IDLE_KEY, DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    # ------------------------------------------------------------ children and lists

    def child(self, child_id: int) -> Any:
        return self.records.get_child(child_id)

    def record_opened(self, child_id: int) -> None:
        """Opening a child's record goes in the audit trail: who, when (issue 16)."""
        from screening_app.services.audit import AuditService

        AuditService(self.records.vault, self.records.actor, self.clock).opened(child_id)

    def child_names(self, child_ids: Any) -> dict[int, str]:
        return self.records.child_names(child_ids)

    def open_escalations(self) -> list[Any]:
        return list(self.records.escalations(open_only=True))

    def transferred_out(self, child_id: int) -> tuple[str, bool]:
        """What this vault sent of the child's file, in a sentence, and whether the record is now
        kept read-only (a transfer whose receipt was confirmed)."""
        from screening_app.services.transfer import TransferService

        rows = [r for r in TransferService(self.records.vault, self.records.actor, self.clock).transfers()
                if r["direction"] == "sent" and r["child_id"] == child_id]
        if not rows:
            return "", False
        latest = rows[0]  # newest first
        from screening_app.ui.shell import fmt

        on = fmt.day(latest["sent_on"])  # the shell's one way of writing a day
        if latest["status"] == "received":
            return (f"This child's file was transferred on {on} and its receipt confirmed: the "
                    "record is kept here read-only (no new assessment or correction; the receiver holds the "
                    "file now).", True)
        overdue = " It is OVERDUE: chase the receiver." if latest["status"] == "overdue" else ""
        return f"This child's file was sent on {on}; its receipt is awaited.{overdue}", False

    def child_joins(self) -> Any:
        """Other records that may be the same child, and joining them (services.child_join)."""
        from screening_app.services.child_join import ChildJoinService

        return ChildJoinService(self.records.vault, self.records.actor, self.clock)

    def transfers_waiting(self) -> tuple[int, int]:
        """Transfers sent and not yet confirmed received, and how many of those are overdue."""
        from screening_app.services.transfer import TransferService

        rows = TransferService(self.records.vault, self.records.actor, self.clock).transfers()
        sent = [r for r in rows if r["direction"] == "sent" and r["status"] != "received"]
        return len(sent), sum(r["status"] == "overdue" for r in sent)

    def retention_due(self) -> int:
        """How many records are past their retention review date (``services/retention.py``)."""
        from screening_app.services.retention import RetentionService

        return len(RetentionService(self.records.vault, self.records.actor, self.clock).due())

    def counts(self) -> dict[str, int]:
        return dict(self.records.counts())

    def page(self, query: Any, limit: int, before_id: int | None) -> Any:
        return self.records.search(query, limit, before_id)

    def latest_page(self, query: Any, limit: int, before_id: int | None) -> Any:
        """Like ``page`` but keeps only each child's newest completed assessment: a review date
        on an older assessment has been superseded by the newer one."""
        from screening_app.ui.shell.types import Page

        items: list[Any] = []
        cursor = before_id
        while True:
            page = self.page(query, limit, cursor)
            newest = self.records.newest_completed(item.child_id for item in page.items)  # one query a page
            items.extend(item for item in page.items if newest.get(item.child_id) == item.id)
            cursor = page.next_before_id
            if items or cursor is None:
                return Page(tuple(items), cursor)

    # ------------------------------------------------------------ escalations (SPEC 9.3)

    def chronology_service(self) -> Any:
        """A child's facts (SPEC 11): record, correct, list, suggest."""
        from screening_app.services.chronology import ChronologyService

        records = self.records
        if self._chronology is None or self._chronology.records is not records:
            self._chronology = ChronologyService(records)
        return self._chronology

    def linked_children(self, child_id: int) -> dict[int, list[Any]]:
        """Other children sharing a person, place, vehicle or phone with this one (SPEC 12)."""
        return self.records.contexts.linked_to(child_id)

    def patterns(self) -> list[Any]:
        return self.records.contexts.patterns()

    def escalation_service(self) -> Any:
        from screening_app.services.escalations import EscalationService

        records = self.records
        if self._escalations is None or self._escalations.records is not records:
            self._escalations = EscalationService(records)
        return self._escalations

    @staticmethod
    def new_escalation(**fields: Any) -> Any:
        """The service's input record (the dialog fills it; the service checks it)."""
        from screening_app.services.escalations import NewEscalation

        return NewEscalation(**fields)

    def record_escalation(self, item: Any) -> int:
        return self.escalation_service().record(item)

    def update_escalation(self, escalation_id: int, item: Any) -> None:
        self.escalation_service().update(escalation_id, item)

    def escalations_for_child(self, child_id: int) -> list[Any]:
        return self.escalation_service().for_child(child_id)

    def open_escalations_with_age(self) -> list[tuple[Any, int]]:
        """Open escalations, oldest first, each with the days since it was raised."""
        return self.escalation_service().open_with_age()

    def escalation_child(self, escalation: Any) -> int | None:
        details = escalation.details
        if details.child_id is not None:
            return details.child_id
        return self.records.get(details.assessment_id).child_id if details.assessment_id else None

    def save_escalation_summary(self, child_id: int, path: Path) -> Path:
        """The child's escalation summary as a PDF, written atomically (never half a file)."""
        return self.escalation_service().save_summary(child_id, Path(path))

    def export_service(self) -> Any:
        from screening_app.services.export import ExportService

        return ExportService(self.records)

    def compare_service(self) -> Any:
        from screening_app.services.compare import CompareService
        from screening_app.ui import i18n

        return CompareService(self.records, i18n.current())  # says what changed in the window's language

    def language_rules(self) -> tuple[Any, ...]:
        """The form pack's victim-language list, for free text outside the wizard."""
        try:
            return tuple(self.records.form("cse-screening").language_check)
        except Exception:
            return ()

    def today(self) -> date:
        return self.clock.today()
