"""Every page of a SQLCipher 4 file (and its journal) decrypted with the vault's key, for tests
that must prove what is NOT in the file: a deleted record's words in a free page, a stale page
image in the journal. SQLCipher 4 (cipher_compatibility 4): 4096-byte pages, each ending in a
16-byte IV and a 64-byte HMAC; page 1 starts with the 16-byte salt; a raw 32-byte key is the
AES-256 key itself (no derivation); AES-256-CBC without padding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, IV = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _plain(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def plaintext_pages(db: Path, key: bytes) -> Iterator[bytes]:
    """The database file's pages, then the journal's page images, decrypted."""
    data = db.read_bytes()
    for n in range(0, len(data) - PAGE + 1, PAGE):
        yield _plain(data[n:n + PAGE], key, n == 0)
    wal = db.with_name(db.name + "-wal")
    journal = wal.read_bytes() if wal.exists() else b""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(journal):
        page_number = int.from_bytes(journal[offset:offset + 4], "big")
        yield _plain(journal[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE], key, page_number == 1)
        offset += FRAME_HEADER + PAGE


def found_in_file(db: Path, key: bytes, *words: str) -> set[str]:
    """Which of ``words`` (UTF-8) appear anywhere in the decrypted file or journal."""
    wanted = {w: w.encode("utf-8") for w in words}
    found: set[str] = set()
    for page in plaintext_pages(db, key):
        found |= {w for w, raw in wanted.items() if raw in page}
    return found
