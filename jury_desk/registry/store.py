"""An open registry: reads, and writes that are journaled and guarded against lost updates.

Every write runs in one transaction with its journal entry. An edit names the
version of the row it was made on (`Writer.guard`): if the row has moved since,
the edit is refused with who changed it and when, and nothing is written; the
version column makes the same check again at the UPDATE itself, for an edit that
races another between the read and the write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.journal import GENESIS_HASH, entry_hash
from jury_desk.registry.engine import WRITE_OPTION
from jury_desk.registry.errors import RegistryError, StaleEditError
from jury_desk.registry.location import RegistryLocation
from jury_desk.registry.models import RegistryJournalEntry
from jury_desk.registry.models.base import Versioned

# Serialises journal appends on PostgreSQL (SQLite has one writer at a time already).
_JOURNAL_LOCK = 6247002


class Writer:
    """The session of one write, with its journal and its guards."""

    def __init__(self, session: Session, clock: Clock, actor: str) -> None:
        self.session = session
        self.clock = clock
        self.actor = actor
        self.now = clock.now()
        self._guarded: list[tuple[type[Versioned], Any, int]] = []

    def guard(self, row: Versioned, seen_version: int | None) -> None:
        """Refuse the edit unless `row` is still at `seen_version` (None: no check asked)."""
        if seen_version is not None and row.version != seen_version:
            raise stale_edit(row)
        # Kept as values: after a failed flush the session's rollback expires the row,
        # and reading it again would show the other writer's version.
        self._guarded.append((type(row), _identity(row), row.version))

    def touch(self, row: Versioned) -> None:
        """Sign the row as edited now by this actor (its version moves at the flush)."""
        row.updated_by = self.actor
        row.updated_at = self.now

    def journal(self, action: str, subject: str, payload: dict[str, Any]) -> None:
        session = self.session
        session.flush()  # the edit's own rows first: SQLite's write lock is then held
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _JOURNAL_LOCK})
        last = session.scalars(
            select(RegistryJournalEntry).order_by(RegistryJournalEntry.seq.desc()).limit(1)
        ).first()
        seq = 1 if last is None else last.seq + 1
        prev_hash = GENESIS_HASH if last is None else last.hash
        body = journal_json(payload)
        session.add(
            RegistryJournalEntry(
                seq=seq,
                at_utc=self.now,
                actor=self.actor,
                action=action,
                subject=subject,
                payload=body,
                prev_hash=prev_hash,
                hash=entry_hash(seq, self.now, self.actor, action, subject, body, prev_hash),
            )
        )

    @property
    def guarded(self) -> tuple[tuple[type[Versioned], Any, int], ...]:
        """Each guarded row as (its class, its identity, the version the edit was made on)."""
        return tuple(self._guarded)


def stale_edit(row: Versioned) -> StaleEditError:
    return StaleEditError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The {what} {subject} was changed by {who} at {when} since you opened it; "
            "your change is not saved. Open it again to see theirs.",
        ),
        what=row.what,
        subject=_subject(row),
        who=row.updated_by,
        when=_minute(row.updated_at),
    )


def _subject(row: Versioned) -> str:
    for attribute in ("display_name", "label", "name", "title", "key", "candidate_id"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    return "?"


def _minute(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


class Registry:
    def __init__(self, engine: Engine, location: RegistryLocation, clock: Clock, actor: str):
        self.engine = engine
        self.location = location
        self.clock = clock
        self.actor = actor
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._errors(), self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Writer]:
        with self._errors(), self._write_sessions() as session:
            writer = Writer(session, self.clock, self.actor)
            try:
                with session.begin():
                    yield writer
            except StaleDataError:
                raise self._raced(writer) from None

    def close(self) -> None:
        self.engine.dispose()

    def _raced(self, writer: Writer) -> StaleEditError:
        """Someone's edit landed between our read and our write: find whose, in a fresh read."""
        with self._sessions() as session:
            for kind, identity, version in writer.guarded:
                current = session.get(kind, identity)
                if current is not None and current.version != version:
                    return stale_edit(current)
        return StaleEditError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Someone else changed this in the registry at the same time; your change "
                "is not saved. Open it again to see theirs.",
            )
        )

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except IntegrityError as exc:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages", "The registry refused the change, which contradicts it: {reason}"
                ),
                reason=_first_line(exc),
            ) from exc
        except DBAPIError as exc:
            raise RegistryError(
                QT_TRANSLATE_NOOP("messages", "The registry {registry} cannot be used: {reason}"),
                registry=self.location.shown,
                reason=_first_line(exc),
            ) from exc


def _identity(row: Versioned) -> Any:
    from sqlalchemy import inspect

    identity = inspect(row).identity
    assert identity is not None
    return identity[0] if len(identity) == 1 else identity


def _first_line(exc: DBAPIError) -> str:
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    return text_.strip().splitlines()[0] if text_.strip() else type(exc.orig).__name__
