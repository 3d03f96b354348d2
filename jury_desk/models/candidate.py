"""Candidates and the documents of their dossier."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import Base, UtcDateTime, enum_column_type
from jury_desk.models.enums import DocumentKind

if TYPE_CHECKING:
    from jury_desk.models.assessment import Assessment
    from jury_desk.models.deliberation import Deliberation
    from jury_desk.models.interview import InterviewEvent
    from jury_desk.models.session import CertificationSession


class Candidate(Base):
    __tablename__ = "candidate"
    __table_args__ = (CheckConstraint("slot_minutes > 0", name="slot_positive"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("certification_session.id"))
    name: Mapped[str]
    startup: Mapped[str]
    incubator: Mapped[str]
    phase: Mapped[str]
    role: Mapped[str]
    slot_start: Mapped[datetime] = mapped_column(UtcDateTime)
    slot_minutes: Mapped[int]

    session: Mapped[CertificationSession] = relationship(back_populates="candidates")
    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="candidate",
        order_by="DossierDocument.position",
        cascade="all, delete-orphan",
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan"
    )
    events: Mapped[list[InterviewEvent]] = relationship(
        back_populates="candidate", order_by="InterviewEvent.seq", cascade="all, delete-orphan"
    )
    deliberation: Mapped[Deliberation | None] = relationship(
        back_populates="candidate", cascade="all, delete-orphan"
    )


class DossierDocument(Base):
    __tablename__ = "dossier_document"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size_not_negative"),
        CheckConstraint("length(sha256) = 64", name="sha256_hex"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    position: Mapped[int]
    kind: Mapped[DocumentKind] = mapped_column(enum_column_type(DocumentKind))
    title: Mapped[str]
    media_type: Mapped[str] = mapped_column(String(128))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]

    candidate: Mapped[Candidate] = relationship(back_populates="documents")
    # The content, in pieces: a dossier file can weigh hundreds of megabytes and
    # SQLite binds a value whole, so pieces keep memory bounded.
    chunks: Mapped[list[DocumentChunk]] = relationship(
        back_populates="document",
        order_by="DocumentChunk.seq",
        cascade="all, delete-orphan",
        lazy="raise",
        # The database deletes the pieces (ON DELETE CASCADE): never load them to delete them.
        passive_deletes=True,
    )


class DocumentChunk(Base):
    __tablename__ = "document_chunk"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("dossier_document.id", ondelete="CASCADE"))
    seq: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)

    document: Mapped[DossierDocument] = relationship(back_populates="chunks")
