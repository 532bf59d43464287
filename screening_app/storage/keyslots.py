"""Key slots: the data key, wrapped under the passphrase and the recovery code.

The database is encrypted with a random 256-bit data key. That key is never
stored in the clear: each slot holds it encrypted (AES-256-GCM) under a key
derived from a secret. The passphrase slot uses Argon2id, calibrated at
creation to about half a second and at least 64 MiB; its parameters live in
the slot so a faster or slower machine still opens it. The recovery code has
200 random bits, so a guess-slowing KDF adds nothing: HKDF is enough.

The slot file is JSON carrying the vault id; the id (and the slot kind) is
the associated data of every wrap, so a slot copied from another vault or
moved to another kind never unwraps. ``db_salt`` (the first 16 bytes of the
database file) is a quick check that the key file and the database belong
together, so a mix-up is reported as such instead of "wrong passphrase".
While a key rotation swaps files, ``pending`` holds the new key's slots and
``pending_db_salt`` the new file's salt (older files simply lack the field).

``recovery_unconfirmed`` is a flag, never the code: the recovery code of
these slots (or of the pending ones) has not been confirmed as saved. It is
set in the same atomic write that first holds a new recovery slot (creation,
the pending slots of a rotation) and stays set when pending slots are
promoted, so no crash can leave a code in force that nobody saw without the
flag saying so. Only ``Vault.confirm_recovery_code`` clears it.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from screening_app.storage import keyfile_schema
from screening_app.storage.atomic import atomic_write
from screening_app.storage.errors import (
    NotAVaultError,
    VaultDamagedError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from screening_app.storage.kdf import (  # noqa: F401 (re-exported: where callers have always found them)
    KEY_BYTES,
    MIN_MEMORY_KIB,
    KdfParams,
    derive_passphrase_key,
    normalise_passphrase,
)
from screening_app.storage.wipe import wipe

SLOT_FILE_FORMAT = "cse-screening-keyslots"
SLOT_FILE_VERSION = 2  # 2: the audit anchor (audit_entry, audit_hash)
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

# No 0/O, 1/I/L, U: nothing to misread when copying a code from paper.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 5

TARGET_SECONDS = 0.5
MAX_TIME_COST = keyfile_schema.MAX_TIME_COST  # calibration stops here, so every file it makes loads
KEY_FILE_DAMAGED = "The key file is damaged. Nothing was changed; restore the records from a backup."


def new_data_key() -> bytearray:
    key = os.urandom(KEY_BYTES)
    try:
        return bytearray(key)
    finally:
        wipe(key)


def calibrate(target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Raise the time cost until one derivation takes about ``target_seconds``.

    The first run pays for page faults, so it is a warm-up; the estimate is then
    checked once against a real run at the chosen cost.
    """
    params = KdfParams(time_cost=1, memory_kib=memory_kib, parallelism=1).with_new_salt()
    ceiling = max(1, min(MAX_TIME_COST, keyfile_schema.MAX_WORK_KIB // memory_kib))  # what the loader accepts
    _time_derivation(params)
    per_pass = _time_derivation(params)
    for _ in range(2):
        time_cost = min(ceiling, max(1, round(target_seconds / max(per_pass, 1e-3))))
        params = replace(params, time_cost=time_cost)
        elapsed = _time_derivation(params)
        if elapsed >= 0.8 * target_seconds or time_cost == ceiling or (
            time_cost == 1 and elapsed >= target_seconds
        ):
            break
        per_pass = elapsed / time_cost
    return params


def _time_derivation(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_passphrase_key("calibration", params)
    return time.perf_counter() - started


# ---------------------------------------------------------------- recovery code


def new_recovery_code() -> str:
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = ["".join(chars[i : i + RECOVERY_GROUP_LEN]) for i in range(0, len(chars), RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Forgive case, spaces and dashes; map look-alikes a person might type."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "L": "I", "U": "V"}))
    cleaned = cleaned.replace("O", "0").replace("I", "1")  # kept invalid: rejected below
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(c not in RECOVERY_ALPHABET for c in cleaned):
        raise WrongRecoveryCodeError(
            f"A recovery code is {RECOVERY_GROUPS} groups of {RECOVERY_GROUP_LEN} letters and digits. "
            "Check it and try again."
        )
    return cleaned


def derive_recovery_key(code: str, salt_hex: str) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=bytes.fromhex(salt_hex), info=b"recovery")
    cleaned = normalise_recovery_code(code)
    material = cleaned.encode("ascii")
    derived = hkdf.derive(material)
    try:
        return bytearray(derived)
    finally:
        for copy in (derived, material, cleaned if cleaned is not code else None):
            wipe(copy)


# ---------------------------------------------------------------- slots


@dataclass(frozen=True)
class KeySlot:
    kind: str
    kdf: KdfParams
    nonce: str
    wrapped: str


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    db_salt: str
    slots: tuple[KeySlot, ...]
    pending: tuple[KeySlot, ...] = field(default=())  # new data key while a rotation is in flight
    pending_db_salt: str = ""  # the re-encrypted file's salt, while it is being swapped in
    recovery_unconfirmed: bool = False  # the recovery code in force was never confirmed as saved
    audit_entry: int = 0  # the audit chain's last entry when the keys last changed (0: none yet)
    audit_hash: str = ""  # ...and its hash: ``storage/audit_chain.py`` checks the chain still holds it

    def matches_db_salt(self, salt: str) -> bool:
        return salt == self.db_salt or bool(self.pending and salt == self.pending_db_salt)

    def slot(self, kind: str, pending: bool = False) -> KeySlot:
        for slot in self.pending if pending else self.slots:
            if slot.kind == kind:
                return slot
        raise VaultDamagedError("The key file is incomplete. Restore the records from a backup.")

    def promoted(self, db_salt: str) -> KeySlotFile:
        """The pending slots in force (the swap is done): their recovery code is unconfirmed."""
        return replace(self, slots=self.pending, pending=(), db_salt=db_salt, pending_db_salt="",
                       recovery_unconfirmed=True)

    def replacing(self, new_slot: KeySlot) -> KeySlotFile:
        others = tuple(s for s in self.slots if s.kind != new_slot.kind)
        return replace(self, slots=(*others, new_slot))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _associated_data(vault_id: str, kind: str) -> bytes:
    return f"{SLOT_FILE_FORMAT}:{vault_id}:{kind}".encode()


def wrap(data_key: bytes, kek: bytes, vault_id: str, kind: str, kdf: KdfParams) -> KeySlot:
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _associated_data(vault_id, kind))
    return KeySlot(kind=kind, kdf=kdf, nonce=_b64(nonce), wrapped=_b64(sealed))


def unwrap(slot: KeySlot, kek: bytearray, vault_id: str) -> bytearray | None:
    """The data key (a bytearray the caller wipes), or None when this key-encryption key is not the right one."""
    try:
        opened = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), _associated_data(vault_id, slot.kind))
    except InvalidTag:
        return None
    try:
        return bytearray(opened)
    finally:
        wipe(opened)


def _wrap_then_wipe(data_key: bytes | bytearray, kek: bytearray, vault_id: str, kind: str,
                    kdf: KdfParams) -> KeySlot:
    try:
        return wrap(data_key, kek, vault_id, kind, kdf)
    finally:
        wipe(kek)


def _unwrap_then_wipe(slot: KeySlot, kek: bytearray, vault_id: str) -> bytearray | None:
    try:
        return unwrap(slot, kek, vault_id)
    finally:
        wipe(kek)


def passphrase_slot(data_key: bytes | bytearray, passphrase: str, vault_id: str, kdf: KdfParams) -> KeySlot:
    kdf = kdf.with_new_salt()
    return _wrap_then_wipe(data_key, derive_passphrase_key(passphrase, kdf), vault_id, PASSPHRASE, kdf)


def recovery_slot(data_key: bytes | bytearray, code: str, vault_id: str) -> KeySlot:
    kdf = KdfParams(time_cost=0, memory_kib=0, algorithm="hkdf-sha256").with_new_salt()
    return _wrap_then_wipe(data_key, derive_recovery_key(code, kdf.salt), vault_id, RECOVERY, kdf)


def open_with_passphrase(slots: KeySlotFile, passphrase: str, pending: bool = False) -> bytearray:
    """The data key in a bytearray: the caller wipes it when done (``wipe.wipe``)."""
    slot = slots.slot(PASSPHRASE, pending)
    key = _unwrap_then_wipe(slot, derive_passphrase_key(passphrase, slot.kdf), slots.vault_id)
    if key is None:
        raise WrongPassphraseError()
    return key


def open_with_recovery_code(slots: KeySlotFile, code: str, pending: bool = False) -> bytearray:
    slot = slots.slot(RECOVERY, pending)
    key = _unwrap_then_wipe(slot, derive_recovery_key(code, slot.kdf.salt), slots.vault_id)
    if key is None:
        raise WrongRecoveryCodeError()
    return key


# ---------------------------------------------------------------- the file


def dumps(slots: KeySlotFile) -> bytes:
    body = {"format": SLOT_FILE_FORMAT, "version": SLOT_FILE_VERSION, **asdict(slots)}
    return json.dumps(body, indent=2, sort_keys=True).encode("utf-8")


def loads(raw: bytes) -> KeySlotFile:
    """The key file's slots, every field checked first (``keyfile_schema``): no KDF runs on a damaged one."""
    try:
        body = keyfile_schema.parse(raw)
        if body.get("format") != SLOT_FILE_FORMAT:
            raise NotAVaultError("The key file is not a CSE Screening key file. Nothing was changed.")
        version = body.get("version")
        if type(version) is int and version > SLOT_FILE_VERSION:
            raise VaultDamagedError("The key file was made by a newer version of this application. Update it.")
        checked = keyfile_schema.validate(body)
    except keyfile_schema.DamagedKeyFile:
        raise VaultDamagedError(KEY_FILE_DAMAGED) from None
    return KeySlotFile(
        vault_id=checked.vault_id,
        db_salt=checked.db_salt,
        slots=tuple(_slot_from(s) for s in checked.slots),
        pending=tuple(_slot_from(s) for s in checked.pending),
        pending_db_salt=checked.pending_db_salt,
        # Anything but a plain false (or no field: files made before the flag) counts as set.
        recovery_unconfirmed=checked.recovery_unconfirmed is not False,
        audit_entry=checked.audit_entry,
        audit_hash=checked.audit_hash,
    )


def _slot_from(body: keyfile_schema.SlotBody) -> KeySlot:
    return KeySlot(kind=body.kind, kdf=KdfParams(**body.kdf.model_dump()), nonce=body.nonce, wrapped=body.wrapped)


def read_slot_file(path: Path) -> KeySlotFile:
    with path.open("rb") as handle:  # never more than a key file can be: a huge file is damage, not data
        return loads(handle.read(keyfile_schema.MAX_FILE_BYTES + 1))


def write_slot_file(path: Path, slots: KeySlotFile) -> None:
    data = dumps(slots)
    loads(data)  # never write a key file the loader would refuse (say, costs out of its bounds): nothing written
    atomic_write(path, [data])
