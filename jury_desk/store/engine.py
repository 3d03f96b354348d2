"""Engines on SQLCipher files: encrypted with a raw 256-bit key, WAL, synchronous=FULL."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

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


class PlainStatements:
    """Statements run on a transaction's own DBAPI cursor, for the autosave's hot path.

    SQLAlchemy's result machinery costs some 30 µs a statement, five times the
    statement itself; errors are still raised as SQLAlchemy's own exceptions,
    so callers and `store_errors` see exactly what `exec_driver_sql` would raise.
    """

    def __init__(self, connection: Connection) -> None:
        self.dialect: Dialect = connection.dialect
        self._cursor = connection.connection.cursor()

    def first(self, statement: str, params: Sequence[Any] = ()) -> Sequence[Any] | None:
        self._run(statement, params)
        return self._cursor.fetchone()

    def all(self, statement: str, params: Sequence[Any] = ()) -> Sequence[Sequence[Any]]:
        self._run(statement, params)
        return self._cursor.fetchall()

    def execute(self, statement: str, params: Sequence[Any]) -> int:
        """Run a write; the number of rows it changed."""
        self._run(statement, params)
        return self._cursor.rowcount

    def close(self) -> None:
        self._cursor.close()

    def _run(self, statement: str, params: Sequence[Any]) -> None:
        try:
            self._cursor.execute(statement, params)
        except sqlcipher3.Error as exc:
            raise DBAPIError.instance(
                statement, params, exc, sqlcipher3.Error, dialect=self.dialect
            ) from exc
