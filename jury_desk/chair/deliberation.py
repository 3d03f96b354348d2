"""The chair's deliberation: consolidated levels, casting votes, the decision and its revisions.

Where the two jurors agree, that level stands; where they differ, the chair
casts the deciding vote and writes why. The session's decision rule turns the
consolidated levels into certified / not certified; absent and postponed are
set by the jury. A decision is revised only with a written reason, and every
decision is kept as a `DecisionRevision` (design.md §6). Each call below is one
transaction that writes the change and its journal entry.

Independent scoring holds here too: the other juror's levels are shown and used
only once the chair's own sheet for the candidate is signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    Candidate,
    Competency,
    ConsolidatedScore,
    DecisionRevision,
    Deliberation,
    Juror,
    JurorRole,
    Outcome,
)
from jury_desk.rules import consolidation, decision_time
from jury_desk.rules.scale import Scale
from jury_desk.store import journal
from jury_desk.store.queries import competency_by_code, me, scale_of, the_session
from jury_desk.store.workspace import Workspace

# Outcomes that need written reasons (the letter to the candidate, or the jury's record).
OUTCOMES_NEEDING_REASONS = frozenset({Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED})
# Outcomes the decision rule gives from the consolidated levels.
RULED_OUTCOMES = frozenset({Outcome.CERTIFIED, Outcome.NOT_CERTIFIED})
# Decisions that say the candidate was not heard: they contradict a signed sheet.
NOT_HEARD_OUTCOMES = frozenset({Outcome.ABSENT, Outcome.POSTPONED})


class DeliberationError(UserError):
    """The deliberation step asked for cannot be taken (yet)."""


class SignedSheetsError(DeliberationError):
    """An absent or postponed decision for a candidate with a signed sheet: to be confirmed."""


class NotChairError(DeliberationError):
    """Only the chair of the jury deliberates."""


@dataclass(frozen=True)
class CompetencyComparison:
    """One competency side by side: my level, the other juror's, and what stands."""

    code: str
    title: str
    my_level: int | None
    my_comment: str
    my_recused: bool
    # The other juror's signed levels, shown only once my own sheet is signed.
    other_visible: bool
    other_level: int | None
    other_comment: str
    other_recused: bool
    agreed: bool
    crosses_threshold: bool
    needs_casting_vote: bool
    # The level that stands (agreed, the other's where one recused, or the casting vote).
    consolidated_level: int | None
    casting_note: str

    @property
    def settled(self) -> bool:
        return self.consolidated_level is not None


@dataclass(frozen=True)
class RevisionRecord:
    """One decision in a candidate's history (revision 1 is the first decision)."""

    revision: int
    outcome: Outcome
    reasons: str
    decided_at: datetime
    revision_reason: str
    by_juror_id: str


