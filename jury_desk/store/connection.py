"""Plain SQLCipher connections to a workspace file, set up exactly as the engine's.

The engine (engine.py) and the window's first reads (`Workspace.plain_reading`)
both open their connections here: the same raw key, the same settings, so a
file is read the same way with or without SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

KEY_BYTES = 32


def key_literal(key: bytes) -> str:
    """The key as SQLCipher takes it raw: x'…' (hex), not a passphrase to stretch."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"workspace key must be {KEY_BYTES} bytes, got {len(key)}")
    # A random key needs no password-stretching, which would cost a quarter of a
    # second per connection.
    return f"x'{key.hex()}'"


def configure(dbapi_connection: Any) -> None:
    """The per-connection settings: every new connection, the engine's too, must get them."""
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


def connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A connection keyed and set up as SQLAlchemy's pysqlcipher dialect and `configure` do.

    In autocommit mode (transactions are begun explicitly) and usable from any thread:
    its owner serialises the uses itself (`Workspace.plain_reading`).
    """
    literal = key_literal(key)
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The dialect's own statement: the key quoted as an identifier.
        connection.execute(f'PRAGMA key = "{literal}"')
        configure(connection)
    except BaseException:
        connection.close()
        raise
    return connection
