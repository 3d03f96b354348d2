"""The interview clock of one candidate: each gesture stored as an event, the state replayed.

Every gesture (start, pause, resume, next phase, focus, stop) is one
transaction holding the event, its journal entry and, where time moved between
competencies, the seconds on my sheet's rows. The state is never kept in
memory: it is replayed from the events (see `replay`), so a crash or a restart
loses nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any, Final

from jury_desk.juror.interview.loaded import (
    Loaded,
    event_payload,
    has_competency,
    load,
    stop_payload,
)
from jury_desk.juror.interview.replay import ClockEvent, Timeline, replay_timeline
from jury_desk.juror.interview.state import ClockStatus, InterviewState
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import InterviewEventKind
from jury_desk.store.missing import unknown_competency
from jury_desk.store.workspace import Workspace

# This process's run id: durations between events of the same run are measured
# on its monotonic clock; a different run id on the last event means a restart.
# (secrets.token_hex is this, with hmac and OpenSSL imported for it: issue #17.)
RUN_ID: Final[str] = os.urandom(8).hex()

Listener = Callable[[InterviewState], None]

_UNDER_WAY = frozenset({ClockStatus.RUNNING, ClockStatus.PAUSED})
_BEFORE_STOP = _UNDER_WAY | {ClockStatus.NOT_STARTED}

# Why a gesture is refused, by the clock's status; {what} is the gesture (a marked phrase).
_REFUSALS = {
    ClockStatus.NOT_STARTED: QT_TRANSLATE_NOOP(
        "messages", "Cannot {what}: the interview of {name} has not started."
    ),
    ClockStatus.RUNNING: QT_TRANSLATE_NOOP(
        "messages", "Cannot {what}: the interview of {name} is running."
    ),
    ClockStatus.PAUSED: QT_TRANSLATE_NOOP(
        "messages", "Cannot {what}: the interview of {name} is paused."
    ),
    ClockStatus.STOPPED: QT_TRANSLATE_NOOP(
        "messages", "Cannot {what}: the interview of {name} is over."
    ),
}


class ClockStateError(UserError):
    """The clock cannot do that now: pause when not running, start twice, anything after stop."""


# What a gesture stores, decided from the stored events and the state they give
# at the gesture's time: the payload details, or None to store nothing. Raises
# ClockStateError to refuse.
_Decide = Callable[[Loaded, InterviewState, datetime], dict[str, Any] | None]


class InterviewClock:
    """The clock of one candidate's interview; tells its listeners of each stored change."""

    def __init__(
        self,
        workspace: Workspace,
        candidate_id: str,
        clock: Clock,
        run_id: str | None = None,
    ) -> None:
        self._workspace = workspace
        self._candidate_id = candidate_id
        self._clock = clock
        self._run_id = RUN_ID if run_id is None else run_id
        self._listeners: list[Listener] = []

    @property
    def candidate_id(self) -> str:
        return self._candidate_id

    @property
    def run_id(self) -> str:
        return self._run_id

    def subscribe(self, listener: Listener) -> None:
        """`listener(state)` is called after each stored change, once it is committed."""
        self._listeners.append(listener)

    def state(self) -> InterviewState:
        """The clock as it stands now."""
        now, monotonic = self._clock.now(), self._clock.monotonic()
        with self._workspace.plain_reading() as sql:
            loaded = load(sql, self._candidate_id)
        return self._timeline(loaded, (), now, monotonic).state

    def start(self) -> InterviewState:
        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any]:
            _require(
                loaded, state, (ClockStatus.NOT_STARTED,), QT_TRANSLATE_NOOP("messages", "start")
            )
            return {"phase": loaded.plan[0][0]} if loaded.plan else {}

        return self._store(InterviewEventKind.START, decide)

    def pause(self) -> InterviewState:
        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any]:
            _require(loaded, state, (ClockStatus.RUNNING,), QT_TRANSLATE_NOOP("messages", "pause"))
            return {}

        return self._store(InterviewEventKind.PAUSE, decide, write_seconds=True)

    def resume(self) -> InterviewState:
        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any]:
            _require(loaded, state, (ClockStatus.PAUSED,), QT_TRANSLATE_NOOP("messages", "resume"))
            return {}

        return self._store(InterviewEventKind.RESUME, decide)

    def next_phase(self) -> InterviewState:
        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any]:
            _require(
                loaded, state, _UNDER_WAY, QT_TRANSLATE_NOOP("messages", "go to the next phase")
            )
            following = state.phase_index + 1
            if following >= len(loaded.plan):
                raise ClockStateError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Cannot go to the next phase: the interview of {name} "
                        "is in its last phase.",
                    ),
                    name=loaded.candidate_name,
                )
            return {"phase": loaded.plan[following][0]}

        return self._store(InterviewEventKind.NEXT_PHASE, decide, write_seconds=True)

    def focus(self, competency_code: str | None) -> InterviewState:
        """Set the competency under discussion (None: none); allowed until the stop.

        Choosing the competency already under discussion stores nothing.
        """

        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any] | None:
            _require(
                loaded,
                state,
                _BEFORE_STOP,
                QT_TRANSLATE_NOOP("messages", "change the competency under discussion"),
            )
            if competency_code == state.focus:
                return None
            return {"competency": competency_code}

        if competency_code is not None:
            with self._workspace.plain_reading() as sql:
                if not has_competency(sql, competency_code):
                    raise unknown_competency(competency_code)
        return self._store(
            InterviewEventKind.FOCUS, decide, competency=competency_code, write_seconds=True
        )

    def stop(self) -> InterviewState:
        """End the interview; its record (see `record`) is kept with the STOP event."""

        def decide(loaded: Loaded, state: InterviewState, _now: datetime) -> dict[str, Any]:
            _require(loaded, state, _UNDER_WAY, QT_TRANSLATE_NOOP("messages", "stop"))
            return {}

        return self._store(InterviewEventKind.STOP, decide, write_seconds=True)

    def resume_after_restart(self) -> float | None:
        """Record the time the application was away while the clock ran, if it was.

        Called when the window opens the candidate. The replay counts such a gap
        with or without this event; the event shows it in the stored events and
        the journal.
        Returns the gap in seconds, or None when there was none to record.
        """
        gap: list[float] = []
        if not self._away_while_running():
            return None  # the usual case, told by a plain read: nothing to store

        def decide(loaded: Loaded, state: InterviewState, now: datetime) -> dict[str, Any] | None:
            last = loaded.events[-1] if loaded.events else None
            if last is None or state.status is not ClockStatus.RUNNING:
                return None
            if last.run and last.run == self._run_id:
                return None
            # The monotonic clock restarted with the process: only UTC spans a restart.
            gap.append(max(0.0, (now - last.at).total_seconds()))
            return {"seconds": gap[0], "since": last.at.isoformat()}

        self._store(InterviewEventKind.GAP, decide)
        return gap[0] if gap else None

    def record(self) -> dict[str, Any] | None:
        """The interview record stored at the stop, or None before the stop."""
        with self._workspace.plain_reading() as sql:
            payload = stop_payload(sql, self._candidate_id)
        if payload is None:
            return None
        record = event_payload(payload).get("record")
        return record if isinstance(record, dict) else None

    def _timeline(
        self,
        loaded: Loaded,
        extra: tuple[ClockEvent, ...],
        now: datetime,
        monotonic: float,
    ) -> Timeline:
        return replay_timeline(
            loaded.events + extra, loaded.plan, loaded.marks, now, monotonic, self._run_id
        )

    def _away_while_running(self) -> bool:
        """Whether the clock runs with its last event from another run (a restart)."""
        now, monotonic = self._clock.now(), self._clock.monotonic()
        with self._workspace.plain_reading() as sql:
            loaded = load(sql, self._candidate_id)
        last = loaded.events[-1] if loaded.events else None
        if last is None or (last.run and last.run == self._run_id):
            return False
        state = self._timeline(loaded, (), now, monotonic).state
        return state.status is ClockStatus.RUNNING

    def _store(
        self,
        kind: InterviewEventKind,
        decide: _Decide,
        *,
        competency: str | None = None,
        write_seconds: bool = False,
    ) -> InterviewState:
        # The ORM's writing, loaded with SQLAlchemy at the first gesture, not with the
        # window (see storing.py).
        from jury_desk.juror.interview.storing import store_event

        # One reading of the clock, so the event and the state replayed agree.
        now, monotonic = self._clock.now(), self._clock.monotonic()

        def timeline(loaded: Loaded, extra: tuple[ClockEvent, ...]) -> Timeline:
            return self._timeline(loaded, extra, now, monotonic)

        stored = store_event(
            self._workspace,
            self._clock,
            self._candidate_id,
            ClockEvent(0, kind, now, monotonic, self._run_id, competency),
            lambda loaded, state: decide(loaded, state, now),
            timeline,
            write_seconds=write_seconds,
        )
        if stored.written:
            for listener in self._listeners:
                listener(stored.state)
        return stored.state


def _require(
    loaded: Loaded, state: InterviewState, allowed: Collection[ClockStatus], what: str
) -> None:
    """`what`: the gesture refused, a marked phrase ("start", "pause", ...)."""
    if state.status not in allowed:
        refusal = _REFUSALS[state.status]
        raise ClockStateError(refusal, what=what, name=loaded.candidate_name)
