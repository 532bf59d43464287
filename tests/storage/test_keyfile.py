"""A damaged key file (keyslots.json) is refused as damaged, quickly, before any key derivation runs.

Every field is checked with bounds (types, lengths, base64, Argon2 costs);
each case below used to end in an unexpected internal error (or, for a huge
time cost, a hang). A key file is damaged, never "made by a newer version",
unless its version is a whole number above the current one.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from storage_support import FAST_KDF, PASSPHRASE, hash_tree

from screening_app.storage import keyslots
from screening_app.storage.errors import NotAVaultError, VaultDamagedError
from screening_app.storage.vault import SLOT_FILE, Vault

Mutation = Callable[[dict[str, Any]], None]


def _b64(size: int) -> str:
    return base64.b64encode(b"\x01" * size).decode()


def _set(*path: str | int, value: Any) -> Mutation:
    def mutate(body: dict[str, Any]) -> None:
        node: Any = body
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return mutate


def _passphrase_kdf(field: str, value: Any) -> Mutation:
    def mutate(body: dict[str, Any]) -> None:
        slot = next(s for s in body["slots"] if s["kind"] == "passphrase")
        slot["kdf"][field] = value
    return mutate


def _passphrase_slot(field: str, value: Any) -> Mutation:
    def mutate(body: dict[str, Any]) -> None:
        next(s for s in body["slots"] if s["kind"] == "passphrase")[field] = value
    return mutate


def _recovery_kdf(field: str, value: Any) -> Mutation:
    def mutate(body: dict[str, Any]) -> None:
        next(s for s in body["slots"] if s["kind"] == "recovery")["kdf"][field] = value
    return mutate


DAMAGE: dict[str, Mutation] = {
    "salt not hex": _passphrase_kdf("salt", "zz" * 16),
    "salt empty": _passphrase_kdf("salt", ""),
    "salt too short": _passphrase_kdf("salt", "ab" * 4),
    "salt a number": _passphrase_kdf("salt", 1234),
    "salt with spaces": _passphrase_kdf("salt", "ab " * 16),
    "memory zero": _passphrase_kdf("memory_kib", 0),
    "memory negative": _passphrase_kdf("memory_kib", -1),
    "memory huge": _passphrase_kdf("memory_kib", 2**40),
    "memory a string": _passphrase_kdf("memory_kib", "8192"),
    "memory a float": _passphrase_kdf("memory_kib", 8192.0),
    "time cost zero": _passphrase_kdf("time_cost", 0),
    "time cost a million": _passphrase_kdf("time_cost", 1_000_000),
    "time cost true": _passphrase_kdf("time_cost", True),
    "parallelism zero": _passphrase_kdf("parallelism", 0),
    "parallelism huge": _passphrase_kdf("parallelism", 2**24),
    "parallelism null": _passphrase_kdf("parallelism", None),
    "algorithm unknown": _passphrase_kdf("algorithm", "argon2i"),
    "algorithm of the other slot": _passphrase_kdf("algorithm", "hkdf-sha256"),
    "recovery cost set": _recovery_kdf("time_cost", 5),
    "kdf field missing": lambda body: body["slots"][0]["kdf"].pop("salt"),
    "kdf extra field": _passphrase_kdf("pepper", "x"),
    "nonce not base64": _passphrase_slot("nonce", "!!!!"),
    "nonce empty": _passphrase_slot("nonce", ""),
    "nonce too short": _passphrase_slot("nonce", _b64(11)),
    "nonce a number": _passphrase_slot("nonce", 5),
    "wrapped not base64": _passphrase_slot("wrapped", "not base64 at all"),
    "wrapped one byte short": _passphrase_slot("wrapped", _b64(47)),
    "wrapped a list": _passphrase_slot("wrapped", []),
    "slot kind unknown": _passphrase_slot("kind", "fingerprint"),
    "slot extra field": _passphrase_slot("extra", 1),
    "slots empty": _set("slots", value=[]),
    "slots not a list": _set("slots", value="slots"),
    "slots twice the same kind": lambda body: body["slots"].append(body["slots"][0]),
    "pending twice the same kind": lambda body: body.update(pending=body["slots"][:1] * 2),
    "pending salt without pending slots": _set("pending_db_salt", value="ab" * 16),
    "vault id a number": _set("vault_id", value=5),
    "vault id not hex": _set("vault_id", value="x" * 32),
    "db salt not hex": _set("db_salt", value="zz" * 16),
    "db salt missing": lambda body: body.pop("db_salt"),
    "extra top-level field": _set("unexpected", value=True),
    "version zero": _set("version", value=0),
    "version a string": _set("version", value="1"),
    "version a float": _set("version", value=1.0),
    "version true": _set("version", value=True),
    "version null": _set("version", value=None),
}


def _rewrite(folder: Path, mutate: Mutation) -> None:
    body = json.loads((folder / SLOT_FILE).read_text())
    mutate(body)
    (folder / SLOT_FILE).write_text(json.dumps(body))


def _refused_quickly(folder: Path, expected: type[Exception] = VaultDamagedError) -> Exception:
    before = hash_tree(folder)
    started = time.perf_counter()
    with pytest.raises(expected) as caught:
        Vault.open(folder, PASSPHRASE)
    assert time.perf_counter() - started < 1.0
    assert hash_tree(folder) == before
    return caught.value


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_field_is_refused_as_damaged(created: tuple[Path, str], damage: str) -> None:
    _rewrite(created[0], DAMAGE[damage])
    error = _refused_quickly(created[0])
    assert type(error) is VaultDamagedError and str(error).startswith("The key file is damaged"), str(error)


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
                                  "[" * 30_000 + "]" * 30_000,  # deep, yet under the size limit: JSON's recursion
                                  "\xff\xfe", "", "null", "[]", "1e400", '"format"'])
def test_garbage_and_deep_nesting_are_damaged(created: tuple[Path, str], text: str) -> None:
    (created[0] / SLOT_FILE).write_bytes(text.encode("latin-1"))
    assert str(_refused_quickly(created[0])).startswith("The key file is damaged")


def test_an_oversized_key_file_is_damaged_without_reading_it_all(created: tuple[Path, str]) -> None:
    body = json.loads((created[0] / SLOT_FILE).read_text())
    body["padding"] = "x" * (8 << 20)
    (created[0] / SLOT_FILE).write_text(json.dumps(body))
    assert str(_refused_quickly(created[0])).startswith("The key file is damaged")


def test_a_newer_whole_version_says_so(created: tuple[Path, str]) -> None:
    _rewrite(created[0], _set("version", value=3))
    assert "newer version" in str(_refused_quickly(created[0]))


def test_another_format_is_not_a_key_file(created: tuple[Path, str]) -> None:
    _rewrite(created[0], _set("format", value="something-else"))
    _refused_quickly(created[0], NotAVaultError)


def test_the_largest_accepted_costs_still_load(created: tuple[Path, str]) -> None:
    """The bounds are a ceiling on work, not on what a fast machine's calibration may choose."""
    body = json.loads((created[0] / SLOT_FILE).read_text())
    kdf = next(s for s in body["slots"] if s["kind"] == "passphrase")["kdf"]
    kdf.update(time_cost=keyslots.MAX_TIME_COST, memory_kib=keyslots.MIN_MEMORY_KIB, parallelism=1)
    assert keyslots.loads(json.dumps(body).encode()).slot(keyslots.PASSPHRASE).kdf.time_cost == keyslots.MAX_TIME_COST


def test_every_file_the_app_writes_loads(created: tuple[Path, str]) -> None:
    with Vault.open(created[0], PASSPHRASE) as vault:
        vault.rotate_data_key(PASSPHRASE)
        vault.change_passphrase(PASSPHRASE, "copper violin umbrella marsh")
        assert keyslots.read_slot_file(created[0] / SLOT_FILE) == vault.slots


def test_calibration_never_chooses_costs_the_loader_refuses() -> None:
    params = keyslots.calibrate(target_seconds=1e6, memory_kib=FAST_KDF.memory_kib)  # "as slow as you like"
    assert params.time_cost == keyslots.MAX_TIME_COST
