"""What the interview clock shows, derived from its stored events: plain, immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ClockStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


class TimeLevel(StrEnum):
    """How much time is left, for colours and announcements."""

    NORMAL = "normal"
    WARNING = "warning"  # at or past the first warning mark (e.g. 10 minutes left)
    OVERRUN = "overrun"  # past the planned total: the clock counts up


@dataclass(frozen=True)
class PhaseProgress:
    code: str
    title: str
    planned_s: int
    spent_s: float


@dataclass(frozen=True)
class InterviewState:
    status: ClockStatus
    phase_index: int  # index into `phases`; 0 before the start
    phases: tuple[PhaseProgress, ...]
    planned_s: int  # the plan's total (3,600 s for one hour)
    elapsed_s: float  # time the clock ran, pauses excluded, crash gaps included
    remaining_s: float  # planned_s - elapsed_s; negative once overrun
    time_level: TimeLevel
    # Warning marks already passed, in minutes left (e.g. (10,) then (10, 5)).
    marks_passed: tuple[int, ...]
    focus: str | None  # the competency under discussion
    competency_seconds: dict[str, float] = field(default_factory=dict)
    paused_s: float = 0.0
    gaps_s: float = 0.0  # time the application was not running while the clock ran
    started_at: datetime | None = None
    ended_at: datetime | None = None

    @property
    def overrun_s(self) -> float:
        return max(0.0, -self.remaining_s)

    @property
    def current_phase(self) -> PhaseProgress | None:
        return self.phases[self.phase_index] if self.phases else None
