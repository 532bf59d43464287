"""Vault life cycle: create, open, secrets, rotation, the single-instance lock, key slots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage import keyslots
from screening_app.storage.db import transaction
from screening_app.storage.errors import (
    AlreadyOpenError,
    VaultError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from screening_app.storage.passphrase import assess
from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import DB_FILE, ROTATION_PREFIX, SLOT_FILE, Vault

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
        Repository(vault.connection).add_child(ChildDetails("After", "Rotation"))  # the same handle works on
    with Vault.open(folder, PASSPHRASE) as vault:
        assert Repository(vault.connection).get_child(child).details.last_name == "Hopper"
    with pytest.raises(WrongRecoveryCodeError):
        Vault.open_with_recovery_code(folder, old_code)
    Vault.open_with_recovery_code(folder, new_code).close()


def _fill(vault: Vault, megabytes: int = 12) -> int:
    """Enough pages for several copy steps (a step is 4 MiB); returns a draft's id."""
    repo = Repository(vault.connection)
    child = repo.add_child(ChildDetails("Rotation", "Test"))
    padding = json.dumps({"pad": "p" * 3000})
    with transaction(vault.connection):
        vault.connection.executemany(
            "INSERT INTO assessments (reference, child_id, form_id, form_version, status, created_at, updated_at)"
            " VALUES (?, ?, 'cse-screening', '1.0', 'draft', '2026', '2026')",
            [(f"PAD-{n}", child) for n in range(megabytes * 330)],
        )
        vault.connection.execute(
            "INSERT INTO assessment_payloads (assessment_id, input_json) SELECT id, ? FROM assessments", (padding,)
        )
    return repo.start_assessment(child, "cse-screening", "1.0", '{"n": 0}').id


def test_rotation_reports_the_share_of_pages_copied(vault: Vault) -> None:
    _fill(vault)
    fractions: list[float] = []
    vault.rotate_data_key(PASSPHRASE, fractions.append)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert len({f for f in fractions if 0.0 < f < 0.9}) >= 3  # one per 4 MiB step, not just 0 and 1
    slots = json.loads((vault.folder / SLOT_FILE).read_text())
    assert slots["db_salt"] == (vault.folder / DB_FILE).read_bytes()[:16].hex()
    assert not slots["pending"] and not slots["pending_db_salt"]


def test_rotation_stopped_part_way_changes_nothing(created: tuple[Path, str]) -> None:
    folder, code = created
    with Vault.open(folder, PASSPHRASE) as vault:
        draft = _fill(vault)
        key, slot_file = vault.data_key, (folder / SLOT_FILE).read_bytes()

        def stop_half_way(fraction: float) -> None:
            if fraction > 0.3:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            vault.rotate_data_key(PASSPHRASE, stop_half_way)
        assert vault.data_key == key and (folder / SLOT_FILE).read_bytes() == slot_file
        assert not list(folder.glob(".tmp-*"))
        Repository(vault.connection).save_draft(draft, '{"n": 1}')  # still in use
    Vault.open_with_recovery_code(folder, code).close()


def test_saves_from_another_thread_during_rotation_are_kept(vault: Vault) -> None:
    draft = _fill(vault)
    repo, saved, stop = Repository(vault.connection), [0], threading.Event()

    def keep_saving() -> None:
        while not stop.is_set():
            repo.save_draft(draft, json.dumps({"n": saved[0] + 1}))
            saved[0] += 1

    writer = threading.Thread(target=keep_saving)
    writer.start()
    try:
        vault.rotate_data_key(PASSPHRASE)
    finally:
        stop.set()
        writer.join()
    assert saved[0] > 0
    folder = vault.folder
    vault.close()
    with Vault.open(folder, PASSPHRASE) as again:
        assert json.loads(Repository(again.connection).get_assessment(draft).input_json)["n"] == saved[0]


def test_closing_during_rotation_stops_it_and_changes_nothing(created: tuple[Path, str]) -> None:
    folder, code = created
    vault = Vault.open(folder, PASSPHRASE)
    _fill(vault)
    slot_file, errors, closer = (folder / SLOT_FILE).read_bytes(), [], threading.Thread(target=vault.close)

    def close_from_another_thread(fraction: float) -> None:
        if 0.0 < fraction < 0.5 and not closer.is_alive():
            closer.start()
            while not vault._closing:
                time.sleep(0.001)

    def rotate() -> None:
        try:
            vault.rotate_data_key(PASSPHRASE, close_from_another_thread)
        except VaultError as exc:
            errors.append(exc)

    rotation = threading.Thread(target=rotate)
    rotation.start()
    rotation.join(30)
    closer.join(30)
    assert errors and "locked before the job finished" in str(errors[0])
    assert not vault.is_open and (folder / SLOT_FILE).read_bytes() == slot_file
    assert not list(folder.glob(".tmp-*"))
    Vault.open_with_recovery_code(folder, code).close()


def test_a_copy_left_by_a_rotation_cut_short_is_removed_at_open(created: tuple[Path, str]) -> None:
    folder, _ = created
    leftover = folder / f"{ROTATION_PREFIX}{DB_FILE}-abc123"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{leftover}{suffix}").write_bytes(b"x" * 4096)
    Vault.open(folder, PASSPHRASE).close()
    assert not list(folder.glob(".tmp-*"))


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
        key = bytes(vault.data_key)  # the vault wipes its own at close
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
