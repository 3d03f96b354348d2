"""A juror's edits of their own assessments, each committed the moment it is made.

There is no save button anywhere: every call below is one transaction that
writes the change and its journal entry, then tells the listeners.

The window makes its editor with the session page, before any edit: the writes'
modules (SQLAlchemy, the ORM, the journal) are imported by the functions below at
the first edit, on the writer thread, not with the window's first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import AssessmentStatus, Recommendation
from jury_desk.store.missing import unknown_candidate
from jury_desk.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jury_desk.models import Assessment, CompetencyScore
    from jury_desk.store.engine import PlainStatements
    from jury_desk.store.scores import LivingAssessment, ScoreColumn


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
        return self._edit_score(_ScoreEdit(candidate_id, competency_code, "level", level))

    def set_comment(self, candidate_id: str, competency_code: str, comment: str) -> Saved:
        return self._edit_score(_ScoreEdit(candidate_id, competency_code, "comment", comment))

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
        from jury_desk.store import journal

        with self._workspace.session() as session:
            assessment = current_assessment(session, candidate_id)
            if assessment.status is AssessmentStatus.SIGNED and not allow_signed:
                raise _signed(assessment.candidate.name)
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
        self._tell(saved)
        return saved

    def _edit_score(self, edit: _ScoreEdit) -> Saved:
        """A level or a comment, the autosave's hot path: plain statements, no ORM."""
        from jury_desk.store import scores

        with self._workspace.plain_transaction() as sql:
            living = scores.living_assessment(sql, edit.candidate_id)
            saved = None if living is None else self._write_score(sql, living, edit)
        if saved is None:
            # The first edit creates the assessment; the ORM's path also says which
            # of the candidate or "me" is missing.
            return self._edit(edit.candidate_id, edit.field, edit.orm_change)
        self._tell(saved)
        return saved

    def _write_score(
        self, sql: PlainStatements, living: LivingAssessment, edit: _ScoreEdit
    ) -> Saved:
        from jury_desk.store import journal, scores

        # The same checks, in the same order, as `_edit` and `edit.orm_change`.
        if living.status is AssessmentStatus.SIGNED:
            raise _signed(living.candidate_name)
        if edit.field == "level":
            scores.session_scale(sql).check_rank(edit.level)
        scores.write_score(sql, living.id, edit.competency_code, edit.column, edit.value)
        clock = self._workspace.clock
        journal.append_row(
            sql,
            clock.now(),
            actor=living.juror_id,
            action=f"assessment.{edit.field}",
            subject=f"{edit.candidate_id}/v{living.version}",
            payload=edit.payload,
        )
        return Saved(edit.candidate_id, edit.field, clock.now())

    def _tell(self, saved: Saved) -> None:
        for listener in self._listeners:
            listener(saved)


@dataclass(frozen=True)
class _ScoreEdit:
    """One row of the grid changed: its level or its comment."""

    candidate_id: str
    competency_code: str
    field: Literal["level", "comment"]
    value: int | str | None

    @property
    def column(self) -> ScoreColumn:
        return "level_rank" if self.field == "level" else "comment"

    @property
    def level(self) -> int | None:
        assert not isinstance(self.value, str), "a level is a rank or None"
        return self.value

    @property
    def payload(self) -> dict[str, Any]:
        return {"competency": self.competency_code, self.field: self.value}

    def orm_change(self, session: Session, assessment: Assessment) -> dict[str, Any]:
        from jury_desk.store.queries import scale_of

        if self.field == "level":
            scale_of(session).check_rank(self.level)
        setattr(_score(session, assessment, self.competency_code), self.column, self.value)
        return self.payload


def _signed(name: str) -> SignedSheetError:
    return SignedSheetError(
        QT_TRANSLATE_NOOP("messages", "The sheet for {name} is signed and can no longer change."),
        name=name,
    )


def current_assessment(session: Session, candidate_id: str) -> Assessment:
    """My living assessment of the candidate, created (empty) on first use."""
    from sqlalchemy import select

    from jury_desk.models import Assessment, Candidate, CompetencyScore
    from jury_desk.store.queries import me, the_session

    juror = me(session)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise unknown_candidate(candidate_id)
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
    from jury_desk.store.queries import competency_by_code

    competency = competency_by_code(session, competency_code)
    for score in assessment.scores:
        if score.competency_id == competency.id:
            return score
    raise AssertionError(f"assessment {assessment.id} has no row for {competency_code}")
