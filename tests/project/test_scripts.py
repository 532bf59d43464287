"""scripts/run.sh and scripts/test.sh share one .venv, so they share one
install mode (editable): a plain install by run.sh used to replace test.sh's
editable one, and source edits were then silently ignored."""

from __future__ import annotations

import re
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_run_and_test_install_the_same_way():
    for name in ("run.sh", "test.sh"):
        text = (SCRIPTS / name).read_text(encoding="utf-8")
        assert ". scripts/setup-common.sh" in text and "make_venv" in text, name
        assert "pip install" not in text, f"{name} installs by itself"
    common = (SCRIPTS / "setup-common.sh").read_text(encoding="utf-8")
    installs = re.findall(r"pip install -q (.*)", common)
    assert installs == ["--upgrade pip", '-e "$target"'], installs


def _stub(folder, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f'#!/bin/bash\necho "$(basename "$0") $*" >> "$CALLS"\n{body}\n', encoding="utf-8")
    path.chmod(0o755)


def test_a_stock_debian_python_gets_python3_venv_and_a_fresh_venv(tmp_path):
    """python3 without ensurepip (Debian splits it out) made 'python3 -m venv' fail half-way."""
    import subprocess

    stubs, venv, calls = tmp_path / "bin", tmp_path / "venv", tmp_path / "calls"
    stubs.mkdir()
    fake_python = ('[ "$1 $2" = "-m venv" ] && mkdir -p "$4/bin" && cp "$0" "$4/bin/python"'
                   ' && cp "$0" "$4/bin/pyside6-lrelease"\n')
    fake_python += 'case "$*" in *ensurepip*) [ -e "$CALLS.venv-installed" ] || exit 1;; esac; exit 0'
    _stub(stubs, "python3", fake_python)
    _stub(stubs, "dpkg", "exit 1")  # nothing is installed
    _stub(stubs, "apt-get", 'case "$*" in *python3-venv*) touch "$CALLS.venv-installed";; esac')
    _stub(stubs, "sudo", '"$@"')
    _stub(stubs, "id", "echo 1000")  # not root: apt-get goes through sudo
    env = {"PATH": f"{stubs}:/usr/bin:/bin", "CALLS": str(calls), "VENV": str(venv)}
    done = subprocess.run(
        ["bash", "-c", ". scripts/setup-common.sh && make_venv test"],
        cwd=SCRIPTS.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    log = calls.read_text(encoding="utf-8").splitlines()
    assert "sudo apt-get install -y -qq --no-install-recommends python3-venv" in log
    assert f"python3 -m venv --clear {venv}" in log
    assert log[-2] == "python -m pip install -q -e .[test]"
    assert log[-1].startswith("pyside6-lrelease -silent resources/translations/cse_screening_cy.ts -qm ")
    assert "installing CSE Screening" in done.stderr
