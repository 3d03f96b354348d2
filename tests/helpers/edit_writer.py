"""Writers for the crash test: each edits a workspace, reporting every committed edit.

Usage: python -m tests.helpers.edit_writer, then one line per writer on its stdin:
"WORKSPACE KEY_HEX FIRST_EDIT". For each line it forks a writer, which prints "pid P",
opens the workspace, prints "ready", then "ack N" after edit N is committed,
forever, until killed; once it is dead this process prints "dead SIGNAL" (0 if it exited
on its own). It ends at the end of its stdin.

Each writer is a process of its own, killed as the test likes; forked from this one, which
has imported the application once but opened nothing, so that it starts in milliseconds,
not in the second a new interpreter takes to import SQLAlchemy and the models.
"""

from __future__ import annotations

import importlib
import os
import sys
from itertools import count
from pathlib import Path

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import SystemClock
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES


def _say(line: str) -> None:
    # One write of the whole line: a writer killed at any moment never leaves half a line
    # on the pipe it shares with this process's "dead" line.
    os.write(1, f"{line}\n".encode())


def _write(path: Path, key: bytes, first: int) -> None:
    _say(f"pid {os.getpid()}")
    workspace = Workspace.open(path, key, SystemClock())
    editor = ScoringEditor(workspace)
    _say("ready")
    for n in count(first):
        code = COMPETENCY_CODES[n % len(COMPETENCY_CODES)]
        editor.set_comment("cand-1", code, f"edit {n}")
        # Only now is the edit acknowledged: it was committed with synchronous=FULL.
        _say(f"ack {n}")


def main() -> None:
    # What a writer's first edit would import (the workspace loads the ORM at its first
    # write): once here, not in each writer.
    importlib.import_module("jury_desk.store.engine")
    importlib.import_module("jury_desk.models.mapped")
    for line in sys.stdin:
        path, key_hex, first = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                _write(Path(path), bytes.fromhex(key_hex), int(first))
            finally:
                os._exit(1)  # a writer never returns to this loop, whatever happened
        _pid, status = os.waitpid(pid, 0)
        _say(f"dead {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0}")


if __name__ == "__main__":
    main()
