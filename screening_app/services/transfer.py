"""Use cases of moving a child's file between vaults (issue 14, SPEC 13).

- ``identity_card``: this vault's recipient (``age1...``) and the fingerprint to read out.
- ``send``: the child's whole file, signed and encrypted to the receiving vault's recipient (or to
  a one-off passphrase), with a random receipt code inside; the sender keeps only its hash.
- ``receive``: verify, decrypt, check the content, store it without changing any local record;
  a file received before (same transfer, or the same bytes) is recognised and not stored twice.
- ``send_pdf``: the readable route, for a school without this app: one AES-256 PDF (the transfer
  summary, the chronology, every assessment's referral, the escalations) with the same signed file
  inside, encrypted to the PDF's password; ``receive`` takes such a PDF too.
- ``confirm``: the receipt code the receiver reads back marks the transfer received (once).
- ``transfers``: the log with the 5-school-day rule (sent / received / overdue).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from screening_app import words
from screening_app.clock import SYSTEM_CLOCK, Clock
from screening_app.domain.contacts import PROFILE_SETTING
from screening_app.domain.errors import DomainError
from screening_app.domain.transfer_deadline import HOLIDAYS_SETTING, parse_holidays, receipt_due, transfer_status
from screening_app.domain.transfer_summary import build_transfer_summary, latest_assessment
from screening_app.exchange import bundle, content
from screening_app.exchange.identity import fingerprint, public_bytes, vault_identity
from screening_app.reporting.errors import ExportError
from screening_app.storage.casework import Casework
from screening_app.storage.keyslots import RECOVERY_ALPHABET
from screening_app.storage.transfers import Received, TransferStore
from screening_app.storage.vault import Vault

if TYPE_CHECKING:
    from screening_app.services.export import ExportService

RECEIPT_GROUPS, RECEIPT_GROUP_LEN = 4, 4  # 16 characters of 30: about 78 bits


class TransferError(bundle.BundleError):
    """A refused transfer: ``kind`` is bad_input (exit 2), not_for_us (3) or damaged (4)."""


@dataclass(frozen=True)
class IdentityCard:
    recipient: str  # age1...: what a sender pastes
    fingerprint: str  # XXXX-XXXX-XXXX-XXXX: read out on the phone to check the paste


@dataclass(frozen=True)
class Sent:
    data: bytes  # the bundle's bytes, to write to a file
    receipt_code: str  # also inside the bundle; the receiver reads it back
    transfer: str


@dataclass(frozen=True)
class ReceivedFile:
    received: Received | None  # None: this file was received before
    receipt_code: str
    sender_fingerprint: str
    receipt: bytes = b""  # the signed receipt file for the sender (sealed to the sender's key)


@dataclass(frozen=True)
class Confirmed:
    child_id: int  # 0 when the child's file here was deleted before
    erased: bool  # deleted now, by the organisation's rule (Settings, Transfers)
    receiver: str = ""  # the receiving vault's fingerprint, from a signed receipt file


AFTER_RECEIPT_SETTING = "after_receipt"
AFTER_RECEIPT = ("keep", "delete")  # kept read-only (the default), or deleted with an audit entry


RECORD_WORDS = {"child": ("child", "children"), "assessment": ("assessment", "assessments"),
                "version": ("version", "versions"), "chronology_entry": ("chronology entry", "chronology entries"),
                "escalation": ("escalation", "escalations"),
                "context": ("person or place of concern", "people and places of concern")}


def added_words(added: dict[str, int]) -> str:
    """What a receive added, in words: "1 child, 2 assessments, 3 chronology entries"."""
    return ", ".join(f"{n} {RECORD_WORDS.get(kind, (kind, kind))[n != 1]}" for kind, n in added.items())


def identity_card(vault: Vault, clock: Clock = SYSTEM_CLOCK) -> IdentityCard:
    identity = vault_identity(vault, clock)
    return IdentityCard(identity.recipient, identity.fingerprint)


def new_receipt_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECEIPT_GROUPS * RECEIPT_GROUP_LEN))
    return "-".join(chars[i:i + RECEIPT_GROUP_LEN] for i in range(0, len(chars), RECEIPT_GROUP_LEN))


def receipt_hash(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(cleaned.encode("ascii", "replace")).hexdigest()


MIN_PDF_TRANSFER_PASSWORD = 12  # it also encrypts the transfer file inside: as a one-off passphrase
PDF_COUNTERPART = "a readable PDF (its password told by phone)"


def sender_words(profile: dict[str, Any]) -> str | None:
    """The practitioner and setting the bundle names as its sender: "R Patel, Northgate Academy"."""
    return ", ".join(str(profile.get(k)) for k in ("name", "organisation") if profile.get(k)) or None


class TransferService:
    def __init__(self, vault: Vault, actor: str = "unknown", clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault, self.clock = vault, clock
        self.store = TransferStore(vault.connection, actor, clock)

    def send(self, child_id: int, recipient: str | None = None, passphrase: str | None = None,
             sender_name: str | None = None) -> Sent:
        sent, log = self._seal(child_id, recipient, passphrase, sender_name)
        self._log_sent(log, recipient or "a one-off passphrase")
        return sent

    def _seal(self, child_id: int, recipient: str | None, passphrase: str | None,
              sender_name: str | None, file: dict[str, Any] | None = None) -> tuple[Sent, tuple]:
        """The bundle and what its log row will say; nothing written yet."""
        if (recipient is None) == (passphrase is None):
            raise TransferError("give the receiving vault's recipient (age1...) or a one-off passphrase", "bad_input")
        if recipient is not None and not recipient.startswith("age1"):
            raise TransferError("the recipient is the receiving vault's age1... line from 'screening-app identity'",
                                "bad_input")
        identity = vault_identity(self.vault, self.clock)
        file = file or self.store.child_file(child_id)
        code, transfer = new_receipt_code(), str(uuid.uuid4())
        payload = content.encode({
            "format": content.FORMAT, "version": content.version_for(file["child"]), "transfer": transfer,
            "sent_at": self.clock.utc_now().isoformat(), "sent_on": self.clock.today().isoformat(),
            "sender": {"signing_key": base64.b64encode(public_bytes(identity.verify_key)).decode(),
                       "recipient": identity.recipient, "fingerprint": identity.fingerprint, "name": sender_name},
            "receipt_code": code, **file,
        })
        try:
            data = bundle.seal(payload, identity.signing, recipient=recipient, passphrase=passphrase)
        except Exception as exc:  # pyrage's error for a malformed recipient
            raise TransferError("the recipient is not a valid age1... key: copy it again", "bad_input") from exc
        log = (transfer, child_id, file["child"]["uuid"], self.clock.today().isoformat(), receipt_hash(code),
               hashlib.sha256(data).hexdigest())
        return Sent(data, code, transfer), log

    def _log_sent(self, log: tuple, counterpart: str) -> None:
        transfer, child_id, child_uuid, sent_on, code_hash, digest = log
        self.store.log_sent(transfer, child_id, child_uuid, sent_on, counterpart, code_hash, digest)

    def send_pdf(self, child_id: int, password: str, referrals: ExportService,
                 progress: Callable[[float], None] | None = None, language: str | None = None) -> Sent:
        """The readable route, for a school without this app: one AES-256 PDF, the transfer summary
        first (KCSIE: receivers want one) with the receipt code, then the chronology, each completed
        assessment in full (its referral, from ``referrals``), the escalations; and inside it the
        signed transfer file, encrypted to the same password with the bundle's passphrase route, so
        the receiving app's checks are the bundle's own. Everything is made before the send is
        logged: a file that cannot be made is not logged as sent. ``language``: en or cy (the
        summary, the chronology, every referral and the escalations); None: the child's recorded
        language preference, else English."""
        if len(password) < MIN_PDF_TRANSFER_PASSWORD:
            raise TransferError(f"the PDF's password is at least {MIN_PDF_TRANSFER_PASSWORD} characters: three "
                                "random words read out by phone", "bad_input")
        profile = Casework(self.vault.connection, "", self.clock).get_setting(PROFILE_SETTING) or {}
        file = self.store.child_file(child_id)
        language = language or file["child"].get("language") or "en"
        latest = latest_assessment(file)
        sent, log = self._seal(child_id, None, password, sender_words(profile), file)
        try:
            with words.language(language):  # this piece of work only: the window keeps its own
                view = referrals.referral(latest["reference"], self.clock.now(), language) if latest else None
                summary = build_transfer_summary(
                    file, receipt_code=sent.receipt_code, transfer=sent.transfer, sent_at=self.clock.now(),
                    confirm_by=receipt_due(self.clock.today(), holidays=self.holidays()), profile=profile,
                    latest=view, forms=_forms_of(referrals, file))
                pages = []
                for done, assessment in enumerate(summary.assessments, 1):  # most of the time: a few per second
                    pages.append(referrals.render(assessment.reference, language=language))
                    if progress is not None:
                        progress(0.9 * done / len(summary.assessments))
                from screening_app.reporting.transfer_pdf import transfer_pdf  # reportlab only when printing

                pdf = transfer_pdf(summary, pages, sent.data, password)
        except ExportError as exc:  # text no font can show, a page that cannot be laid out
            raise TransferError(f"the PDF could not be made: {exc}", "bad_input") from None
        self._log_sent(log, PDF_COUNTERPART)
        return Sent(pdf, sent.receipt_code, sent.transfer)

    def receive(self, data: bytes, passphrase: str | None = None) -> ReceivedFile:
        if data.startswith(b"%PDF-"):  # the readable route: the transfer file is inside
            from screening_app.reporting.transfer_pdf import TransferPdfError, attached_file

            try:
                data = attached_file(data, passphrase or "", bundle.MAGIC)
            except TransferPdfError as exc:
                raise TransferError(str(exc), exc.kind) from None
        identity = vault_identity(self.vault, self.clock)
        try:
            opened = bundle.open_bundle(data, identity.age if passphrase is None else None, passphrase)
            file = content.decode(opened.content)
        except bundle.BundleError as exc:
            raise TransferError(str(exc), exc.kind) from None
        except content.ContentError as exc:
            raise TransferError(str(exc), exc.kind) from None
        if base64.b64decode(file.sender.signing_key) != opened.signer:
            raise TransferError("the transfer file's signer does not match its content; it was refused", "damaged")
        sender = fingerprint(file.sender.recipient, opened.signer)  # computed, not the claimed one
        if sender != file.sender.fingerprint:
            raise TransferError("the transfer file's sender does not match its signature; it was refused", "damaged")
        digest = hashlib.sha256(data).hexdigest()
        receipt = self._receipt(file, identity)
        if self.store.received_before(file.transfer, digest):
            return ReceivedFile(None, file.receipt_code, sender, receipt)
        records = file.model_dump(mode="json", exclude={"format", "version", "transfer", "sent_at", "sent_on", "sender",
                                                       "receipt_code"})
        log = {"transfer": file.transfer, "sent_on": file.sent_on, "counterpart": sender,
               "receipt_code": file.receipt_code, "bundle_sha256": digest}
        received = self.store.write_received(records, log)
        return ReceivedFile(received, file.receipt_code, sender, receipt)

    def _receipt(self, file: content.Content, identity: Any) -> bytes:
        """The receipt file: the transfer's id and receipt code, signed by this vault and sealed to
        the sender's key (in the file it answers), so only the sender can read and use it."""
        payload = content.encode_receipt({
            "format": content.RECEIPT_FORMAT, "version": content.RECEIPT_VERSION, "transfer": file.transfer,
            "receipt_code": file.receipt_code, "received_at": self.clock.utc_now().isoformat(),
            "receiver": {"signing_key": base64.b64encode(public_bytes(identity.verify_key)).decode(),
                         "recipient": identity.recipient, "fingerprint": identity.fingerprint},
        })
        return bundle.seal(payload, identity.signing, recipient=file.sender.recipient)

    def confirm(self, code: str) -> Confirmed | None:
        """The receipt code read back: None when no transfer waits for it (or it was used)."""
        return self._confirmed(receipt_hash(code), None)

    def _confirmed(self, code_hash: str, transfer: str | None, receiver: str = "") -> Confirmed | None:
        erase = self.after_receipt() == "delete"
        child_id = self.store.confirm(code_hash, transfer, erase=erase)
        if child_id is None:
            return None
        if erase and child_id:
            self.vault.checkpoint()  # no earlier page image of the deleted file left in the journal
        return Confirmed(child_id, erase and bool(child_id), receiver)

    def after_receipt(self) -> str:
        """The organisation's rule for the sender's copy once a receipt is confirmed (SPEC 13)."""
        value = Casework(self.vault.connection, "", self.clock).get_setting(AFTER_RECEIPT_SETTING, "keep")
        return value if value in AFTER_RECEIPT else "keep"

    def set_after_receipt(self, value: str) -> None:
        if value not in AFTER_RECEIPT:
            raise ValueError(f"after a receipt the record is kept or deleted ({' or '.join(AFTER_RECEIPT)})")
        Casework(self.vault.connection, self.store.actor, self.clock).set_setting(AFTER_RECEIPT_SETTING, value)

    def confirm_receipt(self, data: bytes) -> Confirmed | None:
        """A receipt file from the receiving app: None when no transfer waits for it. Refused as a
        transfer file is: not ours, changed, or signed by a key other than the receiver's it names."""
        identity = vault_identity(self.vault, self.clock)
        try:
            opened = bundle.open_bundle(data, identity.age)
            receipt = content.decode_receipt(opened.content)
        except bundle.BundleError as exc:
            raise TransferError(str(exc), exc.kind) from None
        except content.ContentError as exc:
            raise TransferError(str(exc), exc.kind) from None
        receiver = fingerprint(receipt.receiver.recipient, opened.signer)
        if base64.b64decode(receipt.receiver.signing_key) != opened.signer or receiver != receipt.receiver.fingerprint:
            raise TransferError("the receipt's signer does not match the receiver it names; it was refused", "damaged")
        return self._confirmed(receipt_hash(receipt.receipt_code), receipt.transfer, receiver)

    def holidays(self) -> tuple[tuple[date, date], ...]:
        """The school's holidays (Settings, Transfers): not school days for the 5-day rule."""
        stored = Casework(self.vault.connection, "", self.clock).get_setting(HOLIDAYS_SETTING, []) or []
        return tuple((date.fromisoformat(a), date.fromisoformat(b)) for a, b in stored)

    def set_holidays(self, lines: list[str]) -> int:
        """Checked first (``parse_holidays``: a ValueError names the line; nothing is saved)."""
        parsed = parse_holidays(lines)
        Casework(self.vault.connection, "", self.clock).set_setting(
            HOLIDAYS_SETTING, [[a.isoformat(), b.isoformat()] for a, b in parsed])
        return len(parsed)

    def transfers(self) -> list[dict[str, Any]]:
        today = self.clock.today()
        rows = self.store.log()
        holidays = self.holidays()
        for row in rows:
            confirmed = row["direction"] == "received" or row["confirmed_at"] is not None
            row["status"] = transfer_status(date.fromisoformat(row["sent_on"]), confirmed, today, holidays)
            if row["direction"] == "sent":
                row.pop("receipt_code")
        return rows


def _forms_of(referrals: Any, file: dict[str, Any]) -> dict[str, Any]:
    """The packs of the file's assessments, to word each level as its form does (a pack that is
    no longer installed: its level by rank)."""
    forms = {}
    for form_id in {str(a.get("form_id")) for a in file.get("assessments") or ()}:
        with contextlib.suppress(DomainError):
            forms[form_id] = referrals.records.form(form_id)
    return forms
