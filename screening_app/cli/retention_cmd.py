"""``screening-app retention``: children's records due for review at the end of retention (issue 16).

    retention --data-dir D [--json] [--on DATE]          the records due (date of birth + 25 years by default)
    retention --keep REF --until DATE --reason TEXT      keep one: why, and when to review it next
    retention --delete REF                               delete one: no readable trace; an audit entry without
                                                         personal data (in a team, every member erases it too)
    retention --rule YEARS --policy TEXT                 the organisation's rule, its policy named

REF is any assessment of the child (``screening-app list`` shows them). Exit 2 on bad input
(an unknown reference, a date not YYYY-MM-DD, a reason missing, a next review not after today),
nothing changed.
"""

from __future__ import annotations

import argparse
import json

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import add_common, iso_day, open_vault, vault_errors
from screening_app.clock import SYSTEM_CLOCK, Clock


def clock() -> Clock:
    return SYSTEM_CLOCK  # tests replace it with a fixed one



def _run(args: argparse.Namespace) -> int:
    from screening_app.services.records import RecordsService
    from screening_app.services.retention import RetentionError, RetentionService
    from screening_app.services.vault_service import RecordNotFoundError, current_actor

    chosen = [name for name in ("keep", "delete", "rule") if getattr(args, name) is not None]
    if len(chosen) > 1:
        raise CliError("one of --keep, --delete or --rule at a time", EXIT_BAD_INPUT)
    if args.keep is not None and (args.until is None or not (args.reason or "").strip()):
        raise CliError("--keep needs --until DATE (the next review) and --reason TEXT (why it is kept)", EXIT_BAD_INPUT)
    if args.rule is not None and not (args.policy or "").strip():
        raise CliError("--rule needs --policy TEXT: the organisation's policy, named", EXIT_BAD_INPUT)
    with vault_errors(), open_vault(args) as vault:
        service = RetentionService(vault, current_actor(), clock())
        try:
            if args.rule is not None:
                service.set_rule(args.rule, args.policy)
                print(f"retention rule: date of birth + {args.rule} years ({args.policy.strip()})")
                return EXIT_OK
            if args.keep is not None or args.delete is not None:
                reference = args.keep or args.delete
                try:
                    child_id = RecordsService(vault, current_actor(), clock=clock()).get_by_reference(
                        reference).child_id
                except RecordNotFoundError:
                    raise CliError(f"{reference}: no assessment has this reference (screening-app list shows them)",
                                   EXIT_BAD_INPUT) from None
                if args.keep is not None:
                    service.keep(child_id, args.until, args.reason)
                    print(f"kept: the record of {reference}'s child; next review {args.until.isoformat()}")
                else:
                    service.delete(child_id)
                    print(f"deleted: the record of {reference}'s child (every assessment, the chronology, "
                          "escalations and links); an audit entry says so, without personal data")
                return EXIT_OK
            due, rule = service.due(args.on), service.rule()
        except RetentionError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from None
    if args.json:
        print(json.dumps({"rule": {"years": rule.years, "policy": rule.policy}, "due": [
            {"child": d.child_id, "name": d.name, "date_of_birth": d.date_of_birth and d.date_of_birth.isoformat(),
             "review_due": d.review_due.isoformat(), "reference": d.reference, "last_kept_because": d.last_reason}
            for d in due]}, indent=2, sort_keys=True))
        return EXIT_OK
    print(f"rule: {rule.policy} (date of birth + {rule.years} years)")
    print(f"{len(due)} record(s) due for review")
    for d in due:
        born = d.date_of_birth.isoformat() if d.date_of_birth else "date of birth not recorded"
        kept = f"; kept last time because: {d.last_reason}" if d.last_reason else ""
        print(f"{d.review_due.isoformat()}  {d.reference or '(no completed assessment)'}  {d.name} ({born}){kept}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("retention", help=command_help("retention"), description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="the records due, as JSON")
    parser.add_argument("--on", type=iso_day, help="due on this date instead of today (YYYY-MM-DD)")
    parser.add_argument("--keep", metavar="REF", help="keep this child's record (with --until and --reason)")
    parser.add_argument("--until", type=iso_day, help="the next review (YYYY-MM-DD)")
    parser.add_argument("--reason", help="why the record is kept")
    parser.add_argument("--delete", metavar="REF", help="delete this child's whole record")
    parser.add_argument("--rule", type=int, metavar="YEARS", help="years after the date of birth (default 25)")
    parser.add_argument("--policy", help="the organisation's policy the rule comes from")
    add_common(parser)
    parser.set_defaults(func=_run)
