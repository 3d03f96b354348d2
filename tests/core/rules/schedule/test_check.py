"""The hard rules of a plan: each broken once, and only that problem said."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time

import pytest

from jury_desk.kernel.errors import UserError
from jury_desk.rules.schedule import Grid, Placement, ProblemKind, Sitting, check_plan
from tests.core.rules.schedule.builder import (
    AFTERNOON,
    DAY_ONE,
    DAY_TWO,
    MORNING,
    PARIS,
    PlanBuilder,
    at,
)


def _two_juries() -> PlanBuilder:
    """Jury A (Anne, Bruno) and jury B (Anne again, Chloé), three candidates."""
    plan = PlanBuilder(sittings=(MORNING, AFTERNOON))
    anne, bruno = plan.manager("Anne"), plan.intrapreneur("Bruno")
    chloe = plan.intrapreneur("Chloé")
    plan.jury("A", anne, bruno)
    plan.jury("B", anne, chloe)
    for name in ("Dora", "Emile", "Fanny"):
        plan.candidate(name)
    return plan


def test_the_grid_cuts_each_sitting_into_slots_with_breaks() -> None:
    grid = Grid((AFTERNOON, MORNING, Sitting(DAY_TWO, time(9), time(10))))
    assert grid.slot_starts == (
        at(9),
        at(10, 15),
        at(11, 30),
        at(14),
        at(15, 15),
        at(16, 30),
        at(9, day=DAY_TWO),
    )
    assert all(start.tzinfo == PARIS for start in grid.slot_starts)
    assert Grid((MORNING,), slot_minutes=90, break_minutes=0).slot_starts == (at(9), at(10, 30))


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda: Sitting(DAY_ONE, time(12), time(9)),
            "The sitting of 2027-05-18 ends at 09:00, not after its start at 12:00.",
        ),
        (
            lambda: Grid((MORNING,), slot_minutes=0),
            "An interview lasts at least one minute and a break is not negative "
            "(given: 0 and 15 minutes).",
        ),
        (
            lambda: Grid((MORNING,), break_minutes=-5),
            "An interview lasts at least one minute and a break is not negative "
            "(given: 60 and -5 minutes).",
        ),
        (lambda: Grid((MORNING,), zone="../etc/passwd"), "Unknown time zone: ../etc/passwd."),
    ],
)
def test_a_malformed_grid_is_refused_in_words(make: Callable[[], object], expected: str) -> None:
    with pytest.raises(UserError) as refused:
        make()
    assert str(refused.value) == expected


def test_a_valid_plan_has_no_problem() -> None:
    plan = _two_juries()
    plan.place("dora", "a", at(9))
    plan.place("emile", "b", at(10, 15))  # Anne again, after her break
    plan.place("fanny", "a", at(14))
    assert check_plan(plan.build()) == ()


def test_a_juror_in_two_juries_at_once_is_double_booked() -> None:
    plan = _two_juries()
    plan.place("dora", "a", at(9))
    plan.place("emile", "b", at(9).astimezone(UTC))  # the same moment, written in UTC
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.JUROR_DOUBLE_BOOKED
    assert problem.text == (
        "Anne is expected at two interviews at once, at 2027-05-18 09:00: Dora (A) and Emile (B)"
    )
    assert problem.subjects == ("anne", "dora", "emile")


def test_a_candidate_placed_twice() -> None:
    plan = _two_juries()
    plan.place("dora", "a", at(9))
    plan.place("dora", "a", at(10, 15))
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.CANDIDATE_PLACED_TWICE
    assert problem.text == "Dora is placed 2 times: 2027-05-18 09:00 (A), 2027-05-18 10:15 (A)"


def test_back_to_back_interviews_miss_the_break() -> None:
    plan = _two_juries()
    # Two sittings that touch: a slot at 9:00 and one at 10:00, both on the grid.
    plan.sittings = (Sitting(DAY_ONE, time(9), time(10)), Sitting(DAY_ONE, time(10), time(11)))
    plan.place("dora", "a", at(9))
    plan.place("emile", "a", at(10))
    problems = check_plan(plan.build())
    assert [p.kind for p in problems] == [ProblemKind.MISSING_BREAK] * 2  # Anne and Bruno
    assert problems[0].text == (
        "Anne has 0 minutes between the interviews of Dora and Emile at 2027-05-18 10:00; "
        "a break of 15 minutes is needed"
    )


def test_without_a_break_rule_back_to_back_is_fine() -> None:
    plan = _two_juries()
    plan.break_minutes = 0
    plan.place("dora", "a", at(9))
    plan.place("emile", "a", at(10))
    assert check_plan(plan.build()) == ()


def test_the_break_is_only_within_a_day() -> None:
    plan = _two_juries()
    plan.sittings = (Sitting(DAY_ONE, time(23), time(23, 59)), Sitting(DAY_TWO, time(0), time(1)))
    plan.slot_minutes = 59
    plan.place("dora", "a", at(23))
    plan.place("emile", "a", at(0, day=DAY_TWO))
    assert check_plan(plan.build()) == ()


def test_an_interview_off_the_grid() -> None:
    plan = _two_juries()
    plan.place("dora", "a", at(9, 30))
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.OFF_THE_GRID
    assert problem.text == (
        "The interview of Dora with A at 2027-05-18 09:30 is not in one of the session's slots"
    )


def test_a_jury_of_two_portfolio_managers() -> None:
    plan = _two_juries()
    plan.jury("C", plan.manager("Gaston"), "anne")
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.JURY_COMPOSITION
    assert problem.text == (
        "C has two portfolio managers, Gaston and Anne: "
        "a jury needs one portfolio manager and one certified intrapreneur"
    )


def test_a_jury_of_two_intrapreneurs() -> None:
    plan = _two_juries()
    plan.jury("C", "bruno", "chloé")
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.JURY_COMPOSITION
    assert "two certified intrapreneurs, Bruno and Chloé" in problem.text


def test_a_jury_of_one_juror_twice() -> None:
    plan = _two_juries()
    plan.jury("C", "anne", "anne")
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.JURY_COMPOSITION
    assert problem.text == "C has Anne as both its chair and its member"


@pytest.mark.parametrize(
    ("jury", "candidate", "expected"),
    [
        ("nowhere", "dora", "names a jury that is not in the session: nowhere"),
        ("a", "nobody", "names a candidate who is not in the session: nobody"),
    ],
)
def test_a_placement_naming_what_is_not_in_the_session(
    jury: str, candidate: str, expected: str
) -> None:
    plan = _two_juries()
    plan.place(candidate, jury, at(9))
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.UNKNOWN_REFERENCE
    assert problem.text == f"The interview at 2027-05-18 09:00 {expected}"


def test_a_jury_naming_an_unknown_juror() -> None:
    plan = _two_juries()
    plan.jury("C", "anne", "ghost")
    plan.place("dora", "c", at(9))  # its known juror's times and conflicts are still checked
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.UNKNOWN_REFERENCE
    assert problem.text == "C names a juror who is not in the session: ghost"


def test_a_conflict_by_incubator_ignores_case_accents_and_spaces() -> None:
    plan = PlanBuilder()
    plan.jury(
        "A", plan.manager("Anne", incubator="Incubateur de l'Écologie"), plan.intrapreneur("Bruno")
    )
    plan.candidate("Dora", incubator="  incubateur DE L'ecologie ")
    plan.place("dora", "a", at(9))
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.CONFLICT_OF_INTEREST
    assert problem.text == "Anne works at the incubator incubateur DE L'ecologie, like Dora"
    assert problem.subjects == ("anne", "dora", "a")


def test_a_conflict_by_start_up_ignores_case_accents_and_spaces() -> None:
    plan = PlanBuilder()
    bruno = plan.intrapreneur("Bruno", startups=("Mon Compte Formation", "Démarches  Simplifiées"))
    plan.jury("A", plan.manager("Anne"), bruno)
    plan.candidate("Dora", startup="demarches simplifiees")
    plan.place("dora", "a", at(9))
    (problem,) = check_plan(plan.build())
    assert problem.kind is ProblemKind.CONFLICT_OF_INTEREST
    assert problem.text == "Bruno is linked to the start-up demarches simplifiees of Dora"


def test_both_reasons_of_a_conflict_are_said() -> None:
    plan = PlanBuilder()
    anne = plan.manager("Anne", incubator="DINUM", startups=("Aides",))
    plan.jury("A", anne, plan.intrapreneur("Bruno", incubator="Fabrique"))
    plan.candidate("Dora", incubator="dinum", startup="AIDES")
    plan.place("dora", "a", at(9))
    texts = [problem.text for problem in check_plan(plan.build())]
    assert texts == [
        "Anne works at the incubator dinum, like Dora",
        "Anne is linked to the start-up AIDES of Dora",
    ]


def test_an_empty_incubator_or_start_up_is_no_conflict() -> None:
    plan = PlanBuilder()
    plan.jury("A", plan.manager("Anne", incubator="  ", startups=("",)), plan.intrapreneur("Bruno"))
    plan.candidate("Dora", incubator=" ", startup="")
    plan.place("dora", "a", at(9))
    assert check_plan(plan.build()) == ()


def test_problems_come_in_the_same_order_whatever_the_placements_order() -> None:
    plan = _two_juries()
    plan.jury("C", "bruno", "chloé")
    plan.place("dora", "a", at(9))
    plan.place("emile", "b", at(9))
    plan.place("fanny", "a", at(9, 30))
    plan.place("dora", "b", at(10, 15))
    expected = check_plan(plan.build())
    assert [p.kind for p in expected] == [
        ProblemKind.JURY_COMPOSITION,
        ProblemKind.OFF_THE_GRID,
        ProblemKind.CANDIDATE_PLACED_TWICE,
        # Anne: Dora and Emile at 9:00, Fanny at 9:30, Dora at 10:15 before Fanny's end.
        *[ProblemKind.JUROR_DOUBLE_BOOKED] * 3,
        ProblemKind.JUROR_DOUBLE_BOOKED,  # Bruno: Dora at 9:00, Fanny at 9:30
    ]
    shuffled = random.Random(7)
    for _ in range(5):
        shuffled.shuffle(plan.placements)
        assert check_plan(plan.build()) == expected


def test_a_placement_needs_an_aware_start() -> None:
    with pytest.raises(ValueError, match="aware"):
        Placement("dora", "a", datetime(2027, 5, 18, 9))  # naive: the point of the test


def test_ids_are_unique_within_a_plan() -> None:
    plan = _two_juries()
    plan.candidate("Dora")
    with pytest.raises(ValueError, match="candidate"):
        plan.build()
