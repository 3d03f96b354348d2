"""The operating system's exclusive lock on a file, taken without waiting.

`flock` on POSIX, `msvcrt.locking` on Windows: both belong to the open file, so a
second open of the same lock file is refused even in the same process, and both
go with the process however it ends (a killed window leaves nothing locked). The
lock file is opened without following a symbolic link and never truncated: a link
planted at its place cannot make us write through it.

jury-desk used filelock for this; its 4.x releases import decimal, platform and
hashlib's OpenSSL, about 50 modules and 5 MiB, into every start of the window
(issue #17), for the few lines below.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)

if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)  # the first byte, from offset 0
        except OSError:  # held by another handle
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # held by another open file
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def try_lock(path: Path) -> int | None:
    """Lock `path` (made if missing); its descriptor, or None if another holds it.

    OSError if the file cannot be opened (a symbolic link, a folder, no right to write).
    """
    descriptor = os.open(path, _OPEN_FLAGS, 0o600)
    try:
        locked = _lock(descriptor)
    except BaseException:
        os.close(descriptor)
        raise
    if not locked:
        os.close(descriptor)
        return None
    return descriptor


def unlock(descriptor: int) -> None:
    """Release a lock `try_lock` gave, and close its file."""
    try:
        _unlock(descriptor)
    finally:
        os.close(descriptor)
