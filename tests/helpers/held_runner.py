"""A background runner that keeps the work until the test lets it run: the wait, as seen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class HeldRunner:
    """Each job waits in `held` until `release()` runs the oldest one and its callback."""

    def __init__(self) -> None:
        self.held: list[
            tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]
        ] = []

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.held.append((work, on_done, on_error))

    def release(self) -> None:
        work, on_done, on_error = self.held.pop(0)
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - the same contract as the thread pool
            on_error(error)
        else:
            on_done(result)

    def drain(self) -> None:
        """Run every job held, oldest first (a `Writes` waited for)."""
        while self.held:
            self.release()
