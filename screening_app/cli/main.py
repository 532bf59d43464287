"""Argument parsing and the one place that turns errors into exit codes.

Every command module exposes ``register(subparsers)``; each command function
returns an exit code or raises ``CliError``. Bad input prints one line on
standard error, nothing on standard output and never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from screening_app import __version__

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_WRONG_SECRET = 3
EXIT_VAULT_UNUSABLE = 4
EXIT_ALREADY_OPEN = 5


class CliError(Exception):
    """A message a practitioner can act on, and the exit code that goes with it."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit 2
        raise CliError(f"usage: {message}", EXIT_BAD_INPUT)


# Each command, the module that registers it and its one-line help. A command's module (and what
# it imports: pydantic, storage, reportlab...) is imported only when that command runs: --version,
# --help and a mistyped command answer in a few milliseconds (issue 18).
COMMANDS: dict[str, tuple[str, str]] = {
    "score": ("score_cmd", "score a case file and print the result as JSON"),
    "forms": ("forms_cmd", "form pack tools"),
    "vault": ("vault_cmd", "create, check, back up and restore the encrypted records"),
    "import": ("records_cmd", "store a case file as a completed assessment"),
    "list": ("records_cmd", "list assessments, newest first"),
    "export": ("export_cmd", "save an assessment as a referral PDF"),
    "identity": ("transfer_cmd", "print this vault's transfer recipient (age1...) for a sender"),
    "transfer": ("transfer_cmd", "send, receive and confirm a child's whole file between vaults"),
    "contexts": ("contexts_cmd", "list the children joined by shared people, places, vehicles or phones"),
    "team": ("team_cmd", "share records with a safeguarding team through a folder the organisation syncs"),
    "retention": ("retention_cmd", "records due for review at the end of retention; keep or delete them"),
    "report": ("report_cmd", "the partnership's picture for a period: anonymous, small numbers suppressed"),
    "sar": ("sar_cmd", "subject access: everything held about one child as a PDF, third parties withheld"),
    "audit": ("audit_cmd", "check the audit trail: every entry chained to the one before"),
    "intelligence": ("intelligence_cmd", "a person, place or vehicle of concern as an intelligence PDF for the police"),
}


def command_help(name: str) -> str:
    return COMMANDS[name][1]


def _wanted(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is not an option), if it is one."""
    word = next((a for a in argv if not a.startswith("-")), None)
    return word if word in COMMANDS else None


USAGE = """
  screening-app [--data-dir FOLDER]     start the desktop application
  screening-app --self-test             check that every part works on this machine, then exit
  screening-app COMMAND [options]       run a command in the terminal
  screening-app COMMAND --help          what a command does and its options"""

DESCRIPTION = """\
CSE Screening. With no command, the desktop application starts, on the
records folder --data-dir FOLDER (default: the per-user data folder).
--self-test creates a vault in a temporary folder, stores, scores and exports
an invented case, checks Qt can paint, and deletes the folder; it never
touches your records. Commands run in the terminal and never start the
desktop application; those that use records take their own --data-dir.

Exit codes: 0 ok, 1 unexpected error, 2 bad input, 3 wrong passphrase or
recovery code, 4 vault missing or damaged, 5 already open."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="screening-app",
        usage=USAGE,
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"screening-app {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, title="commands", metavar="COMMAND", prog=parser.prog
    )
    wanted = _wanted(argv or [])
    if wanted is not None:
        importlib.import_module(f"screening_app.cli.{COMMANDS[wanted][0]}").register(subparsers)
    for name, (_module, help_text) in COMMANDS.items():
        if name not in subparsers.choices:  # listed in the help; its module is not imported
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def _fail(message: str, code: int) -> int:
    print(f"screening-app: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(argv).parse_args(argv)
        return int(args.func(args) or 0)
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_UNEXPECTED)
    except Exception as exc:  # never a traceback, never the data that caused it
        return _fail(f"unexpected internal error ({type(exc).__name__}); nothing was changed", EXIT_UNEXPECTED)


if __name__ == "__main__":
    sys.exit(main())
