"""``screening-app identity`` and ``screening-app transfer``: moving a child's whole file between vaults.

``identity``: the vault's transfer recipient, for another vault to send a child's file to.

Prints the ``age1...`` recipient alone on one line (for scripts and pasting); with ``--verbose``
a second line ``fingerprint: XXXX-XXXX-XXXX-XXXX`` to read out on the phone. The identity is
made the first time it is asked for. The passphrase comes as for every vault command.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from screening_app.cli.main import EXIT_BAD_INPUT, EXIT_OK, CliError, command_help
from screening_app.cli.vault_cmd import SecretReader, add_common, open_vault, vault_errors
from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.fileio import replace_atomically
from screening_app.services.export import ExportService
from screening_app.services.records import RecordsService
from screening_app.services.transfer import TransferError, TransferService, added_words, identity_card, sender_words
from screening_app.services.vault_service import RecordNotFoundError, current_actor

KIND_EXIT = {"bad_input": 2, "not_for_us": 3, "damaged": 4}
MAX_READ = 512 * 1024 * 1024


TRANSFER_HELP = (
    "Move a child's whole file (every completed assessment and version, the chronology, escalations) to"
    " another vault as one encrypted, signed file, for the organisation's own secure route (never standard"
    " post). KCSIE: within 5 school days, with confirmation of receipt; 'transfer list' marks a transfer"
    " overdue when no receipt came in 5 school days. Exit codes: 2 bad input, 3 not sent to this vault or a"
    " wrong passphrase, 4 a damaged or changed file."
)


def clock() -> Clock:
    """The clock transfers are stamped by (tests replace it with a fixed one)."""
    return SYSTEM_CLOCK


def _identity(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        card = identity_card(vault, clock())
    print(card.recipient)
    if args.verbose:
        print(f"fingerprint: {card.fingerprint}")
    return EXIT_OK


def _refused(where: str, exc: TransferError) -> CliError:
    return CliError(f"{where}: {exc}", KIND_EXIT.get(exc.kind, EXIT_BAD_INPUT))


def _one_off(secrets: SecretReader, confirm: bool, pdf: bool = False) -> str:
    what = "Password for the transfer PDF" if pdf else "One-off passphrase for the transfer file"
    passphrase = secrets.read(what, confirm=confirm)
    if len(passphrase) < 12:
        raise CliError(("--pdf: the PDF's password" if pdf else "--passphrase-recipient: a one-off passphrase")
                       + " is at least 12 characters", EXIT_BAD_INPUT)
    return passphrase


def _send(args: argparse.Namespace) -> int:
    if (args.to is None) == (args.pdf is None):
        raise CliError("give --to FILE (a transfer file for another vault) or --pdf FILE (readable, with a"
                       " password)", EXIT_BAD_INPUT)
    target = Path(args.to or args.pdf)
    _new_file(target)
    if args.lang is not None and args.pdf is None:
        raise CliError("--lang is the readable PDF's language: give it with --pdf", EXIT_BAD_INPUT)
    if args.pdf is not None and (args.recipient or args.passphrase_recipient):
        raise CliError("--pdf is protected by its own password (the next secret line): no --recipient",
                       EXIT_BAD_INPUT)
    if args.pdf is None and (args.recipient is None) == (not args.passphrase_recipient):
        raise CliError("give --recipient age1... (the receiving vault's) or --passphrase-recipient", EXIT_BAD_INPUT)
    secrets = SecretReader(args)
    with vault_errors(), open_vault(args, secrets) as vault:
        passphrase = _one_off(secrets, True, args.pdf is not None) if args.passphrase_recipient or args.pdf else None
        records = RecordsService(vault, current_actor(), clock=clock())
        try:
            child_id = records.get_by_reference(args.reference).child_id
        except RecordNotFoundError:
            raise CliError(f"{args.reference}: no assessment has this reference (screening-app list shows them)",
                           EXIT_BAD_INPUT) from None
        service = TransferService(vault, current_actor(), clock())
        try:
            if args.pdf is not None:
                sent = service.send_pdf(child_id, passphrase or "", ExportService(records), language=args.lang)
            else:
                sender = sender_words(records.get_setting(PROFILE_SETTING) or {})
                sent = service.send(child_id, args.recipient, passphrase, sender)
        except TransferError as exc:
            raise _refused(args.reference, exc) from None
        replace_atomically(target, [sent.data])
    print(target)
    print(f"receipt code: {sent.receipt_code} (the receiver reads it back to you; it is not stored here)")
    return EXIT_OK


def _read_bundle(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_READ + 1)
    except OSError as exc:
        raise CliError(f"{path}: cannot be read ({exc.strerror or 'no such file'})", EXIT_BAD_INPUT) from None
    if len(data) > MAX_READ:
        raise CliError(f"{path}: too large to be a transfer file", EXIT_BAD_INPUT)
    return data


def _new_file(target: Path) -> None:
    if not target.parent.resolve().is_dir():
        raise CliError(f"{target}: the folder does not exist", EXIT_BAD_INPUT)
    if target.exists():
        raise CliError(f"{target}: a file is already there; choose another name", EXIT_BAD_INPUT)


def _receive(args: argparse.Namespace) -> int:
    data = _read_bundle(Path(args.file))
    if args.receipt is not None:
        _new_file(args.receipt)
    secrets = SecretReader(args)
    with vault_errors(), open_vault(args, secrets) as vault:
        readable = data.startswith(b"%PDF-")  # the readable route: its password opens the file inside too
        passphrase = _one_off(secrets, False, readable) if args.passphrase_recipient or readable else None
        try:
            got = TransferService(vault, current_actor(), clock()).receive(data, passphrase)
        except TransferError as exc:
            raise _refused(str(args.file), exc) from None
    print(f"from: {got.sender_fingerprint} (check it with the sender)")
    if got.received is None:
        print("already received: nothing was added")
    else:
        added = added_words(got.received.added) or "nothing new"
        print(f"added: {added}")
        for local in got.received.possible_matches:
            print(f"possible match: child {local} here has the same UPN, NHS number, or name and date of birth;"
                  " kept separate; if they are the same child, join them on the child's record in the window")
        for theirs, here in got.received.renumbered.items():
            print(f"reference {theirs} is {here} here")
        for conflict in got.received.conflicts:
            print(f"not written: {conflict}")
    print(f"receipt code: {got.receipt_code} (read it back to the sender)")
    if args.receipt is not None:
        replace_atomically(args.receipt, [got.receipt])
        print(f"receipt file: {args.receipt} (signed; only the sender can open it: send it back by the same route)")
    return EXIT_OK


def _confirm(args: argparse.Namespace) -> int:
    if (args.code is None) == (args.file is None):
        raise CliError("give the receipt code the receiver read back, or --file RECEIPT (the receipt file)",
                       EXIT_BAD_INPUT)
    data = _read_bundle(args.file) if args.file is not None else b""
    with vault_errors(), open_vault(args) as vault:
        service = TransferService(vault, current_actor(), clock())
        try:
            done = service.confirm(args.code) if args.file is None else service.confirm_receipt(data)
        except TransferError as exc:
            raise _refused(str(args.file), exc) from None
    if done is None:
        raise CliError(f"no transfer waiting for this receipt {'file' if args.file else 'code'} (or it was "
                       "confirmed already)", EXIT_BAD_INPUT)
    print(f"receipt confirmed (signed by the receiver with fingerprint {done.receiver})" if done.receiver
          else "receipt confirmed")
    if done.erased:
        print("the child's file here was deleted, as the organisation's rule says (Settings, Transfers)")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with vault_errors(), open_vault(args) as vault:
        rows = TransferService(vault, current_actor(), clock()).transfers()
    if args.json:
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    print("direction\tchild_id\tsent_on\tstatus\tcounterpart")
    for row in rows:
        print(f"{row['direction']}\t{row['child_id']}\t{row['sent_on']}\t{row['status']}\t{row['counterpart']}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    transfer = subparsers.add_parser("transfer", help=command_help("transfer"), description=TRANSFER_HELP)
    actions = transfer.add_subparsers(dest="action", required=True, metavar="{send,receive,confirm,list}")
    send = actions.add_parser("send", help="write a child's whole file, encrypted and signed, to a file")
    send.add_argument("reference", help="any assessment of the child (screening-app list shows them)")
    send.add_argument("--to", type=Path, help="the transfer file to write (it must not exist)")
    send.add_argument("--pdf", type=Path, help="instead, a readable PDF for a school without this app: the summary,"
                      " the chronology and every assessment, the transfer file inside; AES-256 with a password"
                      " (the next secret line, at least 12 characters; tell it by phone)")
    send.add_argument("--recipient", help="the receiving vault's age1... line ('screening-app identity' there)")
    send.add_argument("--lang", choices=("en", "cy"), default=None,
                      help="with --pdf: its language, en (English) or cy (Welsh: the summary, the chronology, every "
                           "referral and the escalations). Without --lang: the child's recorded language preference, "
                           "else English")
    send.add_argument("--passphrase-recipient", action="store_true",
                      help="encrypt to a one-off passphrase instead (the next secret line; tell it by phone)")
    add_common(send)
    send.set_defaults(func=_send)
    receive = actions.add_parser("receive", help="store a received transfer file; nothing here is changed")
    receive.add_argument("file", type=Path, help="the transfer file, or a transfer PDF (its password is the next"
                         " secret line)")
    receive.add_argument("--passphrase-recipient", action="store_true", help="it was sent to a one-off passphrase")
    receive.add_argument("--receipt", type=Path, help="also write a signed receipt file for the sender (it must not"
                         " exist); 'transfer confirm --file' there confirms it")
    add_common(receive)
    receive.set_defaults(func=_receive)
    confirm = actions.add_parser("confirm", help="the receiver's receipt code or receipt file: mark the transfer"
                                 " received")
    confirm.add_argument("code", nargs="?", help="the receipt code the receiver read back")
    confirm.add_argument("--file", type=Path, help="instead, the signed receipt file the receiving app wrote")
    add_common(confirm)
    confirm.set_defaults(func=_confirm)
    lister = actions.add_parser("list", help="transfers sent and received, with the 5-school-day receipt rule")
    lister.add_argument("--json", action="store_true", help="a JSON array instead")
    add_common(lister)
    lister.set_defaults(func=_list)

    identity = subparsers.add_parser("identity", help=command_help("identity"), description=__doc__)
    identity.add_argument("--verbose", action="store_true", help="also print the fingerprint to read out")
    add_common(identity)
    identity.set_defaults(func=_identity)
