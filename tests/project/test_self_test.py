"""`--self-test` passes from the source tree and names every step and version."""

from __future__ import annotations

import subprocess
import sys

STEPS = [
    "load the form pack", "create an encrypted vault", "store a case", "score it",
    "render and protect a referral PDF", "render a referral in Welsh", "match names of concern",
    "make the transfer key", "integrity check",
    "lock", "reopen", "Qt paints a window",
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


def _unused_display() -> str:
    """An X display number with no server: no socket in /tmp/.X11-unix."""
    from pathlib import Path

    number = next(n for n in range(987, 1100) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


def _env_without_display(tmp_path, **extra) -> dict:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), **extra}
    return env  # no QT_QPA_PLATFORM, no WAYLAND_DISPLAY


def test_unreachable_display_fails_cleanly(tmp_path):
    """Qt aborted the whole process (rc 134) after 8 ok lines: no FAILED line, the temp folder left behind."""
    env = _env_without_display(tmp_path, DISPLAY=_unused_display())
    proc = subprocess.run([sys.executable, "-m", "screening_app", "--self-test"], capture_output=True, text=True,
                          timeout=300, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAIL ")]
    assert len(failed) == 1 and failed[0].startswith("FAIL Qt paints a window: "), lines
    assert f"DISPLAY={env['DISPLAY']}" in failed[0] and "the desktop application" in failed[0]
    assert f"no X server is listening at /tmp/.X11-unix/X{env['DISPLAY'][1:]}" in failed[0]
    assert any(line.startswith("ok   delete the temporary folder") for line in lines)
    assert lines[-1] == "self-test: FAILED"
    assert "Traceback" not in proc.stdout + proc.stderr
    assert list(tmp_path.glob("cse-self-test-*")) == []


def test_terminated_self_test_removes_its_folder(tmp_path):
    import signal

    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "screening_app", "--self-test"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        for line in proc.stdout:
            if line.startswith("ok   create an encrypted vault"):
                assert list(tmp_path.glob("cse-self-test-*")), "the vault is made in a temporary folder"
                proc.send_signal(signal.SIGTERM)
                break
        _out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 143, err
    assert "Traceback" not in err
    assert list(tmp_path.glob("cse-self-test-*")) == []