class Deliberator:
    """The chair's deliberation over the candidates of one workspace."""

    def __init__(self, workspace: Workspace, clock: Clock) -> None:
        self._workspace = workspace
        self._clock = clock
        with workspace.reading() as session:
            _chair(session)

    def comparison(self, candidate_id: str) -> list[CompetencyComparison]:
        with self._workspace.reading() as session:
            _chair(session)
            return _compare(session, _candidate(session, candidate_id))

    def proposed_outcome(self, candidate_id: str) -> Outcome | None:
        """What the decision rule gives, or None while a competency is not settled."""
        with self._workspace.reading() as session:
            _chair(session)
            return _proposal(session, _compare(session, _candidate(session, candidate_id)))

    def cast_vote(self, candidate_id: str, competency_code: str, level: int, note: str) -> None:
        """The chair's deciding level where the jurors disagree, with why."""
        if not note.strip():
            raise DeliberationError(
                QT_TRANSLATE_NOOP(
                    "messages", "A casting vote on {competency} needs a short note saying why."
                ),
                competency=competency_code,
            )
        with self._workspace.session() as session:
            chair = _chair(session)
            candidate = _candidate(session, candidate_id)
            code = competency_by_code(session, competency_code).code
            try:
                scale_of(session).check_rank(level)
            except ValueError as error:
                raise DeliberationError(
                    QT_TRANSLATE_NOOP("messages", "{competency}: {reason}."),
                    competency=code,
                    reason=str(error),
                ) from None
            row = next(c for c in _compare(session, candidate) if c.code == code)
            if not row.other_visible:
                raise _not_comparable(candidate)
            if row.agreed:
                raise DeliberationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{competency}: there is no disagreement to settle for {name}."
                    ),
                    competency=code,
                    name=candidate.name,
                )
            if level not in (row.my_level, row.other_level):
                labels = {lv.rank: lv.label for lv in the_session(session).levels}
                raise DeliberationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{competency}: the casting vote retains one of the two jurors' levels, "
                        "« {mine} » or « {other} ».",
                    ),
                    competency=code,
                    mine=labels.get(row.my_level or 0, ""),
                    other=labels.get(row.other_level or 0, ""),
                )
            deliberation = _deliberation(session, candidate)
            score = _consolidated_row(session, deliberation, code)
            score.level_rank = level
            score.casting_note = note.strip()
            _store_agreed(session, deliberation, _compare(session, candidate))
            journal.append(
                session,
                self._clock,
                actor=chair.id,
                action="deliberation.cast_vote",
                subject=candidate_id,
                payload={"competency": code, "level": level, "note": note.strip()},
            )

    def decide(
        self,
        candidate_id: str,
        outcome: Outcome,
        reasons: str,
        revision_reason: str = "",
        *,
        despite_signed_sheets: bool = False,
    ) -> RevisionRecord:
        """Record the decision, or revise it (a revision needs a written reason).

        « Absent·e » or « reporté·e » for a candidate a juror has signed a sheet for is
        refused (SignedSheetsError) unless the chair confirmed it (`despite_signed_sheets`).
        """
        reasons = reasons.strip()
        revision_reason = revision_reason.strip()
        if outcome in OUTCOMES_NEEDING_REASONS and not reasons:
            raise DeliberationError(
                QT_TRANSLATE_NOOP("messages", "The decision {outcome!r} needs written reasons."),
                outcome=outcome.value,
            )
        with self._workspace.session() as session:
            chair = _chair(session)
            candidate = _candidate(session, candidate_id)
            at = self._clock.now()
            if decision_time.too_early(outcome, candidate.slot_start, at):
                raise DeliberationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} cannot be decided {outcome!r} before their interview has "
                        "started ({slot}, Paris time).",
                    ),
                    name=candidate.name,
                    outcome=outcome.value,
                    slot=decision_time.slot_text(candidate.slot_start),
                )
            rows = _compare(session, candidate)
            if outcome in RULED_OUTCOMES:
                _check_rule(session, candidate, rows, outcome)
            deliberation = _deliberation(session, candidate)
            revising = deliberation.revision > 0
            if revising and not revision_reason:
                raise DeliberationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} already has a decision: revising it needs a written reason.",
                    ),
                    name=candidate.name,
                )
            # Asked last, so that the chair confirms only a decision that can be recorded.
            if outcome in NOT_HEARD_OUTCOMES and not despite_signed_sheets:
                _refuse_if_signed_sheets(candidate, outcome)
            if any(row.other_visible for row in rows):
                _store_agreed(session, deliberation, rows)
            deliberation.outcome = outcome
            deliberation.reasons = reasons
            deliberation.decided_at = at
            deliberation.revision += 1
            record = DecisionRevision(
                revision=deliberation.revision,
                outcome=outcome,
                reasons=reasons,
                decided_at=at,
                revision_reason=revision_reason,
                by_juror_id=chair.id,
            )
            deliberation.revisions.append(record)
            journal.append(
                session,
                self._clock,
                actor=chair.id,
                action="deliberation.revise" if revising else "deliberation.decide",
                subject=candidate_id,
                payload={
                    "outcome": outcome.value,
                    "reasons": reasons,
                    "revision": deliberation.revision,
                    "revision_reason": revision_reason,
                    "levels": _payload_levels(rows),
                },
            )
            return _record(record)

    def history(self, candidate_id: str) -> list[RevisionRecord]:
        """Every decision taken for the candidate, oldest first."""
        with self._workspace.reading() as session:
            _chair(session)
            candidate = _candidate(session, candidate_id)
            if candidate.deliberation is None:
                return []
            return [_record(revision) for revision in candidate.deliberation.revisions]


def _chair(session: Session) -> Juror:
    juror = me(session)
    if juror.role is not JurorRole.CHAIR:
        raise NotChairError(
            QT_TRANSLATE_NOOP(
                "messages", "Only the chair deliberates; {name} is a member of this jury."
            ),
            name=juror.name,
        )
    return juror


def _candidate(session: Session, candidate_id: str) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise DeliberationError(
            QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
            candidate=candidate_id,
        )
    return candidate


def _living(session: Session, candidate_id: str) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment)
            .where(
                Assessment.candidate_id == candidate_id,
                Assessment.status != AssessmentStatus.SUPERSEDED,
            )
            .order_by(Assessment.juror_id)
        )
    )


def _levels(assessment: Assessment | None) -> dict[int, tuple[int | None, str]]:
    if assessment is None:
        return {}
    return {
        score.competency_id: (None if assessment.recused else score.level_rank, score.comment)
        for score in assessment.scores
    }


@dataclass(frozen=True)
class _Sides:
    """The two jurors' living assessments of a candidate, as the chair may see them."""

    mine: Assessment | None
    other: Assessment | None
    visible: bool  # the other's levels are shown only once mine is signed (design.md §6)

    @classmethod
    def of(cls, session: Session, candidate: Candidate) -> _Sides:
        chair = me(session)
        living = _living(session, candidate.id)
        mine = next((a for a in living if a.juror_id == chair.id), None)
        other = next(
            (a for a in living if a.juror_id != chair.id and a.status is AssessmentStatus.SIGNED),
            None,
        )
        visible = mine is not None and mine.status is AssessmentStatus.SIGNED and other is not None
        return cls(mine, other, visible)


