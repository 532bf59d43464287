"""``screening-app vault ...``: create, check, change secrets, back up and restore a vault.

Secrets come from a terminal prompt (getpass), or one per line on standard
input with ``--passphrase-stdin`` (for scripts); piped input without the flag
is refused so a stray pipe is never taken as a passphrase. Vault errors map
to exit codes here and in ``records_cmd``; messages are the storage layer's.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from screening_app.cli.main import (
    EXIT_ALREADY_OPEN,
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_VAULT_UNUSABLE,
    EXIT_WRONG_SECRET,
    CliError,
    command_help,
)
from screening_app.cli.prompt import SecretReader, add_common, data_dir, iso_day  # noqa: F401 (commands import them here)
from screening_app.services import vault_service as vs

_EXIT_CODES: tuple[tuple[type[vs.VaultError], int], ...] = (
    (vs.EmptyPassphraseError, EXIT_BAD_INPUT),
    (vs.WeakPassphraseError, EXIT_BAD_INPUT),
    (vs.VaultExistsError, EXIT_BAD_INPUT),
    (vs.RecordNotFoundError, EXIT_BAD_INPUT),
    (vs.RecordLockedError, EXIT_BAD_INPUT),
    (vs.WrongSecretError, EXIT_WRONG_SECRET),
    (vs.AlreadyOpenError, EXIT_ALREADY_OPEN),
)


def exit_code_for(exc: vs.VaultError) -> int:
    for kind, code in _EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return EXIT_VAULT_UNUSABLE  # missing, damaged, not a vault, disk full, read-only


@contextlib.contextmanager
def vault_errors() -> Iterator[None]:
    try:
        yield
    except vs.WeakPassphraseError as exc:
        advice = " ".join(exc.feedback)
        raise CliError(f"{exc} {advice}".strip(), EXIT_BAD_INPUT) from None
    except vs.VaultError as exc:
        raise CliError(str(exc), exit_code_for(exc)) from None


def open_vault(args: argparse.Namespace, secrets: SecretReader | None = None) -> vs.Vault:
    secrets = secrets or SecretReader(args)
    return opened(args, secrets.read("Passphrase"))


def opened(args: argparse.Namespace, passphrase: str, warn: bool = True) -> vs.Vault:
    """The open vault; what a damaged journal cost is said on standard error, never silently."""
    vault = vs.open_vault(data_dir(args), passphrase)
    if warn and (message := vs.journal_message(vault)):
        _say(f"screening-app: warning: {message}")
    return vault


CONFIRM_HINT = ("Until it is confirmed (screening-app vault confirm-recovery-code), the app asks for a new one: "
                "nobody can open the records if the passphrase is forgotten and the code is lost.")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# ---------------------------------------------------------------- commands


def _create(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    passphrase = secrets.read("New passphrase", confirm=True)
    with vault_errors():
        vault, code = vs.create_vault(data_dir(args), passphrase)
        vault.close()
    _say("Vault created. Write down this recovery code and keep it somewhere safe; it is shown only once.")
    _say(CONFIRM_HINT)
    print(code)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with vault_errors(), opened(args, secrets.read("Passphrase"), warn=False) as vault:
        report = vs.check_vault(vault)
        unconfirmed = vs.recovery_code_unconfirmed(vault)
    print(f"schema version: {report.schema_version}")
    print("recovery code: " + ("not confirmed as saved" if unconfirmed else "confirmed as saved"))
    for name, count in report.counts.items():
        print(f"{name}: {count}")
    if report.journal:
        print(f"damaged journal: {report.journal}")
    for note in report.notes:
        print(f"note: {note}")
    if not report.healthy:
        print(f"damaged: {len(report.problems) + bool(report.journal)} problem(s) found; restore from a backup")
        return EXIT_VAULT_UNUSABLE
    print("healthy")
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    old = secrets.read("Current passphrase")
    with vault_errors(), opened(args, old) as vault:
        vs.change_passphrase(vault, old, secrets.read("New passphrase", confirm=True))
    _say("Passphrase changed.")
    return EXIT_OK


def _recovery(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    code = secrets.read("Recovery code")
    new = secrets.read("New passphrase", confirm=True)
    with vault_errors():
        vault = vs.unlock_with_recovery_code(data_dir(args), code, new)
        vault.close()
    if message := vs.journal_message(vault):
        _say(f"screening-app: warning: {message}")
    _say("Passphrase set. Your recovery code still works.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        vs.backup_vault(vault, Path(args.to))
    _say(f"Backup written to {args.to}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with vault_errors():
        vs.restore_vault(Path(args.source), data_dir(args), secrets.read("Passphrase of the backup"))
    _say("Restored and verified.")
    return EXIT_OK


def _percent_printer(label: str) -> Callable[[float], None]:
    """Progress on standard error, a line per tenth (scripts and terminals alike)."""
    shown = [-1]

    def show(fraction: float) -> None:
        tenth = int(fraction * 10)
        if tenth > shown[0]:
            shown[0] = tenth
            _say(f"{label}: {tenth * 10}%")

    return show


def _rotate(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    passphrase = secrets.read("Passphrase")
    with vault_errors(), opened(args, passphrase) as vault:
        code = vs.rotate_data_key(vault, passphrase, _percent_printer("Re-encrypting the records"))
    _say("Data key rotated. Your old recovery code no longer works; write down the new one.")
    _say(CONFIRM_HINT)
    print(code)
    return EXIT_OK


def _confirm_recovery(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with vault_errors(), open_vault(args, secrets) as vault:
        vs.confirm_recovery_code_saved(vault, secrets.read("Recovery code"))
    _say("Recovery code confirmed as saved.")
    return EXIT_OK


_COMMANDS: tuple[tuple[str, str, Callable[[argparse.Namespace], int]], ...] = (
    ("create", "create a new, empty vault and print its recovery code", _create),
    ("check", "check integrity; exit 0 if healthy, 4 if damaged", _check),
    ("change-passphrase", "old passphrase, then the new one", _change_passphrase),
    ("unlock-with-recovery-code", "recovery code, then a new passphrase", _recovery),
    ("backup", "write a backup file", _backup),
    ("restore", "restore a backup file into an empty folder", _restore),
    ("rotate-key", "re-encrypt under a new data key; prints a new recovery code", _rotate),
    ("confirm-recovery-code", "passphrase, then the recovery code you saved (until then the app asks for a new one)",
     _confirm_recovery),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser("vault", help=command_help("vault"))
    commands = vault.add_subparsers(dest="vault_command", required=True, parser_class=type(vault))
    for name, help_text, func in _COMMANDS:
        sub = commands.add_parser(name, help=help_text)
        add_common(sub)
        if name == "backup":
            sub.add_argument("--to", required=True, type=Path, help="the backup file to write")
        if name == "restore":
            sub.add_argument("--from", dest="source", required=True, type=Path, help="the backup file")
        sub.set_defaults(func=func)
