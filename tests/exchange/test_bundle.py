"""The bundle's outer form: no plaintext, and every kind of bad file refused with its own kind."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pyrage import x25519

from screening_app.exchange.bundle import FORMAT_VERSION, MAGIC, BundleError, open_bundle, seal

CONTENT = json.dumps({"child": "Amira Testchild", "note": "seen near the takeaway on Tuesday"}).encode()
SIGNER = Ed25519PrivateKey.generate()
OURS = x25519.Identity.generate()
THEIRS = x25519.Identity.generate()
BUNDLE = seal(CONTENT, SIGNER, recipient=str(OURS.to_public()))


def _kind(data: bytes, identity=OURS) -> str:
    with pytest.raises(BundleError) as caught:
        open_bundle(data, identity)
    return caught.value.kind


def test_round_trip_and_no_plaintext() -> None:
    opened = open_bundle(BUNDLE, OURS)
    assert opened.content == CONTENT
    for word in (b"Amira", b"Testchild", b"takeaway", b"Tuesday"):
        assert word not in BUNDLE


def test_passphrase_route() -> None:
    bundle = seal(CONTENT, SIGNER, passphrase="one-off harbour words")
    assert open_bundle(bundle, passphrase="one-off harbour words").content == CONTENT
    with pytest.raises(BundleError) as caught:
        open_bundle(bundle, passphrase="not the words")
    assert caught.value.kind == "not_for_us"


def test_wrong_recipient_is_not_for_us() -> None:
    assert _kind(BUNDLE, THEIRS) == "not_for_us"


@given(st.integers(min_value=len(MAGIC), max_value=len(BUNDLE) - 1), st.integers(min_value=1, max_value=255))
@settings(max_examples=200, deadline=None)
def test_any_flipped_byte_after_the_magic_is_refused(at: int, flip: int) -> None:
    changed = bytearray(BUNDLE)
    changed[at] ^= flip
    assert _kind(bytes(changed)) in ("damaged", "bad_input")


@given(st.integers(min_value=0, max_value=len(BUNDLE) - 1))
@settings(max_examples=100, deadline=None)
def test_any_cut_is_refused(length: int) -> None:
    assert _kind(BUNDLE[:length]) in ("damaged", "bad_input")


def test_a_changed_magic_is_not_ours() -> None:
    assert _kind(b"X" + BUNDLE[1:]) == "bad_input"


def _with_header(change: dict) -> bytes:
    head, _, rest = BUNDLE[len(MAGIC):].partition(b"\n")
    header = {**json.loads(head), **change}
    return MAGIC + json.dumps(header).encode() + b"\n" + rest


def test_newer_version_and_unknown_keys_are_refused_as_bad_input() -> None:
    with pytest.raises(BundleError, match="newer version"):
        open_bundle(_with_header({"version": FORMAT_VERSION + 1}), OURS)
    assert _kind(_with_header({"version": FORMAT_VERSION + 1})) == "bad_input"
    assert _kind(_with_header({"sender": "x"})) == "bad_input"
    assert _kind(_with_header({"version": "1"})) == "bad_input"


def test_a_bundle_re_signed_by_someone_else_names_another_signer() -> None:
    other = Ed25519PrivateKey.generate()
    resealed = seal(CONTENT, other, recipient=str(OURS.to_public()))
    assert open_bundle(resealed, OURS).signer != open_bundle(BUNDLE, OURS).signer


def test_a_signature_written_differently_but_decoding_the_same_is_refused() -> None:
    """Base64's spare bits: the last character of the signature changed within them decodes to
    the same 64 bytes. Found by the flipped-byte property (at=122, flip=8) in a CI run."""
    head, _, rest = BUNDLE[len(MAGIC):].partition(b"\n")
    header = json.loads(head)
    last = header["signature"][-3]  # 64 bytes: 86 characters and "==", the last one has 4 spare bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    other = alphabet[alphabet.index(last) ^ 1]
    header["signature"] = header["signature"][:-3] + other + "=="
    changed = MAGIC + json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n" + rest
    assert changed != BUNDLE
    assert _kind(changed) == "damaged"
