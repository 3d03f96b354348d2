"""A small session to schedule, built juror by juror: fixed days in May 2027, Paris time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from jury_desk.models.enums import JurorKind
from jury_desk.rules.schedule import (
    CandidateProfile,
    Grid,
    JurorProfile,
    Jury,
    Placement,
    Plan,
    Sitting,
)

DAY_ONE = date(2027, 5, 18)
DAY_TWO = date(2027, 5, 19)
PARIS = ZoneInfo("Europe/Paris")
# 60-minute slots 15 minutes apart: 9:00, 10:15, 11:30 and 14:00, 15:15, 16:30.
MORNING = Sitting(DAY_ONE, time(9), time(12, 30))
AFTERNOON = Sitting(DAY_ONE, time(14), time(17, 30))


def at(hour: int, minute: int = 0, day: date = DAY_ONE) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


@dataclass
class PlanBuilder:
    """Ids are the names in lower case; each method returns the id it made."""

    sittings: tuple[Sitting, ...] = (MORNING,)
    slot_minutes: int = 60
    break_minutes: int = 15
    jurors: list[JurorProfile] = field(default_factory=list)
    candidates: list[CandidateProfile] = field(default_factory=list)
    juries: list[Jury] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)

    def manager(self, name: str, incubator: str = "", startups: tuple[str, ...] = ()) -> str:
        return self._juror(name, JurorKind.PORTFOLIO_MANAGER, incubator, startups)

    def intrapreneur(self, name: str, incubator: str = "", startups: tuple[str, ...] = ()) -> str:
        return self._juror(name, JurorKind.CERTIFIED_INTRAPRENEUR, incubator, startups)

    def _juror(self, name: str, kind: JurorKind, incubator: str, startups: tuple[str, ...]) -> str:
        self.jurors.append(JurorProfile(name.lower(), name, kind, incubator, frozenset(startups)))
        return name.lower()

    def candidate(self, name: str, incubator: str = "", startup: str = "") -> str:
        self.candidates.append(CandidateProfile(name.lower(), name, incubator, startup))
        return name.lower()

    def jury(self, label: str, chair: str, member: str) -> str:
        self.juries.append(Jury(label.lower(), label, chair, member))
        return label.lower()

    def juries_of_two(self, count: int) -> list[str]:
        """`count` juries, each of its own manager (the chair) and intrapreneur."""
        return [
            self.jury(f"Jury {n}", self.manager(f"Manager {n}"), self.intrapreneur(f"Intra {n}"))
            for n in range(1, count + 1)
        ]

    def candidates_named(self, count: int) -> list[str]:
        return [self.candidate(f"Candidate {n:02d}") for n in range(1, count + 1)]

    def place(self, candidate: str, jury: str, start: datetime) -> Placement:
        placement = Placement(candidate, jury, start)
        self.placements.append(placement)
        return placement

    def build(self) -> Plan:
        return Plan(
            Grid(self.sittings, self.slot_minutes, self.break_minutes),
            tuple(self.jurors),
            tuple(self.candidates),
            tuple(self.juries),
            tuple(self.placements),
        )


def loads(plan: Plan, placements: tuple[Placement, ...]) -> dict[str, int]:
    """Interviews per juror, whatever the jury they sit in."""
    counts = dict.fromkeys(plan.jurors_by_id, 0)
    for placement in placements:
        for juror_id in plan.juries_by_id[placement.jury_id].juror_ids:
            counts[juror_id] += 1
    return counts
