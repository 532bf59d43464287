"""The transfer content's versions (issue 17): a child's language preference travels only in a
version 2 file, so an older application still reads every file without it, and refuses one with
it as made by a newer version rather than as damage. Receipts stay version 1. Invented data."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from screening_app.exchange import content
from screening_app.exchange.content import ContentError, decode, decode_receipt, encode, encode_receipt, version_for

UUID = "0f6c3c52-5d1f-4a55-9b8e-1c2d3e4f5a6b"
# The keys of a child in format 1, as the application released before issue 17 reads them, strictly
# (``extra="forbid"``): a file for it must have exactly these.
FORMAT_1_CHILD = {"uuid", "first_name", "last_name", "other_names", "date_of_birth", "approx_age", "upn",
                  "nhs_number", "la_case_number", "created_at", "updated_at"}


def _file(language: str | None = None, version: int | None = None) -> dict[str, Any]:
    child = {"uuid": UUID, "first_name": "Eira", "last_name": "Invented", "other_names": [],
             "date_of_birth": "2012-03-04", "approx_age": None, "upn": None, "nhs_number": None,
             "la_case_number": None, "language": language, "created_at": "2026-10-01T09:00:00",
             "updated_at": "2026-10-01T09:00:00"}
    return {"format": content.FORMAT, "version": version_for(child) if version is None else version,
            "transfer": UUID, "sent_at": "2026-11-20T10:00:00+00:00", "sent_on": "2026-11-20",
            "sender": {"signing_key": "a2V5", "recipient": "age1invented", "fingerprint": "AAAA-BBBB-CCCC-DDDD"},
            "receipt_code": "ABCD-EFGH-JKLM-NPQR", "child": child, "assessments": [], "chronology": [],
            "escalations": []}


def test_not_recorded_is_a_version_1_file_an_older_application_reads():
    raw = encode(_file(None))
    data = json.loads(raw)
    assert data["version"] == 1 and set(data["child"]) == FORMAT_1_CHILD  # no language key at all
    assert decode(raw).child.language is None


@pytest.mark.parametrize("code", ["cy", "en"])
def test_a_recorded_preference_travels_in_a_version_2_file(code):
    raw = encode(_file(code))
    data = json.loads(raw)
    assert data["version"] == 2 and data["child"]["language"] == code
    assert set(data["child"]) - FORMAT_1_CHILD == {"language"}
    assert decode(raw).child.language == code


def test_an_older_application_says_newer_version_for_a_version_2_file():
    """What the released reader does with a file it cannot read: its version check comes first."""
    data = json.loads(encode(_file("cy")))
    assert data["version"] > 1  # the released reader: version > 1 is "made by a newer version: update it"


def test_a_version_1_file_carrying_a_preference_is_refused():
    data = json.loads(encode(_file("cy")))
    data["version"] = 1
    with pytest.raises(ContentError, match="not in the expected form"):
        decode(json.dumps(data).encode())


@pytest.mark.parametrize("wrong", ["fr", "CY", "Welsh", "", 1, True])
def test_a_preference_this_version_does_not_record_is_refused_never_guessed(wrong):
    data = json.loads(encode(_file("cy")))
    data["child"]["language"] = wrong
    with pytest.raises(ContentError, match=r"at child\.language") as refused:
        decode(json.dumps(data).encode())
    assert refused.value.kind == "damaged"
    with pytest.raises(ValidationError):  # nor is a file written with one
        encode(_file(wrong))  # type: ignore[arg-type]


def test_a_newer_version_is_refused_as_newer():
    data = json.loads(encode(_file("cy")))
    data["version"] = content.VERSION + 1
    with pytest.raises(ContentError, match="newer version"):
        decode(json.dumps(data).encode())


def test_receipts_stay_version_1():
    receipt = {"format": content.RECEIPT_FORMAT, "version": content.RECEIPT_VERSION, "transfer": UUID,
               "receipt_code": "ABCD-EFGH-JKLM-NPQR", "received_at": "2026-11-21T10:00:00+00:00",
               "receiver": {"signing_key": "a2V5", "recipient": "age1invented", "fingerprint": "AAAA-BBBB-CCCC-DDDD"}}
    raw = encode_receipt(receipt)
    assert json.loads(raw)["version"] == 1 and decode_receipt(raw).receipt_code == "ABCD-EFGH-JKLM-NPQR"
    with pytest.raises(ContentError, match="newer version"):
        decode_receipt(json.dumps({**receipt, "version": 2}).encode())
    with pytest.raises(ContentError, match="not a receipt"):  # a version 2 child's file is named as what it is
        decode_receipt(encode(_file("cy")))
