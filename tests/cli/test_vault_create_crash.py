"""``screening-app vault create`` killed (SIGKILL) at each step of setting up, and at random moments.

Found by the adversarial run: a create killed after the key file was written
left a folder that neither opened ("records file is missing... restore from
a backup") nor could be created again. Now the set-up marker brackets every
file of the new vault: a folder left by a kill either holds nothing of a
vault, or a whole one, or an unfinished set-up that says so (exit 4) and
that the next ``vault create`` clears and starts again, temporary files too.

The worker is the real CLI in a child process; it pauses at a named step of
``storage.vault`` (``_setup_step``) so the parent can kill it exactly there.
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

from screening_app.storage.vault import Vault

pytestmark = pytest.mark.slow
PASSPHRASE = "tangerine otter carousel lamp"
STEPS = ["calibrating", "marked", "database built", "database in place", "key file written"]

WORKER = """
import sys, time
from screening_app.cli.main import main
from screening_app.storage import keyslots, vault

stop_at = sys.argv[1]

def pause(name):
    if name == stop_at:
        print(f"at {name}", flush=True)
        time.sleep(60)

def fast_calibration(*_args, **_kwargs):
    pause("calibrating")
    return keyslots.KdfParams(time_cost=1, memory_kib=8 * 1024).with_new_salt()

vault._setup_step = pause
keyslots.calibrate = fast_calibration
print("ready", flush=True)
sys.exit(main(["vault", "create", "--data-dir", sys.argv[2], "--passphrase-stdin"]))
"""


def _create(folder: Path, stop_at: str, kill_after: float | None = None) -> subprocess.CompletedProcess:
    """Run ``vault create`` in a child; kill it at ``stop_at`` (or ``kill_after`` seconds after it starts)."""
    proc = subprocess.Popen([sys.executable, "-c", WORKER, stop_at, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{PASSPHRASE}\n{PASSPHRASE}\n".encode())  # and its confirmation: nothing left to wait for
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == b"ready"
    if kill_after is not None:
        time.sleep(kill_after)
    elif stop_at in STEPS:
        assert proc.stdout.readline().strip() == f"at {stop_at}".encode()
    if stop_at in STEPS or kill_after is not None:
        os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out.decode(), err.decode())


def _cli(folder: Path, command: str, secret: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "screening_app", "vault", command, "--data-dir", str(folder),
                           "--passphrase-stdin"], input=f"{secret}\n", capture_output=True, text=True, timeout=60)


def _created_again_cleanly(folder: Path) -> None:
    """What a kill left is refused with a clear message, then a new create clears it and works."""
    if Vault.setup_unfinished(folder):
        check = _cli(folder, "check", PASSPHRASE)
        assert check.returncode == 4 and "did not finish" in check.stderr and check.stderr.count("\n") == 1
    again = _create(folder, stop_at="never")
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "vault.db", "vault.lock"]
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.integrity_problems() == []


@pytest.mark.parametrize("step", STEPS)
def test_create_killed_at_each_step_can_be_started_again(tmp_path: Path, step: str) -> None:
    folder = tmp_path / "records"
    killed = _create(folder, stop_at=step)
    assert killed.returncode == -signal.SIGKILL
    assert Vault.setup_unfinished(folder) == (step != "calibrating")
    assert not Vault.exists(folder)
    _created_again_cleanly(folder)


def test_create_killed_at_random_moments_never_leaves_a_half_vault(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1234")))
    for attempt in range(int(os.environ.get("CREATE_KILLS", "6"))):
        folder = tmp_path / f"records-{attempt}"
        killed = _create(folder, stop_at="never", kill_after=rng.uniform(0.0, 0.6))
        if Vault.exists(folder):  # set up in full before the kill: it opens, and asks for a new code until
            with Vault.open(folder, PASSPHRASE) as vault:  # the printed one (if it got that far) is confirmed
                assert vault.recovery_code_unconfirmed and vault.integrity_problems() == []
            continue
        assert killed.returncode == -signal.SIGKILL
        _created_again_cleanly(folder)
