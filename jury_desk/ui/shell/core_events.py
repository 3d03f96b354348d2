"""Core events re-emitted as Qt signals, delivered on the GUI thread.

The core announces changes with plain callbacks from whatever thread did the
work; widgets must only be touched from the GUI thread. A queued signal
carries each event across.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from jury_desk.juror.editing import Saved, ScoringEditor
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.state import InterviewState


class SavedEvents(QObject):
    """Emits `saved(candidate_id, field, iso_time)` after each edit the editor committed."""

    saved = Signal(str, str, str)
    _arrived = Signal(object)

    def __init__(self, editor: ScoringEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the slot runs in this object's (the GUI) thread, whoever emitted.
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        editor.subscribe(self._arrived.emit)

    @Slot(object)
    def _deliver(self, event: Saved) -> None:
        self.saved.emit(event.candidate_id, event.field, event.at.isoformat())


class ClockEvents(QObject):
    """Emits `stored(interview, state)` after each change a watched interview clock committed.

    `interview` is the `InterviewClock` that stored it, so that a receiver can
    ignore a clock it no longer shows.
    """

    stored = Signal(object, object)
    _arrived = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def watch(self, interview: InterviewClock) -> None:
        interview.subscribe(lambda state: self._arrived.emit(interview, state))

    @Slot(object, object)
    def _deliver(self, interview: InterviewClock, state: InterviewState) -> None:
        self.stored.emit(interview, state)
