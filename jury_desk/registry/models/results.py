"""What came back from the juries: each results file imported, and the decisions it holds.

The file itself is kept as received (encrypted to the organiser's age key, its signatures
inside): the evidence a registration renewal asks for, checkable again at any time. A
decision is never overwritten: a later file or a correction supersedes it, and both stay.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from jury_desk.models.base import UtcDateTime, enum_column_type
from jury_desk.models.enums import Outcome
from jury_desk.registry.models.base import RegistryBase

if TYPE_CHECKING:
    from jury_desk.registry.models.candidate import Candidate
    from jury_desk.registry.models.jury import Jury


class ReceivedResults(RegistryBase):
    __tablename__ = "received_results"
    __table_args__ = (UniqueConstraint("sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jury_id: Mapped[str] = mapped_column(ForeignKey("jury.id"))
    bundle_version: Mapped[int]
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    minutes_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(120))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    # results.json's statistics (pairs of levels, agreement, kappa) as the file gave them,
    # readable without the organiser's key: the renewal figures' jurors' agreement.
    statistics_json: Mapped[str | None] = mapped_column(Text)

    jury: Mapped[Jury] = relationship()
    decisions: Mapped[list[Decision]] = relationship(back_populates="received")


class Decision(RegistryBase):
    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_candidate", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    received_id: Mapped[int | None] = mapped_column(ForeignKey("received_results.id"))
    outcome: Mapped[Outcome] = mapped_column(enum_column_type(Outcome))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reasons: Mapped[str] = mapped_column(Text, default="")
    # JSON: the competencies validated, and each competency's consolidated level.
    validated_json: Mapped[str] = mapped_column(Text, default="[]")
    levels_json: Mapped[str] = mapped_column(Text, default="{}")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(120))
    # Set once a later file or a correction replaced it; the decision itself stays.
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    correction_reason: Mapped[str] = mapped_column(Text, default="")

    candidate: Mapped[Candidate] = relationship()
    received: Mapped[ReceivedResults | None] = relationship(back_populates="decisions")
