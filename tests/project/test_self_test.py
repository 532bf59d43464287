"""`--self-test` passes from the source tree and names every step and version."""

from __future__ import annotations

import subprocess
import sys

STEPS = [
    "load the form pack", "create an encrypted vault", "store a case", "score it",
    "render and protect a referral PDF", "integrity check", "lock", "reopen", "Qt paints a window",
    "delete the temporary folder",
]


def check_self_test_output(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"ok   {step}") for line in lines), step
    for name in ("Python", "SQLCipher", "reportlab", "Qt"):
        assert any(line.startswith("version: ") and name in line for line in lines), name
    assert lines[-1] == "self-test: PASSED"


def test_self_test_from_source(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "screening_app", "--self-test"], capture_output=True, text=True,
                          timeout=300, env=env)
    check_self_test_output(proc)
    assert list(tmp_path.glob("cse-self-test-*")) == []
