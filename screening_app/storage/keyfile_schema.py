"""The key file's schema: every field of ``keyslots.json`` checked, with bounds, before any key is derived.

A key file is small, written only by this app, and read before the
passphrase is tried, so anything out of shape is damage: a wrong type, an
unknown or missing field, a salt, nonce or wrapped key of the wrong length,
text that is not hex or base64, or Argon2 costs outside the range this app
ever writes. Checking all of it first means a damaged file is refused at
once, with one message, instead of failing deep inside Argon2 or AES (or
running Argon2 for hours on a time cost of a million).

The bounds accept every file the app writes: calibration (``keyslots.calibrate``)
never goes above ``MAX_TIME_COST``, production uses 64 MiB and tests smaller.
``recovery_unconfirmed`` keeps its old, safe reading: absent means a file
from before the flag (confirmed), anything but a plain ``false`` counts as set.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from screening_app.storage.kdf import (  # the bounds live with the KDF, which starts early within them too
    MAX_FILE_BYTES,
    PASSPHRASE_KDF,
    argon2_costs_in_range,
)
from screening_app.storage.kdf import MAX_TIME_COST as MAX_TIME_COST
from screening_app.storage.kdf import MAX_WORK_KIB as MAX_WORK_KIB

NONCE_BYTES = 12  # AES-GCM
WRAPPED_BYTES = 32 + 16  # the data key and the GCM tag
RECOVERY_KDF = "hkdf-sha256"


class DamagedKeyFile(ValueError):
    """The key file is out of shape; the caller reports it as damaged."""


def _base64_of(size: int) -> AfterValidator:
    def check(text: str) -> str:
        try:
            decoded = base64.b64decode(text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise ValueError("not base64") from None
        if len(decoded) != size:
            raise ValueError(f"not {size} bytes")
        return text
    return AfterValidator(check)


Hex16 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]  # a SHA-256
Salt = Annotated[str, StringConstraints(pattern=r"^(?:[0-9a-f]{2}){16,64}$")]
Nonce = Annotated[str, StringConstraints(max_length=64), _base64_of(NONCE_BYTES)]
Wrapped = Annotated[str, StringConstraints(max_length=128), _base64_of(WRAPPED_BYTES)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class KdfBody(_Strict):
    algorithm: Literal["argon2id", "hkdf-sha256"]
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: Salt

    @model_validator(mode="after")
    def _costs_in_range(self) -> KdfBody:
        if self.algorithm == RECOVERY_KDF:  # HKDF has no costs: the app writes exactly these
            if (self.time_cost, self.memory_kib, self.parallelism) != (0, 0, 1):
                raise ValueError("costs on an HKDF slot")
            return self
        if not argon2_costs_in_range(self.time_cost, self.memory_kib, self.parallelism):
            raise ValueError("Argon2 time cost, memory or parallelism out of range")
        return self


class SlotBody(_Strict):
    kind: Literal["passphrase", "recovery"]
    kdf: KdfBody
    nonce: Nonce
    wrapped: Wrapped

    @model_validator(mode="after")
    def _kdf_fits_kind(self) -> SlotBody:
        if self.kdf.algorithm != (PASSPHRASE_KDF if self.kind == "passphrase" else RECOVERY_KDF):
            raise ValueError("KDF of the other kind of slot")
        return self


def _kinds_once_each(slots: list[SlotBody]) -> list[SlotBody]:
    if len({slot.kind for slot in slots}) != len(slots):
        raise ValueError("two slots of one kind")
    return slots


def _both_kinds(slots: list[SlotBody]) -> list[SlotBody]:
    if len(slots) != 2:
        raise ValueError("slots are not one passphrase and one recovery slot")
    return slots


SlotList = Annotated[list[SlotBody], Field(max_length=2), AfterValidator(_kinds_once_each)]  # JSON arrays


class KeyFileBody(_Strict):
    format: str
    version: Annotated[int, Field(ge=1, le=2)]  # a newer whole number is caught before, and said so
    vault_id: Hex16
    db_salt: Hex16
    slots: Annotated[SlotList, AfterValidator(_both_kinds)]
    pending: SlotList = []  # the app writes both kinds; a file with one still opens the way it always did
    pending_db_salt: Literal[""] | Hex16 = ""  # absent in files from before rotation recorded it
    recovery_unconfirmed: Any = False
    # Version 2: the audit chain's head when the keys last changed (absent in version 1 files).
    audit_entry: Annotated[int, Field(ge=0, le=2**62)] = 0
    audit_hash: Literal[""] | Hex32 = ""

    @model_validator(mode="after")
    def _pending_salt_has_slots(self) -> KeyFileBody:
        if self.pending_db_salt and not self.pending:
            raise ValueError("a pending salt without pending slots")
        return self


def parse(raw: bytes) -> dict[str, Any]:
    """The JSON object in ``raw``; DamagedKeyFile if it is not one (too big, not UTF-8, too deep)."""
    if len(raw) > MAX_FILE_BYTES:
        raise DamagedKeyFile("too big")
    try:
        body = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (ValueError, RecursionError):
        raise DamagedKeyFile("not JSON") from None
    if not isinstance(body, dict):
        raise DamagedKeyFile("not a JSON object")
    return body


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    body = dict(pairs)
    if len(body) != len(pairs):
        raise ValueError("a field given twice")
    return body


def validate(body: dict[str, Any]) -> KeyFileBody:
    try:
        return KeyFileBody.model_validate(body)
    except (ValidationError, RecursionError):
        raise DamagedKeyFile("out of shape") from None
