"""One process per workspace: a second one is refused, cleanly, before touching the file."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from jury_desk.kernel.file_lock import try_lock, unlock
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.store.errors import StoreError, WorkspaceBusyError


class WorkspaceLock:
    """An OS-level lock held for as long as the workspace is open; released if the process dies."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._descriptor: int | None = None  # the lock file's, while it is held

    def acquire(self) -> None:
        try:
            descriptor = try_lock(self._database.with_name(self._database.name + ".lock"))
        except OSError as error:  # a link in its place, a folder not ours or read-only
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Cannot lock the workspace {path} ({detail}): check that its folder "
                    "is writable and that nothing else took the name of its lock file.",
                ),
                path=self._database,
                detail=error.strerror or str(error),
            ) from None
        if descriptor is None:
            raise WorkspaceBusyError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The workspace {path} is already open in another jury-desk "
                    "window or command: close it there first.",
                ),
                path=self._database,
            )
        self._descriptor = descriptor
        try:
            # For a person looking at the folder: who holds it.
            self._lock_info_path().write_text(f"{os.getpid()}\n", encoding="ascii")
        except BaseException:
            self.release()  # a lock whose taker failed would stay taken until the process ends
            raise

    def release(self) -> None:
        if self._descriptor is not None:
            self._lock_info_path().unlink(missing_ok=True)
            descriptor, self._descriptor = self._descriptor, None
            unlock(descriptor)

    def _lock_info_path(self) -> Path:
        return self._database.with_name(self._database.name + ".pid")

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
