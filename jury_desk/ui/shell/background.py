"""Running long core work (opening a bundle) off the GUI thread, results back on it.

`Runner.run(work, on_done, on_error)` calls `work()` on a worker thread and then
one of the callbacks on the GUI thread. Tests use `SynchronousRunner`, which
does the same in the calling thread, so they need no event-loop waiting.

`OrderedRunner` is a `Writes`: one worker thread, so the grid's autosaved edits
reach the workspace in the order they were made, and `drain()` waits for them
(before a read, an undo or a close).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class Runner(Protocol):
    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class Writes(Runner, Protocol):
    """A runner whose jobs run one at a time, in order, their callbacks in that order."""

    def drain(self) -> None:
        """Return once every job given so far has run and its callback has been called."""
        ...


class _Relay(QObject):
    """Lives in the GUI thread; its queued signals bring results home."""

    finished = Signal(object, object)  # result, callback
    failed = Signal(object, object)  # exception, callback

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._call, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _call(self, value: object, callback: Callable[[object], None]) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._relay, self._work, self._on_done, self._on_error = relay, work, on_done, on_error

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self._relay.failed.emit(exc, self._on_error)
        else:
            self._relay.finished.emit(result, self._on_done)


class ThreadPoolRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._pool.start(_Job(self._relay, work, on_done, on_error))

    def wait(self) -> None:
        """Block until every job is done (on closing the window)."""
        self._pool.waitForDone()


class OrderedRunner(ThreadPoolRunner):
    """A `Writes` on one thread of its own (a pool of one runs its jobs first in, first out)."""

    def __init__(self) -> None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        super().__init__(pool)
        self._own_pool = pool  # kept alive as long as the runner

    def drain(self) -> None:
        self._pool.waitForDone()
        # The callbacks of the jobs just done wait in the relay's queue: call them now.
        QCoreApplication.sendPostedEvents(self._relay, 0)


class SynchronousRunner:
    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - same contract as the thread pool
            on_error(exc)
        else:
            on_done(result)

    def drain(self) -> None:
        """Nothing waits: every job ran as it was given."""
