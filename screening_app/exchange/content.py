"""What a transfer bundle holds once decrypted: a child's whole file, format 1 or 2, strict.

JSON, UTF-8. Every record carries its global id; records refer to each other by it. Reading is
strict (unknown keys and wrong types refused, as for case files): a bundle that decrypts and
verifies but whose content is not this format is damaged or from a newer version, never guessed.
The signing key inside must be the one that signed the bundle.

Version 2 adds the child's language preference (``child.language``: en or cy; issue 17). A file
carries it only when the preference is recorded, and only such a file is version 2: an older
application refuses it as "made by a newer version" (its strict reading would otherwise call the
unknown key damage), and still reads every file without it, written as version 1. Receipts stay
version 1.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError, model_validator

FORMAT = "cse-screening-transfer-content"
VERSION = 2  # the newest this application reads and writes
LANGUAGE_VERSION = 2  # the first version that carries the child's language preference
RECEIPT_VERSION = 1
Uuid = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Child(_Strict):
    uuid: StrictStr = Uuid
    first_name: StrictStr | None
    last_name: StrictStr | None
    other_names: list[StrictStr]
    date_of_birth: StrictStr | None
    approx_age: StrictInt | None
    upn: StrictStr | None
    nhs_number: StrictStr | None
    la_case_number: StrictStr | None
    language: Literal["en", "cy"] | None = None  # version 2; absent when not recorded
    created_at: StrictStr
    updated_at: StrictStr


class Version(_Strict):
    uuid: StrictStr = Uuid
    version: StrictInt
    reason: StrictStr | None
    input_json: StrictStr
    result_json: StrictStr | None
    override_json: StrictStr | None
    computed_level: StrictStr | None
    final_level: StrictStr | None
    review_date: StrictStr | None
    assessed_on: StrictStr | None
    created_at: StrictStr


class Assessment(_Strict):
    uuid: StrictStr = Uuid
    reference: StrictStr
    form_id: StrictStr
    form_version: StrictStr
    version: StrictInt
    assessed_on: StrictStr | None
    computed_level: StrictStr | None
    final_level: StrictStr | None
    review_date: StrictStr | None
    created_at: StrictStr
    updated_at: StrictStr
    versions: list[Version] = Field(min_length=1)


class EntryVersion(_Strict):
    uuid: StrictStr = Uuid
    version: StrictInt
    body_json: StrictStr
    reason: StrictStr | None
    actor: StrictStr
    created_at: StrictStr


class Entry(_Strict):
    uuid: StrictStr = Uuid
    version: StrictInt
    occurred_on: StrictStr
    created_at: StrictStr
    updated_at: StrictStr
    versions: list[EntryVersion] = Field(min_length=1)
    cited_by: list[StrictStr]


class Escalation(_Strict):
    uuid: StrictStr = Uuid
    assessment: StrictStr | None
    agency: StrictStr
    decision: StrictStr | None
    stage: StrictInt
    raised_on: StrictStr
    decided_on: StrictStr | None
    what_was_said: StrictStr | None
    outcome: StrictStr | None
    status: StrictStr
    created_at: StrictStr
    updated_at: StrictStr


class ContextKey(_Strict):
    kind: Literal["vehicle", "phone", "handle", "place"]
    key: StrictStr
    shown: StrictStr


class ContextLink(_Strict):
    assessment: StrictStr | None
    relationship: StrictStr | None
    linked_on: StrictStr


class Context(_Strict):
    """A person, place or group of concern linked to the child (SPEC 12), with this child's links only."""

    uuid: StrictStr = Uuid
    kind: Literal["person", "place", "group"]
    body_json: StrictStr
    created_at: StrictStr
    updated_at: StrictStr
    keys: list[ContextKey]
    links: list[ContextLink]


class Sender(_Strict):
    signing_key: StrictStr  # base64 of the Ed25519 public key; must equal the bundle header's
    recipient: StrictStr  # the sender vault's age1...: with the key, gives the fingerprint to check
    fingerprint: StrictStr
    name: StrictStr | None = None  # the practitioner and organisation, from the referrer profile


class Content(_Strict):
    format: Literal["cse-screening-transfer-content"]
    version: Literal[1, 2]
    transfer: StrictStr = Uuid
    sent_at: StrictStr
    sent_on: StrictStr
    sender: Sender
    receipt_code: StrictStr
    child: Child
    assessments: list[Assessment]
    chronology: list[Entry]
    escalations: list[Escalation]
    contexts: list[Context] = []

    @model_validator(mode="after")
    def _language_needs_version_2(self) -> Content:
        if self.child.language is not None and self.version < LANGUAGE_VERSION:
            raise ValueError("a version 1 file does not carry a language preference")
        return self


def version_for(child: dict[str, Any]) -> int:
    """The version a file about ``child`` is written as: 2 only when it carries a language
    preference, so an older receiver still reads every other file."""
    return LANGUAGE_VERSION if child.get("language") is not None else 1


RECEIPT_FORMAT = "cse-screening-transfer-receipt"


class Receipt(_Strict):
    """The receiving vault's word that a transfer arrived: no child's data, only the transfer's id,
    its receipt code, when, and who (the receiving vault's keys, with which it is signed). Sealed
    to the sender's own key, so only the sender reads the code."""

    format: Literal["cse-screening-transfer-receipt"]
    version: Literal[1]
    transfer: StrictStr = Uuid
    receipt_code: StrictStr
    received_at: StrictStr
    receiver: Sender


class ContentError(Exception):
    """The decrypted content is not a child's file (or a receipt) in this format; no content in the
    message. ``kind`` as for bundles: damaged, or bad_input for the other kind of file."""

    def __init__(self, message: str, kind: str = "damaged") -> None:
        super().__init__(message)
        self.kind = kind


def encode(content: dict[str, Any]) -> bytes:
    data = Content.model_validate(content).model_dump(mode="json")
    if data["child"].get("language") is None:  # not recorded: no key, which a version 1 reader accepts
        del data["child"]["language"]
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def encode_receipt(receipt: dict[str, Any]) -> bytes:
    return json.dumps(Receipt.model_validate(receipt).model_dump(mode="json"), sort_keys=True).encode("utf-8")


def decode(raw: bytes) -> Content:
    data = _json(raw, "the transfer file")
    if isinstance(data, dict) and data.get("format") == RECEIPT_FORMAT:
        raise ContentError("this is a receipt for a transfer, not a child's file: the sender confirms it "
                           "('transfer confirm --file')", "bad_input")
    _not_newer(data, "the transfer file", VERSION)
    return _validated(Content, data, "the transfer file")


def decode_receipt(raw: bytes) -> Receipt:
    data = _json(raw, "the receipt")
    if isinstance(data, dict) and data.get("format") == FORMAT:
        raise ContentError("this is a child's file, not a receipt: receive it ('transfer receive')", "bad_input")
    _not_newer(data, "the receipt", RECEIPT_VERSION)
    return _validated(Receipt, data, "the receipt")


def _json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ContentError(f"{what}'s content cannot be read") from None


def _not_newer(data: Any, what: str, newest: int) -> None:
    """Files and receipts have versions of their own: each is checked against its own newest."""
    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > newest:
        raise ContentError(f"{what} was made by a newer version of this application: update it")


def _validated(model: type[_Strict], data: Any, what: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "version"  # a rule of the whole file
        raise ContentError(f"{what}'s content is not in the expected form (at {where})") from None
