"""An open session workspace: one encrypted file, locked to this process, at the code's schema.

Opening it needs no SQLAlchemy: the lock, the key, SQLCipher's and SQLite's checks
and the stamped revision go through one plain connection (connection.py), which
then serves the window's first reads (`plain_reading`). The engine, and with it
SQLAlchemy (some 40 MiB with the ORM), is made at the first ORM session, on
whichever thread asks first: in the window, the first write or the first page that
is not the juror's grid.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlcipher3

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.store.connection import KEY_BYTES, connect
from jury_desk.store.errors import CorruptWorkspaceError, StoreError, classify
from jury_desk.store.lock import WorkspaceLock
from jury_desk.store.migrate import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from jury_desk.store.engine import PlainStatements


def new_workspace_key() -> bytes:
    import secrets  # made once a session, not at every window's start (hmac, OpenSSL: #17)

    return secrets.token_bytes(KEY_BYTES)


def _from_the_store(exc: BaseException) -> bool:
    """Whether `exc` is SQLite's or the file system's, which `classify` may explain."""
    if isinstance(exc, (sqlcipher3.Error, OSError)):
        return True
    # SQLAlchemy's wrapper of the same errors. Its module is looked up, not imported:
    # until SQLAlchemy is loaded (the ORM's first use), no such error can exist.
    orm_errors = sys.modules.get("sqlalchemy.exc")
    return orm_errors is not None and isinstance(exc, orm_errors.DBAPIError)


@contextmanager
def store_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment failures into one clear `StoreError`; let bugs through."""
    try:
        yield
    except Exception as exc:
        error = classify(exc, path) if _from_the_store(exc) else None
        if error is None:
            raise
        raise error from exc


class PlainReads:
    """Plain statements inside one read transaction of the workspace's own connection."""

    def __init__(self, connection: sqlcipher3.Connection) -> None:
        self._connection = connection

    def all(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._connection.execute(statement, params).fetchall())

    def first(self, statement: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row = self._connection.execute(statement, params).fetchone()
        return None if row is None else tuple(row)


class Workspace:
    """Holds the lock, the plain connection and (once used) the engine of one workspace file."""

    def __init__(
        self,
        path: Path,
        key: bytes,
        connection: sqlcipher3.Connection,
        lock: WorkspaceLock,
        clock: Clock,
    ) -> None:
        self.path = path
        self.clock = clock
        self._key = key
        self._lock = lock
        # The plain connection, shared by the GUI thread and the writer thread: one
        # use at a time (it was opened with check_same_thread off for that).
        self._connection: sqlcipher3.Connection | None = connection
        self._connection_lock = threading.Lock()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._engine_lock = threading.Lock()
        # Path of the copy made before the last migration, if one ran.
        self.migration_backup: Path | None = None

    @classmethod
    def create(cls, path: Path, key: bytes, clock: Clock) -> Workspace:
        if path.exists():
            raise StoreError(
                QT_TRANSLATE_NOOP("messages", "A workspace already exists at {path}."), path=path
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls._open(path, key, clock)

    @classmethod
    def open(cls, path: Path, key: bytes, clock: Clock) -> Workspace:
        if not path.is_file():
            raise StoreError(
                QT_TRANSLATE_NOOP("messages", "There is no workspace at {path}."), path=path
            )
        return cls._open(path, key, clock)

    @classmethod
    def _open(cls, path: Path, key: bytes, clock: Clock) -> Workspace:
        lock = WorkspaceLock(path)
        lock.acquire()
        workspace: Workspace | None = None
        try:
            with store_errors(path):
                connection = connect(path, key)
                workspace = cls(path, key, connection, lock, clock)
                _check_integrity(connection, path)
                if _stamped_revision(connection) != HEAD_REVISION:
                    from jury_desk.store.migrate import upgrade_to_head

                    workspace.migration_backup = upgrade_to_head(
                        workspace.engine, path, clock.now()
                    )
        except BaseException:
            if workspace is not None:
                workspace.close()
            else:
                lock.release()
            raise
        return workspace

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on this file, made (and SQLAlchemy loaded) at its first use."""
        with self._engine_lock:
            if self._engine is None:
                from jury_desk.store.engine import open_engine

                self._engine = open_engine(self.path, self._key)
            return self._engine

    def _session_maker(self) -> sessionmaker[Session]:
        engine = self.engine
        with self._engine_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                self._sessions = sessionmaker(engine, expire_on_commit=False)
            return self._sessions

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with store_errors(self.path), self._session_maker().begin() as session:
            yield session

    @contextmanager
    def plain_transaction(self) -> Iterator[PlainStatements]:
        """A transaction of plain SQL, committed on success, rolled back on error: the
        autosave's few statements, without the ORM's unit of work."""
        from jury_desk.store.engine import PlainStatements

        with store_errors(self.path), self.engine.begin() as connection:
            statements = PlainStatements(connection)
            try:
                yield statements
            finally:
                statements.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only."""
        with store_errors(self.path), self._session_maker()() as session:
            yield session

    @contextmanager
    def plain_reading(self) -> Iterator[PlainReads]:
        """One read transaction in plain SQL, without SQLAlchemy: a consistent snapshot
        (WAL) of what was committed when it began. Callers on other threads wait."""
        with store_errors(self.path), self._connection_lock:
            connection = self._connection
            # Once closed, a read still works, as the engine connects again after its
            # `dispose` (a page may refresh once more, from an event already queued);
            # that connection goes with the read.
            own = connection is None
            if connection is None:
                connection = connect(self.path, self._key)
            try:
                connection.execute("BEGIN")
                try:
                    yield PlainReads(connection)
                finally:
                    connection.execute("ROLLBACK")  # nothing to keep: it only read
            finally:
                if own:
                    connection.close()

    def unit_of_work(self) -> Session:
        """A session the caller commits or rolls back itself, for work that must wait
        on something else (a bundle's last byte) before it may be committed."""
        return self._session_maker()()

    def close(self) -> None:
        with self._connection_lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _check_integrity(connection: sqlcipher3.Connection, path: Path) -> None:
    # Reading the schema is the first use of the key: a wrong key fails here.
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # SQLCipher checks each page's HMAC; SQLite checks the structure.
    cipher_problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    if cipher_problems:
        raise CorruptWorkspaceError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The workspace {path} is damaged: {detail}; restore it from a backup.",
            ),
            path=path,
            detail=cipher_problems[0][0],
        )
    row = connection.execute("PRAGMA quick_check").fetchone()
    result = row[0] if row else None
    if result != "ok":
        raise CorruptWorkspaceError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The workspace {path} is damaged ({detail}); restore it from a backup.",
            ),
            path=path,
            detail=result,
        )


def _stamped_revision(connection: sqlcipher3.Connection) -> str | None:
    """The revision alembic stamped (None in a new, empty file)."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        return None  # nothing was ever migrated here
    return None if row is None else str(row[0])
