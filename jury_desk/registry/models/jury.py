"""A jury of a session (a chair and a member) and the candidates placed in its slots."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.base import UtcDateTime
from jury_desk.registry.models.base import RegistryBase, Versioned
from jury_desk.registry.models.juror import Juror

if TYPE_CHECKING:
    from jury_desk.registry.models.candidate import Candidate
    from jury_desk.registry.models.session import RegistrySession


class Jury(Versioned, RegistryBase):
    __tablename__ = "jury"
    __table_args__ = (CheckConstraint("chair_id <> member_id", name="two_people"),)
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "jury")

    # Also the id of the session its bundle carries: a juror's workspace is per jury.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("registry_session.id"))
    label: Mapped[str] = mapped_column(String(64))
    chair_id: Mapped[str] = mapped_column(ForeignKey("juror.id"))
    member_id: Mapped[str] = mapped_column(ForeignKey("juror.id"))

    session: Mapped[RegistrySession] = relationship(back_populates="juries")
    chair: Mapped[Juror] = relationship(foreign_keys=[chair_id])
    member: Mapped[Juror] = relationship(foreign_keys=[member_id])
    placements: Mapped[list[Placement]] = relationship(
        back_populates="jury", order_by="Placement.start_utc"
    )


class Placement(Versioned, RegistryBase):
    """A candidate's interview: which jury, when. One per candidate."""

    __tablename__ = "placement"
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "placement")

    candidate_id: Mapped[str] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    jury_id: Mapped[str] = mapped_column(ForeignKey("jury.id"))
    start_utc: Mapped[datetime] = mapped_column(UtcDateTime)

    jury: Mapped[Jury] = relationship(back_populates="placements")
    candidate: Mapped[Candidate] = relationship()
