"""A certification session as the organiser plans it: its days, its sittings, its place."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.models.base import RegistryBase, Versioned

if TYPE_CHECKING:
    from jury_desk.registry.models.candidate import Candidate
    from jury_desk.registry.models.jury import Jury


class RegistrySession(Versioned, RegistryBase):
    __tablename__ = "registry_session"
    __table_args__ = (
        CheckConstraint("slot_minutes BETWEEN 15 AND 240", name="slot_minutes_range"),
        CheckConstraint("break_minutes BETWEEN 0 AND 120", name="break_minutes_range"),
    )
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "session")

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    slot_minutes: Mapped[int] = mapped_column(default=60)
    break_minutes: Mapped[int] = mapped_column(default=15)
    # Where the interviews take place: an address or a video link, as text.
    place: Mapped[str] = mapped_column(Text, default="")
    decision_delay_months: Mapped[int] = mapped_column(default=2)

    sittings: Mapped[list[Sitting]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="Sitting.day, Sitting.start",
    )
    candidates: Mapped[list[Candidate]] = relationship(back_populates="session")
    juries: Mapped[list[Jury]] = relationship(back_populates="session", order_by="Jury.label")


class Sitting(RegistryBase):
    """A block of one day in which interviews follow each other (a morning, an afternoon)."""

    __tablename__ = "session_sitting"
    __table_args__ = (CheckConstraint("start < finish", name="start_before_finish"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("registry_session.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[time] = mapped_column(Time)
    finish: Mapped[time] = mapped_column(Time)

    session: Mapped[RegistrySession] = relationship(back_populates="sittings")
