"""A damaged key file through the real ``screening-app`` process: exit 4, one line, no traceback, nothing changed.

These used to end in exit 1 "unexpected internal error" (or, for a time cost
of a million, never end).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"


def _tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    args = ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, args, PASSPHRASE)[0] == 0
    return folder


def _passphrase_kdf(body: dict) -> dict:
    return next(slot for slot in body["slots"] if slot["kind"] == "passphrase")["kdf"]


DAMAGE = {
    "time cost a million": lambda body: _passphrase_kdf(body).update(time_cost=1_000_000),
    "time cost zero": lambda body: _passphrase_kdf(body).update(time_cost=0),
    "bad salt": lambda body: _passphrase_kdf(body).update(salt="not hex"),
    "memory as text": lambda body: _passphrase_kdf(body).update(memory_kib="65536"),
    "bad nonce": lambda body: body["slots"][0].update(nonce="%%%"),
    "version zero": lambda body: body.update(version=0),
}


@pytest.mark.parametrize("damage", [*DAMAGE, "deep nesting"])
def test_a_damaged_key_file_exits_4_quickly(vault_dir: Path, damage: str) -> None:
    slot_file = vault_dir / "keyslots.json"
    if damage == "deep nesting":
        slot_file.write_text('{"slots": ' + "[" * 100_000 + "]" * 100_000 + "}")
    else:
        body = json.loads(slot_file.read_text())
        DAMAGE[damage](body)
        slot_file.write_text(json.dumps(body))
    before = _tree(vault_dir)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "screening_app", "vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"],
        input=f"{PASSPHRASE}\n", capture_output=True, text=True, timeout=60,
    )
    elapsed = time.perf_counter() - started
    assert (proc.returncode, proc.stdout) == (4, ""), proc.stderr
    assert proc.stderr.startswith("screening-app: The key file is damaged") and proc.stderr.count("\n") == 1
    assert elapsed < 5.0  # process start and imports included; the refusal itself is well under a second
    assert _tree(vault_dir) == before
