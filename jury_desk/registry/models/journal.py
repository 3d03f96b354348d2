"""The registry's journal: append-only and hash-chained, as a workspace's is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jury_desk.models.base import UtcDateTime
from jury_desk.models.journal import ChainedEntry
from jury_desk.registry.models.base import RegistryBase


class RegistryJournalEntry(ChainedEntry, RegistryBase):
    __tablename__ = "registry_journal"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON of what changed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
