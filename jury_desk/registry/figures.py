"""The figures a registration renewal asks for, per session and per year: how many applied,
were eligible, retained, heard, absent, certified or not, the pass rate with its base
stated, the levels per competency and where candidates fail, the jurors' agreement
(figures_agreement), and the delays: from the interview to the decision, from the decision
to its letter and to its declaration to the Caisse des Dépôts.

Counted from the registry's rows as they stand: the current decisions (a superseded one
does not count twice), the statuses each application went through (its history).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jury_desk.models.enums import ApplicationStatus, Outcome
from jury_desk.registry.figures_agreement import JurorsAgreement, jurors_agreement
from jury_desk.registry.models import (
    Candidate,
    Decision,
    DeclarationFlow,
    DeclaredPassage,
    IssuedDocument,
    Placement,
    RegistrySession,
)
from jury_desk.registry.models.declaration import ACCEPTED
from jury_desk.registry.models.documents import LETTER
from jury_desk.registry.store import Registry
from jury_desk.rules.deadlines import interview_day

# Reaching any of these means the application was found eligible on the way.
_ELIGIBLE_OR_BEYOND = frozenset(
    {
        ApplicationStatus.ELIGIBLE,
        ApplicationStatus.SHORTLISTED,
        ApplicationStatus.CONVENED,
        ApplicationStatus.INTERVIEWED,
        ApplicationStatus.DECIDED,
    }
)
_SHORTLISTED_OR_BEYOND = _ELIGIBLE_OR_BEYOND - {ApplicationStatus.ELIGIBLE}


@dataclass(frozen=True)
class Figures:
    """One period's counts (a session, or every session of a year)."""

    label: str
    applications: int = 0
    eligible: int = 0
    shortlisted: int = 0
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    # Competency code → how many heard candidates were given each level rank.
    levels: dict[str, Counter[int]] = field(default_factory=dict)
    # Competency code → how many candidates not certified did not validate it.
    failing: Counter[str] = field(default_factory=Counter)
    days_to_decision: tuple[int, ...] = ()
    # From the decision to its letter (the first issued), for the decisions notified.
    days_to_letter: tuple[int, ...] = ()
    # From the decision to the sending of the first file in which the CDC accepted it.
    days_to_declaration: tuple[int, ...] = ()
    agreement: JurorsAgreement = field(default_factory=JurorsAgreement)

    @property
    def heard(self) -> int:
        """Candidates interviewed and decided: the base of the pass rate."""
        return self.outcomes[Outcome.CERTIFIED] + self.outcomes[Outcome.NOT_CERTIFIED]

    @property
    def pass_rate(self) -> float | None:
        """Certified among those heard (absent and postponed are not in the base)."""
        return self.outcomes[Outcome.CERTIFIED] / self.heard if self.heard else None

    @property
    def median_days_to_decision(self) -> float | None:
        return statistics.median(self.days_to_decision) if self.days_to_decision else None

    @property
    def median_days_to_letter(self) -> float | None:
        return statistics.median(self.days_to_letter) if self.days_to_letter else None

    @property
    def median_days_to_declaration(self) -> float | None:
        days = self.days_to_declaration
        return statistics.median(days) if days else None


def session_figures(registry: Registry, session_id: str) -> Figures:
    with registry.read() as session:
        meeting = session.get(RegistrySession, session_id)
        label = meeting.title if meeting is not None else session_id
        return _figures(session, label, [session_id])


def year_figures(registry: Registry, year: int) -> Figures:
    with registry.read() as session:
        ids = [s.id for s in session.scalars(select(RegistrySession)) if s.starts_on.year == year]
        return _figures(session, str(year), ids)


def _figures(session: Session, label: str, session_ids: list[str]) -> Figures:
    candidates = list(
        session.scalars(
            select(Candidate)
            .where(Candidate.session_id.in_(session_ids))
            .options(selectinload(Candidate.history))
        )
    )
    reached = [{change.status for change in c.history} | {c.status} for c in candidates]
    decisions = list(
        session.scalars(
            select(Decision).where(
                Decision.candidate_id.in_([c.id for c in candidates]),
                Decision.superseded_by.is_(None),
            )
        )
    )
    heard = [d for d in decisions if d.outcome in (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED)]
    return Figures(
        label=label,
        applications=len(candidates),
        eligible=sum(1 for statuses in reached if statuses & _ELIGIBLE_OR_BEYOND),
        shortlisted=sum(1 for statuses in reached if statuses & _SHORTLISTED_OR_BEYOND),
        outcomes=Counter(d.outcome for d in decisions),
        levels=_levels(heard),
        failing=_failing(heard),
        days_to_decision=tuple(sorted(_delays(session, heard))),
        days_to_letter=tuple(sorted(_letter_delays(session, decisions))),
        days_to_declaration=tuple(sorted(_declaration_delays(session, decisions))),
        agreement=jurors_agreement(session, session_ids),
    )


def _levels(heard: Iterable[Decision]) -> dict[str, Counter[int]]:
    levels: dict[str, Counter[int]] = {}
    for decision in heard:
        for code, rank in json.loads(decision.levels_json).items():
            if rank is not None:
                levels.setdefault(code, Counter())[rank] += 1
    return dict(sorted(levels.items()))


def _failing(heard: Iterable[Decision]) -> Counter[str]:
    """The competencies those not certified did not validate."""
    failing: Counter[str] = Counter()
    for decision in heard:
        if decision.outcome is Outcome.NOT_CERTIFIED:
            validated = set(json.loads(decision.validated_json))
            failing.update(c for c in json.loads(decision.levels_json) if c not in validated)
    return failing


def _delays(session: Session, heard: Iterable[Decision]) -> list[int]:
    delays = []
    for decision in heard:
        placement = session.get(Placement, decision.candidate_id)
        if placement is not None:
            heard_on = interview_day(placement.start_utc)
            delays.append((interview_day(decision.decided_at) - heard_on).days)
    return delays


def _letter_delays(session: Session, decisions: Iterable[Decision]) -> list[int]:
    delays = []
    for decision in decisions:
        first = session.scalars(
            select(IssuedDocument)
            .where(IssuedDocument.decision_id == decision.id, IssuedDocument.kind == LETTER)
            .order_by(IssuedDocument.issued_at)
        ).first()
        if first is not None:
            delays.append(
                (interview_day(first.issued_at) - interview_day(decision.decided_at)).days
            )
    return delays


def _declaration_delays(session: Session, decisions: Iterable[Decision]) -> list[int]:
    """A holder is declared once the CDC accepted the passage; the day it was declared is
    the day its file was sent (a passage only sent, or rejected, is not declared yet)."""
    delays = []
    for decision in decisions:
        sent = session.scalars(
            select(DeclarationFlow.sent_at)
            .join(DeclaredPassage, DeclaredPassage.flow_id == DeclarationFlow.id)
            .where(
                DeclaredPassage.decision_id == decision.id,
                DeclaredPassage.status == ACCEPTED,
                DeclarationFlow.sent_at.is_not(None),
            )
            .order_by(DeclarationFlow.sent_at)
        ).first()
        if sent is not None:
            delays.append((interview_day(sent) - interview_day(decision.decided_at)).days)
    return delays
