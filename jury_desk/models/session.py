"""The certification session a workspace belongs to (one per workspace)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base, UtcDateTime, enum_column_type
from jury_desk.models.enums import DecisionRuleKind

if TYPE_CHECKING:
    from jury_desk.models.candidate import Candidate
    from jury_desk.models.juror import Juror
    from jury_desk.models.referential import Competency, InterviewPhase, ScaleLevel


class CertificationSession(Base):
    __tablename__ = "certification_session"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint("decision_delay_months > 0", name="delay_positive"),
        CheckConstraint("bundle_version >= 1", name="version_positive"),
        CheckConstraint(
            "(decision_rule = 'minimum_passing') = (minimum_passing IS NOT NULL)",
            name="minimum_only_for_its_rule",
        ),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str]
    certification_title: Mapped[str]
    rs_code: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    bundle_version: Mapped[int] = mapped_column(Integer)
    bundle_issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decision_delay_months: Mapped[int] = mapped_column(Integer, default=2)
    decision_rule: Mapped[DecisionRuleKind] = mapped_column(enum_column_type(DecisionRuleKind))
    minimum_passing: Mapped[int | None]
    # Minutes left at which the interview clock warns, comma-separated ("10,5").
    warning_marks: Mapped[str] = mapped_column(String(64), default="10,5")
    # From the bundle's manifest: who receives the results, and the age key they are
    # encrypted to. NULL in a workspace made before schema 0003 until its bundle is reopened.
    organiser_name: Mapped[str | None]
    organiser_age_recipient: Mapped[str | None] = mapped_column(String(128))

    levels: Mapped[list[ScaleLevel]] = relationship(
        back_populates="session", order_by="ScaleLevel.rank", cascade="all, delete-orphan"
    )
    competencies: Mapped[list[Competency]] = relationship(
        back_populates="session", order_by="Competency.position", cascade="all, delete-orphan"
    )
    phases: Mapped[list[InterviewPhase]] = relationship(
        back_populates="session", order_by="InterviewPhase.position", cascade="all, delete-orphan"
    )
    candidates: Mapped[list[Candidate]] = relationship(
        back_populates="session", order_by="Candidate.slot_start", cascade="all, delete-orphan"
    )
    jurors: Mapped[list[Juror]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    @property
    def warning_marks_minutes(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.warning_marks.split(",") if part)
