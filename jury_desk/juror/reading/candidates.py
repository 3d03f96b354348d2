"""The candidate list, a dossier's documents and the session's next step, in plain SQL."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from jury_desk.juror.reading.columns import utc, utc_or_none
from jury_desk.juror.reading.session import me, the_session
from jury_desk.juror.snapshots import CandidateStatus, CandidateSummary, DocumentSummary
from jury_desk.models.enums import AssessmentStatus, DocumentKind, InterviewEventKind, JurorRole
from jury_desk.rules.deadlines import decision_due_date, interview_day
from jury_desk.session.progress import CandidateFacts, MinutesFacts, Progress, next_step
from jury_desk.store.workspace import PlainReads


@dataclass(frozen=True)
class _Mine:
    """My living (draft or signed) assessment of one candidate, as its status needs it."""

    status: AssessmentStatus
    recused: bool
    conflict_declared: bool
    unscored: int  # rows without a level


def candidates(sql: PlainReads) -> list[CandidateSummary]:
    row = the_session(sql)
    mine = _my_assessments(sql)
    decided = {
        candidate_id
        for (candidate_id,) in sql.all(
            "SELECT candidate_id FROM deliberation WHERE outcome IS NOT NULL"
        )
    }
    kinds: dict[str, set[str]] = defaultdict(set)
    for candidate_id, kind in sql.all("SELECT DISTINCT candidate_id, kind FROM interview_event"):
        kinds[candidate_id].add(kind)
    rows = sql.all(
        "SELECT id, name, startup, incubator, phase, role, slot_start, slot_minutes"
        " FROM candidate WHERE session_id = ?",
        (row.id,),
    )
    summaries = []
    for candidate_id, name, startup, incubator, phase, role, slot, minutes in rows:
        start = utc(slot)
        assessment = mine.get(candidate_id)
        summaries.append(
            CandidateSummary(
                id=candidate_id,
                name=name,
                startup=startup,
                incubator=incubator,
                phase=phase,
                role=role,
                slot_start=start,
                slot_minutes=minutes,
                status=_status(candidate_id in decided, assessment, kinds[candidate_id]),
                conflict_declared=bool(assessment and assessment.conflict_declared),
                decision_due=decision_due_date(interview_day(start), row.decision_delay_months),
            )
        )
    return sorted(summaries, key=lambda c: (c.slot_start, c.name))


def _my_assessments(sql: PlainReads) -> dict[str, _Mine]:
    rows = sql.all(
        "SELECT assessment.candidate_id, assessment.status, assessment.recused,"
        " assessment.conflict_declared,"
        " (SELECT count(*) FROM competency_score"
        "  WHERE assessment_id = assessment.id AND level_rank IS NULL)"
        " FROM assessment WHERE juror_id = ? AND status != ?",
        (me(sql).id, AssessmentStatus.SUPERSEDED.value),
    )
    return {
        candidate_id: _Mine(AssessmentStatus(status), bool(recused), bool(conflict), unscored)
        for candidate_id, status, recused, conflict, unscored in rows
    }


def _status(decided: bool, assessment: _Mine | None, kinds: set[str]) -> CandidateStatus:
    # The same order as the ORM's reading had: decided, signed, in interview, scored.
    if decided:
        return CandidateStatus.DELIBERATED
    if assessment is not None and assessment.status is AssessmentStatus.SIGNED:
        return CandidateStatus.SIGNED
    if InterviewEventKind.START.value in kinds and InterviewEventKind.STOP.value not in kinds:
        return CandidateStatus.IN_INTERVIEW
    if assessment is not None and (assessment.recused or assessment.unscored == 0):
        return CandidateStatus.SCORED
    return CandidateStatus.TO_PREPARE


def dossier(sql: PlainReads, candidate_id: str) -> list[DocumentSummary]:
    rows = sql.all(
        "SELECT id, kind, title, media_type, size FROM dossier_document"
        " WHERE candidate_id = ? ORDER BY position",
        (candidate_id,),
    )
    return [
        DocumentSummary(document_id, DocumentKind(kind), title, media_type, size)
        for document_id, kind, title, media_type, size in rows
    ]


def progress(sql: PlainReads) -> Progress:
    """The session's next step for the person using this workspace (session/progress.py)."""
    row, mine = the_session(sql), me(sql)
    signed: dict[str, set[str]] = defaultdict(set)
    for candidate_id, juror_id in sql.all(
        "SELECT candidate_id, juror_id FROM assessment WHERE status = ?",
        (AssessmentStatus.SIGNED.value,),
    ):
        signed[candidate_id].add(juror_id)
    facts = [
        CandidateFacts(
            decided=outcome is not None,
            decided_at=utc_or_none(decided_at),
            signed_by=frozenset(signed[candidate_id]),
        )
        for candidate_id, outcome, decided_at in sql.all(
            "SELECT candidate.id, deliberation.outcome, deliberation.decided_at FROM candidate"
            " LEFT JOIN deliberation ON deliberation.candidate_id = candidate.id"
            " WHERE candidate.session_id = ?",
            (row.id,),
        )
    ]
    jurors = {
        juror_id for (juror_id,) in sql.all("SELECT id FROM juror WHERE session_id = ?", (row.id,))
    }
    latest = sql.first(
        "SELECT revision, signed_at, cosigned FROM signed_minutes"
        " WHERE session_id = ? ORDER BY revision DESC LIMIT 1",
        (row.id,),
    )
    minutes = None if latest is None else MinutesFacts(latest[0], utc(latest[1]), bool(latest[2]))
    return next_step(facts, mine.id, mine.role is JurorRole.CHAIR, jurors, minutes)
