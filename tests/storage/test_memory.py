"""Secrets in memory: what closing the vault wipes, and a process no dump can be taken of.

A child process opens a real vault and closes it, then reads its own memory (/proc/self/maps and
/proc/self/mem, every readable region that can hold run-time data) for the raw data key, the
hex of the ``PRAGMA key`` statement and the key Argon2 derived from the passphrase: none may be
left. What Python cannot wipe (the passphrase's own ``str``, which the caller holds) is counted
and must not grow: opening and closing adds no copy of it. docs/notes-vault.md lists what is left.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_support import FAST_KDF

from screening_app.storage.vault import Vault

PASSPHRASE = "Quokka-Zeppelin-Marzipan-4417 ünïcode"
HERE = Path(__file__).parent

SCAN = """
import gc, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
import memscan
from screening_app.storage import keyslots
from screening_app.storage.repository import Repository
from screening_app.storage.vault import Vault

raw = bytearray(256)
size = sys.stdin.buffer.readinto(raw)
needle_pass = bytearray(raw[:size])
raw[:] = bytes(len(raw))
passphrase = needle_pass.decode()  # the one str the caller holds, as a window's text field would
before = memscan.count({"pass": needle_pass})["pass"]
vault = Vault.open(Path(sys.argv[1]), passphrase)
Repository(vault.connection).counts()
needle_key = bytearray(vault.data_key)
needle_hex = bytearray()
for byte in needle_key:
    needle_hex += b"%02x" % byte
needle_kek = keyslots.derive_passphrase_key(passphrase, vault.slots.slot(keyslots.PASSPHRASE).kdf)
needles = {"pass": needle_pass, "key": needle_key, "hex": needle_hex, "kek": needle_kek}
while_open = memscan.count(needles)
vault.close()
del vault
gc.collect()
after = memscan.count(needles)
print(json.dumps({"before": before, "open": while_open, "closed": after}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mem")
def test_closing_wipes_the_data_key_and_the_pragma_hex(tmp_path: Path) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)[0].close()
    result = subprocess.run([sys.executable, "-c", SCAN, str(tmp_path / "v"), str(HERE)],
                            input=PASSPHRASE.encode(), capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    counts = json.loads(result.stdout)
    assert counts["open"]["key"] >= 1  # the scan does find a live key (the vault's own)
    assert counts["closed"]["key"] == 0
    assert counts["closed"]["hex"] == 0
    assert counts["closed"]["kek"] == 0
    assert counts["closed"]["pass"] <= counts["before"]  # open and close add no copy of the passphrase


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")
def test_the_app_and_the_cli_make_the_process_non_dumpable() -> None:
    script = """
import ctypes, sys
from screening_app.launcher import main
libc = ctypes.CDLL(None)
before = libc.prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
main(["forms", "schema"])
print(before, libc.prctl(3, 0, 0, 0, 0), file=sys.stderr)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.split()[-2:] == ["1", "0"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")
def test_the_desktop_is_non_dumpable_from_just_after_its_first_paint(tmp_path: Path) -> None:
    """The desktop hardens the process once its first window is painted (ctypes stays off the way
    to it), before anything is unlocked; the spy reads the state straight after the app's own
    first-paint work and quits."""
    script = """
import ctypes, sys
import screening_app.ui.app as app_module
from screening_app.launcher import main
libc = ctypes.CDLL(None)
real = app_module.after_first_paint
def spy(window, callback, fallback_ms=2_000):
    def painted():
        before = libc.prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        callback()
        print(before, libc.prctl(3, 0, 0, 0, 0), file=sys.stderr)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().quit()
    real(window, painted, fallback_ms)
app_module.after_first_paint = spy
main(["--data-dir", sys.argv[1]])
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("SCREENING_APP_STARTUP_PROBE", None)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "records")], capture_output=True,
                            text=True, timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.split()[-2:] == ["1", "0"], result.stderr


def test_a_lock_during_a_passphrase_change_never_wraps_a_wiped_key(tmp_path: Path) -> None:
    """Closing zeroes the data key in place, so a change of passphrase still running (the window's
    worker, while the idle lock fires) must finish first or change nothing: never wrap zeros."""
    import threading

    from screening_app.storage.errors import VaultError

    new = "violet harbour bicycle thunder"
    for attempt in range(6):
        folder = tmp_path / f"v{attempt}"
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].close()
        vault = Vault.open(folder, PASSPHRASE)
        errors: list[BaseException] = []

        def change(vault: Vault = vault, errors: list[BaseException] = errors) -> None:
            try:
                vault.change_passphrase(PASSPHRASE, new)
            except VaultError as exc:
                errors.append(exc)

        worker = threading.Thread(target=change)
        worker.start()
        time.sleep(0.005 * attempt)  # not Event().wait: a timed wait never times out under libfaketime
        vault.close()
        worker.join(30)
        opened = None
        for secret in (new, PASSPHRASE):  # whichever is in force must open the records
            try:
                opened = Vault.open(folder, secret)
                break
            except VaultError:
                continue
        assert opened is not None, f"attempt {attempt}: neither passphrase opens the records"
        opened.close()
