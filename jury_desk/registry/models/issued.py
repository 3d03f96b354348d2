"""A bundle the registry issued to a jury: which version, when, by whom, for whom."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jury_desk.models.base import UtcDateTime
from jury_desk.registry.models.base import RegistryBase


class IssuedBundle(RegistryBase):
    __tablename__ = "issued_bundle"
    __table_args__ = (UniqueConstraint("jury_id", "bundle_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jury_id: Mapped[str] = mapped_column(ForeignKey("jury.id"))
    # The session version inside the bundle: a re-issue is a newer bundle of the same session.
    bundle_version: Mapped[int]
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(120))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    # JSON: the jurors and candidates it was issued for, as they were then.
    summary: Mapped[str] = mapped_column(Text)
