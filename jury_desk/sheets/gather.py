"""A scoring sheet's data from the workspace: a juror's living assessment of a candidate."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.editing import current_assessment
from jury_desk.kernel.document_values import (
    certifier_name,
    nfc,
    whole_utc,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Competency,
    CompetencyScore,
    InterviewEvent,
    InterviewEventKind,
    Juror,
    ScaleLevel,
)
from jury_desk.rules.deadlines import interview_day
from jury_desk.rules.document_checks import (
    PrintedLevel,
)
from jury_desk.sheets.data import (
    SheetCandidate,
    SheetCompetency,
    SheetConflict,
    SheetData,
    SheetInterview,
    SheetJuror,
    SheetSession,
    sheet_id,
)
from jury_desk.store.queries import me, the_session


def sheet_data_from_workspace(
    session: Session, candidate_id: str, juror_id: str | None = None, *, now: datetime
) -> SheetData:
    """The sheet data of `juror_id`'s living assessment of a candidate (None: mine).

    My assessment is created empty if I have none yet, as the grid does; another
    juror's must exist in the workspace.
    """
    if now.tzinfo is None:
        raise ValueError(f"naive datetime {now!r}: pass an aware UTC time")
    row = the_session(session)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
            candidate=candidate_id,
        )
    assessment = _assessment(session, candidate_id, juror_id)
    juror = assessment.juror
    scores = {score.competency_id: score for score in assessment.scores}
    levels = {level.rank: level for level in row.levels}
    competencies = [
        _sheet_competency(competency, scores.get(competency.id), levels)
        for competency in row.competencies
    ]
    return SheetData(
        sheet_id=sheet_id(row.id, candidate.id, juror.id),
        version=assessment.version,
        session=SheetSession(
            row.id,
            nfc(row.title),
            nfc(row.certification_title),
            row.rs_code,
            certifier_name(row.organiser_name),
        ),
        candidate=SheetCandidate(
            id=candidate.id,
            name=nfc(candidate.name),
            startup=nfc(candidate.startup),
            incubator=nfc(candidate.incubator),
            phase=nfc(candidate.phase),
            role=nfc(candidate.role),
            slot_start=whole_utc(candidate.slot_start),
        ),
        juror=SheetJuror(juror.id, nfc(juror.name), juror.email, juror.role),
        interview=_interview(session, candidate_id),
        scale=tuple(PrintedLevel(lv.rank, nfc(lv.label), lv.passing) for lv in row.levels),
        competencies=tuple(competencies),
        recommendation=assessment.recommendation,
        overall_comment=nfc(assessment.overall_comment),
        conflict=SheetConflict(
            assessment.conflict_declared,
            nfc(assessment.conflict_statement),
            assessment.recused,
        ),
        prepared_at=whole_utc(now),
    )


def _sheet_competency(
    competency: Competency, score: CompetencyScore | None, levels: Mapping[int, ScaleLevel]
) -> SheetCompetency:
    """One row of the sheet: the level (with its label and descriptor) and the comment."""
    rank = score.level_rank if score is not None else None
    level = levels.get(rank) if rank is not None else None
    descriptor = next((d.text for d in competency.descriptors if d.rank == rank), None)
    return SheetCompetency(
        code=competency.code,
        title=nfc(competency.title),
        level=rank,
        level_label=nfc(level.label) if level is not None else None,
        descriptor=nfc(descriptor) if level is not None and descriptor else None,
        passing=level.passing if level is not None else None,
        comment=nfc(score.comment) if score is not None else "",
        seconds_discussed=score.seconds_discussed if score is not None else 0,
    )


def _assessment(session: Session, candidate_id: str, juror_id: str | None) -> Assessment:
    mine = me(session)
    if juror_id is None or juror_id == mine.id:
        return current_assessment(session, candidate_id)
    if session.get(Juror, juror_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no juror {juror!r} in this session."),
            juror=juror_id,
        )
    assessment = session.scalars(
        select(Assessment).where(
            Assessment.candidate_id == candidate_id,
            Assessment.juror_id == juror_id,
            Assessment.status != AssessmentStatus.SUPERSEDED,
        )
    ).first()
    if assessment is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "This workspace holds no assessment of {candidate} by {juror}."
            ),
            candidate=candidate_id,
            juror=juror_id,
        )
    return assessment


def _interview(session: Session, candidate_id: str) -> SheetInterview | None:
    # The record the clock keeps with its STOP event (InterviewClock.record), read
    # here in the caller's transaction so the sheet is one consistent snapshot.
    payload = session.scalars(
        select(InterviewEvent.payload)
        .where(
            InterviewEvent.candidate_id == candidate_id,
            InterviewEvent.kind == InterviewEventKind.STOP,
        )
        .order_by(InterviewEvent.seq)
        .limit(1)
    ).first()
    if payload is None:
        return None
    try:
        # The workspace's own journal (encrypted, written by jury-desk): not outside JSON.
        record = json.loads(payload).get("record")
        started = whole_utc(datetime.fromisoformat(record["started_at"]))
        ended = whole_utc(datetime.fromisoformat(record["ended_at"]))
        duration, paused = int(record["duration_s"]), int(record["paused_s"])
    except (ValueError, TypeError, KeyError, AttributeError):
        # A STOP event without a readable record (written by hand or by an older
        # version): the sheet says the interview was not timed rather than guess.
        return None
    return SheetInterview(interview_day(started), started, ended, max(0, duration), max(0, paused))
