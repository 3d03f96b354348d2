"""The journal: an append-only, hash-chained record of every change to scores and decisions.

Append-only is enforced by triggers created in the baseline migration; the
chain (each entry hashes the previous entry's hash) makes an edit detectable.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jury_desk.kernel.canonical_json import journal_json
from jury_desk.models.base import Base, UtcDateTime

GENESIS_HASH = "0" * 64


class ChainedEntry:
    """What a journal entry hashes: the same rule for a workspace's and the registry's."""

    seq: int
    at_utc: datetime
    actor: str
    action: str
    subject: str
    payload: str
    prev_hash: str

    def computed_hash(self) -> str:
        return entry_hash(
            self.seq,
            self.at_utc,
            self.actor,
            self.action,
            self.subject,
            self.payload,
            self.prev_hash,
        )


class JournalEntry(ChainedEntry, Base):
    __tablename__ = "journal_entry"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    # Canonical JSON (sorted keys, no spaces) of what changed.
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def entry_hash(
    seq: int, at_utc: datetime, actor: str, action: str, subject: str, payload: str, prev_hash: str
) -> str:
    material = journal_json(
        [seq, at_utc.isoformat(), actor, action, subject, payload, prev_hash]
    ).encode()
    return hashlib.sha256(material).hexdigest()
