"""What the juror's window shows, read from the workspace as plain values, and its edits.

The window holds no SQL: it asks this facade for snapshots (candidates, dossier,
grid) and sends edits through the `ScoringEditor` it exposes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.editing import ScoringEditor
from jury_desk.models import (
    EXPECTED_DOSSIER_KINDS,
    Assessment,
    AssessmentStatus,
    Candidate,
    CertificationSession,
    Competency,
    CompetencyScore,
    DocumentKind,
    DossierDocument,
    InterviewEventKind,
    Recommendation,
)
from jury_desk.rules.deadlines import decision_due_date, interview_day
from jury_desk.rules.scale import Scale
from jury_desk.rules.sheet import GridRow, SheetProblem, sheet_problems
from jury_desk.session.documents import read_content
from jury_desk.session.progress import Progress, session_progress
from jury_desk.store.queries import me, scale_of, the_session
from jury_desk.store.workspace import Workspace


class CandidateStatus(StrEnum):
    TO_PREPARE = "to_prepare"
    IN_INTERVIEW = "in_interview"
    SCORED = "scored"
    SIGNED = "signed"
    DELIBERATED = "deliberated"


@dataclass(frozen=True)
class CandidateSummary:
    id: str
    name: str
    startup: str
    incubator: str
    phase: str
    role: str
    slot_start: datetime
    slot_minutes: int
    status: CandidateStatus
    conflict_declared: bool
    decision_due: date


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    kind: DocumentKind
    title: str
    media_type: str
    size: int


@dataclass(frozen=True)
class LevelInfo:
    rank: int
    label: str
    passing: bool
    descriptor: str


@dataclass(frozen=True)
class GridRowState:
    code: str
    title: str
    description: str
    criteria: tuple[str, ...]
    levels: tuple[LevelInfo, ...]
    level: int | None
    comment: str
    seconds_discussed: int
    comment_required: bool


@dataclass(frozen=True)
class GridState:
    candidate_id: str
    rows: tuple[GridRowState, ...]
    recommendation: Recommendation | None
    overall_comment: str
    preparation_notes: str
    conflict_declared: bool
    conflict_statement: str
    recused: bool
    frozen: bool
    problems: tuple[SheetProblem, ...]


@dataclass(frozen=True)
class SessionHeader:
    id: str
    title: str
    certification_title: str
    me_name: str
    me_role: str


class JurorDesk:
    """The juror's view of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.editor = ScoringEditor(workspace)

    def header(self) -> SessionHeader:
        with self.workspace.reading() as session:
            row, juror = the_session(session), me(session)
            return SessionHeader(
                row.id, row.title, row.certification_title, juror.name, juror.role.value
            )

    def progress(self) -> Progress:
        """The session's next step for the person using this workspace."""
        with self.workspace.reading() as session:
            return session_progress(session)

    def scale(self) -> Scale:
        with self.workspace.reading() as session:
            levels = the_session(session).levels
            return Scale(tuple(lv.label for lv in levels), tuple(lv.passing for lv in levels))

    def competency_titles(self) -> list[tuple[str, str]]:
        """Each competency's code and title, in the referential's order."""
        with self.workspace.reading() as session:
            return [(c.code, c.title) for c in the_session(session).competencies]

    def candidates(self) -> list[CandidateSummary]:
        with self.workspace.reading() as session:
            row = the_session(session)
            mine = _my_assessments(session)
            return [
                CandidateSummary(
                    id=c.id,
                    name=c.name,
                    startup=c.startup,
                    incubator=c.incubator,
                    phase=c.phase,
                    role=c.role,
                    slot_start=c.slot_start,
                    slot_minutes=c.slot_minutes,
                    status=_status(c, mine.get(c.id)),
                    conflict_declared=bool(mine.get(c.id) and mine[c.id].conflict_declared),
                    decision_due=decision_due_date(
                        interview_day(c.slot_start), row.decision_delay_months
                    ),
                )
                for c in sorted(row.candidates, key=lambda c: (c.slot_start, c.name))
            ]

    def dossier(self, candidate_id: str) -> list[DocumentSummary]:
        with self.workspace.reading() as session:
            documents = session.scalars(
                select(DossierDocument)
                .where(DossierDocument.candidate_id == candidate_id)
                .order_by(DossierDocument.position)
            )
            return [DocumentSummary(d.id, d.kind, d.title, d.media_type, d.size) for d in documents]

    def dossier_checklist(self, candidate_id: str) -> dict[DocumentKind, bool]:
        """For each of the six expected dossier items: is it present?"""
        present = {document.kind for document in self.dossier(candidate_id)}
        return {kind: kind in present for kind in EXPECTED_DOSSIER_KINDS}

    def document_content(self, document_id: int) -> bytes:
        with self.workspace.reading() as session:
            return read_content(session, document_id)

    def grid(self, candidate_id: str) -> GridState:
        with self.workspace.reading() as session:
            row = the_session(session)
            scale = scale_of(session)
            assessment = _my_assessments(session).get(candidate_id)
            scores = {s.competency_id: s for s in assessment.scores} if assessment else {}
            rows = [
                _grid_row(row, competency, scores.get(competency.id), scale)
                for competency in row.competencies
            ]
            recused = bool(assessment and assessment.recused)
            statement = assessment.conflict_statement if assessment else ""
            problems = sheet_problems(
                [GridRow(r.code, r.level, r.comment) for r in rows],
                scale,
                recused=recused,
                conflict_statement=statement,
            )
            return GridState(
                candidate_id=candidate_id,
                rows=tuple(rows),
                recommendation=assessment.recommendation if assessment else None,
                overall_comment=assessment.overall_comment if assessment else "",
                preparation_notes=assessment.preparation_notes if assessment else "",
                conflict_declared=bool(assessment and assessment.conflict_declared),
                conflict_statement=statement,
                recused=recused,
                frozen=bool(assessment and assessment.is_frozen),
                problems=tuple(problems),
            )


