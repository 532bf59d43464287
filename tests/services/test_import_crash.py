"""Crash test of ``import``: killed at random moments, it never leaves half a case behind.

A child process imports the same invented case again and again, printing the
reference after each import returns (its acknowledgement). The parent
SIGKILLs it at a random moment, then checks that the vault opens, passes both
integrity checks, holds every acknowledged import, and has no orphan: every
child has exactly one assessment, completed, with its audit entries. 25 kills
by default (a few seconds); CRASH_KILLS=200 for the long form.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screening_app.services.vault_service import KdfParams, Vault, create_vault, open_vault

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)
SCENARIO = Path(__file__).parents[1] / "data" / "scenarios" / "v03-classic-pattern.json"

WORKER = """
import json, sys
from datetime import date
from pathlib import Path
from screening_app.domain.loader import load_form_pack
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import open_vault

vault = open_vault(Path(sys.argv[1]), sys.argv[2])
case = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
case["child"].update(first_name="Crash", last_name="Test", identifiers={"upn": "A123"})
service = RecordsService(vault, "crash-test", forms=load_form_pack())
print("ready", flush=True)
while True:
    print(service.import_case(case, today=date(2026, 11, 2)).reference, flush=True)
"""

pytestmark = pytest.mark.slow


def _run_and_kill(worker: Path, folder: Path, rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(worker), str(folder), PASSPHRASE, str(SCENARIO)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.strip() == b"ready", proc.stderr.read() if proc.stderr else first
    time.sleep(rng.uniform(0.0, 0.3))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out.decode().split()


def _check(vault: Vault, acknowledged: set[str]) -> int:
    """The number of imports found; fails on an orphan child, a draft or a lost acknowledged import."""
    assert vault.integrity_problems() == []
    rows = vault.connection.execute(
        "SELECT c.id, count(a.id), sum(a.status = 'completed') FROM children c"
        " LEFT JOIN assessments a ON a.child_id = c.id GROUP BY c.id"
    )
    assert all(count == 1 and completed == 1 for _, count, completed in rows), "an import left half a case"
    references = {r[0] for r in vault.connection.execute("SELECT reference FROM assessments")}
    assert acknowledged <= references
    audit = dict(vault.connection.execute("SELECT action, count(*) FROM audit_log GROUP BY action").fetchall())
    for action in ("child.created", "assessment.started", "assessment.completed"):
        assert audit.get(action, 0) == len(rows)
    return len(rows)


def test_import_killed_at_random_moments_leaves_no_orphan(tmp_path: Path) -> None:
    kills = max(5, int(os.environ.get("CRASH_KILLS", "25")) // 2)
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, kdf=FAST_KDF)[0].close()
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1234")))
    acknowledged: set[str] = set()
    for _ in range(kills):
        acknowledged.update(_run_and_kill(worker, folder, rng))
        with open_vault(folder, PASSPHRASE) as vault:
            found = _check(vault, acknowledged)
    assert acknowledged and found >= len(acknowledged)
