"""``screening-app audit verify`` and ``vault check`` on a broken audit chain (issue 16): exit 4, the
entry named; an intact chain exits 0. A real vault; the tampering done with the key."""

from __future__ import annotations

import json
from pathlib import Path

from screening_app.storage.db import transaction, write_audit
from screening_app.storage.vault import Vault
from tests.cli.conftest import run


def test_audit_verify_and_vault_check_report_a_broken_chain(tmp_path: Path, monkeypatch, capsys, fast_kdf):
    folder, passphrase = tmp_path / "vault", "tangerine otter carousel lamp"
    assert run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
               passphrase)[0] == 0
    code, out, _err = run(monkeypatch, capsys, ["audit", "verify", "--data-dir", str(folder), "--passphrase-stdin",
                                                "--json"], passphrase)
    report = json.loads(out)
    assert code == 0 and report == {"entries": 0, "intact": True, "problems": []}
    vault = Vault.open(folder, passphrase)
    try:
        with transaction(vault.connection):
            for i in range(3):
                write_audit(vault.connection, f"2026-11-22T10:0{i}:00Z", "R Patel", "assessment.opened",
                            "assessment", i)
        with transaction(vault.connection):
            vault.connection.execute("UPDATE audit_log SET action = 'assessment.printed' WHERE id = 2")
    finally:
        vault.close()
    code, out, _err = run(monkeypatch, capsys, ["audit", "verify", "--data-dir", str(folder), "--passphrase-stdin"],
                          passphrase)
    assert code == 4 and "broken: audit entry 2 does not match" in out and "chain BROKEN" in out
    code, out, _err = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(folder), "--passphrase-stdin"],
                          passphrase)
    assert code == 4 and "damaged" in out
