"""The passphrase's KDF started early (``storage.kdf.begin_early``): a head start and nothing more.

Its result is used once, and only for exactly the passphrase and parameters the validated key
file gives; anything else is wiped and derived again; a key file it cannot read plainly, or whose
costs the schema would refuse, starts nothing. Whether the passphrase is right is still decided by
the unwrap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storage_support import PASSPHRASE

from screening_app.services import early_unlock
from screening_app.storage import kdf
from screening_app.storage.errors import VaultDamagedError, WrongPassphraseError
from screening_app.storage.vault import Vault


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every Argon2 run, by the secret it ran on (early or not)."""
    runs: list[bytes] = []
    real = kdf._argon2

    def counted(secret: bytes, params: kdf.KdfParams) -> bytearray:
        runs.append(bytes(bytearray(secret)))  # a copy: the caller wipes its own
        return real(secret, params)

    monkeypatch.setattr(kdf, "_argon2", counted)
    yield runs
    kdf._take_early(b"", kdf.KdfParams())  # nothing left over for the next test


def _early() -> kdf._Early:
    assert kdf._pending is not None
    return kdf._pending


def test_the_open_takes_the_early_key_and_derives_nothing_more(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, PASSPHRASE)
    early = _early()
    vault = Vault.open(folder, PASSPHRASE)
    vault.close()
    assert derivations == [PASSPHRASE.encode()]
    assert kdf._pending is None  # taken
    assert early.key is None and not any(early.secret)  # handed over, and the copy wiped


def test_a_key_is_handed_out_once(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, PASSPHRASE)
    Vault.open(folder, PASSPHRASE).close()
    Vault.open(folder, PASSPHRASE).close()
    assert len(derivations) == 2


def test_an_early_start_with_another_passphrase_is_wiped_and_the_open_derives_its_own(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, "not the passphrase at all")
    early = _early()
    Vault.open(folder, PASSPHRASE).close()
    early.thread.join()
    assert derivations == [b"not the passphrase at all", PASSPHRASE.encode()]
    assert early.key is None and early.dropped and not any(early.secret)


def test_the_right_passphrase_early_never_opens_for_a_wrong_one(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, PASSPHRASE)
    early = _early()
    with pytest.raises(WrongPassphraseError):
        Vault.open(folder, "tangerine otter carousel lamb")
    early.thread.join()
    assert early.key is None and early.dropped


def test_parameters_other_than_the_key_files_are_not_used(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, PASSPHRASE)
    other = kdf.KdfParams(time_cost=1, memory_kib=8 * 1024).with_new_salt()
    kdf.derive_passphrase_key(PASSPHRASE, other)  # the early one began with the file's salt: not this
    assert len(derivations) == 2
    assert kdf._pending is None


def _rewrite_passphrase_kdf(folder: Path, **changes) -> None:
    path = folder / kdf.SLOT_FILE
    body = json.loads(path.read_text())
    slot = next(s for s in body["slots"] if s["kind"] == "passphrase")
    slot["kdf"].update(changes)
    path.write_text(json.dumps(body))


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 4 * 1024 * 1024},  # 4 GiB: beyond what the schema accepts
        {"time_cost": 1_000_000},
        {"time_cost": 64, "memory_kib": 1024 * 1024},  # each in range, their product not
        {"parallelism": 0},
        {"time_cost": "3"},
        {"time_cost": True},
        {"salt": "zz" * 16},
        {"salt": "ab"},
        {"algorithm": "scrypt"},
    ],
)
def test_a_key_file_out_of_bounds_starts_nothing_and_is_still_refused(created, derivations, changes):
    folder, _code = created
    _rewrite_passphrase_kdf(folder, **changes)
    assert not early_unlock.begin(folder, PASSPHRASE)
    assert kdf._pending is None and derivations == []
    with pytest.raises(VaultDamagedError):
        Vault.open(folder, PASSPHRASE)
    assert derivations == []


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[]", b'{"slots": 3}', b'{"slots": [{"kind": "recovery"}]}', b"{" * 100_000]
)
def test_a_key_file_that_cannot_be_read_plainly_starts_nothing(tmp_path, derivations, content):
    (tmp_path / kdf.SLOT_FILE).write_bytes(content)
    assert not early_unlock.begin(tmp_path, PASSPHRASE)
    assert kdf._pending is None and derivations == []


def test_no_folder_and_an_empty_passphrase_start_nothing(tmp_path, created, derivations):
    assert not early_unlock.begin(tmp_path / "missing", PASSPHRASE)
    assert not early_unlock.begin(created[0], "")
    assert kdf._pending is None and derivations == []


def test_a_second_early_start_replaces_the_first(created, derivations):
    folder, _code = created
    assert early_unlock.begin(folder, "a first guess at it")
    first = _early()
    assert early_unlock.begin(folder, PASSPHRASE)
    first.thread.join()
    assert first.dropped and first.key is None
    Vault.open(folder, PASSPHRASE).close()
    assert len(derivations) == 2
