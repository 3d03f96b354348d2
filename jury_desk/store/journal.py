"""Appending to and checking the hash-chained journal of the workspace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.clock import Clock
from jury_desk.models.journal import GENESIS_HASH, JournalEntry, entry_hash
from jury_desk.store.engine import PlainStatements


def append(
    session: Session, clock: Clock, actor: str, action: str, subject: str, payload: dict[str, Any]
) -> JournalEntry:
    """Add an entry in the caller's transaction, chained to the last one."""
    last = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)).first()
    seq = 1 if last is None else last.seq + 1
    prev_hash = GENESIS_HASH if last is None else last.hash
    at = clock.now()
    body = journal_json(payload)
    entry = JournalEntry(
        seq=seq,
        at_utc=at,
        actor=actor,
        action=action,
        subject=subject,
        payload=body,
        prev_hash=prev_hash,
        hash=entry_hash(seq, at, actor, action, subject, body, prev_hash),
    )
    session.add(entry)
    session.flush()
    return entry


_TAIL = "SELECT seq, hash FROM journal_entry ORDER BY seq DESC LIMIT 1"
_INSERT = (
    "INSERT INTO journal_entry (seq, at_utc, actor, action, subject, payload, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def append_row(
    sql: PlainStatements,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    payload: dict[str, Any],
) -> None:
    """`append` for a plain transaction: the same row, without the ORM.

    Call it after the edit's own write: the tail is then read under SQLite's
    write lock, so no other writer can append between the read and the insert.
    """
    tail = sql.first(_TAIL)
    seq = 1 if tail is None else int(tail[0]) + 1
    prev_hash = GENESIS_HASH if tail is None else str(tail[1])
    body = journal_json(payload)
    digest = entry_hash(seq, at, actor, action, subject, body, prev_hash)
    stored_at = _bind_at_utc(sql.dialect)(at)
    sql.execute(_INSERT, (seq, stored_at, actor, action, subject, body, prev_hash, digest))


# The column type's own conversion (aware UTC to SQLite's text), by dialect name:
# the stored text is the ORM's to the byte.
_AT_UTC_BINDERS: dict[str, Callable[[datetime], Any]] = {}


def _bind_at_utc(dialect: Dialect) -> Callable[[datetime], Any]:
    processor = _AT_UTC_BINDERS.get(dialect.name)
    if processor is None:
        processor = JournalEntry.__table__.c.at_utc.type.bind_processor(dialect)
        assert processor is not None, "UtcDateTime always converts"
        _AT_UTC_BINDERS[dialect.name] = processor
    return processor


def first_broken_entry(
    session: Session, kind: type[JournalEntry] | type[Any] = JournalEntry
) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if it holds.

    `kind` is the journal's model: a workspace's, or any other chained the same way
    (models.journal.ChainedEntry), such as the organiser's registry's.
    """
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for entry in session.scalars(select(kind).order_by(kind.seq)):
        if (
            entry.seq != expected_seq
            or entry.prev_hash != expected_prev
            or entry.hash != entry.computed_hash()
        ):
            return int(entry.seq)
        expected_prev = entry.hash
        expected_seq += 1
    return None
