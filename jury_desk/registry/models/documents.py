"""A document the certifier issued to a candidate: a decision letter or a certificate.

Each is recorded with its verification code and the SHA-256 of the signed file, so
that a code read on paper finds what was issued, and a file shown can be matched
byte for byte. A document is revoked, never deleted: the row stays, marked.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jury_desk.models.base import UtcDateTime
from jury_desk.registry.models.base import RegistryBase

if TYPE_CHECKING:
    from jury_desk.registry.models.candidate import Candidate
    from jury_desk.registry.models.results import Decision

LETTER = "letter"
CERTIFICATE = "certificate"


class IssuedDocument(RegistryBase):
    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("code"),
        Index("ix_issued_document_candidate", "candidate_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # LETTER or CERTIFICATE
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"))
    code: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(120))
    revoked: Mapped[bool] = mapped_column(default=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(120))
    revocation_reason: Mapped[str] = mapped_column(Text, default="")

    candidate: Mapped[Candidate] = relationship()
    decision: Mapped[Decision] = relationship()
