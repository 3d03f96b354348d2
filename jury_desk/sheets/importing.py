"""Importing the other juror's signed scoring sheets, and showing them only when allowed.

Each sheet is verified exactly as `sheet verify` does (`verify_sheet`), then
its signed data becomes that juror's assessment in this workspace, one
transaction per sheet. Versions: the same sheet again changes nothing; a newer
version supersedes the older one (kept, as history); an older version never
overrides a newer one; two different sheets with the same version are a
conflict, stored nowhere but in the journal.

Independent scoring (design.md §6): `other_juror_view` shows the other juror's
levels and comments for a candidate only once I have signed my own sheet for
that candidate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Competency,
    CompetencyScore,
    Juror,
    Recommendation,
    ScaleLevel,
    SignedSheet,
)
from jury_desk.sheets.data import SheetData
from jury_desk.sheets.file_name import sheet_file_name
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import KnownSession
from jury_desk.store import journal
from jury_desk.store.queries import me, the_session
from jury_desk.store.workspace import Workspace

__all__ = [
    "ImportKind",
    "ImportOutcome",
    "OtherJurorScore",
    "OtherJurorSheet",
    "import_sheet",
    "other_juror_view",
]


class ImportKind(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    SUPERSEDED_OLDER = "superseded-older"  # imported, and it replaced an older version
    OLDER_IGNORED = "older-ignored"
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one sheet; `reason` explains every kind but a plain import.

    `reason_message` is the reason as a message with its fields (which the window
    translates); `reason` is the same in English text (the command line's).
    """

    kind: ImportKind
    candidate_id: str | None = None
    juror_id: str | None = None
    version: int | None = None
    reason_message: UserError | None = None
    juror_name: str | None = None  # as the sheet gives it, for people to read

    @property
    def reason(self) -> str | None:
        return None if self.reason_message is None else str(self.reason_message)

    @property
    def accepted(self) -> bool:
        """The sheet is now in the workspace (just imported, or already there)."""
        return self.kind in (
            ImportKind.IMPORTED,
            ImportKind.UNCHANGED,
            ImportKind.SUPERSEDED_OLDER,
        )


@dataclass(frozen=True)
class OtherJurorScore:
    code: str
    title: str
    level: int | None
    level_label: str | None
    passing: bool | None
    comment: str
    seconds_discussed: int


@dataclass(frozen=True)
class OtherJurorSheet:
    """Another juror's living signed assessment of a candidate, as imported."""

    juror_id: str
    juror_name: str
    version: int
    signed_at: datetime | None
    recommendation: Recommendation | None
    overall_comment: str
    recused: bool
    scores: tuple[OtherJurorScore, ...]


class _Refused(Exception):
    def __init__(self, template: str, /, **fields: object) -> None:
        """`template` is a marked message, filled in with `fields`."""
        self.reason = UserError(template, **fields)
        super().__init__(str(self.reason))


def import_sheet(
    workspace: Workspace, pdf: bytes, sessions: Mapping[str, KnownSession], clock: Clock
) -> ImportOutcome:
    """Verify one signed sheet and keep it as the other juror's assessment; one transaction."""
    verdict = verify_sheet(pdf, sessions)
    data = verdict.data
    if data is None or verdict.refusal is not None:
        return _outcome(
            ImportKind.REFUSED,
            data,
            verdict.refusal or UserError(QT_TRANSLATE_NOOP("messages", "no sheet data")),
        )
    try:
        with workspace.session() as session:
            return _import_verified(session, data, pdf, verdict.signed_at, clock)
    except _Refused as refused:
        return _outcome(ImportKind.REFUSED, data, refused.reason)


@dataclass(frozen=True)
class _Target:
    """Where a verified sheet goes in this workspace: whose, for whom, which competencies."""

    me: Juror
    juror: Juror
    candidate: Candidate
    competencies: Mapping[str, Competency]

    def subject(self, data: SheetData) -> str:
        return f"{self.candidate.id}/{self.juror.id}/v{data.version}"


