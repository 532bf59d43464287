"""Crash test: kill a writer at random moments; nothing acknowledged is ever lost.

A child process saves drafts and completes assessments in a loop, printing a
line after each save returns (its acknowledgement). The parent SIGKILLs it at
a random moment, then checks that the vault opens, passes both integrity
checks, and holds every acknowledged save. 25 kills by default; set
CRASH_KILLS=200 for the long form.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_support import FAST_KDF, PASSPHRASE

from screening_app.storage.records import ChildDetails
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

WORKER = """
import sys
from pathlib import Path
from screening_app.storage.records import CompletedPayload
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
repo = Repository(vault.connection, "crash-test")
print("ready", flush=True)
round_no = 0
while True:
    round_no += 1
    ref = repo.start_assessment(1, "cse-screening", "1.0", '{"n": 0}')
    print(f"started {ref.id}", flush=True)
    for n in range(1, 6):
        repo.save_draft(ref.id, '{"n": %d, "pad": "%s"}' % (n, "x" * 3000), f"page-{n}", None)
        print(f"draft {ref.id} {n}", flush=True)
    payload = CompletedPayload('{"n": 99}', '{"score": 1}', None, "low", "low", "2027-01-01", "2026-11-01")
    repo.complete(ref.id, payload)
    print(f"completed {ref.id}", flush=True)
"""

pytestmark = pytest.mark.slow


def _run_and_kill(folder: Path, worker: Path, rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(worker), str(folder), PASSPHRASE], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.strip() == b"ready", proc.stderr.read() if proc.stderr else first
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out.decode().splitlines()


def _check(folder: Path, acknowledged: dict[int, int], completed: set[int]) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.integrity_problems() == []
        repo = Repository(vault.connection)
        for assessment_id, n in acknowledged.items():
            stored = repo.get_assessment(assessment_id)
            if assessment_id in completed:
                assert stored.status == "completed" and json.loads(stored.input_json)["n"] == 99
            else:
                assert json.loads(stored.input_json)["n"] >= n


def test_no_acknowledged_save_is_lost_when_killed(tmp_path: Path) -> None:
    kills = int(os.environ.get("CRASH_KILLS", "25"))
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    Repository(vault.connection).add_child(ChildDetails("Crash", "Test"))
    vault.close()
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1234")))
    acknowledged: dict[int, int] = {}
    completed: set[int] = set()
    for _ in range(kills):
        for line in _run_and_kill(folder, worker, rng):
            kind, *rest = line.split()
            if kind == "started":
                acknowledged[int(rest[0])] = 0
            elif kind == "draft":
                acknowledged[int(rest[0])] = int(rest[1])
            elif kind == "completed":
                completed.add(int(rest[0]))
        _check(folder, acknowledged, completed)
    assert completed, "the worker never got as far as completing an assessment"
