"""The session's board once the juries have sat: each candidate's interview, decision due date
and outcome, the juries whose results are still due (overdue in words), and the counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from jury_desk.models.enums import ApplicationStatus, Outcome
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Candidate, Decision, ReceivedResults, RegistrySession
from jury_desk.registry.store import Registry
from jury_desk.rules.deadlines import decision_due_date, interview_day


@dataclass(frozen=True)
class CandidateLine:
    candidate_id: str
    name: str
    jury_label: str  # "" when not placed
    interview_start: datetime | None
    due_on: date | None  # the interview's day plus the session's delay
    status: ApplicationStatus
    outcome: Outcome | None
    decided_at: datetime | None

    def days_late(self, today: date) -> int:
        """How many days past its due date the answer is, 0 when on time or decided."""
        if self.due_on is None or self.outcome is not None:
            return 0
        return max((today - self.due_on).days, 0)


@dataclass(frozen=True)
class JuryLine:
    jury_id: str
    label: str
    interviews: int
    due_on: date | None  # the last interview's day plus the delay
    received_at: datetime | None  # when its latest results file was imported

    def days_late(self, today: date) -> int:
        if self.due_on is None or self.received_at is not None:
            return 0
        return max((today - self.due_on).days, 0)


@dataclass(frozen=True)
class Board:
    candidates: tuple[CandidateLine, ...]
    juries: tuple[JuryLine, ...]

    @property
    def outcomes(self) -> Counter[Outcome]:
        return Counter(line.outcome for line in self.candidates if line.outcome is not None)


def session_board(registry: Registry, session_id: str) -> Board:
    with registry.read() as session:
        meeting = must_get(session, RegistrySession, session_id)
        delay = meeting.decision_delay_months
        decisions = {
            d.candidate_id: d
            for d in session.scalars(
                select(Decision)
                .join(Decision.candidate)
                .where(Candidate.session_id == session_id, Decision.superseded_by.is_(None))
            )
        }
        lines = []
        juries = []
        for jury in meeting.juries:
            days = [interview_day(p.start_utc) for p in jury.placements]
            received = session.scalars(
                select(ReceivedResults)
                .where(ReceivedResults.jury_id == jury.id)
                .order_by(ReceivedResults.imported_at.desc())
            ).first()
            juries.append(
                JuryLine(
                    jury.id,
                    jury.label,
                    len(days),
                    decision_due_date(max(days), delay) if days else None,
                    received.imported_at if received else None,
                )
            )
            for placement in jury.placements:
                candidate, decision = placement.candidate, decisions.get(placement.candidate_id)
                lines.append(
                    CandidateLine(
                        candidate.id,
                        candidate.display_name,
                        jury.label,
                        placement.start_utc,
                        decision_due_date(interview_day(placement.start_utc), delay),
                        candidate.status,
                        decision.outcome if decision else None,
                        decision.decided_at if decision else None,
                    )
                )
        lines.sort(key=lambda line: (line.interview_start or datetime.max, line.name))
        return Board(tuple(lines), tuple(juries))
