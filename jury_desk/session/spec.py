"""A certification session as plain, immutable data.

This is what a session bundle's manifest carries and what the demo generator
produces; `jury_desk.session.importer` writes it into a workspace. Nothing here knows
about storage, encryption or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.referential import DecisionRuleSpec, InterviewPlanSpec, ReferentialSpec


@dataclass(frozen=True)
class DocumentSpec:
    """A dossier document; its content is either here or declared and streamed in later.

    A bundle's manifest declares each file's size and SHA-256; the content
    follows in the payload and is checked against them while it is stored.
    """

    kind: DocumentKind
    title: str
    media_type: str
    content: bytes | None = field(default=None, repr=False)
    declared_sha256: str | None = None
    declared_size: int | None = None
    # Where the content is inside a bundle's payload ("documents/<candidate>/<file>").
    path: str | None = None

    def __post_init__(self) -> None:
        if self.content is None and (self.declared_sha256 is None or self.declared_size is None):
            raise ValueError(f"{self.title}: give the content or its declared size and SHA-256")

    @property
    def sha256(self) -> str:
        if self.content is not None:
            import hashlib  # a spec's content is hashed when a bundle is built, not when read

            return hashlib.sha256(self.content).hexdigest()
        assert self.declared_sha256 is not None
        return self.declared_sha256

    @property
    def size(self) -> int:
        if self.content is not None:
            return len(self.content)
        assert self.declared_size is not None
        return self.declared_size


@dataclass(frozen=True)
class CandidateSpec:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime
    slot_minutes: int
    documents: tuple[DocumentSpec, ...]


@dataclass(frozen=True)
class JurorSpec:
    id: str
    name: str
    email: str
    role: JurorRole
    certificate_pem: str | None = None
    age_recipient: str | None = None


@dataclass(frozen=True)
class SessionSpec:
    id: str
    title: str
    certification_title: str
    rs_code: str
    starts_on: date
    ends_on: date
    # Increases each time the organiser re-issues the bundle of this session.
    version: int
    issued_at: datetime
    decision_delay_months: int
    rule: DecisionRuleSpec
    plan: InterviewPlanSpec
    referential: ReferentialSpec
    candidates: tuple[CandidateSpec, ...]
    jurors: tuple[JurorSpec, ...]
