"""``screening-app sar REF --pdf FILE [--requested DATE] [--lang cy]``: a subject access response
(issue 16), in the child's recorded language preference unless ``--lang`` chooses (issue 17).

Everything held about the child of REF (any of their assessments: ``screening-app list`` shows
them), with every passage marked for withholding withheld: another child, a person of concern, a
source who asked to stay anonymous, each under its DPA 2018 exemption, listed in the PDF's
schedule. The command line has no redaction step: to release an item (another child's name only
item by item, confirmed), use the window: the child's record, "Subject access...".

Refusals (exit 2, one line, nothing written): an unknown REF, FILE already there or its folder
missing, a request dated after today. The export is audited (who and when, never what).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import add_common, iso_day, open_vault, vault_errors
from screening_app.clock import SYSTEM_CLOCK, Clock

NO_REDACTION = ("every passage marked for withholding is withheld: the command line has no redaction step; "
                "to release an item, open the child's record in the window and choose 'Subject access...'")
NOT_FOUND = "no assessment has this reference (screening-app list shows them)"


def clock() -> Clock:
    return SYSTEM_CLOCK  # tests replace it with a fixed one


def _run(args: argparse.Namespace) -> int:
    from screening_app.domain.errors import DomainError
    from screening_app.services.records import RecordsService
    from screening_app.services.subject_access import ExportError, SubjectAccessService
    from screening_app.services.vault_service import RecordNotFoundError, current_actor

    target = Path(args.pdf)
    if not target.parent.resolve().is_dir():
        raise CliError(f"{target}: the folder does not exist", EXIT_BAD_INPUT)
    if target.exists():
        raise CliError(f"{target}: a file is already there; choose another name", EXIT_BAD_INPUT)
    requested = args.requested or clock().today()
    if requested > clock().today():
        raise CliError(f"--requested {requested.isoformat()}: the request cannot be dated after today", EXIT_BAD_INPUT)
    with vault_errors(), open_vault(args) as vault:
        service = SubjectAccessService(RecordsService(vault, current_actor(), clock=clock()))
        try:
            prepared = service.prepare_by_reference(args.reference, args.lang)
            service.export(prepared, target, requested)
        except RecordNotFoundError:
            raise CliError(f"{args.reference}: {NOT_FOUND}", EXIT_BAD_INPUT) from None
        except (ExportError, DomainError) as exc:
            raise CliError(f"{args.reference}: {exc}", EXIT_BAD_INPUT) from None
    withheld = sum(1 for i in prepared.items if i.withheld)
    print(target)
    print(f"{withheld} {'passage' if withheld == 1 else 'passages'} withheld; {NO_REDACTION}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sar", help=command_help("sar"),
        description="Everything held about one child, for a subject access request, as a PDF: withheld passages "
                    "marked with the exemption relied on (DPA 2018), a schedule of what was withheld and why, and "
                    "the date the response is due (one month from the request). " + NO_REDACTION[0].upper()
                    + NO_REDACTION[1:] + ". Nothing is written unless the whole PDF was produced.")
    parser.add_argument("reference", help="any assessment of the child (screening-app list shows them)")
    parser.add_argument("--pdf", type=Path, required=True, help="the PDF file to write (must not exist yet)")
    parser.add_argument("--requested", type=iso_day, default=None, metavar="DATE",
                        help="the day the request was received, YYYY-MM-DD (default: today); the response is due "
                             "one month later")
    parser.add_argument("--lang", choices=("en", "cy"), default=None,
                        help="the response's language: en (English) or cy (Welsh: its headings, the form's text, "
                             "the withheld markers and the schedule; what was recorded stays as written). Without "
                             "--lang: the child's recorded language preference, else English")
    add_common(parser)
    parser.set_defaults(func=_run)
