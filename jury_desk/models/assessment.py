"""A juror's assessment of one candidate (the content of a scoring sheet)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from jury_desk.models.base import Base, UtcDateTime, enum_column_type
from jury_desk.models.enums import AssessmentStatus, Recommendation

if TYPE_CHECKING:
    from jury_desk.models.candidate import Candidate
    from jury_desk.models.juror import Juror
    from jury_desk.models.referential import Competency


class FrozenAssessmentError(ValueError):
    """A signed or superseded assessment was edited; a new version must be made instead."""


class Assessment(Base):
    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("candidate_id", "juror_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("NOT recused OR conflict_declared", name="recusal_needs_conflict"),
        CheckConstraint("(status = 'draft') = (signed_at IS NULL)", name="signed_has_time"),
        # One living (draft or signed) version per juror and candidate.
        Index(
            "ux_assessment_current",
            "candidate_id",
            "juror_id",
            unique=True,
            sqlite_where=text("status != 'superseded'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    juror_id: Mapped[str] = mapped_column(ForeignKey("juror.id"))
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[AssessmentStatus] = mapped_column(
        enum_column_type(AssessmentStatus), default=AssessmentStatus.DRAFT
    )
    conflict_declared: Mapped[bool] = mapped_column(default=False)
    conflict_statement: Mapped[str] = mapped_column(Text, default="")
    recused: Mapped[bool] = mapped_column(default=False)
    recommendation: Mapped[Recommendation | None] = mapped_column(enum_column_type(Recommendation))
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    preparation_notes: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # SHA-256 of the signed sheet's data, set when signed.
    signed_data_sha256: Mapped[str | None] = mapped_column(String(64))

    candidate: Mapped[Candidate] = relationship(back_populates="assessments")
    juror: Mapped[Juror] = relationship(back_populates="assessments")
    scores: Mapped[list[CompetencyScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )

    @property
    def is_frozen(self) -> bool:
        return self.status is not AssessmentStatus.DRAFT

    @validates(
        "conflict_declared",
        "conflict_statement",
        "recused",
        "recommendation",
        "overall_comment",
    )
    def _refuse_edit_when_frozen(self, key: str, value: object) -> object:
        # Attributes are first set while the object is still being built
        # (status not yet set): only edits of a frozen sheet are refused.
        if self.status is not None and self.is_frozen:
            raise FrozenAssessmentError(f"assessment {self.id} is {self.status}: {key} is frozen")
        return value


class CompetencyScore(Base):
    """One row of the grid: the level (None = not scored), comment and time discussed."""

    __tablename__ = "competency_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "competency_id"),
        CheckConstraint("level_rank IS NULL OR level_rank >= 0", name="level_not_negative"),
        CheckConstraint("seconds_discussed >= 0", name="seconds_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"))
    level_rank: Mapped[int | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    seconds_discussed: Mapped[int] = mapped_column(default=0)

    assessment: Mapped[Assessment] = relationship(back_populates="scores")
    competency: Mapped[Competency] = relationship()

    @validates("level_rank", "comment")
    def _refuse_edit_when_frozen(self, key: str, value: object) -> object:
        if self.assessment is not None and self.assessment.is_frozen:
            raise FrozenAssessmentError(f"score of a {self.assessment.status} sheet: {key}")
        return value
