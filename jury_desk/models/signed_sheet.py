"""A signed scoring sheet, kept as signed: exporting it again gives the same bytes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from jury_desk.models.base import Base, UtcDateTime

if TYPE_CHECKING:
    from jury_desk.models.assessment import Assessment


class SignedSheet(Base):
    __tablename__ = "signed_sheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # SHA-256 of the whole signed PDF; the data's own hash is on the assessment.
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    assessment: Mapped[Assessment] = relationship()
