"""``screening-app intelligence``: what is known about one person, place or vehicle record, as a
partnership intelligence PDF for the police (SPEC 12), separate from the MASH referral.

``intelligence --list`` prints the records (number, kind, name, children linked, global id);
``intelligence RECORD --pdf FILE`` writes the PDF. Children linked to the record are "Child A",
"Child B"... unless named with ``--name-child CHILD_ID`` (the practitioner's decision, audited).
A linked child's name written in the record's own words is shown as the child's letter too
(a note on standard error says so, to read the PDF before sending it). The source, intelligence
and handling grades (3x5x2) are the practitioner's to give; left out, the PDF says they are for
the receiving officer; handling code C needs ``--conditions``. Secrets one per line: the vault
passphrase, then (with ``--protect``) the PDF's password. Nothing is written unless the whole
PDF was made.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from screening_app.cli.export_cmd import PROTECT_HELP, _pdf_password
from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import SecretReader, add_common, open_vault, vault_errors
from screening_app.domain.errors import DomainError
from screening_app.domain.intelligence import HANDLING_CODES, INTELLIGENCE_GRADES, SOURCE_GRADES, Grading
from screening_app.services.intelligence import ExportError, IntelligenceService
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import RecordNotFoundError, current_actor

NOT_FOUND = "no person, place or group record has this number or id (screening-app intelligence --list)"


def _intelligence(args: argparse.Namespace) -> int:
    if args.list == bool(args.record):
        raise CliError("give a RECORD and --pdf FILE, or --list", EXIT_BAD_INPUT)
    target = Path(args.pdf) if args.pdf else None
    if args.record and target is None:
        raise CliError("--pdf FILE: where to write the intelligence PDF", EXIT_BAD_INPUT)
    if target is not None and not target.parent.resolve().is_dir():
        raise CliError(f"{target}: the folder does not exist", EXIT_BAD_INPUT)
    secrets = SecretReader(args)
    with vault_errors(), open_vault(args, secrets) as vault:
        service = IntelligenceService(RecordsService(vault, current_actor()))
        if args.list:
            _print_list(service, args.json)
            return EXIT_OK
        password = _pdf_password(secrets) if args.protect else None
        grading = Grading(args.source, args.intelligence, args.handling, args.conditions)
        try:
            record = service.resolve(args.record)
            report = service.export(record, target, set(args.name_child or ()), grading, password)
        except RecordNotFoundError:
            raise CliError(f"{args.record}: {NOT_FOUND}", EXIT_BAD_INPUT) from None
        except (ExportError, DomainError) as exc:
            raise CliError(f"{args.record}: {exc}", EXIT_BAD_INPUT) from None
    print(target)
    if report.withheld:
        print(f"note: the record's words named a child not named here {report.withheld} time(s); shown as the child's"
              " letter or [name withheld]: read the PDF before sending it", file=sys.stderr)
    return EXIT_OK


def _print_list(service: IntelligenceService, as_json: bool) -> None:
    rows = service.records_list()
    if as_json:
        print(json.dumps({"records": [{"id": r.id, "uuid": r.uuid, "kind": r.kind, "name": r.name,
                                       "children": r.children} for r in rows]}, indent=2, ensure_ascii=False))
        return
    for r in rows:
        children = "1 child" if r.children == 1 else f"{r.children} children"
        print(f"{r.id:>6}  {r.kind:<6}  {r.name or '(no name recorded)'}  ({children})  {r.uuid}")
    if not rows:
        print("No person, place or group records yet.")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("intelligence", help=command_help("intelligence"), description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("record", nargs="?", help="the record's number or global id (--list shows them)")
    parser.add_argument("--list", action="store_true", help="list the person, place and group records")
    parser.add_argument("--json", action="store_true", help="with --list: print JSON {\"records\": [...]}")
    parser.add_argument("--pdf", type=Path, help="the PDF file to write")
    parser.add_argument("--name-child", type=int, action="append", metavar="CHILD_ID",
                        help="name this linked child in the PDF (repeat for more; screening-app list --json shows"
                        " child_id); others are Child A, B...")
    parser.add_argument("--source", choices=sorted(SOURCE_GRADES), help="source grade: 1 reliable, 2 untested,"
                        " 3 not reliable")
    parser.add_argument("--intelligence", choices=sorted(INTELLIGENCE_GRADES),
                        help="intelligence grade: A known directly ... E suspected false")
    parser.add_argument("--handling", choices=sorted(HANDLING_CODES),
                        help="handling code: P lawful sharing permitted, C with conditions (--conditions)")
    parser.add_argument("--conditions", metavar="TEXT", help="with --handling C: the conditions of sharing")
    parser.add_argument("--protect", action="store_true", help=PROTECT_HELP)
    add_common(parser)
    parser.set_defaults(func=_intelligence)
