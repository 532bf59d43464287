"""The passphrase's key derivation (Argon2id), and starting it early.

Argon2id is calibrated to about half a second on purpose (``keyslots.calibrate``). A command-line
export spends about as long again loading its own code (storage, pydantic, reportlab) before it
opens the vault. Argon2 runs in C without Python's global lock and on one lane, so the two can run
side by side on two cores: a command that needs the passphrase calls ``begin_early`` as soon as the
passphrase is read, before it imports anything heavy, and the derivation the vault asks for later
(``derive_passphrase_key``) takes that result instead of starting again.

The head start is only ever a head start. ``begin_early`` reads the key file plainly and starts
nothing unless the passphrase slot's costs are inside the very bounds the key file's schema
enforces (so a damaged or hostile file never makes it allocate or run more than the real path
would allow). The result is used only when the passphrase and every parameter the validated key
file gives are exactly the ones it began with, and only once; otherwise it is wiped as soon as its
thread ends and the derivation runs as it always did. Nothing here decides whether a passphrase is
right: the unwrap (AES-GCM) still does.

This module imports nothing heavy (no pydantic, no cryptography), so starting early costs a few
milliseconds. ``keyfile_schema`` takes its bounds from here.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from argon2.low_level import ARGON2_VERSION, HashingError, Type, error_to_str, ffi, lib

from screening_app.storage.errors import EmptyPassphraseError
from screening_app.storage.wipe import wipe

SLOT_FILE = "keyslots.json"  # in the vault folder, beside the database
KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024
MAX_FILE_BYTES = 64 * 1024  # a real key file is about 1.5 KB
MIN_MEMORY_KIB_PER_LANE = 8  # Argon2's own floor
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: sixteen times what the app uses today
MAX_TIME_COST = 64  # calibration's ceiling (half a second is ~10 passes on a 2020s laptop)
MAX_PARALLELISM = 16
MAX_WORK_KIB = MAX_TIME_COST * 64 * 1024  # time cost x memory: a few seconds on a slow machine, never hours
SALT_BYTES = 16  # the app writes 16; the schema accepts 16 to 64
PASSPHRASE_KDF = "argon2id"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; ``salt`` is hex. Small values are for tests only."""

    time_cost: int = 3
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 1
    salt: str = ""
    algorithm: str = PASSPHRASE_KDF

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=secrets.token_hex(SALT_BYTES))


def argon2_costs_in_range(time_cost: int, memory_kib: int, parallelism: int) -> bool:
    """The bounds of every key file this app writes (the schema refuses anything else)."""
    return (
        1 <= parallelism <= MAX_PARALLELISM
        and 1 <= time_cost <= MAX_TIME_COST
        and MIN_MEMORY_KIB_PER_LANE * parallelism <= memory_kib <= MAX_MEMORY_KIB
        and time_cost * memory_kib <= MAX_WORK_KIB
    )


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC first: the same passphrase typed on another keyboard must give the same key."""
    if not passphrase:
        raise EmptyPassphraseError()
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(secret: bytes, params: KdfParams) -> bytearray:
    """Argon2id straight into a bytearray the caller wipes. (``hash_secret_raw`` would leave the
    encoded passphrase and the key in buffers it frees without zeroing; Argon2 zeroes its own.)"""
    salt, key = bytes.fromhex(params.salt), bytearray(KEY_BYTES)
    status = lib.argon2_hash(
        params.time_cost, params.memory_kib, params.parallelism, ffi.from_buffer(secret), len(secret),
        ffi.from_buffer(salt), len(salt), ffi.from_buffer(key), len(key), ffi.NULL, 0, Type.ID.value,
        ARGON2_VERSION,
    )
    if status != lib.ARGON2_OK:
        wipe(key)
        raise HashingError(error_to_str(status))
    return key


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytearray:
    """The key for ``passphrase`` under ``params``: the early derivation's if it began with exactly
    these, else derived now."""
    secret = normalise_passphrase(passphrase)
    try:
        early = _take_early(secret, params)
        return early if early is not None else _argon2(secret, params)
    finally:
        wipe(secret)


# ---------------------------------------------------------------- the early start


class _Early:
    """One derivation running in a thread; its key is handed out once or wiped."""

    def __init__(self, secret: bytes, params: KdfParams) -> None:
        self.secret = bytearray(secret)  # only to compare with; wiped when taken or dropped
        self.params = params
        self.key: bytearray | None = None
        self.dropped = False
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="early-kdf", daemon=True)

    def _run(self) -> None:
        secret = bytes(self.secret)
        try:
            key = _argon2(secret, self.params)
        except HashingError:
            return
        finally:
            wipe(secret)
        with self.lock:
            if self.dropped:
                wipe(key)
            else:
                self.key = key

    def matches(self, secret: bytes, params: KdfParams) -> bool:
        return params == self.params and hmac.compare_digest(self.secret, secret)  # no copy left to wipe

    def take(self) -> bytearray | None:
        self.thread.join()
        with self.lock:
            key, self.key = self.key, None
        self.drop()
        return key

    def drop(self) -> None:
        with self.lock:
            self.dropped = True
            wipe(self.secret)
            if self.key is not None:
                wipe(self.key)
                self.key = None


_pending: _Early | None = None
_pending_lock = threading.Lock()


def begin_early(slot_file: Path, passphrase: str) -> bool:
    """Start deriving ``passphrase``'s key from the passphrase slot of ``slot_file`` in a thread;
    False (and nothing started) when the file cannot be read plainly or its costs are out of bounds.
    The vault's own open reads and checks the file again, whatever happens here."""
    global _pending
    params = _passphrase_params(slot_file)
    if params is None or not passphrase:
        return False
    secret = normalise_passphrase(passphrase)
    try:
        early = _Early(secret, params)
    finally:
        wipe(secret)  # the early derivation keeps its own copy, wiped when taken or dropped
    with _pending_lock:
        if _pending is not None:
            _pending.drop()
        _pending = early
    early.thread.start()
    return True


def _take_early(secret: bytes, params: KdfParams) -> bytearray | None:
    global _pending
    with _pending_lock:
        early, _pending = _pending, None
    if early is None:
        return None
    if not early.matches(secret, params):
        early.drop()  # its thread wipes the key when it ends
        return None
    return early.take()


def _passphrase_params(slot_file: Path) -> KdfParams | None:
    try:
        with open(slot_file, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return None
        body = json.loads(raw.decode("utf-8"))
        kdf = next(s["kdf"] for s in body["slots"] if s["kind"] == "passphrase")
        costs = (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"])
        salt = kdf["salt"]
        if kdf["algorithm"] != PASSPHRASE_KDF or any(type(c) is not int for c in costs) or type(salt) is not str:
            return None
        if not argon2_costs_in_range(*costs) or not SALT_BYTES <= len(bytes.fromhex(salt)) <= 4 * SALT_BYTES:
            return None
    except (OSError, ValueError, KeyError, TypeError, StopIteration, RecursionError):
        return None
    return KdfParams(time_cost=costs[0], memory_kib=costs[1], parallelism=costs[2], salt=salt)
