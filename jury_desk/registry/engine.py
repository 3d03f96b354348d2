"""The registry's engine: a SQLCipher file with a key from the secret store, or PostgreSQL."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from jury_desk.registry.location import RegistryLocation
from jury_desk.store.engine import open_engine

# An unreachable server is said within seconds, not after the system's long default.
CONNECT_TIMEOUT_SECONDS = 10


def key_name(location: RegistryLocation, default: RegistryLocation) -> str:
    """The secret store's name for a registry file's key: one key per file."""
    assert location.file is not None
    if location == default:
        return "registry-key/default"
    where = str(location.file.expanduser().resolve())
    return f"registry-key/{hashlib.sha256(where.encode()).hexdigest()[:16]}"


def registry_engine(location: RegistryLocation, key: bytes | None) -> Engine:
    if location.server is not None:
        return create_engine(
            location.server,
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                "application_name": "jury-desk",
            },
        )
    assert location.file is not None and key is not None
    # The same settings as a workspace: WAL, synchronous=FULL, foreign keys, secure delete.
    engine = open_engine(location.file, key)
    event.listen(engine, "connect", _no_driver_transactions)
    event.listen(engine, "begin", _begin)
    return engine


# Several processes may share a registry file (the window and a command, two windows).
# A write begins with BEGIN IMMEDIATE: writers queue at the start (busy_timeout) and
# then read the rows they guard as the last writer left them. A deferred BEGIN would
# read an older snapshot and fail at its first write with "database is locked".
WRITE_OPTION = "registry_write"


def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event says BEGIN itself


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
