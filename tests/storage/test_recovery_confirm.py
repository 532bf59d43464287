"""The "recovery code not confirmed as saved" flag in the key file.

A recovery code is shown once. Until the practitioner confirms it is saved,
the key file says so (a flag, never the code), from the same atomic write
that first holds the new recovery slot; a crash at any step keeps it, and
only ``confirm_recovery_code`` with the code in force clears it. The kills
at each rotation step are in ``test_crash``.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage import keyslots
from screening_app.storage import vault as vault_module
from screening_app.storage.backup import restore_backup, write_backup
from screening_app.storage.errors import VaultError, WrongRecoveryCodeError
from screening_app.storage.vault import DB_FILE, SLOT_FILE, Vault

NEW_PASSPHRASE = "violet harbour bicycle thunder"


def _flag_on_disk(folder: Path) -> bool:
    return json.loads((folder / SLOT_FILE).read_text())["recovery_unconfirmed"]


def _confirmed(created: tuple[Path, str]) -> tuple[Path, str]:
    folder, code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        vault.confirm_recovery_code(code)
    return folder, code


def _capture_slot_writes(monkeypatch: pytest.MonkeyPatch) -> list[keyslots.KeySlotFile]:
    written: list[keyslots.KeySlotFile] = []
    real = keyslots.write_slot_file

    def capture(path: Path, slots: keyslots.KeySlotFile) -> None:
        real(path, slots)
        written.append(slots)

    monkeypatch.setattr(keyslots, "write_slot_file", capture)
    return written


def test_a_new_vault_starts_unconfirmed_and_the_flag_is_only_a_flag(created: tuple[Path, str]) -> None:
    folder, code = created
    raw = (folder / SLOT_FILE).read_text()
    assert json.loads(raw)["recovery_unconfirmed"] is True
    assert keyslots.normalise_recovery_code(code) not in raw.replace("-", "") and code not in raw
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.recovery_code_unconfirmed  # opening never clears it


def test_confirm_clears_the_flag_only_with_the_code_in_force(created: tuple[Path, str]) -> None:
    folder, code = created
    before = (folder / SLOT_FILE).read_bytes()
    with Vault.open(folder, PASSPHRASE) as vault:
        for wrong in (keyslots.new_recovery_code(), "not a code"):
            with pytest.raises(WrongRecoveryCodeError):
                vault.confirm_recovery_code(wrong)
        assert vault.recovery_code_unconfirmed and (folder / SLOT_FILE).read_bytes() == before
        vault.confirm_recovery_code(code.lower().replace("-", " "))  # typed loosely: still the same code
        assert not vault.recovery_code_unconfirmed
        after = (folder / SLOT_FILE).read_bytes()
        vault.confirm_recovery_code(code)  # again: nothing to write
        assert (folder / SLOT_FILE).read_bytes() == after
    assert _flag_on_disk(folder) is False
    with Vault.open(folder, PASSPHRASE) as vault:
        assert not vault.recovery_code_unconfirmed
        assert vault.slots.slots == keyslots.loads(before).slots  # only the flag changed
    Vault.open_with_recovery_code(folder, code).close()


def test_rotation_sets_the_flag_in_the_write_that_holds_the_pending_slots(
    created: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_code = _confirmed(created)
    written = _capture_slot_writes(monkeypatch)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert not vault.recovery_code_unconfirmed
        new_code = vault.rotate_data_key(PASSPHRASE)
        pending_write, promotion = written
        assert pending_write.pending and pending_write.recovery_unconfirmed  # before the swap
        assert not promotion.pending and promotion.recovery_unconfirmed  # after it
        assert vault.recovery_code_unconfirmed
        with pytest.raises(WrongRecoveryCodeError):  # the old code is gone and cannot confirm
            vault.confirm_recovery_code(old_code)
        assert vault.recovery_code_unconfirmed
        vault.confirm_recovery_code(new_code)
        assert not vault.recovery_code_unconfirmed
    assert _flag_on_disk(folder) is False
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open_with_recovery_code(folder, old_code)


def test_a_code_shown_before_a_later_rotation_cannot_confirm(created: tuple[Path, str]) -> None:
    folder, _ = created
    with Vault.open(folder, PASSPHRASE) as vault:
        first = vault.rotate_data_key(PASSPHRASE)
        second = vault.rotate_data_key(PASSPHRASE)
        with pytest.raises(WrongRecoveryCodeError):
            vault.confirm_recovery_code(first)
        assert vault.recovery_code_unconfirmed
        vault.confirm_recovery_code(second)
        assert not vault.recovery_code_unconfirmed


def test_a_rotation_failing_at_the_swap_leaves_the_flag_as_it_was(
    created: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, code = _confirmed(created)
    real_replace = os.replace

    def refuse_the_swap(src: object, dst: object) -> None:
        if Path(str(dst)).name == DB_FILE:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(vault_module.os, "replace", refuse_the_swap)
    with Vault.open(folder, PASSPHRASE) as vault:
        with pytest.raises(VaultError):
            vault.rotate_data_key(PASSPHRASE)
        assert not vault.recovery_code_unconfirmed
    monkeypatch.setattr(vault_module.os, "replace", real_replace)
    assert _flag_on_disk(folder) is False
    Vault.open_with_recovery_code(folder, code).close()


def test_a_rotation_cut_short_before_the_swap_keeps_the_old_code_and_the_flag(created: tuple[Path, str]) -> None:
    """Killed after the pending write (before the swap): the old code still works; the flag asks for a new one."""
    folder, code = _confirmed(created)
    with Vault.open(folder, PASSPHRASE) as vault:
        pending = (keyslots.passphrase_slot(os.urandom(32), PASSPHRASE, vault.vault_id, FAST_KDF),)
        keyslots.write_slot_file(folder / SLOT_FILE, replace(vault.slots, pending=pending, recovery_unconfirmed=True))
    with Vault.open(folder, PASSPHRASE) as vault:
        assert not vault.slots.pending and vault.recovery_code_unconfirmed
        vault.confirm_recovery_code(code)  # the code in force is still the old one, so it may confirm
    Vault.open_with_recovery_code(folder, code).close()


def test_pending_slots_promoted_at_open_are_flagged_even_without_the_field(created: tuple[Path, str]) -> None:
    """Promotion itself sets the flag: a key file whose pending write lacked it still cannot hide the new code."""
    folder, old_code = _confirmed(created)
    new_key, new_code = os.urandom(32), keyslots.new_recovery_code()
    with Vault.open(folder, PASSPHRASE) as vault:
        pending = (
            keyslots.passphrase_slot(new_key, PASSPHRASE, vault.vault_id, FAST_KDF),
            keyslots.recovery_slot(new_key, new_code, vault.vault_id),
        )
        keyslots.write_slot_file(folder / SLOT_FILE, replace(vault.slots, pending=pending))
        assert _flag_on_disk(folder) is False
        vault.connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.data_key == new_key and vault.recovery_code_unconfirmed
    assert _flag_on_disk(folder) is True
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open_with_recovery_code(folder, old_code)


def test_the_flag_survives_secret_changes_and_backups(created: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        assert vault.recovery_code_unconfirmed
        write_backup(vault, tmp_path / "flagged.backup")
    with Vault.open_with_recovery_code(folder, code) as vault:
        vault.set_passphrase(PASSPHRASE)
        assert vault.recovery_code_unconfirmed  # opening with the code does not confirm it either
    restore_backup(tmp_path / "flagged.backup", tmp_path / "restored", NEW_PASSPHRASE)
    with Vault.open(tmp_path / "restored", NEW_PASSPHRASE) as restored:
        assert restored.recovery_code_unconfirmed
        restored.confirm_recovery_code(code)
        write_backup(restored, tmp_path / "confirmed.backup")
    restore_backup(tmp_path / "confirmed.backup", tmp_path / "again", NEW_PASSPHRASE)
    with Vault.open(tmp_path / "again", NEW_PASSPHRASE) as again:
        assert not again.recovery_code_unconfirmed


def test_key_files_from_before_the_flag_read_as_confirmed_and_odd_values_as_set(created: tuple[Path, str]) -> None:
    folder, _ = created
    body = json.loads((folder / SLOT_FILE).read_text())
    del body["recovery_unconfirmed"]
    assert not keyslots.loads(json.dumps(body).encode()).recovery_unconfirmed
    for odd in ("false", 0, None, "yes", 1):
        body["recovery_unconfirmed"] = odd
        assert keyslots.loads(json.dumps(body).encode()).recovery_unconfirmed, odd


def test_confirm_after_close_changes_nothing(created: tuple[Path, str]) -> None:
    folder, code = created
    vault = Vault.open(folder, PASSPHRASE)
    vault.close()
    with pytest.raises(VaultError):
        vault.confirm_recovery_code(code)
    assert _flag_on_disk(folder) is True


def test_confirm_during_a_long_job_is_refused_without_waiting(created: tuple[Path, str]) -> None:
    folder, code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        with vault.long_job(), pytest.raises(VaultError, match="still running"):  # as if a backup were running
            vault.confirm_recovery_code(code)
        assert vault.recovery_code_unconfirmed
        vault.confirm_recovery_code(code)
        assert not vault.recovery_code_unconfirmed