def _import_verified(
    session: Session, data: SheetData, pdf: bytes, signed_at: datetime | None, clock: Clock
) -> ImportOutcome:
    target = _target(session, data)
    versions = list(
        session.scalars(
            select(Assessment).where(
                Assessment.candidate_id == target.candidate.id,
                Assessment.juror_id == target.juror.id,
            )
        )
    )
    known = _against_known_versions(session, data, versions, target, clock)
    if known is not None:
        return known
    living = next((a for a in versions if a.status is not AssessmentStatus.SUPERSEDED), None)
    superseded: int | None = None
    if living is not None:
        living.status = AssessmentStatus.SUPERSEDED
        superseded = living.version
        session.flush()  # one living version at a time (ux_assessment_current)
    _store(session, data, pdf, signed_at or data.prepared_at, target, superseded, clock)
    if superseded is None:
        return _outcome(ImportKind.IMPORTED, data, None)
    return _outcome(
        ImportKind.SUPERSEDED_OLDER,
        data,
        UserError(QT_TRANSLATE_NOOP("messages", "replaces version {version}"), version=superseded),
    )


def _target(session: Session, data: SheetData) -> _Target:
    """The rows the sheet belongs to; refused if it is not for this workspace."""
    row = the_session(session)
    mine = me(session)
    if data.session.id != row.id:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "messages", "a sheet of session {sheet_session}, this workspace is {session}"
            ),
            sheet_session=data.session.id,
            session=row.id,
        )
    if data.juror.id == mine.id:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "messages", "your own sheet: your sheets are already in this workspace"
            )
        )
    juror = session.get(Juror, data.juror.id)
    if juror is None:
        raise _Refused(
            QT_TRANSLATE_NOOP("messages", "{juror} is not a juror of this workspace"),
            juror=data.juror.id,
        )
    candidate = session.get(Candidate, data.candidate.id)
    if candidate is None:
        raise _Refused(
            QT_TRANSLATE_NOOP("messages", "unknown candidate {candidate} in this workspace"),
            candidate=data.candidate.id,
        )
    competencies = {c.code: c for c in row.competencies}
    if sorted(c.code for c in data.competencies) != sorted(competencies):
        raise _Refused(
            QT_TRANSLATE_NOOP("messages", "its competencies are not those of this session")
        )
    if len(data.scale) != len(row.levels):
        raise _Refused(
            QT_TRANSLATE_NOOP("messages", "its level scale is not the one of this session")
        )
    return _Target(mine, juror, candidate, competencies)


def _against_known_versions(
    session: Session,
    data: SheetData,
    versions: list[Assessment],
    target: _Target,
    clock: Clock,
) -> ImportOutcome | None:
    """The outcome if this version, or a later one, is already here; None to import it."""
    same = next((a for a in versions if a.version == data.version), None)
    if same is not None:
        if same.signed_data_sha256 == data.sha256:
            return _outcome(
                ImportKind.UNCHANGED,
                data,
                UserError(QT_TRANSLATE_NOOP("messages", "already imported")),
            )
        journal.append(
            session,
            clock,
            actor=target.me.id,
            action="sheet.conflict",
            subject=target.subject(data),
            payload={"known_sha256": same.signed_data_sha256, "new_sha256": data.sha256},
        )
        return _outcome(
            ImportKind.CONFLICT,
            data,
            UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "another sheet with version {version} is already here: ask "
                    "{name} which one counts",
                ),
                version=data.version,
                name=data.juror.name,
            ),
        )
    living = next((a for a in versions if a.status is not AssessmentStatus.SUPERSEDED), None)
    if living is not None and living.version > data.version:
        return _outcome(
            ImportKind.OLDER_IGNORED,
            data,
            UserError(
                QT_TRANSLATE_NOOP("messages", "version {version} is already here and stays"),
                version=living.version,
            ),
        )
    return None


