"""``screening-app export REF --pdf FILE [--protect] [--lang cy]``: a stored assessment as a referral PDF.

Without ``--lang`` the PDF is in the child's recorded language preference (English when none is
recorded); ``--lang`` chooses for this PDF only.

Secrets come one per line: the vault passphrase first, then (with
``--protect``) the password the PDF will need to open. Nothing is written
unless the whole PDF was produced; the file replaces FILE atomically.
Messages show paths as they were typed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.prompt import SecretReader, add_common, data_dir
from screening_app.domain.pdf_password import MIN_PDF_PASSWORD, pdf_password_problem
from screening_app.services import early_unlock


def _export(args: argparse.Namespace) -> int:
    target = Path(args.pdf)
    if not target.parent.resolve().is_dir():
        raise CliError(f"{target}: the folder does not exist", EXIT_BAD_INPUT)
    secrets = SecretReader(args)
    passphrase = secrets.read("Passphrase")
    # The passphrase's Argon2 runs on one core while the rest of this command loads on the other.
    early_unlock.begin(data_dir(args), passphrase)
    from screening_app.cli.vault_cmd import opened, vault_errors
    from screening_app.domain.errors import DomainError
    from screening_app.services.export import ExportError, ExportService
    from screening_app.services.records import RecordsService
    from screening_app.services.vault_service import RecordNotFoundError, current_actor

    try:
        forms = ExportService.prepare()
    except (ExportError, DomainError) as exc:  # a damaged install (a form file, a font): said, as below
        raise CliError(f"{args.reference}: {exc}", EXIT_BAD_INPUT) from None
    with vault_errors(), opened(args, passphrase) as vault:
        password = _pdf_password(secrets) if args.protect else None
        service = ExportService(RecordsService(vault, current_actor(), forms=forms))
        try:
            language = args.lang or service.child_language(args.reference) or "en"
            service.export(args.reference, target, password, language=language)
        except RecordNotFoundError:  # the CLI holds the vault's lock: nobody deleted it meanwhile
            raise CliError(f"{args.reference}: {NOT_FOUND}") from None
        except (ExportError, DomainError) as exc:
            raise CliError(f"{args.reference}: {exc}", EXIT_BAD_INPUT) from None
    print(target)
    return EXIT_OK


def _pdf_password(secrets: SecretReader) -> str:
    password = secrets.read("Password for the PDF", confirm=True)
    problem = pdf_password_problem(password)
    if problem:
        raise CliError(f"--protect: {problem}", EXIT_BAD_INPUT)
    return password


NOT_FOUND = "no assessment has this reference (screening-app list shows them)"
PROTECT_HELP = (
    f"protect the PDF with a password (AES-256) of at least {MIN_PDF_PASSWORD} characters, asked for after the"
    " vault passphrase; with --passphrase-stdin it is the next line on standard input, after the vault passphrase."
    " Tell the MASH the password by another route, by phone, never in the same email"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help=command_help("export"),
        description="Save a stored assessment as a referral PDF. Nothing is written unless the whole PDF was produced.",
    )
    parser.add_argument("reference", help="the assessment's reference (screening-app list shows them)")
    parser.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--protect", action="store_true", help=PROTECT_HELP)
    parser.add_argument("--lang", choices=("en", "cy"), default=None,
                        help="the referral's language: en (English) or cy (Welsh: the marking, the headings, the "
                             "level, the dates and the form's own text where the form pack has it in Welsh; what "
                             "the practitioner wrote stays as written). Without --lang: the child's recorded "
                             "language preference, else English")
    add_common(parser)
    parser.set_defaults(func=_export)
