"""What the clock replays, read from the workspace: a candidate's events and the session's plan.

Read in plain SQL (the window shows a clock before it loads SQLAlchemy); a gesture
reads the same again through the ORM, inside the transaction that stores its
event (storing.py), so that what it decides from is what it writes after.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jury_desk.juror.interview.replay import ClockEvent, PlanPhase
from jury_desk.juror.reading.columns import utc
from jury_desk.juror.reading.session import the_session
from jury_desk.models.enums import InterviewEventKind
from jury_desk.store.missing import unknown_candidate
from jury_desk.store.workspace import PlainReads


@dataclass(frozen=True)
class Loaded:
    candidate_name: str
    events: tuple[ClockEvent, ...]
    plan: tuple[PlanPhase, ...]
    marks: tuple[int, ...]

    @property
    def next_seq(self) -> int:
        return self.events[-1].seq + 1 if self.events else 1


def warning_marks(text: str) -> tuple[int, ...]:
    """The session's warning marks, stored comma-separated ("10,5")."""
    return tuple(int(part) for part in text.split(",") if part)


def clock_event(
    seq: int, kind: InterviewEventKind, at: datetime, monotonic: float, payload_text: str
) -> ClockEvent:
    payload = event_payload(payload_text)
    run = payload.get("run")
    competency = payload.get("competency")
    return ClockEvent(
        seq=seq,
        kind=kind,
        at=at,
        monotonic=monotonic,
        run=run if isinstance(run, str) else "",
        competency=competency if isinstance(competency, str) else None,
    )


def event_payload(text: str) -> dict[str, Any]:
    # An event written by hand or by an older version may lack the fields: the
    # replay then treats it as of an unknown run (UTC spans).
    try:
        data = json.loads(text)  # the workspace's own journal (encrypted): not outside JSON
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def load(sql: PlainReads, candidate_id: str) -> Loaded:
    candidate = sql.first("SELECT name FROM candidate WHERE id = ?", (candidate_id,))
    if candidate is None:
        raise unknown_candidate(candidate_id)
    events = sql.all(
        "SELECT seq, kind, at_utc, monotonic_s, payload FROM interview_event"
        " WHERE candidate_id = ? ORDER BY seq",
        (candidate_id,),
    )
    session_id = the_session(sql).id
    plan = sql.all(
        "SELECT code, title, minutes FROM interview_phase WHERE session_id = ? ORDER BY position",
        (session_id,),
    )
    marks = sql.first("SELECT warning_marks FROM certification_session WHERE id = ?", (session_id,))
    assert marks is not None, "the session was just read"
    return Loaded(
        candidate_name=candidate[0],
        events=tuple(
            clock_event(seq, InterviewEventKind(kind), utc(at), monotonic, payload)
            for seq, kind, at, monotonic, payload in events
        ),
        plan=tuple((code, title, minutes) for code, title, minutes in plan),
        marks=warning_marks(marks[0]),
    )


def stop_payload(sql: PlainReads, candidate_id: str) -> str | None:
    """The payload of the candidate's STOP event, if the interview ended."""
    row = sql.first(
        "SELECT payload FROM interview_event WHERE candidate_id = ? AND kind = ?"
        " ORDER BY seq LIMIT 1",
        (candidate_id, InterviewEventKind.STOP.value),
    )
    return None if row is None else str(row[0])


def has_competency(sql: PlainReads, code: str) -> bool:
    return sql.first("SELECT 1 FROM competency WHERE code = ? LIMIT 1", (code,)) is not None


def under_way(sql: PlainReads) -> list[tuple[str, str]]:
    """(id, name) of every candidate whose interview started and did not end, by slot."""
    return [
        (candidate_id, name)
        for candidate_id, name in sql.all(
            "SELECT id, name FROM candidate"
            " WHERE id IN (SELECT candidate_id FROM interview_event WHERE kind = ?)"
            " AND id NOT IN (SELECT candidate_id FROM interview_event WHERE kind = ?)"
            " ORDER BY slot_start, id",
            (InterviewEventKind.START.value, InterviewEventKind.STOP.value),
        )
    ]
