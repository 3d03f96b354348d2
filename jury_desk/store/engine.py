"""Engines on SQLCipher files: encrypted with a raw 256-bit key, WAL, synchronous=FULL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event

KEY_BYTES = 32


def sqlcipher_url(path: Path, key: bytes) -> URL:
    if len(key) != KEY_BYTES:
        raise ValueError(f"workspace key must be {KEY_BYTES} bytes, got {len(key)}")
    # The x'…' form hands SQLCipher the key itself: a random key needs no
    # password-stretching, which would cost a quarter of a second per connection.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def open_engine(path: Path, key: bytes) -> Engine:
    engine = create_engine(sqlcipher_url(path, key), module=sqlcipher3)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # These settings are per connection: every new one must get them.
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher would print its own lines on stderr (e.g. on a wrong key);
        # our messages say it once, clearly.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        # Free pages are overwritten so deleted notes do not linger in the file.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()
