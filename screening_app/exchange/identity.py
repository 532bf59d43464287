"""The vault's transfer identity: an age X25519 key pair (to receive) and an Ed25519 key (to sign).

Made once, on first use, and kept in the vault sealed by the data key (``storage.sealed``). The
recipient (``age1...``) is what another vault encrypts a child's file to; the fingerprint is
short enough to read out on the phone so the sender can check they pasted the right one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from pyrage import x25519

from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.storage import sealed
from screening_app.storage.db import stamp
from screening_app.storage.vault import Vault

AGE_SECRET = "transfer.age_identity"
SIGNING_SECRET = "transfer.ed25519_signing_key"
_FINGERPRINT_GROUPS = 4


@dataclass(frozen=True)
class TransferIdentity:
    age: x25519.Identity
    signing: Ed25519PrivateKey

    @property
    def recipient(self) -> str:
        return str(self.age.to_public())

    @property
    def verify_key(self) -> Ed25519PublicKey:
        return self.signing.public_key()

    @property
    def fingerprint(self) -> str:
        """Of the recipient and the signing key together: ``XXXX-XXXX-XXXX-XXXX`` (64 bits, hex)."""
        return fingerprint(self.recipient, public_bytes(self.verify_key))


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(recipient: str, verify_key: bytes) -> str:
    digest = hashlib.sha256(recipient.encode("ascii") + b"\n" + verify_key).hexdigest().upper()
    return "-".join(digest[i * 4:(i + 1) * 4] for i in range(_FINGERPRINT_GROUPS))


def _new_secrets() -> tuple[bytes, bytes]:
    age = str(x25519.Identity.generate()).encode("ascii")
    signing = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return age, signing


def vault_identity(vault: Vault, clock: Clock = SYSTEM_CLOCK) -> TransferIdentity:
    """The vault's identity, made and stored the first time it is asked for (never replaced)."""
    conn, key, vault_id = vault.connection, vault.data_key, vault.vault_id
    if sealed.read(conn, key, vault_id, AGE_SECRET) is None:
        age, signing = _new_secrets()
        sealed.store(conn, key, vault_id, {AGE_SECRET: age, SIGNING_SECRET: signing}, stamp(clock))
    age = sealed.read(conn, key, vault_id, AGE_SECRET) or b""
    signing = sealed.read(conn, key, vault_id, SIGNING_SECRET) or b""
    age_key = x25519.Identity.from_str(age.decode("ascii"))
    return TransferIdentity(age_key, Ed25519PrivateKey.from_private_bytes(signing))
