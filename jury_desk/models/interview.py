"""The interview clock's events, stored as they happen so a crash loses nothing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base, UtcDateTime, enum_column_type
from jury_desk.models.enums import InterviewEventKind

if TYPE_CHECKING:
    from jury_desk.models.candidate import Candidate


class InterviewEvent(Base):
    __tablename__ = "interview_event"
    __table_args__ = (UniqueConstraint("candidate_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    seq: Mapped[int]
    kind: Mapped[InterviewEventKind] = mapped_column(enum_column_type(InterviewEventKind))
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    # Seconds on the monotonic clock of the process that recorded it, so that
    # durations within one run ignore changes of the system clock.
    monotonic_s: Mapped[float]
    # Event details as JSON (phase, competency code, gap length…).
    payload: Mapped[str] = mapped_column(Text, default="{}")

    candidate: Mapped[Candidate] = relationship(back_populates="events")
