"""Checking the registry's journal: every entry chained to the one before, none changed."""

from __future__ import annotations

from sqlalchemy import select

from jury_desk.registry.models import RegistryJournalEntry
from jury_desk.registry.store import Registry
from jury_desk.store import journal as store_journal


def first_broken_entry(registry: Registry) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if it holds."""
    with registry.read() as session:
        return store_journal.first_broken_entry(session, RegistryJournalEntry)


def journal_length(registry: Registry) -> int:
    from sqlalchemy import func

    with registry.read() as session:
        return int(session.scalar(select(func.count()).select_from(RegistryJournalEntry)) or 0)
