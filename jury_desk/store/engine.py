"""Engines on SQLCipher files: encrypted with a raw 256-bit key, WAL, synchronous=FULL."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from jury_desk.store.connection import configure, key_literal


def sqlcipher_url(path: Path, key: bytes) -> URL:
    # The same raw key as a plain connection's (connection.py), given by the dialect.
    return URL.create("sqlite+pysqlcipher", password=key_literal(key), database=str(path))


def open_engine(path: Path, key: bytes) -> Engine:
    engine = create_engine(sqlcipher_url(path, key), module=sqlcipher3)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    configure(dbapi_connection)


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
