"""How fast a schedule is proposed: 60 candidates, 10 juries, against checking the result.

The session (made here, not timed): two days of a morning and an afternoon
sitting (12 one-hour slots per jury, 15 minutes apart), 10 juries of two, one
portfolio manager sitting in two juries, and 60 candidates from 5 incubators
and 30 start-ups, some jurors working at an incubator or linked to a start-up,
so that the proposal has conflicts to avoid and a shared juror to balance.

Measured in rounds that alternate the two, medians printed: `check_plan` over
the proposed plan (the reference: what the desk runs on every change) and
`propose` (jury_desk/rules/schedule/propose.py). Target: the proposal well
under a second (issue: "60 candidates x 10 juries must take well under a
second"); the ratio says how many checks one proposal costs.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, date, datetime
from datetime import time as clock_time

from jury_desk.models.enums import JurorKind
from jury_desk.rules.schedule import (
    CandidateProfile,
    Grid,
    JurorProfile,
    Jury,
    Plan,
    Sitting,
    check_plan,
    propose,
)

ROUNDS = 15
TARGET_SECONDS = 1.0
CANDIDATES = 60
JURIES = 10
INCUBATORS = ("DINUM", "Fabrique numérique", "Incubateur de l'Écologie", "Beta Sud", "Atelier")


def _session() -> Plan:
    days = (date(2027, 5, 18), date(2027, 5, 19))
    sittings = tuple(
        Sitting(day, clock_time(start), clock_time(end, 30))
        for day in days
        for start, end in ((9, 12), (14, 17))
    )
    jurors: list[JurorProfile] = []
    juries: list[Jury] = []
    for n in range(JURIES):
        manager = JurorProfile(
            f"pm-{n}", f"Manager {n}", JurorKind.PORTFOLIO_MANAGER, INCUBATORS[n % 5]
        )
        intrapreneur = JurorProfile(
            f"ci-{n}",
            f"Intrapreneur {n}",
            JurorKind.CERTIFIED_INTRAPRENEUR,
            startups=frozenset({f"Start-up {n}", f"Start-up {n + 10}"}),
        )
        jurors += [manager, intrapreneur]
        # The last jury's chair is the first one's: a juror in two juries.
        chair = jurors[0].id if n == JURIES - 1 else manager.id
        juries.append(Jury(f"jury-{n}", f"Jury {n}", chair, intrapreneur.id))
    candidates = tuple(
        CandidateProfile(
            f"candidate-{n}", f"Candidate {n}", INCUBATORS[n % 5].lower(), f"start-up {n % 30}"
        )
        for n in range(CANDIDATES)
    )
    return Plan(Grid(sittings), tuple(jurors), candidates, tuple(juries))


def _line(label: str, seconds: float, note: str) -> str:
    return f"  {label:<38}: {seconds * 1000:7.2f} ms  {note}"


def main() -> None:
    plan = _session()
    proposal = propose(plan)  # warm up: the zone, the grid's slots, Python's caches
    proposed = plan.with_placements(proposal.placements)
    assert check_plan(proposed) == (), "the proposal broke a rule"
    checks: list[float] = []
    proposals: list[float] = []
    for _round in range(ROUNDS):
        start = time.perf_counter()
        check_plan(proposed)
        checks.append(time.perf_counter() - start)
        start = time.perf_counter()
        again = propose(plan)
        proposals.append(time.perf_counter() - start)
        assert again == proposal, "the proposal changed between runs"
    check = statistics.median(checks)
    proposing = statistics.median(proposals)
    placed = len(proposal.placements)
    print(
        f"schedule ({datetime.now(UTC):%Y-%m-%d}, {CANDIDATES} candidates, {JURIES} juries, "
        f"{len(plan.grid.slot_starts)} slots, {ROUNDS} rounds alternated, medians)"
    )
    print(_line("check_plan of the proposed plan", check, "(reference, 1.00)"))
    print(
        _line(
            "propose",
            proposing,
            f"({proposing / check:.1f} x the check; {placed} placed, "
            f"{len(proposal.problems)} problems; target under {TARGET_SECONDS:.0f} s)",
        )
    )


if __name__ == "__main__":
    main()
