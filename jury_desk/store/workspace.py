"""An open session workspace: one encrypted file, locked to this process, at the code's schema."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.store.engine import KEY_BYTES, PlainStatements, open_engine
from jury_desk.store.errors import CorruptWorkspaceError, StoreError, classify
from jury_desk.store.lock import WorkspaceLock
from jury_desk.store.migrate import upgrade_to_head


def new_workspace_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


@contextmanager
def store_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment failures into one clear `StoreError`; let bugs through."""
    try:
        yield
    except DBAPIError as exc:
        error = classify(exc, path)
        if error is None:
            raise
        raise error from exc
    except OSError as exc:
        error = classify(exc, path)
        if error is None:
            raise
        raise error from exc


class Workspace:
    """Holds the engine and the lock of one workspace file, from open to close."""

    def __init__(self, path: Path, engine: Engine, lock: WorkspaceLock, clock: Clock) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
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
        engine = open_engine(path, key)
        try:
            with store_errors(path):
                _check_integrity(engine, path)
                workspace = cls(path, engine, lock, clock)
                workspace.migration_backup = upgrade_to_head(engine, path, clock.now())
        except BaseException:
            engine.dispose()
            lock.release()
            raise
        return workspace

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with store_errors(self.path), self._sessions.begin() as session:
            yield session

    @contextmanager
    def plain_transaction(self) -> Iterator[PlainStatements]:
        """A transaction of plain SQL, committed on success, rolled back on error: the
        autosave's few statements, without the ORM's unit of work."""
        with store_errors(self.path), self.engine.begin() as connection:
            statements = PlainStatements(connection)
            try:
                yield statements
            finally:
                statements.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only."""
        with store_errors(self.path), self._sessions() as session:
            yield session

    def unit_of_work(self) -> Session:
        """A session the caller commits or rolls back itself, for work that must wait
        on something else (a bundle's last byte) before it may be committed."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
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


def _check_integrity(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        # Reading the schema is the first use of the key: a wrong key fails here.
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
        # SQLCipher checks each page's HMAC; SQLite checks the structure.
        cipher_problems = connection.exec_driver_sql("PRAGMA cipher_integrity_check").all()
        if cipher_problems:
            raise CorruptWorkspaceError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The workspace {path} is damaged: {detail}; restore it from a backup.",
                ),
                path=path,
                detail=cipher_problems[0][0],
            )
        result = connection.exec_driver_sql("PRAGMA quick_check").scalar_one()
        if result != "ok":
            raise CorruptWorkspaceError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The workspace {path} is damaged ({detail}); restore it from a backup.",
                ),
                path=path,
                detail=result,
            )
