"""Crash test of receiving a child's file (issue 14): killed at random moments, a vault is left as
it was or with whole files, never half of one.

Vault A sends several invented children's files to vault B. A child process receives them one
after another, printing each one's number once its receive has returned. The parent SIGKILLs it
at a random moment, then checks that B opens, passes both integrity checks, holds every
acknowledged file, and that every child in B has all of its file (each assessment with its
versions, the chronology); the next round receives them all again: those already whole add
nothing. CRASH_KILLS as for the import crash test.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from screening_app.clock import FixedClock
from screening_app.domain.loader import load_form_pack
from screening_app.services.records import RecordsService
from screening_app.services.transfer import TransferService, identity_card
from screening_app.services.vault_service import create_vault, open_vault
from tests.services.test_import_crash import FAST_KDF, PASSPHRASE

CASE = Path(__file__).parents[1] / "data" / "scenarios" / "v14-chronology-events.json"
FILES = 6
WORKER = """
import sys
from pathlib import Path
from screening_app.services.transfer import TransferService
from screening_app.services.vault_service import open_vault

vault = open_vault(Path(sys.argv[1]), sys.argv[2])
service = TransferService(vault, "crash-test")
print("ready", flush=True)
for n, path in enumerate(sys.argv[3:]):
    service.receive(Path(path).read_bytes())
    print(n, flush=True)
"""

pytestmark = pytest.mark.slow


def _files(tmp_path: Path, recipient: str) -> tuple[list[Path], dict[str, int]]:
    """Bundles of FILES invented children, and how many versions each child's file holds."""
    clock = FixedClock(datetime(2026, 11, 20, 10, 30))
    vault, _ = create_vault(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF)
    try:
        records = RecordsService(vault, "sender", load_form_pack(), clock=clock)
        service = TransferService(vault, "sender", clock)
        paths, sizes = [], {}
        for n in range(FILES):
            case = json.loads(CASE.read_text(encoding="utf-8"))
            case["child"].update(first_name=f"Crash{n}", last_name="Invented")
            child = records.get(records.import_case(case).id).child_id
            sent = service.send(child, recipient=recipient)
            path = tmp_path / f"file{n}.cse-transfer"
            path.write_bytes(sent.data)
            paths.append(path)
            uuid = vault.connection.execute("SELECT uuid FROM children WHERE id = ?", (child,)).fetchone()[0]
            sizes[uuid] = vault.connection.execute(
                "SELECT (SELECT count(*) FROM assessment_versions v JOIN assessments a ON a.id = v.assessment_id"
                " WHERE a.child_id = ?) + (SELECT count(*) FROM chronology_entries WHERE child_id = ?)",
                (child, child)).fetchone()[0]
    finally:
        vault.close()
    return paths, sizes


def test_receive_killed_at_random_moments_leaves_whole_files_or_none(tmp_path: Path) -> None:
    kills = max(4, int(os.environ.get("CRASH_KILLS", "25")) // 3)
    folder = tmp_path / "b"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=FAST_KDF)
    recipient = identity_card(vault).recipient
    vault.close()
    paths, sizes = _files(tmp_path, recipient)
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1414")))
    acknowledged: set[int] = set()
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, str(worker), str(folder), PASSPHRASE, *map(str, paths)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        acknowledged.update(int(n) for n in out.split())
        with open_vault(folder, PASSPHRASE) as b:
            assert b.integrity_problems() == []
            held = dict(b.connection.execute(
                "SELECT c.uuid, (SELECT count(*) FROM assessment_versions v JOIN assessments a"
                " ON a.id = v.assessment_id WHERE a.child_id = c.id)"
                " + (SELECT count(*) FROM chronology_entries WHERE child_id = c.id) FROM children c").fetchall())
            assert all(held[uuid] == sizes[uuid] for uuid in held), "a receive left half a file"
            assert len(held) >= len(acknowledged)
    assert acknowledged
