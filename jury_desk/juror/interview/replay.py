"""The interview clock's state, recomputed from its stored events: a pure function of them.

Nothing is counted in memory while the clock runs: every figure comes from the
events and the current time, so a crash or a restart loses nothing.

Durations between two events of the same run (one process) come from the
monotonic clock, so a change of the system clock does not distort them. Between
runs the monotonic clocks are unrelated and the UTC times are used; a span the
clock ran across is a crash gap: the candidate's time kept passing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from jury_desk.juror.interview.state import ClockStatus, InterviewState, PhaseProgress, TimeLevel
from jury_desk.models.enums import InterviewEventKind

# One phase of the plan: code, title, minutes.
PlanPhase = tuple[str, str, int]

# Marks are compared with sums of float differences: a last-digit error must
# not keep "10 minutes left" from showing at exactly 50:00.
_EPSILON_S = 1e-6


@dataclass(frozen=True)
class ClockEvent:
    """One stored event, as the replay needs it."""

    seq: int
    kind: InterviewEventKind
    at: datetime  # aware UTC
    monotonic: float  # on the monotonic clock of the run that recorded it
    run: str  # the id of the process that recorded it; "" if unknown
    competency: str | None = None  # FOCUS: the competency now under discussion


@dataclass(frozen=True)
class Span:
    """A pause or a crash gap: when it began and how long it lasted (so far)."""

    at: datetime
    seconds: float


@dataclass(frozen=True)
class Timeline:
    """The state, plus the pauses and gaps one by one (for the interview record)."""

    state: InterviewState
    pauses: tuple[Span, ...]
    gaps: tuple[Span, ...]


def replay(
    events: Sequence[ClockEvent],
    plan: Sequence[PlanPhase],
    warning_marks_minutes: Sequence[int],
    now: datetime,
    now_monotonic: float,
    run_id: str,
) -> InterviewState:
    """The clock's state at `now`, as seen by the process `run_id`."""
    return replay_timeline(events, plan, warning_marks_minutes, now, now_monotonic, run_id).state


def replay_timeline(
    events: Sequence[ClockEvent],
    plan: Sequence[PlanPhase],
    warning_marks_minutes: Sequence[int],
    now: datetime,
    now_monotonic: float,
    run_id: str,
) -> Timeline:
    """Like `replay`, with each pause and gap listed."""
    tally = _Tally(len(plan))
    previous: ClockEvent | None = None
    for event in sorted(events, key=lambda e: e.seq):
        if tally.status is ClockStatus.STOPPED:
            break  # one interview per candidate: nothing after the stop counts
        if previous is not None:
            tally.advance(*_span(previous, event), since=previous.at)
        tally.apply(event)
        previous = event
    if previous is not None and tally.status is not ClockStatus.STOPPED:
        # "Now", seen as an event of this run, closes the last span.
        here = ClockEvent(previous.seq + 1, InterviewEventKind.GAP, now, now_monotonic, run_id)
        tally.advance(*_span(previous, here), since=previous.at)
    return tally.timeline(plan, warning_marks_minutes)


def _span(earlier: ClockEvent, later: ClockEvent) -> tuple[float, bool]:
    """Seconds between two events, and whether a restart lies between them."""
    if earlier.run and earlier.run == later.run:
        seconds, crossed = later.monotonic - earlier.monotonic, False
    else:
        seconds, crossed = (later.at - earlier.at).total_seconds(), True
    # A system clock set back between two runs must not make time run backwards.
    return max(0.0, seconds), crossed


class _Tally:
    """The running sums of one replay."""

    def __init__(self, phase_count: int) -> None:
        self.status = ClockStatus.NOT_STARTED
        self.phase_count = phase_count
        self.phase_index = 0
        self.phase_spent = [0.0] * phase_count
        self.elapsed = 0.0
        self.paused = 0.0
        self.gaps = 0.0
        self.focus: str | None = None
        self.competency_seconds: dict[str, float] = {}
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.pauses: list[Span] = []
        self.gap_spans: list[Span] = []

    def advance(self, seconds: float, crossed_runs: bool, since: datetime) -> None:
        if seconds <= 0:
            return
        if self.status is ClockStatus.RUNNING:
            self.elapsed += seconds
            if self.phase_count:
                self.phase_spent[self.phase_index] += seconds
            # Time while the application was closed is an interruption: the interview went
            # on, but what was discussed is not known, so no competency is credited with it.
            if self.focus is not None and not crossed_runs:
                self.competency_seconds[self.focus] = (
                    self.competency_seconds.get(self.focus, 0.0) + seconds
                )
            if crossed_runs:
                self.gaps += seconds
                self.gap_spans.append(Span(since, seconds))
        elif self.status is ClockStatus.PAUSED:
            self.paused += seconds
            last = self.pauses[-1]
            self.pauses[-1] = Span(last.at, last.seconds + seconds)

    def apply(self, event: ClockEvent) -> None:
        # Events that make no sense in the current state are skipped, not fatal:
        # a stored record must always replay.
        kind, status = event.kind, self.status
        if kind is InterviewEventKind.START and status is ClockStatus.NOT_STARTED:
            self.status = ClockStatus.RUNNING
            self.started_at = event.at
        elif kind is InterviewEventKind.PAUSE and status is ClockStatus.RUNNING:
            self.status = ClockStatus.PAUSED
            self.pauses.append(Span(event.at, 0.0))
        elif kind is InterviewEventKind.RESUME and status is ClockStatus.PAUSED:
            self.status = ClockStatus.RUNNING
        elif kind is InterviewEventKind.NEXT_PHASE and status in _UNDER_WAY:
            self.phase_index = max(0, min(self.phase_index + 1, self.phase_count - 1))
        elif kind is InterviewEventKind.FOCUS:
            self.focus = event.competency
        elif kind is InterviewEventKind.STOP and status in _UNDER_WAY:
            self.status = ClockStatus.STOPPED
            self.ended_at = event.at

    def timeline(self, plan: Sequence[PlanPhase], marks_minutes: Sequence[int]) -> Timeline:
        planned = sum(minutes for _code, _title, minutes in plan) * 60
        remaining = planned - self.elapsed
        marks: tuple[int, ...] = ()
        if self.status is not ClockStatus.NOT_STARTED:
            # Largest first: the order in which they are reached.
            marks = tuple(
                mark
                for mark in sorted(set(marks_minutes), reverse=True)
                if self.elapsed + _EPSILON_S >= planned - mark * 60
            )
        if remaining < 0:
            level = TimeLevel.OVERRUN
        elif marks:
            level = TimeLevel.WARNING
        else:
            level = TimeLevel.NORMAL
        state = InterviewState(
            status=self.status,
            phase_index=self.phase_index,
            phases=tuple(
                PhaseProgress(code, title, minutes * 60, spent)
                for (code, title, minutes), spent in zip(plan, self.phase_spent, strict=True)
            ),
            planned_s=planned,
            elapsed_s=self.elapsed,
            remaining_s=remaining,
            time_level=level,
            marks_passed=marks,
            focus=self.focus,
            competency_seconds=dict(self.competency_seconds),
            paused_s=self.paused,
            gaps_s=self.gaps,
            started_at=self.started_at,
            ended_at=self.ended_at,
        )
        return Timeline(state, tuple(self.pauses), tuple(self.gap_spans))


_UNDER_WAY = (ClockStatus.RUNNING, ClockStatus.PAUSED)
