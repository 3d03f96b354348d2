"""The plain values of a session's plan: jurors, candidates, juries, the grid of slots, placements.

Ids are the organiser's (the workspace's); names are what messages show. Every
time is an aware datetime; the grid's slots are made in the session's zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TypeVar
from zoneinfo import ZoneInfo

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import JurorKind
from jury_desk.rules.time_zones import is_time_zone_name


@dataclass(frozen=True)
class JurorProfile:
    """A juror as the rules see them: their kind, and what could bind them to a candidate."""

    id: str
    name: str
    kind: JurorKind
    incubator: str = ""
    startups: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CandidateProfile:
    id: str
    name: str
    incubator: str = ""
    startup: str = ""


@dataclass(frozen=True)
class Jury:
    """Two jurors who interview together; the chair is one of the two by construction."""

    id: str
    label: str
    chair_id: str
    member_id: str

    @property
    def juror_ids(self) -> tuple[str, str]:
        return (self.chair_id, self.member_id)


@dataclass(frozen=True)
class Sitting:
    """A block of a day in which interviews run (a morning, an afternoon)."""

    day: date
    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The sitting of {day} ends at {end}, not after its start at {start}.",
                ),
                day=self.day.isoformat(),
                start=self.start.strftime("%H:%M"),
                end=self.end.strftime("%H:%M"),
            )


@dataclass(frozen=True)
class Grid:
    """The session's sittings cut into slots of `slot_minutes`, `break_minutes` apart."""

    sittings: tuple[Sitting, ...]
    slot_minutes: int = 60
    break_minutes: int = 15
    zone: str = "Europe/Paris"

    def __post_init__(self) -> None:
        if self.slot_minutes < 1 or self.break_minutes < 0:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "An interview lasts at least one minute and a break is not negative "
                    "(given: {slot} and {pause} minutes).",
                ),
                slot=self.slot_minutes,
                pause=self.break_minutes,
            )
        if not is_time_zone_name(self.zone):
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "Unknown time zone: {zone}."), zone=self.zone
            )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    @property
    def slot_length(self) -> timedelta:
        return timedelta(minutes=self.slot_minutes)

    @property
    def break_length(self) -> timedelta:
        return timedelta(minutes=self.break_minutes)

    @cached_property
    def slot_starts(self) -> tuple[datetime, ...]:
        """Every slot's start, in time order, each slot ending by its sitting's end."""
        starts: set[datetime] = set()
        step = self.slot_length + self.break_length
        for sitting in self.sittings:
            at = datetime.combine(sitting.day, sitting.start, tzinfo=self.tz)
            end = datetime.combine(sitting.day, sitting.end, tzinfo=self.tz)
            while at + self.slot_length <= end:
                starts.add(at)
                at += step
        return tuple(sorted(starts))

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def wording(self, moment: datetime) -> str:
        """How a message says a moment: its date and time in the session's zone."""
        return self.local(moment).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Placement:
    """A candidate's interview: with a jury, in the slot that starts at `start`."""

    candidate_id: str
    jury_id: str
    start: datetime

    def __post_init__(self) -> None:
        if self.start.utcoffset() is None:
            raise ValueError(f"a placement's start must be aware: {self.start!r}")


@dataclass(frozen=True)
class Plan:
    """Everything the rules look at: ids are unique within each tuple."""

    grid: Grid
    jurors: tuple[JurorProfile, ...]
    candidates: tuple[CandidateProfile, ...]
    juries: tuple[Jury, ...]
    placements: tuple[Placement, ...] = ()
    jurors_by_id: dict[str, JurorProfile] = field(init=False, repr=False, compare=False)
    candidates_by_id: dict[str, CandidateProfile] = field(init=False, repr=False, compare=False)
    juries_by_id: dict[str, Jury] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "jurors_by_id", _by_id(self.jurors, "juror"))
        object.__setattr__(self, "candidates_by_id", _by_id(self.candidates, "candidate"))
        object.__setattr__(self, "juries_by_id", _by_id(self.juries, "jury"))

    def with_placements(self, placements: Iterable[Placement]) -> Plan:
        return Plan(self.grid, self.jurors, self.candidates, self.juries, tuple(placements))


_Identified = TypeVar("_Identified", JurorProfile, CandidateProfile, Jury)


def _by_id(items: tuple[_Identified, ...], what: str) -> dict[str, _Identified]:
    found = {item.id: item for item in items}
    if len(found) != len(items):
        raise ValueError(f"two of the plan's {what} entries share an id")
    return found
