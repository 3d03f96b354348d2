"""A child process for the crash test: edits a workspace, reporting each committed edit.

Usage: python -m tests.helpers.edit_writer WORKSPACE KEY_HEX FIRST_EDIT
Prints "ready", then "ack N" after edit N is committed, forever, until killed.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import SystemClock
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES


def main() -> None:
    path, key_hex, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    workspace = Workspace.open(path, bytes.fromhex(key_hex), SystemClock())
    editor = ScoringEditor(workspace)
    print("ready", flush=True)
    for n in count(first):
        code = COMPETENCY_CODES[n % len(COMPETENCY_CODES)]
        editor.set_comment("cand-1", code, f"edit {n}")
        # Only now is the edit acknowledged: it was committed with synchronous=FULL.
        print(f"ack {n}", flush=True)


if __name__ == "__main__":
    main()
