"""``screening-app export REF --pdf FILE [--protect]``: a stored assessment as a referral PDF.

Secrets come one per line: the vault passphrase first, then (with
``--protect``) the password the PDF will need to open. Nothing is written
unless the whole PDF was produced; the file replaces FILE atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError
from screening_app.cli.vault_cmd import SecretReader, add_common, open_vault, vault_errors
from screening_app.domain.errors import DomainError
from screening_app.services.export import ExportError, ExportService
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import current_actor


def _export(args: argparse.Namespace) -> int:
    target = Path(args.pdf)
    if not target.parent.resolve().is_dir():
        raise CliError(f"{target.name}: the folder does not exist", EXIT_BAD_INPUT)
    secrets = SecretReader(args)
    with vault_errors(), open_vault(args, secrets) as vault:
        password = secrets.read("Password for the PDF", confirm=True) if args.protect else None
        if args.protect and not password:
            raise CliError("--protect: the PDF password is empty", EXIT_BAD_INPUT)
        service = ExportService(RecordsService(vault, current_actor()))
        try:
            service.export(args.reference, target, password)
        except (ExportError, DomainError) as exc:
            raise CliError(f"{args.reference}: {exc}", EXIT_BAD_INPUT) from None
    print(target)
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="save a stored assessment as a referral PDF")
    parser.add_argument("reference", help="the assessment's reference")
    parser.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--protect", action="store_true", help="protect the PDF with a password (AES-256)")
    add_common(parser)
    parser.set_defaults(func=_export)
