"""Versions of the storage engine, for the self-test and the About box."""

from __future__ import annotations

import sqlcipher3


def sqlcipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        return f"SQLCipher {row[0]} (SQLite {sqlcipher3.sqlite_version})" if row else "unknown"
    finally:
        conn.close()
