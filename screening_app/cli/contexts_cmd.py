"""``screening-app contexts``: the patterns in the vault (SPEC 12).

A cluster is the children joined by certain links (the same vehicle registration, phone, online
handle, place, or a person or place record linked to each); what joins them is listed under
``shared``. Names alone never join children: likenesses appear under ``possible`` with the
reason, for a practitioner to decide. Only this vault's records, for the practitioner who holds it.
"""

from __future__ import annotations

import argparse
import json

from screening_app.cli.main import EXIT_OK, command_help
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.services.records import RecordsService
from screening_app.services.vault_service import current_actor

JSON_HELP = (
    'print {"clusters": [{"children": [{"child_id", "name"}], "shared": [{"kind", "value"}]}],'
    ' "possible": [{"children": [two], "kind": "person", "values": [two names], "reason"}]} instead'
    ' ("possible_left_off": N when more than 500 possible links were found: the rarest names are listed)'
)


def _report(records: RecordsService) -> dict:
    names: dict[int, str | None] = {}

    def child(child_id: int) -> dict:
        if child_id not in names:
            details = records.get_child(child_id).details
            names[child_id] = " ".join(p for p in (details.first_name, details.last_name) if p) or None
        return {"child_id": child_id, "name": names[child_id]}

    clusters = records.contexts.patterns()
    possible = records.contexts.possible(frozenset(p.children) for p in clusters)
    report = {
        "clusters": [
            {"children": [child(c) for c in p.children],
             "shared": [{"kind": kind.value, "value": shown} for kind, shown in p.shared]}
            for p in clusters
        ],
        "possible": [
            {"children": [child(c) for c in offer.children], "kind": "person", "values": list(offer.values),
             "reason": offer.likeness.reason}
            for offer in possible
        ],
    }
    if possible.left_off:  # names written in many children's records: the rarest are listed
        report["possible_left_off"] = possible.left_off
    return report


def _lines(report: dict) -> list[str]:
    def who(children: list[dict]) -> str:
        return ", ".join(c["name"] or f"(no name recorded, child {c['child_id']})" for c in children)

    lines = [f"{len(report['clusters'])} pattern(s) joined by shared people, places, vehicles or phones"
             if report["clusters"] else "No children are joined by a shared person, place, vehicle or phone."]
    for number, cluster in enumerate(report["clusters"], 1):
        lines.append(f"{number}. {who(cluster['children'])}")
        lines += [f"   shared {s['kind']}: {s['value']}" for s in cluster["shared"]]
    if report["possible"]:
        lines.append("Possible links (names alike; not joined unless you decide):")
        lines += [f"- {who(p['children'])}: {p['reason']}" for p in report["possible"]]
    if report.get("possible_left_off"):
        lines.append(f"  and up to {report['possible_left_off']:,} more between names written in many records,"
                     " not listed")
    return lines


def _contexts(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        report = _report(RecordsService(vault, current_actor()))
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else "\n".join(_lines(report)))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("contexts", help=command_help("contexts"), description=__doc__)
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    add_common(parser)
    parser.set_defaults(func=_contexts)
