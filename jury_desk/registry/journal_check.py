"""Checking the registry's journal: every entry chained to the one before, none changed."""

from __future__ import annotations

from sqlalchemy import select

from jury_desk.models.journal import GENESIS_HASH
from jury_desk.registry.models import RegistryJournalEntry
from jury_desk.registry.store import Registry


def first_broken_entry(registry: Registry) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if it holds."""
    expected_prev, expected_seq = GENESIS_HASH, 1
    with registry.read() as session:
        entries = session.scalars(select(RegistryJournalEntry).order_by(RegistryJournalEntry.seq))
        for entry in entries:
            if (
                entry.seq != expected_seq
                or entry.prev_hash != expected_prev
                or entry.hash != entry.computed_hash()
            ):
                return entry.seq
            expected_prev, expected_seq = entry.hash, expected_seq + 1
    return None


def journal_length(registry: Registry) -> int:
    from sqlalchemy import func

    with registry.read() as session:
        return int(session.scalar(select(func.count()).select_from(RegistryJournalEntry)) or 0)
