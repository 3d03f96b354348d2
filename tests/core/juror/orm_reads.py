"""The desk's snapshots read through the ORM: the reference the plain-SQL reads must equal.

This is what `JurorDesk` read before its snapshots moved to plain SQL
(jury_desk/juror/reading), kept here as the oracle of
tests/core/juror/test_plain_reads.py: the ORM follows the models, so a column
renamed or a meaning changed in a model shows up as a difference.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.interview.loaded import Loaded, event_payload
from jury_desk.juror.interview.storing import load_orm
from jury_desk.juror.snapshots import (
    CandidateStatus,
    CandidateSummary,
    DocumentSummary,
    GridRowState,
    GridState,
    LevelInfo,
    SessionHeader,
)
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    CertificationSession,
    Competency,
    CompetencyScore,
    DossierDocument,
    InterviewEvent,
    InterviewEventKind,
    JurorRole,
    SignedMinutes,
)
from jury_desk.rules.deadlines import decision_due_date, interview_day, workspace_kept_until
from jury_desk.rules.scale import Scale
from jury_desk.rules.sheet import GridRow, sheet_problems
from jury_desk.session.documents import read_content
from jury_desk.session.progress import CandidateFacts, MinutesFacts, Progress, next_step
from jury_desk.store.queries import me, scale_of, the_session
from jury_desk.store.workspace import Workspace


class OrmDesk:
    """`JurorDesk`'s reads, each in an ORM session of its own."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def header(self) -> SessionHeader:
        with self.workspace.reading() as session:
            row, juror = the_session(session), me(session)
            return SessionHeader(
                row.id, row.title, row.certification_title, juror.name, juror.role.value
            )

    def kept_until(self) -> date:
        with self.workspace.reading() as session:
            row = the_session(session)
            return workspace_kept_until(row.ends_on, row.decision_delay_months)

    def progress(self) -> Progress:
        with self.workspace.reading() as session:
            return _progress(session)

    def scale(self) -> Scale:
        with self.workspace.reading() as session:
            return scale_of(session)

    def competency_titles(self) -> list[tuple[str, str]]:
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

    def clock_loaded(self, candidate_id: str) -> Loaded:
        with self.workspace.reading() as session:
            return load_orm(session, candidate_id)

    def stop_record(self, candidate_id: str) -> object:
        with self.workspace.reading() as session:
            payload = session.scalars(
                select(InterviewEvent.payload)
                .where(
                    InterviewEvent.candidate_id == candidate_id,
                    InterviewEvent.kind == InterviewEventKind.STOP,
                )
                .order_by(InterviewEvent.seq)
                .limit(1)
            ).first()
        return None if payload is None else event_payload(payload).get("record")

    def under_way(self) -> list[tuple[str, str]]:
        with self.workspace.reading() as session:
            started = set(
                session.scalars(
                    select(InterviewEvent.candidate_id).where(
                        InterviewEvent.kind == InterviewEventKind.START
                    )
                )
            )
            ended = set(
                session.scalars(
                    select(InterviewEvent.candidate_id).where(
                        InterviewEvent.kind == InterviewEventKind.STOP
                    )
                )
            )
            return [
                (c.id, c.name)
                for c in session.scalars(
                    select(Candidate).order_by(Candidate.slot_start, Candidate.id)
                )
                if c.id in started - ended
            ]


def _progress(session: Session) -> Progress:
    row = the_session(session)
    mine = me(session)
    facts = [
        CandidateFacts(
            decided=c.deliberation is not None and c.deliberation.outcome is not None,
            decided_at=c.deliberation.decided_at if c.deliberation else None,
            signed_by=frozenset(
                a.juror_id for a in c.assessments if a.status is AssessmentStatus.SIGNED
            ),
        )
        for c in row.candidates
    ]
    latest = session.scalars(
        select(SignedMinutes)
        .where(SignedMinutes.session_id == row.id)
        .order_by(SignedMinutes.revision.desc())
        .limit(1)
    ).first()
    minutes = (
        None if latest is None else MinutesFacts(latest.revision, latest.signed_at, latest.cosigned)
    )
    jurors = {juror.id for juror in row.jurors}
    return next_step(facts, mine.id, mine.role is JurorRole.CHAIR, jurors, minutes)


def _grid_row(
    row: CertificationSession,
    competency: Competency,
    score: CompetencyScore | None,
    scale: Scale,
) -> GridRowState:
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
