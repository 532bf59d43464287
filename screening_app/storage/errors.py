"""The storage layer's exception family.

Every message is written for a practitioner: what happened, and what to do
next. Messages never carry a child's data, a passphrase or a key; they name
at most a file of the vault (the folder path is the user's own choice).
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault and its repository raise."""

    default_message = "The records could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongSecretError(VaultError):
    """A passphrase or recovery code that does not open this vault."""


class WrongPassphraseError(WrongSecretError):
    default_message = "That passphrase does not open these records. Check it and try again."


class WrongRecoveryCodeError(WrongSecretError):
    default_message = "That recovery code does not open these records. Check each group of five characters."


class EmptyPassphraseError(WrongSecretError):
    default_message = "Enter a passphrase."


class WeakPassphraseError(VaultError):
    """A new passphrase that is too easy to guess; carries zxcvbn's feedback."""

    default_message = "Choose a stronger passphrase: a few unrelated words work well."

    def __init__(self, message: str | None = None, feedback: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.feedback = feedback


class VaultMissingError(VaultError):
    default_message = "There are no records in this folder yet. Create a vault or choose another folder."


class UnfinishedSetupError(VaultMissingError):
    default_message = (
        "Setting up records in this folder did not finish, so no records were ever saved in it. "
        "Create the vault again (or restore a backup) in this folder."
    )


class VaultDamagedError(VaultError):
    """The vault exists but cannot be trusted; nothing has been changed."""

    default_message = (
        "The records file is damaged and has not been changed. Restore it from your latest backup, "
        "or ask IT support for help."
    )


class NotAVaultError(VaultDamagedError):
    default_message = (
        "This file is not a CSE Screening records file. Nothing was changed; check you chose the right one."
    )


class KeySlotMismatchError(VaultDamagedError):
    default_message = (
        "The key file in this folder belongs to a different set of records. Nothing was changed; "
        "put back the key file that was made with these records, or restore from a backup."
    )


class VaultExistsError(VaultError):
    default_message = "This folder already holds records; nothing was changed. Choose an empty folder."


class AlreadyOpenError(VaultError):
    default_message = (
        "These records are already open in another window or program. Close it first, then try again."
    )


class DiskFullError(VaultError):
    default_message = (
        "The disk is full, so nothing was saved. Free some space, then try again: your earlier work is safe."
    )


class ReadOnlyError(VaultError):
    default_message = (
        "The records folder cannot be written to, so nothing was saved. Check the folder's permissions "
        "or choose another folder."
    )


class BackupError(VaultError):
    default_message = "The backup file is damaged or is not a CSE Screening backup. Nothing was changed."


class CancelledError(VaultError):
    """A long job (backup, check) stopped at the practitioner's request, between two of its steps."""

    default_message = "Stopped before it finished. Nothing was changed."


class RecordNotFoundError(VaultError):
    default_message = "That record no longer exists; it may have been deleted."


class RecordLockedError(VaultError):
    default_message = "This assessment is completed and locked. Make a correction instead, giving a reason."
