"""Appending to and checking the hash-chained journal of the workspace."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.clock import Clock
from jury_desk.models.journal import GENESIS_HASH, JournalEntry, entry_hash


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


def first_broken_entry(session: Session) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if it holds."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for entry in session.scalars(select(JournalEntry).order_by(JournalEntry.seq)):
        if (
            entry.seq != expected_seq
            or entry.prev_hash != expected_prev
            or entry.hash != entry.computed_hash()
        ):
            return entry.seq
        expected_prev = entry.hash
        expected_seq += 1
    return None
