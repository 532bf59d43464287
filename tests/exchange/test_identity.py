"""The vault's transfer identity: made once, sealed by the data key, kept across a data-key rotation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyrage import decrypt, encrypt, x25519

from screening_app.exchange.identity import AGE_SECRET, vault_identity
from screening_app.storage import keyslots
from screening_app.storage.errors import VaultDamagedError
from screening_app.storage.vault import Vault
from tests.cli.conftest import run

PASSPHRASE = "tangerine otter carousel lamp"
FAST = keyslots.KdfParams(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    vault, _code = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST.with_new_salt())
    vault.close()
    return tmp_path / "v"


def test_identity_is_made_once_and_survives_reopening_and_rotation(folder: Path, clock) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        first = vault_identity(vault, clock)
        assert vault_identity(vault, clock).recipient == first.recipient
        secret_text = str(first.age).encode()
        raw_rows = vault.connection.execute("SELECT sealed FROM sealed_secrets").fetchall()
        assert len(raw_rows) == 2 and all(secret_text not in bytes(r[0]) for r in raw_rows)
        vault.rotate_data_key(PASSPHRASE)
    with Vault.open(folder, PASSPHRASE) as vault:
        again = vault_identity(vault, clock)
    assert again.recipient == first.recipient and again.fingerprint == first.fingerprint
    assert re.fullmatch(r"age1[0-9a-z]{58}", first.recipient)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", first.fingerprint)
    assert decrypt(encrypt(b"sealed", [x25519.Recipient.from_str(first.recipient)]), [again.age]) == b"sealed"
    message = b"header and ciphertext"
    again.verify_key.verify(first.signing.sign(message), message)


def test_a_sealed_key_moved_under_another_name_does_not_open(folder: Path, clock) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        vault_identity(vault, clock)
        vault.connection.execute("UPDATE sealed_secrets SET name = 'x' WHERE name = ?", (AGE_SECRET,))
        vault.connection.execute("UPDATE sealed_secrets SET name = ? WHERE name <> 'x'", (AGE_SECRET,))
        with pytest.raises(VaultDamagedError):
            vault_identity(vault, clock)


def test_identity_command_prints_the_recipient_on_one_line(folder: Path, monkeypatch, capsys) -> None:
    args = ["identity", "--data-dir", str(folder), "--passphrase-stdin"]
    code, out, err = run(monkeypatch, capsys, args, PASSPHRASE)
    assert code == 0 and re.fullmatch(r"age1[0-9a-z]{58}\n", out) and err == ""
    code, verbose, _ = run(monkeypatch, capsys, [*args, "--verbose"], PASSPHRASE)
    lines = verbose.splitlines()
    assert code == 0 and lines[0] == out.strip() and re.fullmatch(r"fingerprint: [0-9A-F-]{19}", lines[1])
    code, _, err = run(monkeypatch, capsys, args, "wrong passphrase entirely")
    assert code == 3 and err.count("\n") == 1
