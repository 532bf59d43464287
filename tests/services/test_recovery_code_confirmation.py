"""Vault service: a recovery code counts as saved only once the practitioner confirms it."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.services import vault_service as vs

PASSPHRASE = "tangerine otter carousel lamp"
FAST_KDF = vs.KdfParams(time_cost=1, memory_kib=8 * 1024)


def test_a_new_vault_asks_for_confirmation_until_given(tmp_path: Path) -> None:
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        assert vs.recovery_code_unconfirmed(vault)
    with vs.open_vault(tmp_path / "v", PASSPHRASE) as vault:  # a crash before confirming: still asked
        assert vs.recovery_code_unconfirmed(vault)
        vs.confirm_recovery_code_saved(vault, code)
        assert not vs.recovery_code_unconfirmed(vault)
    with vs.open_vault(tmp_path / "v", PASSPHRASE) as vault:
        assert not vs.recovery_code_unconfirmed(vault)


def test_a_new_code_from_rotation_is_unconfirmed_and_only_it_confirms(tmp_path: Path) -> None:
    vault, old = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        vs.confirm_recovery_code_saved(vault, old)
        new = vs.rotate_data_key(vault, PASSPHRASE)
        assert vs.recovery_code_unconfirmed(vault)
        with pytest.raises(vs.WrongRecoveryCodeError):
            vs.confirm_recovery_code_saved(vault, old)
        assert vs.recovery_code_unconfirmed(vault)
        vs.confirm_recovery_code_saved(vault, new)
        assert not vs.recovery_code_unconfirmed(vault)
    with pytest.raises(vs.WrongRecoveryCodeError):  # confirming never brings the old code back
        vs.unlock_with_recovery_code(tmp_path / "v", old, "brand new harbour lantern")
    vs.unlock_with_recovery_code(tmp_path / "v", new, "brand new harbour lantern").close()


def test_unlocking_with_the_recovery_code_confirms_it(tmp_path: Path) -> None:
    """Typing the code in force proves it was kept: no banner asking for a new one."""
    vault, code = vs.create_vault(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    with vs.unlock_with_recovery_code(tmp_path / "v", code, "a brand new passphrase for otters") as vault:
        assert not vs.recovery_code_unconfirmed(vault)
    with vs.open_vault(tmp_path / "v", "a brand new passphrase for otters") as vault:
        assert not vs.recovery_code_unconfirmed(vault)