def _grid_row(
    row: CertificationSession,
    competency: Competency,
    score: CompetencyScore | None,
    scale: Scale,
) -> GridRowState:
    """One competency of the grid: its referential, and my level and comment if any."""
    level = score.level_rank if score else None
    comment = score.comment if score else ""
    return GridRowState(
        code=competency.code,
        title=competency.title,
        description=competency.description,
        criteria=tuple(competency.criteria_list),
        levels=tuple(
            LevelInfo(lv.rank, lv.label, lv.passing, d.text)
            for lv, d in zip(row.levels, competency.descriptors, strict=True)
        ),
        level=level,
        comment=comment,
        seconds_discussed=score.seconds_discussed if score else 0,
        comment_required=scale.needs_comment(level) and not comment.strip(),
    )


def _my_assessments(session: Session) -> dict[str, Assessment]:
    juror = me(session)
    assessments = session.scalars(
        select(Assessment).where(
            Assessment.juror_id == juror.id, Assessment.status != AssessmentStatus.SUPERSEDED
        )
    )
    return {a.candidate_id: a for a in assessments}


def _status(candidate: Candidate, assessment: Assessment | None) -> CandidateStatus:
    if candidate.deliberation is not None and candidate.deliberation.outcome is not None:
        return CandidateStatus.DELIBERATED
    if assessment is not None and assessment.status is AssessmentStatus.SIGNED:
        return CandidateStatus.SIGNED
    kinds = [event.kind for event in candidate.events]
    if InterviewEventKind.START in kinds and InterviewEventKind.STOP not in kinds:
        return CandidateStatus.IN_INTERVIEW
    if assessment is not None and (
        assessment.recused or all(s.level_rank is not None for s in assessment.scores)
    ):
        return CandidateStatus.SCORED
    return CandidateStatus.TO_PREPARE
