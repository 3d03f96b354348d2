"""The minutes of the session as signed, one revision per export, kept as signed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from jury_desk.models.base import Base, UtcDateTime


class SignedMinutes(Base):
    __tablename__ = "signed_minutes"
    __table_args__ = (
        UniqueConstraint("session_id", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    # 1, 2, 3… with each export: a revised decision means new minutes, the old ones stay.
    revision: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # SHA-256 of the whole PDF as stored (co-signed once it came back).
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    # False while only the chair has signed; True once the member's co-signed file is stored.
    cosigned: Mapped[bool] = mapped_column(default=False)
