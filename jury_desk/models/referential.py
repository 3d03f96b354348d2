"""The referential: level scale, competencies with descriptors, interview plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base

if TYPE_CHECKING:
    from jury_desk.models.session import CertificationSession


class ScaleLevel(Base):
    """One level of the session's scale; rank 0 is the lowest, the upper ones pass."""

    __tablename__ = "scale_level"
    __table_args__ = (
        UniqueConstraint("session_id", "rank"),
        CheckConstraint("rank >= 0", name="rank_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    rank: Mapped[int] = mapped_column(Integer)
    label: Mapped[str]
    passing: Mapped[bool]

    session: Mapped[CertificationSession] = relationship(back_populates="levels")


class Competency(Base):
    __tablename__ = "competency"
    __table_args__ = (
        UniqueConstraint("session_id", "code"),
        UniqueConstraint("session_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str]
    description: Mapped[str] = mapped_column(Text)
    # Evaluation criteria, one per line.
    criteria: Mapped[str] = mapped_column(Text)

    session: Mapped[CertificationSession] = relationship(back_populates="competencies")
    descriptors: Mapped[list[LevelDescriptor]] = relationship(
        back_populates="competency", order_by="LevelDescriptor.rank", cascade="all, delete-orphan"
    )

    @property
    def criteria_list(self) -> list[str]:
        return [line for line in self.criteria.splitlines() if line.strip()]


class LevelDescriptor(Base):
    """What a level means for one competency."""

    __tablename__ = "level_descriptor"
    __table_args__ = (UniqueConstraint("competency_id", "rank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"))
    rank: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    competency: Mapped[Competency] = relationship(back_populates="descriptors")


class InterviewPhase(Base):
    __tablename__ = "interview_phase"
    __table_args__ = (
        UniqueConstraint("session_id", "position"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str]
    minutes: Mapped[int]

    session: Mapped[CertificationSession] = relationship(back_populates="phases")
