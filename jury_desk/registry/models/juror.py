"""A juror the organiser works with, across sessions: profile, links (for conflicts of
interest) and the enrolment request accepted after the codes were compared."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.base import UtcDateTime, enum_column_type
from jury_desk.models.enums import JurorKind
from jury_desk.registry.models.base import RegistryBase, Versioned


class Juror(Versioned, RegistryBase):
    __tablename__ = "juror"
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "juror")

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    kind: Mapped[JurorKind] = mapped_column(enum_column_type(JurorKind))
    incubator: Mapped[str] = mapped_column(String(200), default="")
    # JSON list of the start-ups the juror is linked to (coached, worked in, funds).
    startups_json: Mapped[str] = mapped_column(Text, default="[]")
    # The request file as received: its CSR binds name, e-mail and keys, so a bundle
    # can issue the juror's certificate from it again. Public keys only.
    request: Mapped[bytes | None] = mapped_column(LargeBinary)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    accepted_by: Mapped[str | None] = mapped_column(String(120))
    # The end of the last certificate a bundle issued to this juror.
    certificate_expires_on: Mapped[date | None] = mapped_column(Date)

    @property
    def startups(self) -> tuple[str, ...]:
        return tuple(json.loads(self.startups_json))

    @startups.setter
    def startups(self, names: tuple[str, ...]) -> None:
        self.startups_json = json.dumps(
            sorted({n.strip() for n in names if n.strip()}), ensure_ascii=False
        )
