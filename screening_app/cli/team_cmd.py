"""``screening-app team``: a safeguarding team sharing records through a folder the organisation
already syncs (OneDrive or SharePoint, a network share, Syncthing); no server.

    team create --folder F --name NAME   start a team in folder F (this vault is its first member)
    team invite age1... [--name NAME]    add a member by their transfer key ('screening-app identity')
    team join --folder F                 join, once a member has invited this vault's key
    team remove age1...                  later files are no longer readable by that member
    team access REF (--only age1... | --everyone)   who in the team receives this child's records
    team sync                            publish this vault's changes, read everyone else's
    team status [--json]                 members, last sync, files waiting, conflicts to decide

Exit codes: 2 bad input (no such folder, not in a team, not a transfer key), 3 nothing in the
folder is for this vault (not invited yet, or the sync has not brought the invitation).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import add_common, open_vault, vault_errors
from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.services.vault_service import current_actor

KIND_EXIT = {"bad_input": EXIT_BAD_INPUT, "not_for_us": 3}


def clock() -> Clock:
    """The clock changes are stamped by (tests replace it with a fixed one)."""
    return SYSTEM_CLOCK


def _run(args: argparse.Namespace) -> int:
    from screening_app.services.team import TeamError, TeamService

    with vault_errors(), open_vault(args) as vault:
        service = TeamService(vault, current_actor(), clock())
        try:
            return _action(args, service)
        except TeamError as exc:
            raise CliError(str(exc), KIND_EXIT.get(exc.kind, EXIT_BAD_INPUT)) from None


def _action(args: argparse.Namespace, service: Any) -> int:
    action = args.action
    if action == "create":
        team = service.create(args.folder, args.name)
        print(f"team: {team.name}")
        print(f"this member's fingerprint: {team.member} (read it to each member you invite)")
    elif action == "invite":
        member = service.invite(args.recipient, args.name or "")
        print(f"invited: {member.name}; they run 'screening-app team join --folder F' once the sync has brought "
              "the folder to them")
    elif action == "join":
        team = service.join(args.folder)
        status = service.status()
        print(f"joined: {team.name}")
        for member in status["members"]:
            if member["fingerprint"] and member["fingerprint"] != team.member:
                print(f"member: {member['name']} fingerprint {member['fingerprint']} (check it with them by phone)")
    elif action == "remove":
        service.remove(args.recipient)
        print("removed: files written from now on are not readable by that member")
    elif action == "access":
        if args.everyone == bool(args.only):
            raise CliError("give --only age1... (the members who need it) or --everyone", EXIT_BAD_INPUT)
        child = _child_of(service, args.reference)
        service.restrict(child, None if args.everyone else args.only)
        print("from now on this child's records go to the whole team" if args.everyone else
              f"from now on this child's records go only to {len(service.access(child) or [])} members"
              " (what others already hold stays with them)")
    elif action == "sync":
        report = service.sync()
        refused = sum(report.refused.values())
        print(f"published: {report.published} changes; read: {report.read} files; rows changed here: "
              f"{report.changed}; waiting: {report.waiting}; refused: {refused}")
    else:
        status = service.status()
        if args.json:
            print(json.dumps(status, indent=2, sort_keys=True))
        else:
            print(f"team: {status['team']}\nfolder: {status['folder']}\nlast sync: {status['last_sync'] or 'never'}")
            for member in status["members"]:
                print(f"member: {member['name']}{'' if member['active'] else ' (removed)'}")
            print(f"files waiting: {status['pending']}; conflicts to decide: {len(status['conflicts'])}")
    return EXIT_OK


def _child_of(service: Any, reference: str) -> int:
    row = service.store.conn.execute("SELECT child_id FROM assessments WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        raise CliError(f"{reference}: no assessment has this reference (screening-app list shows them)",
                       EXIT_BAD_INPUT)
    return int(row[0])


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser("team", help=command_help("team"), description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = team.add_subparsers(dest="action", required=True,
                                  metavar="{create,invite,join,remove,access,sync,status}")
    create = actions.add_parser("create", help="start a team in a synced folder")
    create.add_argument("--folder", type=Path, required=True, help="the team folder, inside the synced folder")
    create.add_argument("--name", required=True, help="the team's name, e.g. 'Northgate Academy safeguarding'")
    invite = actions.add_parser("invite", help="add a member by their transfer key")
    invite.add_argument("recipient", help="their age1... line from 'screening-app identity'")
    invite.add_argument("--name", help="who they are (for the members list)")
    join = actions.add_parser("join", help="join a team that invited this vault's key")
    join.add_argument("--folder", type=Path, required=True, help="the team folder, as the sync service put it here")
    remove = actions.add_parser("remove", help="remove a member: later files are not readable by them")
    remove.add_argument("recipient", help="their age1... line")
    access = actions.add_parser("access", help="limit who in the team receives a child's records")
    access.add_argument("reference", help="any assessment of the child")
    access.add_argument("--only", nargs="+", metavar="age1...", help="the members who need it (this one is added)")
    access.add_argument("--everyone", action="store_true", help="the whole team again")
    actions.add_parser("sync", help="publish this vault's changes and read everyone else's")
    status = actions.add_parser("status", help="members, last sync, files waiting, conflicts")
    status.add_argument("--json", action="store_true", help="as JSON")
    for parser in (create, invite, join, remove, access, status, actions.choices["sync"]):
        add_common(parser)
        parser.set_defaults(func=_run)