def _compare(session: Session, candidate: Candidate) -> list[CompetencyComparison]:
    sides = _Sides.of(session, candidate)
    my_levels = _levels(sides.mine)
    other_levels = _levels(sides.other) if sides.visible else {}
    stored = {
        score.competency_id: score
        for score in (candidate.deliberation.scores if candidate.deliberation else [])
    }
    scale = scale_of(session)
    return [
        _comparison(
            competency,
            sides,
            my_levels.get(competency.id, (None, "")),
            other_levels.get(competency.id, (None, "")),
            stored.get(competency.id),
            scale,
        )
        for competency in the_session(session).competencies
    ]


def _comparison(
    competency: Competency,
    sides: _Sides,
    my_side: tuple[int | None, str],
    other_side: tuple[int | None, str],
    score: ConsolidatedScore | None,
    scale: Scale,
) -> CompetencyComparison:
    (my_level, my_comment), (other_level, other_comment) = my_side, other_side
    # Only a row with a note is a casting vote; agreed rows are stored without one.
    casting_vote = score.level_rank if score is not None and score.casting_note else None
    if sides.visible:
        result = consolidation.consolidate(scale, my_level, other_level, casting_vote)
    else:
        result = consolidation.Consolidation(None, False, False, False)
    return CompetencyComparison(
        code=competency.code,
        title=competency.title,
        my_level=my_level,
        my_comment=my_comment,
        my_recused=sides.mine is not None and sides.mine.recused,
        other_visible=sides.visible,
        other_level=other_level,
        other_comment=other_comment,
        other_recused=sides.visible and sides.other is not None and sides.other.recused,
        agreed=result.agreed,
        crosses_threshold=result.crosses_threshold,
        needs_casting_vote=result.needs_casting_vote,
        consolidated_level=result.level,
        casting_note=score.casting_note if score is not None and not result.agreed else "",
    )


def _proposal(session: Session, rows: list[CompetencyComparison]) -> Outcome | None:
    if not rows or not all(row.other_visible for row in rows):
        return None
    rule = the_session(session)
    return consolidation.decide(
        scale_of(session),
        [row.consolidated_level for row in rows],
        rule.decision_rule,
        rule.minimum_passing,
    )


def _check_rule(
    session: Session, candidate: Candidate, rows: list[CompetencyComparison], outcome: Outcome
) -> None:
    if rows and not rows[0].other_visible:
        raise _not_comparable(candidate)
    proposal = _proposal(session, rows)
    if proposal is None:
        unsettled = ", ".join(row.code for row in rows if not row.settled)
        raise DeliberationError(
            QT_TRANSLATE_NOOP(
                "messages", "Not every competency of {name} is settled yet ({competencies})."
            ),
            name=candidate.name,
            competencies=unsettled,
        )
    if proposal is not outcome:
        raise DeliberationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The decision rule gives {proposal!r} from the consolidated levels of {name}, "
                "not {outcome!r}.",
            ),
            proposal=proposal.value,
            name=candidate.name,
            outcome=outcome.value,
        )


def _not_comparable(candidate: Candidate) -> DeliberationError:
    return DeliberationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Both sheets for {name} must be signed (yours and the other juror's) "
            "before the levels can be consolidated.",
        ),
        name=candidate.name,
    )


def _deliberation(session: Session, candidate: Candidate) -> Deliberation:
    if candidate.deliberation is None:
        candidate.deliberation = Deliberation(reasons="", revision=0)
        session.flush()
    return candidate.deliberation


def _consolidated_row(session: Session, deliberation: Deliberation, code: str) -> ConsolidatedScore:
    competency = competency_by_code(session, code)
    for score in deliberation.scores:
        if score.competency_id == competency.id:
            return score
    score = ConsolidatedScore(competency=competency, level_rank=None, casting_note="")
    deliberation.scores.append(score)
    return score


def _store_agreed(
    session: Session, deliberation: Deliberation, rows: list[CompetencyComparison]
) -> None:
    """Write the levels that stand by agreement, so the minutes read every level from the table."""
    for row in rows:
        if row.agreed and row.consolidated_level is not None:
            score = _consolidated_row(session, deliberation, row.code)
            score.level_rank = row.consolidated_level
            score.casting_note = ""
    session.flush()


def _record(revision: DecisionRevision) -> RevisionRecord:
    return RevisionRecord(
        revision=revision.revision,
        outcome=revision.outcome,
        reasons=revision.reasons,
        decided_at=revision.decided_at,
        revision_reason=revision.revision_reason,
        by_juror_id=revision.by_juror_id,
    )


def _payload_levels(rows: list[CompetencyComparison]) -> dict[str, Any]:
    return {row.code: row.consolidated_level for row in rows}


def _refuse_if_signed_sheets(candidate: Candidate, outcome: Outcome) -> None:
    signers = sorted(
        {a.juror.name for a in candidate.assessments if a.status is AssessmentStatus.SIGNED}
    )
    if signers:
        raise SignedSheetsError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} has a signed sheet ({jurors}): the decision {outcome!r} must be "
                "confirmed, with its reasons.",
            ),
            name=candidate.name,
            jurors=", ".join(signers),
            outcome=outcome.value,
        )
