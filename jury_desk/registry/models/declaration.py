"""The declaration of holders to the Caisse des Dépôts: each file written, and each passage
in it with the CDC's answer.

A passage is a certified decision as declared (`passageCertification`). Its status moves
generated → sent (the organiser uploaded the file) → accepted or rejected (the CDC's
processing report), or replaced when a newer file is written before this one was sent.
Kept per passage, because certifiers without it declared holders twice: an accepted
passage is never written again, a rejected one is written again once corrected.

The file itself is not kept (it may carry social security numbers, deleted once
accepted): its name, its SHA-256 and its passages are.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import UtcDateTime
from jury_desk.registry.models.base import RegistryBase

if TYPE_CHECKING:
    from jury_desk.registry.models.candidate import Candidate
    from jury_desk.registry.models.results import Decision

# A passage's statuses, as stored.
GENERATED = "generated"
SENT = "sent"
ACCEPTED = "accepted"
REJECTED = "rejected"
REPLACED = "replaced"
PASSAGE_STATUSES = (GENERATED, SENT, ACCEPTED, REJECTED, REPLACED)


class DeclarationFlow(RegistryBase):
    __tablename__ = "cdc_flow"

    id: Mapped[str] = mapped_column(String(50), primary_key=True)  # the file's idFlux
    session_id: Mapped[str] = mapped_column(ForeignKey("registry_session.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[str] = mapped_column(String(32), default="")
    generated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    generated_by: Mapped[str] = mapped_column(String(120))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_by: Mapped[str | None] = mapped_column(String(120))
    # The CDC's processing report: its treatment id and when it was imported.
    report_id: Mapped[str | None] = mapped_column(String(100))
    report_imported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    passages: Mapped[list[DeclaredPassage]] = relationship(
        back_populates="flow", order_by="DeclaredPassage.id"
    )


class DeclaredPassage(RegistryBase):
    __tablename__ = "cdc_passage"
    __table_args__ = (
        UniqueConstraint("flow_id", "technical_id"),
        Index("ix_cdc_passage_candidate", "candidate_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    flow_id: Mapped[str] = mapped_column(ForeignKey("cdc_flow.id"))
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"))
    technical_id: Mapped[str] = mapped_column(String(255))
    # The candidate's row version when written: a later edit is the correction a
    # rejected passage waits for.
    identity_version: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default=GENERATED)
    message: Mapped[str] = mapped_column(Text, default="")  # the CDC's, for a rejection
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    flow: Mapped[DeclarationFlow] = relationship(back_populates="passages")
    candidate: Mapped[Candidate] = relationship()
    decision: Mapped[Decision] = relationship()
