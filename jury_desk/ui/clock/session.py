"""The interview clock of the candidate shown, shared by every widget that displays it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.elsewhere import InterviewUnderWay, running_elsewhere
from jury_desk.juror.interview.state import ClockStatus, InterviewState
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.store.workspace import Workspace
from jury_desk.ui.shell.core_events import ClockEvents
from jury_desk.ui.shell.error_text import one_line


class ClockSession(QObject):
    """Holds at most one `InterviewClock` (the shown candidate's) and turns it into signals.

    The state is read again after each command, each second while the clock
    runs, and whenever the clock announces a change. Emits `changed(state)`
    (an `InterviewState`, or None when no candidate is shown),
    `stored(candidate_id)` after the clock stored a change (the candidate's
    status may follow: started, ended) and `failed(message)` when the clock
    refused a command; the message is the clock's own one-line explanation.
    """

    TICK_MS = 1000

    changed = Signal(object)
    stored = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        run_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._clock = clock
        self._run_id = run_id
        self._interview: InterviewClock | None = None
        self._candidate: str | None = None
        self._state: InterviewState | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("clock_tick")
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.refresh)
        # Whichever thread a clock announces from, its events arrive on this one.
        self._events = ClockEvents(self)
        self._events.stored.connect(self._on_announced)

    @property
    def candidate_id(self) -> str | None:
        return self._candidate

    @property
    def state(self) -> InterviewState | None:
        """The state as last read (None: no candidate, or the clock could not be read)."""
        return self._state

    @property
    def ticking(self) -> bool:
        return self._timer.isActive()

    def show_candidate(self, candidate_id: str | None) -> float | None:
        """Follow `candidate_id`'s clock; returns the seconds counted across a restart, if any."""
        self._interview = None
        self._candidate = candidate_id
        resumed: float | None = None
        if candidate_id is not None:
            try:
                interview = InterviewClock(self._workspace, candidate_id, self._clock, self._run_id)
                resumed = interview.resume_after_restart()
            except UserError as error:
                self.failed.emit(one_line(error))
            else:
                self._interview = interview
                self._events.watch(interview)
        self.refresh()
        return resumed

    @Slot()
    def refresh(self) -> None:
        """Read the state again and tell the views."""
        state: InterviewState | None = None
        if self._interview is not None:
            try:
                state = self._interview.state()
            except UserError as error:
                self.failed.emit(one_line(error))
                state = self._state
        self._publish(state)

    # Commands: each one refused by the clock becomes a `failed` message.

    @Slot()
    def start_or_pause(self) -> None:
        """Start, pause or resume, whichever the clock's status calls for."""
        status = self._state.status if self._state is not None else None
        interview = self._interview
        if interview is None or status is None:
            return
        if status is ClockStatus.NOT_STARTED:
            self._run(interview.start)
        elif status is ClockStatus.RUNNING:
            self._run(interview.pause)
        elif status is ClockStatus.PAUSED:
            self._run(interview.resume)

    def running_elsewhere(self) -> InterviewUnderWay | None:
        """Another candidate's interview whose clock runs, if any."""
        if self._candidate is None:
            return None
        try:
            return running_elsewhere(self._workspace, self._clock, self._candidate)
        except UserError as error:
            self.failed.emit(one_line(error))
            return None

    def settle_other(self, candidate_id: str, *, end: bool) -> None:
        """Pause (or end) another candidate's interview, so that this one may run."""
        other = InterviewClock(self._workspace, candidate_id, self._clock, self._run_id)
        self._run(other.stop if end else other.pause)
        self.stored.emit(candidate_id)

    @Slot()
    def next_phase(self) -> None:
        if self._interview is not None:
            self._run(self._interview.next_phase)

    @Slot()
    def stop(self) -> None:
        if self._interview is not None:
            self._run(self._interview.stop)

    def focus(self, competency_code: str | None) -> None:
        """The competency now under discussion; the clock counts time for it while it runs."""
        interview = self._interview
        if interview is not None:
            self._run(lambda: interview.focus(competency_code))

    def _run(self, command: Callable[[], object]) -> None:
        try:
            command()
        except UserError as error:
            self.failed.emit(one_line(error))
        self.refresh()

    def _publish(self, state: InterviewState | None) -> None:
        self._state = state
        running = state is not None and state.status is ClockStatus.RUNNING
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()
        self.changed.emit(state)

    @Slot(object, object)
    def _on_announced(self, interview: InterviewClock, _state: InterviewState) -> None:
        if interview is self._interview:
            self.refresh()  # read afresh: a queued announcement may be older than the clock
        self.stored.emit(interview.candidate_id)
