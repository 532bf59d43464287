"""Vault use cases: strength meter, health report, recovery, backup and restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.services import vault_service as vs

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def test_strength_meter() -> None:
    assert vs.passphrase_strength("password").score < 3
    strong = vs.passphrase_strength(PASSPHRASE)
    assert strong.acceptable and strong.score >= 3


def test_health_report_counts_records(tmp_path: Path) -> None:
    vault, _ = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        report = vs.check_vault(vault)
    assert report.healthy and report.problems == () and report.schema_version == 14
    assert report.counts["completed"] == 0


def test_recovery_sets_a_new_passphrase(tmp_path: Path) -> None:
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    vs.unlock_with_recovery_code(tmp_path / "v", code, "brand new harbour lantern").close()
    with pytest.raises(vs.WrongPassphraseError):
        vs.open_vault(tmp_path / "v", PASSPHRASE)
    vs.open_vault(tmp_path / "v", "brand new harbour lantern").close()


def test_recovery_with_a_weak_new_passphrase_changes_nothing(tmp_path: Path) -> None:
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    with pytest.raises(vs.WeakPassphraseError):
        vs.unlock_with_recovery_code(tmp_path / "v", code, "password")
    vs.open_vault(tmp_path / "v", PASSPHRASE).close()


def test_backup_and_restore(tmp_path: Path) -> None:
    vault, _ = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vs.backup_vault(vault, tmp_path / "b.backup")
    vs.restore_vault(tmp_path / "b.backup", tmp_path / "r", PASSPHRASE)
    with vs.open_vault(tmp_path / "r", PASSPHRASE) as restored:
        assert vs.check_vault(restored).healthy


def test_errors_are_one_family() -> None:
    for name in vs.__all__:
        item = getattr(vs, name)
        if isinstance(item, type) and name.endswith("Error"):
            assert issubclass(item, vs.VaultError)
