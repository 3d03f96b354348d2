"""The interview clock: phases, pauses, warning marks, time per competency, crashes, the record."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.interview.clock import RUN_ID, ClockStateError, InterviewClock
from jury_desk.juror.interview.replay import ClockEvent, replay
from jury_desk.juror.interview.state import ClockStatus, InterviewState, TimeLevel
from jury_desk.kernel.errors import UserError
from jury_desk.models import Assessment, AssessmentStatus, InterviewEvent, InterviewEventKind
from jury_desk.models.journal import JournalEntry
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.workspace import Workspace
from tests.factories import FakeClock

T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
PLAN = (("pitch", "Pitch", 10), ("questions", "Questions", 40), ("cloture", "Clôture", 10))


class ProcessClock:
    """One process's view of time: its monotonic clock starts where told and never jumps,
    while its wall clock can be set (a juror or NTP changing the system time)."""

    def __init__(self, now: datetime, monotonic: float = 0.0) -> None:
        self._now = now
        self._monotonic = monotonic

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def set_system_clock(self, by_seconds: float) -> None:
        self._now += timedelta(seconds=by_seconds)


def _events(workspace: Workspace, candidate_id: str = "cand-1") -> list[InterviewEvent]:
    with workspace.reading() as session:
        return list(
            session.scalars(
                select(InterviewEvent)
                .where(InterviewEvent.candidate_id == candidate_id)
                .order_by(InterviewEvent.seq)
            )
        )


def _journal_count(workspace: Workspace) -> int:
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry)) or 0


def _seconds_on_grid(workspace: Workspace) -> dict[str, int]:
    rows = JurorDesk(workspace).grid("cand-1").rows
    return {row.code: row.seconds_discussed for row in rows if row.seconds_discussed}


# Phases and pauses


def test_time_accrues_to_the_current_phase_and_pauses_are_excluded(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    before = timer.state()
    assert (before.status, before.phase_index, before.elapsed_s) == (ClockStatus.NOT_STARTED, 0, 0)
    assert before.planned_s == 3600
    assert before.remaining_s == 3600

    timer.start()
    clock.advance(600)
    state = timer.next_phase()
    assert state.phase_index == 1
    assert state.current_phase is not None and state.current_phase.code == "questions"
    clock.advance(120)
    timer.pause()
    clock.advance(300)
    timer.resume()
    clock.advance(60)

    state = timer.state()
    assert state.status is ClockStatus.RUNNING
    assert state.started_at == T0
    assert state.elapsed_s == 780
    assert state.paused_s == 300
    assert state.remaining_s == 3600 - 780
    assert [(p.code, p.planned_s, p.spent_s) for p in state.phases] == [
        ("pitch", 600, 600),
        ("questions", 2400, 180),
        ("cloture", 600, 0),
    ]


@pytest.mark.parametrize(
    ("elapsed", "level", "marks"),
    [
        (0, TimeLevel.NORMAL, ()),
        (49 * 60 + 59, TimeLevel.NORMAL, ()),
        (50 * 60, TimeLevel.WARNING, (10,)),
        (54 * 60 + 59, TimeLevel.WARNING, (10,)),
        (55 * 60, TimeLevel.WARNING, (10, 5)),
        (60 * 60, TimeLevel.WARNING, (10, 5)),
        (61 * 60, TimeLevel.OVERRUN, (10, 5)),
    ],
)
def test_warning_marks_and_overrun(
    workspace: Workspace,
    clock: FakeClock,
    elapsed: int,
    level: TimeLevel,
    marks: tuple[int, ...],
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.start()
    clock.advance(elapsed)
    state = timer.state()
    assert (state.time_level, state.marks_passed) == (level, marks)
    assert state.remaining_s == 3600 - elapsed
    # Never cut short: past the hour the clock still runs and counts up.
    assert state.status is ClockStatus.RUNNING
    assert state.overrun_s == max(0, elapsed - 3600)


def test_an_hour_and_a_minute_leaves_minus_sixty_seconds(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.start()
    clock.advance(61 * 60)
    state = timer.state()
    assert state.remaining_s == -60
    assert state.overrun_s == 60
    assert state.time_level is TimeLevel.OVERRUN


# Time per competency


def test_time_goes_to_the_competency_under_discussion_and_onto_my_sheet(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.focus("C8")
    clock.advance(30)  # before the start: no time for anyone
    timer.start()
    timer.focus("C1")
    clock.advance(180)
    timer.focus("C4")
    clock.advance(120)
    timer.pause()
    clock.advance(60)
    timer.resume()
    state = timer.focus(None)
    assert state.focus is None
    clock.advance(60)

    state = timer.state()
    assert state.competency_seconds == {"C1": 180, "C4": 120}
    assert state.elapsed_s == 360
    assert _seconds_on_grid(workspace) == {"C1": 180, "C4": 120}


def test_choosing_the_competency_already_under_discussion_stores_nothing(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.start()
    timer.focus("C2")
    count = len(_events(workspace))
    assert timer.focus("C2").focus == "C2"
    assert len(_events(workspace)) == count


def test_an_unknown_competency_is_refused_and_nothing_is_stored(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.start()
    with pytest.raises(UserError, match="no competency 'C9'"):
        timer.focus("C9")
    assert [e.kind for e in _events(workspace)] == [InterviewEventKind.START]


def test_a_signed_sheet_keeps_its_seconds(workspace: Workspace, clock: FakeClock) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    timer.start()
    timer.focus("C1")
    clock.advance(60)
    timer.pause()
    assert _seconds_on_grid(workspace) == {"C1": 60}
    with workspace.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assessment.status = AssessmentStatus.SIGNED
        assessment.signed_at = clock.now()

    timer.resume()
    clock.advance(60)
    state = timer.stop()
    assert state.competency_seconds == {"C1": 120}
    assert _seconds_on_grid(workspace) == {"C1": 60}


# Crashes, restarts and the system clock


def test_a_crash_while_running_counts_as_time_recorded_as_a_gap_not_as_a_competencys(
    workspace: Workspace, clock: FakeClock
) -> None:
    run_a = InterviewClock(workspace, "cand-1", clock, run_id="A")
    run_a.start()
    run_a.focus("C2")
    clock.advance(300)
    run_a.focus("C3")  # the last thing run A stored, at 5:00
    # The application dies; it is started again two minutes later, in a new
    # process whose monotonic clock starts afresh.
    restarted = ProcessClock(clock.now() + timedelta(seconds=120), monotonic=0.0)
    run_b = InterviewClock(workspace, "cand-1", restarted, run_id="B")

    shown = run_b.state()
    assert (shown.status, shown.elapsed_s, shown.gaps_s) == (ClockStatus.RUNNING, 420, 120)

    assert run_b.resume_after_restart() == 120
    gap = _events(workspace)[-1]
    assert gap.kind is InterviewEventKind.GAP
    assert json.loads(gap.payload) == {
        "run": "B",
        "seconds": 120,
        "since": (T0 + timedelta(seconds=300)).isoformat(),
    }
    assert run_b.resume_after_restart() is None  # recorded once

    restarted.advance(60)
    state = run_b.state()
    assert state.elapsed_s == pytest.approx(480)
    assert state.gaps_s == pytest.approx(120)
    # The two minutes away are an interruption: C3 gets only the minute after the restart.
    assert state.competency_seconds == {"C2": 300, "C3": pytest.approx(60)}

    run_b.stop()
    record = run_b.record()
    assert record is not None
    assert record["gaps_s"] == 120
    assert record["gaps"] == [{"at": "2026-11-30T08:05:00+00:00", "seconds": 120}]
    assert record["duration_s"] == 480


def test_a_crash_gap_is_counted_from_the_last_event_the_crashed_run_stored(
    workspace: Workspace, clock: FakeClock
) -> None:
    # When the application died is unknown: the gap starts at its last stored
    # event. The time the clock ran is right either way.
    InterviewClock(workspace, "cand-1", clock, run_id="A").start()
    clock.advance(300)
    restarted = ProcessClock(clock.now() + timedelta(seconds=120), monotonic=0.0)
    run_b = InterviewClock(workspace, "cand-1", restarted, run_id="B")
    assert run_b.resume_after_restart() == 420
    state = run_b.state()
    assert (state.elapsed_s, state.gaps_s) == (420, 420)


def test_a_crash_while_paused_adds_no_time_and_no_gap(
    workspace: Workspace, clock: FakeClock
) -> None:
    run_a = InterviewClock(workspace, "cand-1", clock, run_id="A")
    run_a.start()
    clock.advance(300)
    run_a.pause()
    restarted = ProcessClock(clock.now() + timedelta(seconds=120), monotonic=0.0)
    run_b = InterviewClock(workspace, "cand-1", restarted, run_id="B")

    assert run_b.resume_after_restart() is None
    assert InterviewEventKind.GAP not in [e.kind for e in _events(workspace)]
    state = run_b.state()
    assert (state.status, state.elapsed_s, state.gaps_s) == (ClockStatus.PAUSED, 300, 0)
    assert state.paused_s == 120

    run_b.resume()
    restarted.advance(60)
    assert run_b.state().elapsed_s == 360


def test_reopening_in_the_same_run_is_not_a_gap(workspace: Workspace, clock: FakeClock) -> None:
    InterviewClock(workspace, "cand-1", clock, run_id="A").start()
    clock.advance(60)
    assert InterviewClock(workspace, "cand-1", clock, run_id="A").resume_after_restart() is None


@pytest.mark.parametrize("jump", [3600, -3600])
def test_a_change_of_the_system_clock_does_not_change_the_time_spent(
    workspace: Workspace, jump: float
) -> None:
    process = ProcessClock(T0, monotonic=5000.0)
    timer = InterviewClock(workspace, "cand-1", process, run_id="A")
    timer.start()
    timer.focus("C3")
    process.advance(60)
    process.set_system_clock(jump)
    process.advance(60)
    assert timer.state().elapsed_s == 120
    timer.pause()
    process.advance(30)
    timer.resume()
    process.advance(60)

    state = timer.state()
    assert (state.elapsed_s, state.paused_s, state.gaps_s) == (180, 30, 0)
    assert state.competency_seconds == {"C3": 180}


def test_the_default_run_is_this_process(workspace: Workspace, clock: FakeClock) -> None:
    assert InterviewClock(workspace, "cand-1", clock).run_id == RUN_ID
    assert InterviewClock(workspace, "cand-2", clock).run_id == RUN_ID
    assert len(RUN_ID) == 16


# Refusals


Gesture = Callable[[InterviewClock], object]
START: Gesture = InterviewClock.start
PAUSE: Gesture = InterviewClock.pause
RESUME: Gesture = InterviewClock.resume
NEXT: Gesture = InterviewClock.next_phase
STOP: Gesture = InterviewClock.stop


def FOCUS(timer: InterviewClock) -> object:
    return timer.focus("C1")


@pytest.mark.parametrize(
    ("before", "refused", "message"),
    [
        ((), PAUSE, "Cannot pause: .* has not started"),
        ((), RESUME, "Cannot resume: .* has not started"),
        ((), NEXT, "Cannot go to the next phase: .* has not started"),
        ((), STOP, "Cannot stop: .* has not started"),
        ((START,), START, "Cannot start: .* is running"),
        ((START,), RESUME, "Cannot resume: .* is running"),
        ((START, PAUSE), PAUSE, "Cannot pause: .* is paused"),
        ((START, PAUSE), START, "Cannot start: .* is paused"),
        ((START, NEXT, NEXT), NEXT, "last phase"),
        ((START, STOP), START, "Cannot start: .* is over"),
        ((START, STOP), PAUSE, "is over"),
        ((START, STOP), RESUME, "is over"),
        ((START, STOP), NEXT, "is over"),
        ((START, STOP), STOP, "is over"),
        ((START, STOP), FOCUS, "is over"),
        ((START, PAUSE, STOP), RESUME, "is over"),
    ],
)
def test_impossible_gestures_are_refused_and_store_nothing(
    workspace: Workspace,
    clock: FakeClock,
    before: tuple[Gesture, ...],
    refused: Gesture,
    message: str,
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    for gesture in before:
        gesture(timer)
        clock.advance(10)
    events, entries = len(_events(workspace)), _journal_count(workspace)
    heard: list[InterviewState] = []
    timer.subscribe(heard.append)

    with pytest.raises(ClockStateError, match=message):
        refused(timer)
    assert (len(_events(workspace)), _journal_count(workspace)) == (events, entries)
    assert heard == []


def test_an_unknown_candidate_is_refused(workspace: Workspace, clock: FakeClock) -> None:
    with pytest.raises(UserError, match="no candidate 'cand-9'"):
        InterviewClock(workspace, "cand-9", clock).start()


# The stop and the record


def test_the_stop_keeps_the_interview_record(workspace: Workspace, clock: FakeClock) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    assert timer.record() is None
    timer.start()
    timer.focus("C1")
    clock.advance(600)
    timer.next_phase()
    timer.pause()
    clock.advance(300)
    timer.resume()
    timer.focus("C2")
    clock.advance(3060)
    state = timer.stop()

    end = T0 + timedelta(seconds=3960)
    assert (state.status, state.ended_at) == (ClockStatus.STOPPED, end)
    assert timer.record() == {
        "version": 1,
        "started_at": "2026-11-30T08:00:00+00:00",
        "ended_at": "2026-11-30T09:06:00+00:00",
        "planned_s": 3600,
        "duration_s": 3660,
        "overrun_s": 60,
        "paused_s": 300,
        "pauses": [{"at": "2026-11-30T08:10:00+00:00", "seconds": 300}],
        "gaps_s": 0,
        "gaps": [],
        "phases": [
            {"code": "pitch", "title": "Pitch", "planned_s": 600, "spent_s": 600},
            {"code": "questions", "title": "Questions", "planned_s": 2400, "spent_s": 3060},
            {"code": "cloture", "title": "Clôture", "planned_s": 600, "spent_s": 0},
        ],
        "competency_seconds": {"C1": 600, "C2": 3060},
    }
    assert _seconds_on_grid(workspace) == {"C1": 600, "C2": 3060}

    # After the stop the clock stands still, and there is no second interview.
    clock.advance(600)
    assert timer.state() == state
    with pytest.raises(ClockStateError, match="is over"):
        timer.start()


def test_listeners_hear_each_stored_change(workspace: Workspace, clock: FakeClock) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    heard: list[InterviewState] = []
    timer.subscribe(heard.append)
    timer.start()
    clock.advance(60)
    timer.pause()
    assert [(s.status, s.elapsed_s) for s in heard] == [
        (ClockStatus.RUNNING, 0),
        (ClockStatus.PAUSED, 60),
    ]


# Durability and the journal


def _a_busy_interview(timer: InterviewClock, clock: FakeClock) -> None:
    timer.start()
    timer.focus("C1")
    clock.advance(200)
    timer.next_phase()
    timer.focus("C5")
    clock.advance(100)
    timer.pause()
    clock.advance(50)
    timer.resume()
    clock.advance(25)


def test_every_event_survives_a_reopening(
    workspace: Workspace, clock: FakeClock, workspace_key: bytes
) -> None:
    _a_busy_interview(InterviewClock(workspace, "cand-1", clock, run_id="A"), clock)
    state = InterviewClock(workspace, "cand-1", clock, run_id="A").state()
    kinds = [e.kind for e in _events(workspace)]
    workspace.close()

    with Workspace.open(workspace.path, workspace_key, clock) as reopened:
        assert [e.kind for e in _events(reopened)] == kinds
        assert InterviewClock(reopened, "cand-1", clock, run_id="A").state() == state
    assert state.elapsed_s == 325
    assert state.competency_seconds == {"C1": 200, "C5": 125}


def test_the_journal_has_one_entry_per_event_and_holds(
    workspace: Workspace, clock: FakeClock
) -> None:
    timer = InterviewClock(workspace, "cand-1", clock, run_id="A")
    _a_busy_interview(timer, clock)
    timer.stop()
    events = _events(workspace)
    with workspace.reading() as session:
        entries = list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.action.startswith("interview."))
                .order_by(JournalEntry.seq)
            )
        )
        assert first_broken_entry(session) is None
    assert [entry.action for entry in entries] == [f"interview.{e.kind.value}" for e in events]
    assert [json.loads(entry.payload)["seq"] for entry in entries] == [e.seq for e in events]
    assert {entry.subject for entry in entries} == {"cand-1"}
    assert {entry.actor for entry in entries} == {"chair"}


# The replay on its own


def _event(
    seq: int,
    kind: InterviewEventKind,
    seconds: float,
    run: str = "A",
    competency: str | None = None,
) -> ClockEvent:
    return ClockEvent(seq, kind, T0 + timedelta(seconds=seconds), 100 + seconds, run, competency)


def test_replay_stays_on_the_last_phase_and_ignores_what_follows_the_stop() -> None:
    events = [
        _event(1, InterviewEventKind.START, 0),
        *(_event(n, InterviewEventKind.NEXT_PHASE, n * 10) for n in range(2, 6)),
        _event(6, InterviewEventKind.STOP, 100),
        _event(7, InterviewEventKind.START, 110),
        _event(8, InterviewEventKind.FOCUS, 120, competency="C1"),
    ]
    state = replay(events, PLAN, (10, 5), T0 + timedelta(seconds=500), 600, "A")
    assert (state.status, state.phase_index, state.elapsed_s) == (ClockStatus.STOPPED, 2, 100)
    assert state.focus is None


def test_replay_measures_events_of_unknown_runs_in_utc() -> None:
    # Events without a run id (written by hand or an older version) share no
    # monotonic clock: their spans are measured in UTC, as after a restart.
    events = [
        ClockEvent(1, InterviewEventKind.START, T0, 5.0, ""),
        ClockEvent(2, InterviewEventKind.PAUSE, T0 + timedelta(seconds=90), 7.0, ""),
    ]
    state = replay(events, PLAN, (10, 5), T0 + timedelta(seconds=100), 0.0, "A")
    assert (state.elapsed_s, state.gaps_s, state.paused_s) == (90, 90, 10)


def test_replay_before_any_event_is_not_started() -> None:
    state = replay([], PLAN, (10, 5), T0, 0.0, "A")
    assert state.status is ClockStatus.NOT_STARTED
    assert (state.elapsed_s, state.remaining_s, state.marks_passed) == (0, 3600, ())
    assert state.time_level is TimeLevel.NORMAL


def test_replay_closes_a_pause_at_the_stop() -> None:
    events = [
        _event(1, InterviewEventKind.START, 0),
        _event(2, InterviewEventKind.FOCUS, 0, competency="C6"),
        _event(3, InterviewEventKind.PAUSE, 100),
        _event(4, InterviewEventKind.STOP, 160),
    ]
    state = replay(events, PLAN, (10, 5), T0 + timedelta(seconds=900), 1000, "A")
    assert (state.elapsed_s, state.paused_s) == (100, 60)
    assert state.competency_seconds == {"C6": 100}
    assert state.ended_at == T0 + timedelta(seconds=160)
