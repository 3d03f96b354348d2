"""The window's first drawn frames: work started once a widget is painted, and the startup log.

`after_first_paint(widget, callback)` calls `callback` once the widget's first
paint is done: the window draws its shell, then opens the session (see
ui/shell/startup.py).

`note_milestone(name)` is for measuring only (bench/startup.py). With the
environment variable JURY_DESK_STARTUP_LOG set to a file, it appends one line
per milestone of the start: `<name> <seconds since the epoch> <own peak memory
KiB> <peak memory KiB of the children waited for>` (the first is VmHWM where
Linux gives it; the second is the key file's scrypt helper). Without the
variable it does nothing; the variable changes nothing else.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

STARTUP_LOG_ENV = "JURY_DESK_STARTUP_LOG"


class _FirstPaint(QObject):
    """Watches one widget until its first paint event, then calls back once it is drawn."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer runs once this paint, and the frame it belongs to, are done.
            QTimer.singleShot(0, self._call)
        return False

    def _call(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` on the GUI thread once `widget` has been painted for the first time."""
    _FirstPaint(widget, callback)


def _peak_memory_kib() -> tuple[int, int]:
    """This process's peak resident memory, and that of the largest child waited for.

    Our own is the kernel's high-water mark of this program's memory (VmHWM): unlike
    ru_maxrss, it does not carry over, through exec, the memory of whatever started us.
    """
    try:
        import resource  # not on Windows, where no one measures with it
    except ImportError:
        return 0, 0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                own = int(line.split()[1])
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own, children


def note_milestone(name: str) -> None:
    """One line in the startup log, if JURY_DESK_STARTUP_LOG names one (see above)."""
    path = os.environ.get(STARTUP_LOG_ENV)
    if not path:
        return
    own, children = _peak_memory_kib()
    with Path(path).open("a", encoding="utf-8") as log:
        log.write(f"{name} {time.time():.6f} {own} {children}\n")
