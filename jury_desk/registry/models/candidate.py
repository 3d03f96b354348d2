"""A candidate of a session: civil identity (what the Caisse des Dépôts will need), the
start-up, the dossier's files, and a status with its history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.base import UtcDateTime, enum_column_type
from jury_desk.models.enums import ApplicationStatus, DocumentKind
from jury_desk.registry.models.base import RegistryBase, Versioned

if TYPE_CHECKING:
    from jury_desk.registry.models.session import RegistrySession


class Candidate(Versioned, RegistryBase):
    __tablename__ = "candidate"
    __table_args__ = (Index("ix_candidate_session", "session_id"),)
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "candidate")

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("registry_session.id"))
    # The application's own reference (a Démarches Simplifiées number…), to match files.
    reference: Mapped[str | None] = mapped_column(String(64))
    birth_name: Mapped[str] = mapped_column(String(120))
    usage_name: Mapped[str | None] = mapped_column(String(120))
    first_names: Mapped[str] = mapped_column(String(200))  # as typed: "Marie, Anne"
    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]
    # "M" or "F" as the CDC's schema allows; anything else is kept as typed, and listed.
    sex: Mapped[str | None] = mapped_column(String(32))
    birth_insee_code: Mapped[str | None] = mapped_column(String(16))
    birth_postal_code: Mapped[str | None] = mapped_column(String(16))
    birth_commune: Mapped[str | None] = mapped_column(String(120))
    birth_country_code: Mapped[str | None] = mapped_column(String(8))
    birth_country: Mapped[str | None] = mapped_column(String(120))
    # The social security number (NIR), kept only if the organiser declares it: encrypted
    # to the organiser's age key, never shown whole, deleted once the CDC accepted the
    # passage. Deferred: read only to write the declaration.
    nir_sealed: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    startup: Mapped[str] = mapped_column(String(200), default="")
    incubator: Mapped[str] = mapped_column(String(200), default="")
    phase: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    site_url: Mapped[str] = mapped_column(String(2000), default="")
    product_sheet_url: Mapped[str] = mapped_column(String(2000), default="")
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column_type(ApplicationStatus), default=ApplicationStatus.APPLIED
    )

    session: Mapped[RegistrySession] = relationship(back_populates="candidates")
    documents: Mapped[list[CandidateDocument]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="CandidateDocument.id"
    )
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="StatusChange.id"
    )

    @property
    def display_name(self) -> str:
        """The first first name then the name used (usage name if any), as letters address
        people. First names listed with commas are separate ("Louis, Marie": Louis); written
        with spaces alone they may be one ("Thị Mai"), so all are kept."""
        first = self.first_names.split(",")[0].strip()
        return " ".join(part for part in (first, self.usage_name or self.birth_name) if part)


class CandidateDocument(RegistryBase):
    """A file of a candidate's dossier, kept in the registry so that a team shares it."""

    __tablename__ = "candidate_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    kind: Mapped[DocumentKind] = mapped_column(enum_column_type(DocumentKind))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(120))
    # Loaded only when the bytes are needed (a bundle, an access request), not to list them.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    candidate: Mapped[Candidate] = relationship(back_populates="documents")


class StatusChange(RegistryBase):
    __tablename__ = "candidate_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    status: Mapped[ApplicationStatus] = mapped_column(enum_column_type(ApplicationStatus))
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")

    candidate: Mapped[Candidate] = relationship(back_populates="history")
