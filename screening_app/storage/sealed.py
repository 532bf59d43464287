"""Small secrets kept inside the vault, each wrapped by the data key (AES-256-GCM), as key slots wrap it.

The database is already encrypted; wrapping again means a secret never sits in a page as plain
bytes (a page cache or a memory dump of the database shows only the sealed form), and the
associated data ``sealed:VAULT_ID:NAME`` ties each to its vault and name, so a row copied into
another vault or renamed does not open. A data-key rotation re-wraps them in the re-encrypted copy
before it is swapped in (``rewrap``), so they never depend on a key that is gone.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from screening_app.storage.db import Connection, SharedConnection, transaction, translated
from screening_app.storage.errors import VaultDamagedError

AnyConnection = Connection | SharedConnection


def _associated(vault_id: str, name: str) -> bytes:
    return f"sealed:{vault_id}:{name}".encode()


def _seal(key: bytes | bytearray, vault_id: str, name: str, secret: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(bytes(key)).encrypt(nonce, secret, _associated(vault_id, name))


def store(conn: AnyConnection, key: bytes | bytearray, vault_id: str, secrets: dict[str, bytes], at: str) -> bool:
    """Keep every secret in one transaction unless the first name is already there; True if stored."""
    with translated(), transaction(conn):
        first = next(iter(secrets))
        if conn.execute("SELECT 1 FROM sealed_secrets WHERE name = ?", (first,)).fetchone():
            return False
        for name, secret in secrets.items():
            nonce, wrapped = _seal(key, vault_id, name, secret)
            conn.execute("INSERT INTO sealed_secrets (name, nonce, sealed, created_at) VALUES (?, ?, ?, ?)",
                         (name, nonce, wrapped, at))
    return True


def read(conn: AnyConnection, key: bytes | bytearray, vault_id: str, name: str) -> bytes | None:
    with translated():
        row = conn.execute("SELECT nonce, sealed FROM sealed_secrets WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    try:
        return AESGCM(bytes(key)).decrypt(bytes(row[0]), bytes(row[1]), _associated(vault_id, name))
    except InvalidTag:
        raise VaultDamagedError("A key kept in the records does not open. Nothing was changed; run a check.") from None


def rewrap(conn: Connection, old_key: bytes | bytearray, new_key: bytes | bytearray, vault_id: str) -> None:
    """Every sealed secret re-wrapped from ``old_key`` to ``new_key`` (in the rotation's copy)."""
    rows = conn.execute("SELECT name FROM sealed_secrets").fetchall()
    with transaction(conn):
        for (name,) in rows:
            secret = read(conn, old_key, vault_id, name)
            nonce, sealed = _seal(new_key, vault_id, name, secret or b"")
            conn.execute("UPDATE sealed_secrets SET nonce = ?, sealed = ? WHERE name = ?", (nonce, sealed, name))

