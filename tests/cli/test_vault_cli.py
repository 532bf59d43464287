"""``screening-app vault ...``: exit codes, secrets on stdin, messages on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import run

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSPHRASE = "tangerine otter carousel lamp"
NEW = "violet harbour bicycle thunder"


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    code, out, _ = run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(folder), "--passphrase-stdin"],
                       PASSPHRASE)
    assert code == 0
    (folder / "recovery.txt").write_text(out.strip())  # for the recovery test only
    return folder


def test_create_prints_the_recovery_code_once(vault_dir: Path) -> None:
    code = (vault_dir / "recovery.txt").read_text()
    assert len(code) == 47 and code.count("-") == 7


def test_create_refuses_a_weak_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(monkeypatch, capsys, ["vault", "create", "--data-dir", str(tmp_path / "v"),
                                               "--passphrase-stdin"], "password")
    assert (code, out) == (2, "") and "stronger" in err


def test_check_healthy(vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"],
                       PASSPHRASE)
    assert code == 0 and "healthy" in out and "schema version: 14" in out


def test_check_damaged_exits_4(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    (vault_dir / "vault.db").write_bytes(b"")
    code, out, err = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(vault_dir),
                                               "--passphrase-stdin"], PASSPHRASE)
    assert (code, out) == (4, "") and "empty" in err and "Traceback" not in err


@pytest.mark.parametrize(("secret", "expected"), [("wrong passphrase entirely", 3), ("", 2)])
def test_wrong_or_empty_passphrase(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str], secret: str, expected: int) -> None:
    code, _, err = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"],
                       secret)
    assert code == expected and err.startswith("screening-app: ")


def test_missing_vault_exits_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(tmp_path / "none"),
                                           "--passphrase-stdin"], PASSPHRASE)
    assert code == 4
    assert not (tmp_path / "none").exists()


def test_already_open_exits_5(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from screening_app.services.vault_service import open_vault

    with open_vault(vault_dir, PASSPHRASE):
        code, _, err = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(vault_dir),
                                                 "--passphrase-stdin"], PASSPHRASE)
    assert code == 5 and "already open" in err


def test_piped_stdin_needs_the_flag(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(monkeypatch, capsys, ["vault", "check", "--data-dir", str(vault_dir)], PASSPHRASE)
    assert code == 2 and "--passphrase-stdin" in err


def test_change_passphrase(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    args = ["vault", "change-passphrase", "--data-dir", str(vault_dir), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, args, PASSPHRASE, NEW)[0] == 0
    assert run(monkeypatch, capsys, args, PASSPHRASE, NEW)[0] == 3
    check = ["vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, check, NEW)[0] == 0


def test_unlock_with_recovery_code(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    recovery = (vault_dir / "recovery.txt").read_text()
    args = ["vault", "unlock-with-recovery-code", "--data-dir", str(vault_dir), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, args, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", NEW)[0] == 3
    assert run(monkeypatch, capsys, args, recovery, NEW)[0] == 0
    check = ["vault", "check", "--data-dir", str(vault_dir), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, check, NEW)[0] == 0


def test_backup_and_restore(vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "records.backup"
    args = ["vault", "backup", "--data-dir", str(vault_dir), "--to", str(backup), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, args, PASSPHRASE)[0] == 0
    restore = ["vault", "restore", "--from", str(backup), "--data-dir", str(tmp_path / "r"), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, restore, PASSPHRASE)[0] == 0
    assert run(monkeypatch, capsys, restore, PASSPHRASE)[0] == 2  # not an empty folder any more
    backup.write_bytes(b"junk")
    other = ["vault", "restore", "--from", str(backup), "--data-dir", str(tmp_path / "r2"), "--passphrase-stdin"]
    assert run(monkeypatch, capsys, other, PASSPHRASE)[0] == 4


def test_rotate_key_prints_a_new_recovery_code(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(monkeypatch, capsys, ["vault", "rotate-key", "--data-dir", str(vault_dir),
                                               "--passphrase-stdin"], PASSPHRASE)
    assert code == 0 and out.strip() != (vault_dir / "recovery.txt").read_text()
    assert "Re-encrypting the records: 0%" in err and "Re-encrypting the records: 100%" in err


def test_recovery_code_is_confirmed_from_the_command_line(vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A code printed by `vault create` is unconfirmed (the app would ask for a new one) until
    `vault confirm-recovery-code` is given the code in force; a wrong code changes nothing."""
    args = ["--data-dir", str(vault_dir), "--passphrase-stdin"]
    code, out, _ = run(monkeypatch, capsys, ["vault", "check", *args], PASSPHRASE)
    assert code == 0 and "recovery code: not confirmed as saved" in out
    wrong = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"
    code, _, err = run(monkeypatch, capsys, ["vault", "confirm-recovery-code", *args], PASSPHRASE, wrong)
    assert code == 3 and err.startswith("screening-app: ")
    recovery = (vault_dir / "recovery.txt").read_text()
    code, _, err = run(monkeypatch, capsys, ["vault", "confirm-recovery-code", *args], PASSPHRASE, recovery)
    assert code == 0 and "confirmed" in err
    code, out, _ = run(monkeypatch, capsys, ["vault", "check", *args], PASSPHRASE)
    assert code == 0 and "recovery code: confirmed as saved" in out
