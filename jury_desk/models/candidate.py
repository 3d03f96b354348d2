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
    # Where the content lies in a stored bundle payload: documents opened from a bundle.
    location: Mapped[DocumentLocation | None] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        lazy="raise",
        passive_deletes=True,
    )
    # Otherwise the content, in pieces (documents given directly, and those of
    # workspaces made before schema 0004): a dossier file can weigh hundreds of megabytes and
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


class BundlePayload(Base):
    """A bundle's encrypted payload, copied beside the database as the store of its documents.

    The copy is the bundle's `payload.age`, byte for byte; its age file key is
    kept here, in the encrypted database, so that reading a document decrypts
    and authenticates only the chunks that hold it.
    """

    __tablename__ = "bundle_payload"
    __table_args__ = (
        CheckConstraint("length(file_key) = 16", name="file_key_size"),
        CheckConstraint("size > 0", name="size_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # payload-<SHA-256 of its age header and nonce>.age, in the workspace's folder.
    file_name: Mapped[str] = mapped_column(String(128), unique=True)
    file_key: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int]

    locations: Mapped[list[DocumentLocation]] = relationship(back_populates="payload")


class DocumentLocation(Base):
    """Where a document's content lies in a stored payload: from `plaintext_offset`, its size."""

    __tablename__ = "document_location"
    __table_args__ = (CheckConstraint("plaintext_offset >= 0", name="offset_not_negative"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("dossier_document.id", ondelete="CASCADE"), primary_key=True
    )
    payload_id: Mapped[int] = mapped_column(ForeignKey("bundle_payload.id"))
    plaintext_offset: Mapped[int]

    document: Mapped[DossierDocument] = relationship(back_populates="location")
    payload: Mapped[BundlePayload] = relationship(back_populates="locations")
