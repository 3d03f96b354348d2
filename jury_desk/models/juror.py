"""The members of the jury; exactly one of them is the person using this workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base, enum_column_type
from jury_desk.models.enums import JurorRole

if TYPE_CHECKING:
    from jury_desk.models.assessment import Assessment
    from jury_desk.models.session import CertificationSession


class Juror(Base):
    __tablename__ = "juror"
    __table_args__ = (
        # At most one "me" per session.
        Index("ux_juror_me", "session_id", unique=True, sqlite_where=text("is_me = 1")),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    name: Mapped[str]
    email: Mapped[str]
    role: Mapped[JurorRole] = mapped_column(enum_column_type(JurorRole))
    certificate_pem: Mapped[str | None] = mapped_column(Text)
    age_recipient: Mapped[str | None] = mapped_column(String(128))
    is_me: Mapped[bool] = mapped_column(default=False)

    session: Mapped[CertificationSession] = relationship(back_populates="jurors")
    assessments: Mapped[list[Assessment]] = relationship(back_populates="juror")
