"""Where each decision of a session stands with the Caisse des Dépôts, and what to do next.

One line per candidate with a current decision (and per candidate declared once whose
decision changed since): the decision, the three months the Code du travail gives to
declare it (R.6113-17-2), the last passage written for it and what comes next:

- to declare: certified and never declared, or written in a file never sent, or
  rejected by the CDC and corrected since (the identity or the decision changed), or
  accepted once and then corrected (the same passage, sent again with its new data);
- awaiting the report: sent, the CDC has not answered;
- awaiting correction: rejected, and nothing changed since (the same data would be
  rejected again): the CDC's message says what to correct;
- declared: accepted, for this very decision (never sent again);
- to withdraw: declared, but the decision was corrected to one that does not certify:
  the schema cannot say it, the certifier tells the CDC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models.enums import Outcome
from jury_desk.registry.models import Candidate, Decision, DeclaredPassage
from jury_desk.registry.models.declaration import ACCEPTED, GENERATED, REJECTED, REPLACED, SENT
from jury_desk.rules.deadlines import add_months, interview_day

DECLARATION_MONTHS = 3  # from the decision (Code du travail, R.6113-17-2)


class NextStep(StrEnum):
    DECLARE = "declare"
    AWAIT_REPORT = "await-report"
    AWAIT_CORRECTION = "await-correction"
    DECLARED = "declared"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class DeclarationLine:
    candidate_id: str
    name: str
    decision_id: int
    outcome: Outcome
    decided_on: date
    status: str | None  # the last passage's (generated, sent, accepted, rejected); None: never
    message: str  # the CDC's, for a rejected passage
    flow_id: str | None
    step: NextStep | None  # None: nothing to declare (not certified, never declared)

    @property
    def due_on(self) -> date:
        return add_months(self.decided_on, DECLARATION_MONTHS)

    def days_left(self, today: date) -> int | None:
        """Days before the three months are over (negative: overdue); None once the file is
        sent (the CDC's report may still reject it: the count starts again then), once
        declared, or when there is nothing to declare."""
        if self.step in (None, NextStep.AWAIT_REPORT, NextStep.DECLARED, NextStep.WITHDRAW):
            return None
        return (self.due_on - today).days


def declaration_lines(session: Session, session_id: str) -> list[DeclarationLine]:
    """Every candidate of the session with a current decision, in name order."""
    rows = session.execute(
        select(Candidate, Decision)
        .join(Decision, Decision.candidate_id == Candidate.id)
        .where(Candidate.session_id == session_id, Decision.superseded_by.is_(None))
        .order_by(Decision.id)
    ).all()
    current: dict[str, tuple[Candidate, Decision]] = {}
    for candidate, decision in rows:
        current[candidate.id] = (candidate, decision)  # the latest wins
    last, accepted = _last_passages(session, list(current))
    lines = [
        _line(candidate, decision, last.get(candidate.id), candidate.id in accepted)
        for candidate, decision in current.values()
    ]
    return sorted(lines, key=lambda line: (line.name.casefold(), line.candidate_id))


def _last_passages(
    session: Session, candidate_ids: list[str]
) -> tuple[dict[str, DeclaredPassage], set[str]]:
    """Each candidate's last passage written (not replaced), and who was ever accepted."""
    passages = session.scalars(
        select(DeclaredPassage)
        .where(DeclaredPassage.candidate_id.in_(candidate_ids), DeclaredPassage.status != REPLACED)
        .order_by(DeclaredPassage.id)
    ).all()
    last = {passage.candidate_id: passage for passage in passages}
    return last, {passage.candidate_id for passage in passages if passage.status == ACCEPTED}


def _line(
    candidate: Candidate, decision: Decision, passage: DeclaredPassage | None, accepted: bool
) -> DeclarationLine:
    return DeclarationLine(
        candidate_id=candidate.id,
        name=candidate.display_name,
        decision_id=decision.id,
        outcome=decision.outcome,
        decided_on=interview_day(decision.decided_at),  # the Paris day of the decision
        status=passage.status if passage else None,
        message=passage.message if passage else "",
        flow_id=passage.flow_id if passage else None,
        step=next_step(candidate, decision, passage, accepted),
    )


def next_step(
    candidate: Candidate,
    decision: Decision,
    passage: DeclaredPassage | None,
    ever_accepted: bool = False,
) -> NextStep | None:
    """What the declaration of `decision` waits for, given the last passage written and
    whether the CDC ever accepted one for this candidate."""
    certified = decision.outcome is Outcome.CERTIFIED
    if passage is None:
        return NextStep.DECLARE if certified else None
    if passage.status == SENT:
        return NextStep.AWAIT_REPORT
    if not certified:
        # Declared once and corrected since to a decision that does not certify.
        return NextStep.WITHDRAW if ever_accepted else None
    if passage.status == GENERATED:
        return NextStep.DECLARE  # the file was never sent: written again
    if passage.status == ACCEPTED:
        return NextStep.DECLARED if passage.decision_id == decision.id else NextStep.DECLARE
    if passage.status == REJECTED:
        corrected = (
            candidate.version != passage.identity_version or decision.id != passage.decision_id
        )
        return NextStep.DECLARE if corrected else NextStep.AWAIT_CORRECTION
    return NextStep.DECLARE
