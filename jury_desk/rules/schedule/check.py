"""The hard rules of a plan, checked on every change: each broken rule is one `Problem`.

Problems come in a fixed order: the juries' own (unknown jurors, composition),
then the placements' references, the grid, candidates placed twice, the jurors'
times (double booking, breaks), and conflicts of interest; within each, in time
order, then by jury and candidate id.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import JurorKind
from jury_desk.rules.schedule.conflicts import conflicts
from jury_desk.rules.schedule.model import JurorProfile, Jury, Placement, Plan
from jury_desk.rules.schedule.problems import Problem, ProblemKind

_TWO_OF_A_KIND = {
    JurorKind.PORTFOLIO_MANAGER: QT_TRANSLATE_NOOP(
        "messages",
        "{jury} has two portfolio managers, {chair} and {member}: "
        "a jury needs one portfolio manager and one certified intrapreneur",
    ),
    JurorKind.CERTIFIED_INTRAPRENEUR: QT_TRANSLATE_NOOP(
        "messages",
        "{jury} has two certified intrapreneurs, {chair} and {member}: "
        "a jury needs one portfolio manager and one certified intrapreneur",
    ),
}


def check_plan(plan: Plan) -> tuple[Problem, ...]:
    """Every hard rule the plan breaks; an empty tuple means the plan can be used."""
    placements = sorted(plan.placements, key=placement_order)
    known = [
        placement
        for placement in placements
        if placement.jury_id in plan.juries_by_id
        and placement.candidate_id in plan.candidates_by_id
    ]
    return (
        *jury_problems(plan),
        *_unknown_references(plan, placements),
        *_off_the_grid(plan, known),
        *_candidates_placed_twice(plan, known),
        *_juror_times(plan, known),
        *_conflicts_of_interest(plan, known),
    )


def placement_order(placement: Placement) -> tuple[float, str, str]:
    return (placement.start.timestamp(), placement.jury_id, placement.candidate_id)


def jury_problems(plan: Plan) -> tuple[Problem, ...]:
    """What is wrong with the juries themselves, whatever their placements."""
    return tuple(
        problem for jury in plan.juries for problem in jury_composition(jury, plan.jurors_by_id)
    )


def jury_composition(jury: Jury, jurors: Mapping[str, JurorProfile]) -> tuple[Problem, ...]:
    """Why `jury` is not two distinct known jurors, one of each kind; none if it is."""
    unknown = tuple(
        Problem(
            ProblemKind.UNKNOWN_REFERENCE,
            QT_TRANSLATE_NOOP("messages", "{jury} names a juror who is not in the session: {id}"),
            {"jury": jury.label, "id": juror_id},
            (jury.id, juror_id),
        )
        for juror_id in dict.fromkeys(jury.juror_ids)
        if juror_id not in jurors
    )
    if unknown:
        return unknown
    chair, member = jurors[jury.chair_id], jurors[jury.member_id]
    if chair.id == member.id:
        return (
            Problem(
                ProblemKind.JURY_COMPOSITION,
                QT_TRANSLATE_NOOP(
                    "messages", "{jury} has {juror} as both its chair and its member"
                ),
                {"jury": jury.label, "juror": chair.name},
                (jury.id, chair.id),
            ),
        )
    if chair.kind == member.kind:
        return (
            Problem(
                ProblemKind.JURY_COMPOSITION,
                _TWO_OF_A_KIND[chair.kind],
                {"jury": jury.label, "chair": chair.name, "member": member.name},
                (jury.id, chair.id, member.id),
            ),
        )
    return ()


def _unknown_references(plan: Plan, placements: Sequence[Placement]) -> Iterator[Problem]:
    for placement in placements:
        when = plan.grid.wording(placement.start)
        jury = plan.juries_by_id.get(placement.jury_id)
        if jury is None:
            yield Problem(
                ProblemKind.UNKNOWN_REFERENCE,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The interview at {when} names a jury that is not in the session: {id}",
                ),
                {"when": when, "id": placement.jury_id},
                (placement.jury_id, placement.candidate_id),
            )
        if placement.candidate_id not in plan.candidates_by_id:
            yield Problem(
                ProblemKind.UNKNOWN_REFERENCE,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The interview at {when} names a candidate who is not in the session: {id}",
                ),
                {"when": when, "id": placement.candidate_id},
                (placement.candidate_id, placement.jury_id),
            )


def _off_the_grid(plan: Plan, placements: Sequence[Placement]) -> Iterator[Problem]:
    slots = frozenset(plan.grid.slot_starts)
    for placement in placements:
        if placement.start not in slots:
            yield Problem(
                ProblemKind.OFF_THE_GRID,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The interview of {candidate} with {jury} at {when} is not in one of the "
                    "session's slots",
                ),
                _interview_fields(plan, placement),
                (placement.candidate_id, placement.jury_id),
            )


def _candidates_placed_twice(plan: Plan, placements: Sequence[Placement]) -> Iterator[Problem]:
    by_candidate: dict[str, list[Placement]] = defaultdict(list)
    for placement in placements:
        by_candidate[placement.candidate_id].append(placement)
    for candidate in plan.candidates:
        theirs = by_candidate.get(candidate.id, [])
        if len(theirs) > 1:
            times = ", ".join(
                f"{plan.grid.wording(p.start)} ({plan.juries_by_id[p.jury_id].label})"
                for p in theirs
            )
            yield Problem(
                ProblemKind.CANDIDATE_PLACED_TWICE,
                QT_TRANSLATE_NOOP("messages", "{candidate} is placed {count} times: {times}"),
                {"candidate": candidate.name, "count": len(theirs), "times": times},
                (candidate.id, *dict.fromkeys(p.jury_id for p in theirs)),
            )


def _juror_times(plan: Plan, placements: Sequence[Placement]) -> Iterator[Problem]:
    """Each juror's interviews in time order: none overlapping, a break between two of a day."""
    by_juror: dict[str, list[Placement]] = defaultdict(list)
    for placement in placements:  # in time order already
        for juror_id in dict.fromkeys(plan.juries_by_id[placement.jury_id].juror_ids):
            by_juror[juror_id].append(placement)
    grid = plan.grid
    for juror in plan.jurors:
        latest: Placement | None = None  # of the interviews so far, the one that ends last
        for placement in by_juror.get(juror.id, []):
            if latest is not None:
                gap = placement.start - (latest.start + grid.slot_length)
                same_day = grid.local(placement.start).date() == grid.local(latest.start).date()
                if gap.total_seconds() < 0:
                    yield _double_booked(plan, juror, latest, placement)
                elif same_day and gap < grid.break_length:
                    yield _missing_break(plan, juror, latest, placement, gap.total_seconds())
            if latest is None or placement.start > latest.start:
                latest = placement


