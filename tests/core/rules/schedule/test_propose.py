"""The proposed schedule: everyone placed when the rules allow it, the load balanced, or why not."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import time

from jury_desk.rules.schedule import Placement, Plan, ProblemKind, Sitting, check_plan, propose
from tests.core.rules.schedule.builder import (
    AFTERNOON,
    DAY_ONE,
    DAY_TWO,
    MORNING,
    PlanBuilder,
    at,
    loads,
)
from tests.paths import REPO_ROOT

TWO_DAYS = (
    MORNING,
    AFTERNOON,
    Sitting(DAY_TWO, time(9), time(12, 30)),
    Sitting(DAY_TWO, time(14), time(17, 30)),
)


def _valid(builder: PlanBuilder, placements: tuple[Placement, ...]) -> bool:
    builder.placements = list(placements)
    return check_plan(builder.build()) == ()


def test_sixty_candidates_for_ten_juries_are_all_placed_evenly() -> None:
    builder = PlanBuilder(sittings=TWO_DAYS)
    builder.juries_of_two(10)
    candidates = builder.candidates_named(60)
    plan = builder.build()
    proposal = propose(plan)
    assert proposal.problems == ()
    assert sorted(p.candidate_id for p in proposal.placements) == candidates
    assert set(loads(plan, proposal.placements).values()) == {6}
    assert _valid(builder, proposal.placements)


def test_the_load_is_balanced_when_it_cannot_be_even() -> None:
    builder = PlanBuilder(sittings=(MORNING, AFTERNOON))
    builder.juries_of_two(4)
    builder.candidates_named(10)
    plan = builder.build()
    counts = loads(plan, propose(plan).placements)
    assert sum(counts.values()) == 20
    assert max(counts.values()) - min(counts.values()) == 1


def test_a_juror_of_two_juries_is_counted_once() -> None:
    builder = PlanBuilder()
    anne, gaston = builder.manager("Anne"), builder.manager("Gaston")
    builder.jury("A", anne, builder.intrapreneur("Bruno"))
    builder.jury("B", anne, builder.intrapreneur("Chloé"))
    builder.jury("C", gaston, builder.intrapreneur("Hugo"))
    builder.candidates_named(4)
    plan = builder.build()
    proposal = propose(plan)
    counts = loads(plan, proposal.placements)
    # Anne sits in A and B: a load per jury would give her 2 of 4 juries' worth, 3 interviews.
    assert counts == {"anne": 2, "bruno": 1, "chloé": 1, "gaston": 2, "hugo": 2}
    assert _valid(builder, proposal.placements)


def test_conflicts_are_avoided() -> None:
    builder = PlanBuilder()
    builder.jury("A", builder.manager("Anne", incubator="DINUM"), builder.intrapreneur("Bruno"))
    builder.jury("B", builder.manager("Chloé"), builder.intrapreneur("Denis", startups=("Aides",)))
    builder.candidate("Emma", incubator="dinum")
    builder.candidate("Fanny", startup="AIDES")
    builder.candidate("Gilles", incubator="Dinum", startup="aides")  # A and B both in conflict
    proposal = propose(builder.build())
    assert {(p.candidate_id, p.jury_id) for p in proposal.placements} == {
        ("emma", "b"),
        ("fanny", "a"),
    }
    (problem,) = proposal.problems
    assert problem.kind is ProblemKind.CANDIDATE_NOT_PLACED
    assert problem.text == (
        "No jury can interview Gilles without a conflict: "
        "Anne works at the incubator Dinum, like Gilles; "
        "Denis is linked to the start-up aides of Gilles"
    )
    assert problem.subjects == ("gilles", "anne", "denis")
    assert _valid(builder, proposal.placements)


def test_breaks_are_respected_even_between_sittings_that_touch() -> None:
    builder = PlanBuilder(
        sittings=(
            Sitting(DAY_ONE, time(9), time(10)),
            Sitting(DAY_ONE, time(10), time(11)),
            Sitting(DAY_ONE, time(11, 15), time(12, 15)),
        )
    )
    builder.juries_of_two(1)
    builder.candidates_named(3)
    proposal = propose(builder.build())
    assert [p.start for p in proposal.placements] == [at(9), at(11, 15)]
    assert _valid(builder, proposal.placements)
    (problem,) = proposal.problems
    assert problem.text == (
        "Candidate 03 cannot be placed: the free slots of the juries without a conflict "
        "clash with their jurors' other interviews or breaks"
    )


def test_kept_placements_are_kept() -> None:
    builder = PlanBuilder()
    builder.juries_of_two(2)
    builder.candidates_named(6)
    kept = (
        Placement("candidate 01", "jury 2", at(11, 30)),
        Placement("candidate 06", "jury 2", at(9)),
    )
    proposal = propose(builder.build(), keep=kept)
    assert set(kept) <= set(proposal.placements)
    assert len(proposal.placements) == 6
    assert proposal.problems == ()
    assert _valid(builder, proposal.placements)


def test_a_kept_placement_that_breaks_a_rule_is_dropped_and_said() -> None:
    builder = PlanBuilder()
    builder.jury("A", builder.manager("Anne", incubator="DINUM"), builder.intrapreneur("Bruno"))
    builder.jury("B", builder.manager("Chloé"), builder.intrapreneur("Denis"))
    builder.candidate("Emma", incubator="Dinum")
    builder.candidate("Fanny")
    keep = (Placement("emma", "a", at(9)), Placement("fanny", "b", at(9, 30)))
    proposal = propose(builder.build(), keep=keep)
    assert [p.kind for p in proposal.problems] == [ProblemKind.PLACEMENT_NOT_KEPT] * 2
    assert proposal.problems[0].text == (
        "The interview of Emma with A at 2027-05-18 09:00 was not kept: "
        "Anne works at the incubator Dinum, like Emma"
    )
    assert proposal.problems[1].text == (
        "The interview of Fanny with B at 2027-05-18 09:30 was not kept: "
        "The interview of Fanny with B at 2027-05-18 09:30 is not in one of the session's slots"
    )
    placed = {p.candidate_id: p.jury_id for p in proposal.placements}
    assert placed == {"emma": "b", "fanny": "a"}  # both placed again, elsewhere
    assert _valid(builder, proposal.placements)


def test_too_many_candidates_are_explained() -> None:
    builder = PlanBuilder()
    builder.juries_of_two(2)
    builder.candidates_named(8)
    keep = (Placement("candidate 08", "jury 1", at(10, 15)),)
    proposal = propose(builder.build(), keep=keep)
    assert len(proposal.placements) == 6
    assert [p.text for p in proposal.problems] == [
        "Candidate 06 cannot be placed: 7 candidates for 5 free slots",
        "Candidate 07 cannot be placed: 7 candidates for 5 free slots",
    ]
    assert _valid(builder, proposal.placements)


def test_badly_formed_juries_are_reported_and_not_used() -> None:
    builder = PlanBuilder()
    builder.jury("A", builder.manager("Anne"), builder.manager("Bruno"))
    builder.jury("B", builder.intrapreneur("Chloé"), "nobody")
    builder.candidate("Emma")
    proposal = propose(builder.build(), keep=(Placement("emma", "a", at(9)),))
    assert proposal.placements == ()
    assert [p.kind for p in proposal.problems] == [
        ProblemKind.JURY_COMPOSITION,
        ProblemKind.UNKNOWN_REFERENCE,
        ProblemKind.PLACEMENT_NOT_KEPT,
        ProblemKind.CANDIDATE_NOT_PLACED,
    ]
    assert proposal.problems[-1].text == (
        "Emma cannot be placed: the session has no jury of one portfolio manager "
        "and one certified intrapreneur"
    )


def test_a_seated_candidate_moves_to_make_room() -> None:
    # One slot; A shares Anne with B and Bruno with C: seating the first candidate
    # in A (the first jury) would leave the second without a seat.
    builder = PlanBuilder(sittings=(Sitting(DAY_ONE, time(9), time(10)),))
    anne, bruno = builder.manager("Anne"), builder.intrapreneur("Bruno")
    builder.jury("A", anne, bruno)
    builder.jury("B", anne, builder.intrapreneur("Chloé"))
    builder.jury("C", builder.manager("Denis"), bruno)
    builder.candidates_named(2)
    proposal = propose(builder.build())
    assert proposal.problems == ()
    assert {p.jury_id for p in proposal.placements} == {"b", "c"}
    assert _valid(builder, proposal.placements)


_PROPOSE_AND_PRINT = """
from tests.core.rules.schedule.test_propose import mixed_session
from jury_desk.rules.schedule import propose
print(repr(propose(mixed_session()).placements))
"""


def mixed_session() -> Plan:
    """Shared jurors, conflicts and too few slots: every kind of choice the proposal makes."""
    builder = PlanBuilder(sittings=(MORNING, AFTERNOON))
    builder.juries_of_two(3)
    builder.jury("Jury 4", "manager 1", builder.intrapreneur("Intra 4", incubator="Nord"))
    builder.candidates_named(20)
    builder.candidate("Zoé", incubator="nord")
    return builder.build()


def test_the_same_plan_gives_the_same_proposal_in_any_process() -> None:
    first = propose(mixed_session())
    assert propose(mixed_session()) == first
    assert len(first.placements) == 18
    # String hashing, hence set order, changes with the seed: the proposal must not.
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _PROPOSE_AND_PRINT],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert outputs == {repr(first.placements) + "\n"}
