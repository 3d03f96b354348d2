"""A clock gesture's transaction, through the ORM: the event, its journal entry, my seconds.

Imported at the first gesture, not with the window: SQLAlchemy comes with it.
What the gesture decides from is read again here, inside the transaction that
writes, so that two gestures never decide from the same events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.editing import current_assessment
from jury_desk.juror.interview.loaded import Loaded, clock_event
from jury_desk.juror.interview.record import interview_record
from jury_desk.juror.interview.replay import ClockEvent, Timeline
from jury_desk.juror.interview.state import InterviewState
from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.clock import Clock
from jury_desk.models import Candidate, InterviewEvent, InterviewEventKind
from jury_desk.store import journal
from jury_desk.store.missing import unknown_candidate
from jury_desk.store.queries import me, the_session
from jury_desk.store.workspace import Workspace

# What a gesture stores, decided from the stored events and the state they give:
# the payload details, or None to store nothing. Raises ClockStateError to refuse.
Decide = Callable[[Loaded, InterviewState], dict[str, Any] | None]


@dataclass(frozen=True)
class Stored:
    state: InterviewState  # after the gesture
    written: bool  # False: the gesture stored nothing


def store_event(
    workspace: Workspace,
    clock: Clock,
    candidate_id: str,
    gesture: ClockEvent,
    decide: Decide,
    timeline: Callable[[Loaded, tuple[ClockEvent, ...]], Timeline],
    *,
    write_seconds: bool,
) -> Stored:
    """Store `gesture` (its seq is given here) if `decide` says what to store."""
    kind = gesture.kind
    with workspace.session() as session:
        loaded = load_orm(session, candidate_id)
        before = timeline(loaded, ())
        details = decide(loaded, before.state)
        if details is None:
            return Stored(before.state, written=False)
        event = replace(gesture, seq=loaded.next_seq)
        after = timeline(loaded, (event,))
        payload: dict[str, Any] = {"run": event.run, **details}
        if kind is InterviewEventKind.STOP:
            payload["record"] = interview_record(after)
        session.add(
            InterviewEvent(
                candidate_id=candidate_id,
                seq=event.seq,
                kind=kind,
                at_utc=event.at,
                monotonic_s=event.monotonic,
                payload=journal_json(payload),
            )
        )
        if write_seconds:
            _write_seconds(session, candidate_id, after.state.competency_seconds)
        journal.append(
            session,
            clock,
            actor=me(session).id,
            action=f"interview.{kind.value}",
            subject=candidate_id,
            payload={"seq": event.seq, **payload},
        )
    return Stored(after.state, written=True)


def load_orm(session: Session, candidate_id: str) -> Loaded:
    """What `loaded.load` reads, through the ORM in the gesture's own transaction."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise unknown_candidate(candidate_id)
    rows = session.scalars(
        select(InterviewEvent)
        .where(InterviewEvent.candidate_id == candidate_id)
        .order_by(InterviewEvent.seq)
    )
    row = the_session(session)
    return Loaded(
        candidate_name=candidate.name,
        events=tuple(
            clock_event(event.seq, event.kind, event.at_utc, event.monotonic_s, event.payload)
            for event in rows
        ),
        plan=tuple((phase.code, phase.title, phase.minutes) for phase in row.phases),
        marks=row.warning_marks_minutes,
    )


def _write_seconds(session: Session, candidate_id: str, seconds: dict[str, float]) -> None:
    """Time per competency onto my sheet's rows, unless the sheet is signed (then frozen)."""
    assessment = current_assessment(session, candidate_id)
    if assessment.is_frozen:
        return
    for score in assessment.scores:
        value = round(seconds.get(score.competency.code, 0.0))
        if score.seconds_discussed != value:
            score.seconds_discussed = value
