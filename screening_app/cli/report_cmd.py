"""``screening-app report``: the partnership's picture for a period (issue 16), anonymous, small
numbers suppressed (1 to 4 as "<5"; no cell found by subtraction).

    report --from DATE --to DATE --data-dir D (--json | --csv FILE | --pdf FILE)

The CSV has one row per figure (measure, category, value): many schools' returns can be added
together. The PDF has a chart and a table of figures for each breakdown, for governors. The child's
sex is not recorded, so there is no breakdown by sex. Each export is audited (its kind, never a
figure). Exit 2 on bad input (a date not YYYY-MM-DD, a period ending before it starts, a CSV or PDF
file already there), nothing written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import add_common, iso_day, open_vault, vault_errors


def _run(args: argparse.Namespace) -> int:
    from screening_app.reporting.errors import ExportError
    from screening_app.services.report import ReportError, ReportService
    from screening_app.services.vault_service import current_actor

    target = args.csv if args.csv is not None else args.pdf
    if target is not None and target.exists():
        raise CliError(f"{target}: a file is already there; choose another name", EXIT_BAD_INPUT)
    with vault_errors(), open_vault(args) as vault:
        service = ReportService(vault, current_actor())
        try:
            report = service.picture(args.start, args.end)
            if args.csv is not None:
                service.save_csv(report, args.csv)
            elif args.pdf is not None:
                service.save_pdf(report, args.pdf)
            else:
                service.exported("json")
        except (ReportError, ExportError) as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from None
    if target is not None:
        print(f"written: {target}")
    else:
        print(json.dumps(report, indent=2, sort_keys=True))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help=command_help("report"), description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="start", type=iso_day, required=True, help="the period's first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=iso_day, required=True, help="the period's last day (YYYY-MM-DD)")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true", help="the figures as JSON on standard output")
    out.add_argument("--csv", type=Path, metavar="FILE", help="one row per figure, to add up across schools")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="charts and tables of figures, for governors")
    add_common(parser)
    parser.set_defaults(func=_run)
