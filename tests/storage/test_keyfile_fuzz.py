"""Fuzz of the key-file loader: a mutated or garbage keyslots.json is refused, never a crash or a hang.

Hypothesis mutates a real key file (a value replaced at any place in its
tree, a field dropped or added, bytes flipped, cut or inserted) and also
feeds plain garbage. Opening the vault with it may only succeed or raise the
storage layer's own "damaged" or "wrong secret" errors, within a second.

A mutation that happens to give valid but heavier Argon2 costs is slow by
design (that is what the key derivation is for); those examples skip the
derivation (``assume``), the validator's bounds keep them to seconds at most.
``KEYFILE_FUZZ_EXAMPLES`` sets the number of examples (default 300); the
long run is ``KEYFILE_FUZZ_EXAMPLES=20000 pytest tests/storage/test_keyfile_fuzz.py``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage import keyslots
from screening_app.storage.errors import VaultDamagedError, WrongSecretError
from screening_app.storage.vault import SLOT_FILE, Vault

EXAMPLES = int(os.environ.get("KEYFILE_FUZZ_EXAMPLES", "300"))
CHEAP_WORK_KIB = 4 * FAST_KDF.memory_kib  # time cost x memory that runs in well under a second
FUZZ = settings(max_examples=EXAMPLES, deadline=1000, derandomize="KEYFILE_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
    | st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode())
    | st.binary(max_size=80).map(bytes.hex)
    | st.sampled_from(["passphrase", "recovery", "argon2id", "hkdf-sha256", "cse-screening-keyslots", "", "=="])
    | st.integers(-2, 70) | st.sampled_from([2**24, 2**31, 2**32, 2**63, 10**6, 65536, 1 << 20])
)
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def vault_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    return folder, (folder / SLOT_FILE).read_bytes()


def _places(node: Any, path: tuple = ()) -> list[tuple]:
    """Every place in the JSON tree: the path to it."""
    places = [path]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        places += _places(child, (*path, key))
    return places


@st.composite
def _tree_mutation(draw: st.DrawFn, original: bytes) -> bytes:
    body = json.loads(original)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_places(body)[1:]))
        parent = body
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "drop", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(_values)
        elif action == "drop":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(_values)
        else:
            parent.insert(draw(st.integers(0, len(parent))), draw(_values))
        if not _places(body)[1:]:
            break
    return json.dumps(body, allow_nan=True).encode()


@st.composite
def _byte_mutation(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[at: at + draw(st.integers(1, 64))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


def _key_files(original: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        _tree_mutation(original), _tree_mutation(original), _byte_mutation(original),
        st.binary(max_size=512), _values.map(lambda v: json.dumps(v).encode()),
    )


def _cheap_enough(raw: bytes) -> None:
    """Skip a valid file whose (in-range) Argon2 costs are heavier than a unit test should pay for."""
    try:
        kdf = keyslots.loads(raw).slot(keyslots.PASSPHRASE).kdf
    except VaultDamagedError:
        return
    assume(kdf.time_cost * kdf.memory_kib <= CHEAP_WORK_KIB)


def test_a_fuzzed_key_file_is_refused_or_opens(vault_folder: tuple[Path, bytes]) -> None:
    folder, original = vault_folder

    @FUZZ
    @given(raw=_key_files(original))
    def check(raw: bytes) -> None:
        _cheap_enough(raw)
        (folder / SLOT_FILE).write_bytes(raw)
        with contextlib.suppress(VaultDamagedError, WrongSecretError):
            Vault.open(folder, PASSPHRASE).close()

    try:
        check()
    finally:
        (folder / SLOT_FILE).write_bytes(original)


def test_the_loader_alone_never_raises_anything_else(vault_folder: tuple[Path, bytes]) -> None:
    """No key derivation here, so every example counts, heavy costs included."""
    _, original = vault_folder

    @FUZZ
    @given(raw=_key_files(original))
    def check(raw: bytes) -> None:
        with contextlib.suppress(VaultDamagedError):
            keyslots.loads(raw)

    check()
