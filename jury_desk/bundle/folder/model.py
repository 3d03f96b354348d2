"""The organiser's folder as loaded: its session, jury and candidates, and the session it makes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jury_desk.bundle.folder.layout import (
    DEFAULT_TIMEZONE,
    LINK_MEDIA_TYPE,
    MEDIA_TYPES,
    PRODUCT_SHEET_LINK_TITLE,
    SITE_LINK_TITLE,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import DocumentKind, JurorRole
from jury_desk.rules.referential import (
    DecisionRuleSpec,
    InterviewPlanSpec,
    ReferentialSpec,
)
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec, SessionSpec


class FolderError(UserError):
    """The organiser's folder cannot be used as it is; the message names the file and the key."""


@dataclass(frozen=True)
class FolderDocument:
    kind: DocumentKind
    title: str
    path: Path  # absolute, a regular file inside the folder

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.path.suffix.lower()]


@dataclass(frozen=True)
class FolderCandidate:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime  # aware, UTC
    slot_minutes: int
    site_url: str
    product_sheet_url: str
    documents: tuple[FolderDocument, ...]


@dataclass(frozen=True)
class FolderJuror:
    id: str
    name: str
    email: str
    role: JurorRole
    # None until the juror's request file is in the folder: the bundle build refuses then.
    request: Path | None


@dataclass(frozen=True, kw_only=True)
class OrganiserFolder:
    root: Path
    session_id: str
    title: str
    certification_title: str
    rs_code: str
    starts_on: date
    ends_on: date
    version: int
    decision_delay_months: int
    timezone: str = DEFAULT_TIMEZONE
    rule: DecisionRuleSpec
    plan: InterviewPlanSpec
    referential: ReferentialSpec
    jurors: tuple[FolderJuror, ...]
    candidates: tuple[FolderCandidate, ...]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def session_spec(
        self,
        issued_at: datetime,
        jurors: tuple[JurorSpec, ...],
        candidates: tuple[CandidateSpec, ...] | None = None,
    ) -> SessionSpec:
        """The session; its candidates as given, else with every document read from the folder.

        The bundle builder gives candidates whose documents are only hashed, so that
        large dossiers are streamed rather than held in memory.
        """
        if issued_at.tzinfo is None:
            raise ValueError("issued_at must be an aware datetime")
        return SessionSpec(
            id=self.session_id,
            title=self.title,
            certification_title=self.certification_title,
            rs_code=self.rs_code,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            version=self.version,
            issued_at=issued_at,
            decision_delay_months=self.decision_delay_months,
            rule=self.rule,
            plan=self.plan,
            referential=self.referential,
            candidates=(
                candidates
                if candidates is not None
                else tuple(_candidate_spec(candidate) for candidate in self.candidates)
            ),
            jurors=jurors,
        )


def _candidate_spec(candidate: FolderCandidate) -> CandidateSpec:
    links = (
        _link(DocumentKind.SITE_LINK, SITE_LINK_TITLE, candidate.site_url),
        _link(
            DocumentKind.PRODUCT_SHEET_LINK, PRODUCT_SHEET_LINK_TITLE, candidate.product_sheet_url
        ),
    )
    files = tuple(
        DocumentSpec(document.kind, document.title, document.media_type, _read(document.path))
        for document in candidate.documents
    )
    return CandidateSpec(
        id=candidate.id,
        name=candidate.name,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        slot_start=candidate.slot_start,
        slot_minutes=candidate.slot_minutes,
        documents=links + files,
    )


def _link(kind: DocumentKind, title: str, url: str) -> DocumentSpec:
    return DocumentSpec(kind, title, LINK_MEDIA_TYPE, url.encode("utf-8"))


def _read(path: Path) -> bytes:
    # The folder may have changed since it was loaded: check again, just before reading.
    try:
        if path.is_symlink() or not path.is_file():
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "messages", "{path}: no longer a regular file; check the folder again"
                ),
                path=path,
            )
        return path.read_bytes()
    except OSError as exc:
        raise FolderError(
            QT_TRANSLATE_NOOP("messages", "{path}: cannot be read ({reason})"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
