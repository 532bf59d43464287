"""The transfer bundle's outer form: signed, then encrypted with age; nothing readable in it.

One file::

    CSE-SCREENING-TRANSFER\\n                       magic line (anything else: not a transfer file)
    {"signature": B64, "signing_key": B64, "version": 1}\\n   header, one line of JSON, keys sorted
    AGE CIPHERTEXT                                  the content, encrypted to a recipient or a passphrase

The Ed25519 signature covers the magic line, the header without its signature (the same
sorted, compact JSON) and the whole ciphertext, so any changed byte after the magic line, and
any cut, fails it before anything is decrypted. Reading is strict: a header with a key it does
not know, a newer version, or a wrong type is refused. Errors say which kind of refusal it is
(``BundleError.kind``): ``bad_input`` (not ours, newer, malformed header: exit 2),
``not_for_us`` (encrypted to another vault or another passphrase: exit 3), ``damaged``
(cut short, changed, bad signature: exit 4). The content's own format is checked by the caller.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from screening_app.exchange.identity import public_bytes

MAGIC = b"CSE-SCREENING-TRANSFER\n"
FORMAT_VERSION = 1
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
_HEADER_KEYS = {"signature", "signing_key", "version"}
_MAX_HEADER = 4096


class BundleError(Exception):
    """A refused bundle; ``kind`` is bad_input, not_for_us or damaged. No content in the message."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Opened:
    content: bytes
    signer: bytes  # the raw Ed25519 public key that signed it


def _canonical(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def _signed_part(unsigned_header: dict, ciphertext: bytes) -> bytes:
    return MAGIC + _canonical(unsigned_header) + b"\n" + ciphertext


def seal(content: bytes, signing: Ed25519PrivateKey, recipient: str | list[str] | None = None,
         passphrase: str | None = None) -> bytes:
    """The bundle's bytes: ``content`` encrypted to one or more ``age1...`` recipients (a team's
    members) or a passphrase, then signed."""
    if (recipient is None) == (passphrase is None) or recipient == []:
        raise ValueError("give exactly one of recipient(s) and passphrase")
    if recipient is not None:
        recipients = [recipient] if isinstance(recipient, str) else recipient
        ciphertext = pyrage.encrypt(content, [x25519.Recipient.from_str(r) for r in recipients])
    else:
        ciphertext = age_passphrase.encrypt(content, passphrase or "")
    header = {"signing_key": base64.b64encode(public_bytes(signing.public_key())).decode(), "version": FORMAT_VERSION}
    signature = signing.sign(_signed_part(header, ciphertext))
    header["signature"] = base64.b64encode(signature).decode()
    return MAGIC + _canonical(header) + b"\n" + ciphertext


def read_header(data: bytes) -> tuple[dict, bytes]:
    """The checked header and the ciphertext after it (no signature checked yet)."""
    if not data.startswith(MAGIC):
        raise BundleError("this is not a transfer file from this application", "bad_input")
    rest = data[len(MAGIC):]
    end = rest.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        raise BundleError("the transfer file is cut short or damaged", "damaged")
    try:
        header = json.loads(rest[:end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError("the transfer file is damaged (its header cannot be read)", "damaged") from None
    _check_header(header)
    return header, rest[end + 1:]


def _check_header(header: object) -> None:
    if not isinstance(header, dict):
        raise BundleError("the transfer file's header is not in the expected form", "damaged")
    version = header.get("version")
    if type(version) is int and version > FORMAT_VERSION:
        raise BundleError(f"the transfer file was made by a newer version of this application (format "
                          f"{version}; this one reads {FORMAT_VERSION}): update it to receive the file", "bad_input")
    if version != FORMAT_VERSION or type(version) is not int:
        raise BundleError("the transfer file's format version is not one this application knows", "bad_input")
    unknown = sorted(set(header) - _HEADER_KEYS)
    if unknown or set(header) != _HEADER_KEYS:
        raise BundleError(f"the transfer file's header has unknown or missing keys ({', '.join(unknown) or '-'})",
                          "bad_input")
    if not all(isinstance(header[key], str) for key in ("signature", "signing_key")):
        raise BundleError("the transfer file's header is not in the expected form", "bad_input")


def _b64(text: str, length: int) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    # Canonical only: base64's spare low bits let two texts decode to the same bytes, so a changed
    # byte in the signature's text would still verify (found by the flipped-byte property in CI).
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        raise BundleError("the transfer file is damaged (its signature cannot be read)", "damaged")
    return raw


def verify(data: bytes) -> tuple[bytes, bytes]:
    """The ciphertext and the signer's key, once the signature checks; BundleError otherwise."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("the file is too large to be a transfer file", "bad_input")
    header, ciphertext = read_header(data)
    signer, signature = _b64(header["signing_key"], 32), _b64(header["signature"], 64)
    unsigned = {key: value for key, value in header.items() if key != "signature"}
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(signature, _signed_part(unsigned, ciphertext))
    except InvalidSignature:
        raise BundleError("the transfer file has been changed or cut short since it was signed; it was refused",
                          "damaged") from None
    return ciphertext, signer


def open_bundle(data: bytes, identity: x25519.Identity | None = None, passphrase: str | None = None) -> Opened:
    """Verify, then decrypt with this vault's identity (or a one-off passphrase)."""
    ciphertext, signer = verify(data)
    try:
        if passphrase is not None:
            content = age_passphrase.decrypt(ciphertext, passphrase)
        else:
            content = pyrage.decrypt(ciphertext, [identity] if identity is not None else [])
    except pyrage.DecryptError:
        raise BundleError("this transfer file was not sent to this vault (or the passphrase is wrong)",
                          "not_for_us") from None
    return Opened(content, signer)
