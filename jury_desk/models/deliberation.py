"""The jury's decision for one candidate, with its history of revisions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base, UtcDateTime, enum_column_type
from jury_desk.models.enums import Outcome

if TYPE_CHECKING:
    from jury_desk.models.candidate import Candidate
    from jury_desk.models.referential import Competency


class Deliberation(Base):
    __tablename__ = "deliberation"
    __table_args__ = (
        CheckConstraint("revision >= 0", name="revision_not_negative"),
        CheckConstraint("(outcome IS NULL) = (decided_at IS NULL)", name="decided_has_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), unique=True)
    outcome: Mapped[Outcome | None] = mapped_column(enum_column_type(Outcome))
    reasons: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # 0 until the first decision, then 1, 2… with each revision.
    revision: Mapped[int] = mapped_column(default=0)

    candidate: Mapped[Candidate] = relationship(back_populates="deliberation")
    scores: Mapped[list[ConsolidatedScore]] = relationship(
        back_populates="deliberation", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[DecisionRevision]] = relationship(
        back_populates="deliberation",
        order_by="DecisionRevision.revision",
        cascade="all, delete-orphan",
    )


class ConsolidatedScore(Base):
    """The level that stands for one competency after deliberation."""

    __tablename__ = "consolidated_score"
    __table_args__ = (
        UniqueConstraint("deliberation_id", "competency_id"),
        CheckConstraint("level_rank IS NULL OR level_rank >= 0", name="level_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deliberation_id: Mapped[int] = mapped_column(ForeignKey("deliberation.id"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"))
    level_rank: Mapped[int | None]
    # Why the chair chose this level where the jurors disagreed.
    casting_note: Mapped[str] = mapped_column(Text, default="")

    deliberation: Mapped[Deliberation] = relationship(back_populates="scores")
    competency: Mapped[Competency] = relationship()


class DecisionRevision(Base):
    """A past decision, kept when it is revised."""

    __tablename__ = "decision_revision"
    __table_args__ = (UniqueConstraint("deliberation_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deliberation_id: Mapped[int] = mapped_column(ForeignKey("deliberation.id"))
    revision: Mapped[int]
    outcome: Mapped[Outcome] = mapped_column(enum_column_type(Outcome))
    reasons: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Why the decision was changed (required for every revision after the first).
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    by_juror_id: Mapped[str] = mapped_column(String(64))

    deliberation: Mapped[Deliberation] = relationship(back_populates="revisions")
