"""Vault life cycle: create, open, secrets, rotation, the single-instance lock, key slots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage import keyslots
from screening_app.storage.errors import (
    AlreadyOpenError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from screening_app.storage.passphrase import assess
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import DB_FILE, SLOT_FILE, Vault

NEW_PASSPHRASE = "violet harbour bicycle thunder"


def test_create_makes_an_encrypted_database_and_a_key_file(created: tuple[Path, str]) -> None:
    folder, code = created
    assert (folder / DB_FILE).read_bytes()[:16] != b"SQLite format 3\x00"
    slots = json.loads((folder / SLOT_FILE).read_text())
    assert {s["kind"] for s in slots["slots"]} == {"passphrase", "recovery"}
    assert len(code.split("-")) == 8 and all(len(g) == 5 for g in code.split("-"))
    if os.name != "nt":
        assert (folder / DB_FILE).stat().st_mode & 0o077 == 0
        assert (folder / SLOT_FILE).stat().st_mode & 0o077 == 0


def test_the_key_file_holds_no_key_in_the_clear(vault: Vault) -> None:
    text = (vault.folder / SLOT_FILE).read_text()
    assert vault.data_key.hex() not in text
    assert vault.data_key.hex().upper() not in text


def test_weak_passphrase_is_refused_with_feedback(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        Vault.create(tmp_path / "v", "password1", kdf=FAST_KDF)
    assert caught.value.feedback
    assert not (tmp_path / "v" / DB_FILE).exists()


def test_strength_meter_reports_score_and_feedback() -> None:
    weak, strong = assess("password1"), assess(PASSPHRASE)
    assert weak.score < 3 and not weak.acceptable and weak.feedback
    assert strong.acceptable


def test_very_long_passphrase_in_any_script_is_fine(tmp_path: Path) -> None:
    passphrase = "Ωμέγα-лиса-ثعلب-狐狸 " * 200
    started = time.perf_counter()
    vault, _ = Vault.create(tmp_path / "v", passphrase, kdf=FAST_KDF)
    vault.close()
    assert time.perf_counter() - started < 3
    Vault.open(tmp_path / "v", passphrase).close()


def test_passphrase_is_normalised_to_nfc(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Zoë crème brûlée harbour")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "v", composed, kdf=FAST_KDF)
    vault.close()
    Vault.open(tmp_path / "v", decomposed).close()


def test_records_survive_close_and_reopen(vault: Vault) -> None:
    child = Repository(vault.connection).add_child(ChildDetails("Ada", "Lovelace"))
    folder = vault.folder
    vault.close()
    with Vault.open(folder, PASSPHRASE) as again:
        assert Repository(again.connection).get_child(child).details.first_name == "Ada"


def test_change_passphrase_is_instant_and_old_one_stops_working(vault: Vault) -> None:
    db_before = (vault.folder / DB_FILE).read_bytes()
    started = time.perf_counter()
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert time.perf_counter() - started < 1.0
    assert (vault.folder / DB_FILE).read_bytes() == db_before
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, NEW_PASSPHRASE).close()


def test_change_passphrase_needs_the_old_one(vault: Vault) -> None:
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("not the old passphrase", NEW_PASSPHRASE)


def test_recovery_code_opens_and_sets_a_new_passphrase(created: tuple[Path, str]) -> None:
    folder, code = created
    sloppy = code.lower().replace("-", " ")
    with Vault.open_with_recovery_code(folder, sloppy) as vault:
        vault.set_passphrase(NEW_PASSPHRASE)
    Vault.open(folder, NEW_PASSPHRASE).close()
    Vault.open_with_recovery_code(folder, code).close()


def test_rotate_data_key_keeps_records_and_replaces_the_recovery_code(created: tuple[Path, str]) -> None:
    folder, old_code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        child = Repository(vault.connection).add_child(ChildDetails("Grace", "Hopper"))
        old_key = vault.data_key
        fractions: list[float] = []
        new_code = vault.rotate_data_key(PASSPHRASE, fractions.append)
        assert vault.data_key != old_key and fractions[-1] == 1.0
    with Vault.open(folder, PASSPHRASE) as vault:
        assert Repository(vault.connection).get_child(child).details.last_name == "Hopper"
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open_with_recovery_code(folder, old_code)
    Vault.open_with_recovery_code(folder, new_code).close()


def test_rotation_cut_short_after_rekey_still_opens(created: tuple[Path, str]) -> None:
    """Simulate a crash between re-encryption and the final key-file write."""
    folder, _ = created
    with Vault.open(folder, PASSPHRASE) as vault:
        new_key = os.urandom(32)
        pending = (
            keyslots.passphrase_slot(new_key, PASSPHRASE, vault.vault_id, FAST_KDF),
            keyslots.recovery_slot(new_key, keyslots.new_recovery_code(), vault.vault_id),
        )
        keyslots.write_slot_file(folder / SLOT_FILE, replace(vault.slots, pending=pending))
        vault.connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.data_key == new_key
        assert not vault.slots.pending
    assert not json.loads((folder / SLOT_FILE).read_text())["pending"]


def test_rotation_cut_short_before_rekey_still_opens(created: tuple[Path, str]) -> None:
    folder, _ = created
    with Vault.open(folder, PASSPHRASE) as vault:
        key = vault.data_key
        pending = (keyslots.passphrase_slot(os.urandom(32), PASSPHRASE, vault.vault_id, FAST_KDF),)
        keyslots.write_slot_file(folder / SLOT_FILE, replace(vault.slots, pending=pending))
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.data_key == key and not vault.slots.pending


def test_lock_is_released_on_close(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    Vault.open(folder, PASSPHRASE).close()


def test_another_process_gets_already_open(vault: Vault) -> None:
    script = (
        "import sys; from pathlib import Path; from screening_app.storage.vault import Vault\n"
        "from screening_app.storage.errors import AlreadyOpenError\n"
        "try:\n    Vault.open(Path(sys.argv[1]), sys.argv[2])\nexcept AlreadyOpenError:\n    sys.exit(5)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(vault.folder), PASSPHRASE], timeout=30)
    assert result.returncode == 5


def test_lock_is_released_when_the_process_dies(created: tuple[Path, str]) -> None:
    folder, _ = created
    script = (
        "import os, sys; from pathlib import Path; from screening_app.storage.vault import Vault\n"
        "Vault.open(Path(sys.argv[1]), sys.argv[2]); print('open', flush=True); os._exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(folder), PASSPHRASE], capture_output=True, timeout=30)
    assert result.stdout.strip() == b"open"
    Vault.open(folder, PASSPHRASE).close()


def test_create_holds_the_lock_against_a_concurrent_open(vault: Vault) -> None:
    with pytest.raises(AlreadyOpenError):
        Vault.create(vault.folder, PASSPHRASE, kdf=FAST_KDF)


def test_calibration_reaches_the_target_with_its_parameters_stored() -> None:
    params = keyslots.calibrate(target_seconds=0.05, memory_kib=8 * 1024)
    assert params.memory_kib == 8 * 1024 and params.time_cost >= 1 and len(params.salt) == 32
    assert keyslots.calibrate.__defaults__ == (keyslots.TARGET_SECONDS, 64 * 1024)


def test_slots_are_bound_to_their_vault_id() -> None:
    key, kek = os.urandom(32), os.urandom(32)
    slot = keyslots.wrap(key, kek, "vault-a", keyslots.PASSPHRASE, FAST_KDF)
    assert keyslots.unwrap(slot, kek, "vault-a") == key
    assert keyslots.unwrap(slot, kek, "vault-b") is None
    assert keyslots.unwrap(replace(slot, kind=keyslots.RECOVERY), kek, "vault-a") is None


def test_recovery_codes_use_an_unambiguous_alphabet() -> None:
    codes = {keyslots.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert not set(code.replace("-", "")) & set("01OILU")
        assert keyslots.normalise_recovery_code(code.lower()) == code.replace("-", "")
