"""The grid's writes on their way to the workspace: in order, off the GUI thread.

Each change the juror makes is handed to the window's `Writes` (one worker
thread in the application, so typing never waits on the disk), and the panel
hears of it once it is committed or refused, in the order the changes were
made. A refused write takes its field back to the value the workspace holds:
a write of the same field queued after it then starts from that value.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from jury_desk.juror.editing import Saved
from jury_desk.ui.grid.fields import FieldValue
from jury_desk.ui.grid.undo import FieldCommand
from jury_desk.ui.shell.background import Writes


@dataclass
class FieldWrite:
    """One field of one candidate's grid going from `old` (as stored) to `new`."""

    candidate_id: str
    key: str
    old: FieldValue
    new: FieldValue
    # Its undo step, pushed as the change was made; None for text, whose steps merge.
    command: FieldCommand | None = None

    def same_field(self, other: FieldWrite) -> bool:
        return (self.candidate_id, self.key) == (other.candidate_id, other.key)


Written = Callable[[FieldWrite, Saved], None]
# The write, what refused it, and whether a later write of the same field is queued.
Refused = Callable[[FieldWrite, BaseException, bool], None]


class PendingWrites:
    """The writes handed to `writes` and not yet answered, oldest first."""

    def __init__(self, writes: Writes, written: Written, refused: Refused) -> None:
        self._writes = writes
        self._written = written
        self._refused = refused
        self._queue: deque[FieldWrite] = deque()

    def __len__(self) -> int:
        return len(self._queue)

    def submit(self, write: FieldWrite, work: Callable[[], Saved]) -> None:
        self._queue.append(write)
        self._writes.run(work, self._done, self._failed)

    def drain(self) -> None:
        """Return once every write handed over is committed or refused, and said."""
        self._writes.drain()

    def _done(self, saved: Saved) -> None:
        self._written(self._queue.popleft(), saved)

    def _failed(self, error: BaseException) -> None:
        write = self._queue.popleft()
        later = [queued for queued in self._queue if queued.same_field(write)]
        if later:
            # The workspace still holds what this one would have replaced.
            later[0].old = write.old
            if later[0].command is not None:
                later[0].command.old = write.old
        self._refused(write, error, bool(later))