def _store(
    session: Session,
    data: SheetData,
    pdf: bytes,
    moment: datetime,
    target: _Target,
    superseded: int | None,
    clock: Clock,
) -> None:
    """The sheet as the other juror's signed assessment, its PDF, and the journal's line."""
    # Named before the new rows are added: naming reads the session's candidates.
    file_name = sheet_file_name(session, data)
    assessment = Assessment(
        candidate=target.candidate,
        juror=target.juror,
        version=data.version,
        conflict_declared=data.conflict.declared,
        conflict_statement=data.conflict.statement,
        recused=data.conflict.recused,
        recommendation=data.recommendation,
        overall_comment=data.overall_comment,
        preparation_notes="",
        signed_at=moment,
        signed_data_sha256=data.sha256,
        scores=[
            CompetencyScore(
                competency=target.competencies[c.code],
                level_rank=c.level,
                comment=c.comment,
                seconds_discussed=c.seconds_discussed,
            )
            for c in data.competencies
        ],
        # Last: a signed assessment refuses any further edit of its fields.
        status=AssessmentStatus.SIGNED,
    )
    session.add(assessment)
    pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    session.add(
        SignedSheet(
            assessment=assessment,
            file_name=file_name,
            signed_at=moment,
            pdf_sha256=pdf_sha256,
            pdf=pdf,
        )
    )
    journal.append(
        session,
        clock,
        actor=target.me.id,
        action="sheet.import",
        subject=target.subject(data),
        payload={"data_sha256": data.sha256, "pdf_sha256": pdf_sha256, "supersedes": superseded},
    )


def _outcome(kind: ImportKind, data: SheetData | None, reason: UserError | None) -> ImportOutcome:
    if data is None:
        return ImportOutcome(kind, reason_message=reason)
    return ImportOutcome(
        kind, data.candidate.id, data.juror.id, data.version, reason, data.juror.name
    )


def other_juror_view(workspace: Workspace, candidate_id: str) -> list[OtherJurorSheet] | None:
    """The other jurors' signed levels and comments; None until I have signed my own sheet.

    Once any version of my sheet for the candidate is signed the view stays open,
    even while I edit a new version: what was seen cannot be unseen.
    """
    with workspace.reading() as session:
        if session.get(Candidate, candidate_id) is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "messages", "There is no candidate {candidate!r} in this session."
                ),
                candidate=candidate_id,
            )
        mine = me(session)
        signed_by_me = session.scalars(
            select(Assessment.id).where(
                Assessment.candidate_id == candidate_id,
                Assessment.juror_id == mine.id,
                Assessment.signed_at.is_not(None),
            )
        ).first()
        if signed_by_me is None:
            return None
        levels = {level.rank: level for level in the_session(session).levels}
        theirs = session.scalars(
            select(Assessment)
            .where(
                Assessment.candidate_id == candidate_id,
                Assessment.juror_id != mine.id,
                Assessment.status == AssessmentStatus.SIGNED,
            )
            .order_by(Assessment.juror_id)
        )
        view = []
        for assessment in theirs:
            scores = sorted(assessment.scores, key=lambda s: s.competency.position)
            view.append(
                OtherJurorSheet(
                    juror_id=assessment.juror_id,
                    juror_name=assessment.juror.name,
                    version=assessment.version,
                    signed_at=assessment.signed_at,
                    recommendation=assessment.recommendation,
                    overall_comment=assessment.overall_comment,
                    recused=assessment.recused,
                    scores=tuple(
                        OtherJurorScore(
                            code=s.competency.code,
                            title=s.competency.title,
                            level=s.level_rank,
                            level_label=_label(levels, s.level_rank),
                            passing=_passing(levels, s.level_rank),
                            comment=s.comment,
                            seconds_discussed=s.seconds_discussed,
                        )
                        for s in scores
                    ),
                )
            )
        return view


def _label(levels: Mapping[int, ScaleLevel], rank: int | None) -> str | None:
    level = levels.get(rank) if rank is not None else None
    return None if level is None else level.label


def _passing(levels: Mapping[int, ScaleLevel], rank: int | None) -> bool | None:
    level = levels.get(rank) if rank is not None else None
    return None if level is None else level.passing
