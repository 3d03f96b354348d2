"""A proposed schedule the organiser can then edit: every rule met, the jurors' load balanced.

The proposal keeps the placements it is asked to keep (those that break no
rule), then seats the other candidates one by one, the most constrained first
(the fewest juries without a conflict), each in the free seat whose jurors have
the least load so far, then the earliest. A candidate left without a seat gets
one more chance: a candidate already seated may move to another free seat to
make room. Whoever still has no seat is explained: every jury has a conflict
with them (and which), or there are not enough free slots.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.schedule.board import Board, Seat
from jury_desk.rules.schedule.check import (
    check_plan,
    jury_composition,
    jury_problems,
    placement_order,
)
from jury_desk.rules.schedule.conflicts import conflicts
from jury_desk.rules.schedule.model import CandidateProfile, Jury, Placement, Plan
from jury_desk.rules.schedule.problems import Problem, ProblemKind, joined_phrases


@dataclass(frozen=True)
class Proposal:
    """The placements proposed, in time order, and what the proposal could not do."""

    placements: tuple[Placement, ...]
    problems: tuple[Problem, ...]


def propose(plan: Plan, keep: Collection[Placement] = ()) -> Proposal:
    """Places every candidate of `plan` (its own placements are not looked at), keeping `keep`.

    The same plan and `keep` always give the same proposal.
    """
    juries = tuple(jury for jury in plan.juries if not jury_composition(jury, plan.jurors_by_id))
    juries_own = jury_problems(plan)
    kept, not_kept = _kept(plan, keep, juries, juries_own)
    board = Board(plan.grid, juries)
    for placement in kept:
        jury = plan.juries_by_id[placement.jury_id]
        board.sit(placement.candidate_id, Seat(jury, board.slot_numbers[placement.start]))
    allowed = {
        candidate.id: _juries_without_conflict(plan, candidate, juries)
        for candidate in plan.candidates
    }
    waiting = sorted(
        (candidate for candidate in plan.candidates if candidate.id not in board.seats),
        key=lambda candidate: len(allowed[candidate.id]),  # a stable sort: the plan's order next
    )
    shortage = (len(waiting), len(board.free_seats(juries)))
    unseated = [candidate for candidate in waiting if not _seat(board, candidate, allowed)]
    unseated = _seat_by_moving_others(board, unseated, allowed, {p.candidate_id for p in kept})
    return Proposal(
        board.placements(),
        (
            *juries_own,
            *not_kept,
            *(
                _why_not_seated(plan, candidate, juries, allowed[candidate.id], shortage)
                for candidate in unseated
            ),
        ),
    )


def _kept(
    plan: Plan,
    keep: Collection[Placement],
    juries: Sequence[Jury],
    juries_own: Sequence[Problem],
) -> tuple[list[Placement], list[Problem]]:
    """The placements to keep that break no rule, in time order; and why the others were not."""
    usable = {jury.id for jury in juries}
    known = set(juries_own)  # every check says them again: not the placement's doing
    kept: list[Placement] = []
    not_kept: list[Problem] = []
    for placement in sorted(set(keep), key=placement_order):
        broken = [
            problem
            for problem in check_plan(plan.with_placements((*kept, placement)))
            if problem not in known
        ]
        if not broken and placement.jury_id not in usable:  # its jury's problems are known already
            broken = [p for p in juries_own if placement.jury_id in p.subjects]
        if broken:
            not_kept.append(_not_kept(plan, placement, broken))
        else:
            kept.append(placement)
    return kept, not_kept


def _not_kept(plan: Plan, placement: Placement, broken: Sequence[Problem]) -> Problem:
    candidate = plan.candidates_by_id.get(placement.candidate_id)
    jury = plan.juries_by_id.get(placement.jury_id)
    return Problem(
        ProblemKind.PLACEMENT_NOT_KEPT,
        QT_TRANSLATE_NOOP(
            "messages", "The interview of {candidate} with {jury} at {when} was not kept: {reasons}"
        ),
        {
            "candidate": placement.candidate_id if candidate is None else candidate.name,
            "jury": placement.jury_id if jury is None else jury.label,
            "when": plan.grid.wording(placement.start),
            "reasons": joined_phrases([problem.as_phrase() for problem in broken]),
        },
        (placement.candidate_id, placement.jury_id),
    )


def _juries_without_conflict(
    plan: Plan, candidate: CandidateProfile, juries: Sequence[Jury]
) -> tuple[Jury, ...]:
    return tuple(
        jury
        for jury in juries
        if not any(conflicts(plan.jurors_by_id[juror_id], candidate) for juror_id in jury.juror_ids)
    )


def _seat(board: Board, candidate: CandidateProfile, allowed: dict[str, tuple[Jury, ...]]) -> bool:
    seat = board.best_seat(allowed[candidate.id])
    if seat is not None:
        board.sit(candidate.id, seat)
    return seat is not None


def _seat_by_moving_others(
    board: Board,
    unseated: Sequence[CandidateProfile],
    allowed: dict[str, tuple[Jury, ...]],
    kept: set[str],
) -> list[CandidateProfile]:
    """Those of `unseated` still without a seat after trying to move someone for each."""
    # A failed try depends only on the board and the candidate's juries: while the board
    # is unchanged, candidates with the same juries need not try again (a full session).
    failed: set[tuple[str, ...]] = set()
    still: list[CandidateProfile] = []
    for candidate in unseated:
        juries = tuple(jury.id for jury in allowed[candidate.id])
        if juries in failed:
            still.append(candidate)
        elif _seat_by_moving_one(board, candidate, allowed, kept):
            failed.clear()
        else:
            failed.add(juries)
            still.append(candidate)
    return still


def _seat_by_moving_one(
    board: Board,
    candidate: CandidateProfile,
    allowed: dict[str, tuple[Jury, ...]],
    kept: set[str],
) -> bool:
    """Seats `candidate` where a single other candidate sat, if that one can move elsewhere."""
    for jury in allowed[candidate.id]:
        for slot in range(len(board.slots)):
            blockers = board.blockers(Seat(jury, slot))
            if len(blockers) != 1 or blockers & kept:
                continue
            (other,) = blockers
            old_seat = board.unseat(other)
            board.sit(candidate.id, Seat(jury, slot))
            new_seat = board.best_seat(allowed[other])
            if new_seat is not None:
                board.sit(other, new_seat)
                return True
            board.unseat(candidate.id)
            board.sit(other, old_seat)
    return False


def _why_not_seated(
    plan: Plan,
    candidate: CandidateProfile,
    juries: Sequence[Jury],
    allowed: Sequence[Jury],
    shortage: tuple[int, int],
) -> Problem:
    """In words: no complete jury, a conflict with every one, or too few free slots."""
    subjects = (candidate.id,)
    if not juries:
        return Problem(
            ProblemKind.CANDIDATE_NOT_PLACED,
            QT_TRANSLATE_NOOP(
                "messages",
                "{candidate} cannot be placed: the session has no jury of one portfolio manager "
                "and one certified intrapreneur",
            ),
            {"candidate": candidate.name},
            subjects,
        )
    if not allowed:
        jurors = dict.fromkeys(juror_id for jury in juries for juror_id in jury.juror_ids)
        reasons = [
            reason
            for juror_id in jurors
            for reason in conflicts(plan.jurors_by_id[juror_id], candidate)
        ]
        return Problem(
            ProblemKind.CANDIDATE_NOT_PLACED,
            QT_TRANSLATE_NOOP(
                "messages", "No jury can interview {candidate} without a conflict: {reasons}"
            ),
            {
                "candidate": candidate.name,
                "reasons": joined_phrases([reason.as_phrase() for reason in reasons]),
            },
            (*subjects, *dict.fromkeys(reason.subjects[0] for reason in reasons)),
        )
    waiting, free_seats = shortage
    if waiting > free_seats:
        return Problem(
            ProblemKind.CANDIDATE_NOT_PLACED,
            QT_TRANSLATE_NOOP(
                "messages",
                "{candidate} cannot be placed: {count} candidates for {slots} free slots",
            ),
            {"candidate": candidate.name, "count": waiting, "slots": free_seats},
            subjects,
        )
    return Problem(
        ProblemKind.CANDIDATE_NOT_PLACED,
        QT_TRANSLATE_NOOP(
            "messages",
            "{candidate} cannot be placed: the free slots of the juries without a conflict "
            "clash with their jurors' other interviews or breaks",
        ),
        {"candidate": candidate.name},
        subjects,
    )
