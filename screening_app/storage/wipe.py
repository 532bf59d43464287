"""Overwriting secrets in memory once they have been used, as far as Python lets us.

Keys are kept in ``bytearray``s and zeroed when done with. Libraries hand back
``bytes`` (AES-GCM's decrypt, HKDF) and SQL needs a ``str`` (the ``PRAGMA key``
statement): those objects are made for us alone, so they are zeroed in place
too. CPython stores a bytes object's data, and an ASCII str's, straight after
its header (``sys.getsizeof`` minus the length and the closing NUL); CPython
shares the empty and one-character objects, so those are never touched (they
hold nothing secret). Only ever pass an object this code created and nobody
else keeps: zeroing a shared one would change it under its other holders.
What cannot be wiped (the passphrase's ``str`` from the window, copies inside
libraries) is listed in docs/notes-vault.md.
"""

from __future__ import annotations

import ctypes
import sys


def wipe(secret: bytearray | bytes | str | None) -> None:
    """Zero ``secret``'s memory in place (see the module notes for which objects qualify)."""
    if not secret:
        return
    if isinstance(secret, bytearray):
        ctypes.memset((ctypes.c_char * len(secret)).from_buffer(secret), 0, len(secret))
        return
    if sys.implementation.name != "cpython" or len(secret) < 2:
        return
    if type(secret) is bytes or (type(secret) is str and secret.isascii()):
        start = id(secret) + sys.getsizeof(secret) - len(secret) - 1
        ctypes.memset(start, 0, len(secret))