def _double_booked(plan: Plan, juror: JurorProfile, first: Placement, second: Placement) -> Problem:
    return Problem(
        ProblemKind.JUROR_DOUBLE_BOOKED,
        QT_TRANSLATE_NOOP(
            "messages",
            "{juror} is expected at two interviews at once, at {when}: {first} ({first_jury}) "
            "and {second} ({second_jury})",
        ),
        {
            "juror": juror.name,
            "when": plan.grid.wording(second.start),
            "first": _candidate_name(plan, first),
            "first_jury": plan.juries_by_id[first.jury_id].label,
            "second": _candidate_name(plan, second),
            "second_jury": plan.juries_by_id[second.jury_id].label,
        },
        (juror.id, first.candidate_id, second.candidate_id),
    )


def _missing_break(
    plan: Plan, juror: JurorProfile, first: Placement, second: Placement, gap_seconds: float
) -> Problem:
    return Problem(
        ProblemKind.MISSING_BREAK,
        QT_TRANSLATE_NOOP(
            "messages",
            "{juror} has {gap} minutes between the interviews of {first} and {second} at {when}; "
            "a break of {needed} minutes is needed",
        ),
        {
            "juror": juror.name,
            "gap": int(gap_seconds // 60),
            "first": _candidate_name(plan, first),
            "second": _candidate_name(plan, second),
            "when": plan.grid.wording(second.start),
            "needed": plan.grid.break_minutes,
        },
        (juror.id, first.candidate_id, second.candidate_id),
    )


def _conflicts_of_interest(plan: Plan, placements: Sequence[Placement]) -> Iterator[Problem]:
    for placement in placements:
        candidate = plan.candidates_by_id[placement.candidate_id]
        for juror_id in dict.fromkeys(plan.juries_by_id[placement.jury_id].juror_ids):
            juror = plan.jurors_by_id.get(juror_id)
            if juror is None:
                continue  # said by the jury's own problems
            for problem in conflicts(juror, candidate):
                yield dataclasses.replace(problem, subjects=(*problem.subjects, placement.jury_id))


def _candidate_name(plan: Plan, placement: Placement) -> str:
    return plan.candidates_by_id[placement.candidate_id].name


def _interview_fields(plan: Plan, placement: Placement) -> dict[str, object]:
    return {
        "candidate": _candidate_name(plan, placement),
        "jury": plan.juries_by_id[placement.jury_id].label,
        "when": plan.grid.wording(placement.start),
    }
