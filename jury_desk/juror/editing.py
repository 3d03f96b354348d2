"""A juror's edits of their own assessments, each committed the moment it is made.

There is no save button anywhere: every call below is one transaction that
writes the change and its journal entry, then tells the listeners.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    CompetencyScore,
    Recommendation,
)
from jury_desk.store import journal
from jury_desk.store.queries import competency_by_code, me, scale_of, the_session
from jury_desk.store.workspace import Workspace


class SignedSheetError(UserError):
    """The sheet is signed: it cannot change any more."""


@dataclass(frozen=True)
class Saved:
    """What was written, and when: the window's "Enregistré à HH:MM:SS"."""

    candidate_id: str
    field: str
    at: datetime


Listener = Callable[[Saved], None]


class ScoringEditor:
    """Edits of the current juror's assessments in one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def set_level(self, candidate_id: str, competency_code: str, level: int | None) -> Saved:
        def change(session: Session, assessment: Assessment) -> dict[str, Any]:
            scale_of(session).check_rank(level)
            _score(session, assessment, competency_code).level_rank = level
            return {"competency": competency_code, "level": level}

        return self._edit(candidate_id, "level", change)

    def set_comment(self, candidate_id: str, competency_code: str, comment: str) -> Saved:
        def change(session: Session, assessment: Assessment) -> dict[str, Any]:
            _score(session, assessment, competency_code).comment = comment
            return {"competency": competency_code, "comment": comment}

        return self._edit(candidate_id, "comment", change)

    def set_overall(
        self, candidate_id: str, recommendation: Recommendation | None, comment: str
    ) -> Saved:
        def change(_session: Session, assessment: Assessment) -> dict[str, Any]:
            assessment.recommendation = recommendation
            assessment.overall_comment = comment
            return {"recommendation": recommendation, "comment": comment}

        return self._edit(candidate_id, "overall", change)

    def set_preparation_notes(self, candidate_id: str, notes: str) -> Saved:
        # Private notes can be written at any time, even on a signed sheet.
        def change(_session: Session, assessment: Assessment) -> dict[str, Any]:
            assessment.preparation_notes = notes
            return {"notes": notes}

        return self._edit(candidate_id, "notes", change, allow_signed=True)

    def declare_conflict(self, candidate_id: str, statement: str, recused: bool) -> Saved:
        def change(_session: Session, assessment: Assessment) -> dict[str, Any]:
            assessment.conflict_declared = bool(statement.strip()) or recused
            assessment.conflict_statement = statement
            assessment.recused = recused
            return {"statement": statement, "recused": recused}

        return self._edit(candidate_id, "conflict", change)

    def _edit(
        self,
        candidate_id: str,
        field: str,
        change: Callable[[Session, Assessment], dict[str, Any]],
        *,
        allow_signed: bool = False,
    ) -> Saved:
        with self._workspace.session() as session:
            assessment = current_assessment(session, candidate_id)
            if assessment.status is AssessmentStatus.SIGNED and not allow_signed:
                raise SignedSheetError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The sheet for {name} is signed and can no longer change."
                    ),
                    name=assessment.candidate.name,
                )
            payload = change(session, assessment)
            journal.append(
                session,
                self._workspace.clock,
                actor=assessment.juror_id,
                action=f"assessment.{field}",
                subject=f"{candidate_id}/v{assessment.version}",
                payload=payload,
            )
            saved = Saved(candidate_id, field, self._workspace.clock.now())
        for listener in self._listeners:
            listener(saved)
        return saved


def current_assessment(session: Session, candidate_id: str) -> Assessment:
    """My living assessment of the candidate, created (empty) on first use."""
    juror = me(session)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
            candidate=candidate_id,
        )
    assessment = session.scalars(
        select(Assessment).where(
            Assessment.candidate_id == candidate_id,
            Assessment.juror_id == juror.id,
            Assessment.status != AssessmentStatus.SUPERSEDED,
        )
    ).first()
    if assessment is None:
        competencies = the_session(session).competencies
        assessment = Assessment(
            candidate=candidate,
            juror=juror,
            version=1,
            status=AssessmentStatus.DRAFT,
            scores=[
                CompetencyScore(competency=competency, level_rank=None, comment="")
                for competency in competencies
            ],
        )
        session.add(assessment)
        session.flush()
    return assessment


def _score(session: Session, assessment: Assessment, competency_code: str) -> CompetencyScore:
    competency = competency_by_code(session, competency_code)
    for score in assessment.scores:
        if score.competency_id == competency.id:
            return score
    raise AssertionError(f"assessment {assessment.id} has no row for {competency_code}")
