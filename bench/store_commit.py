"""Cost of one autosaved edit, compared with a bare SQLCipher commit on the same disk.

An edit is a transaction that reads the current assessment, updates one field
and appends a hash-chained journal entry; the reference commits one row with
the same pragmas (WAL, synchronous=FULL). Printed as a ratio.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import SystemClock
from jury_desk.session.importer import import_session
from jury_desk.store.engine import open_engine
from jury_desk.store.workspace import Workspace, new_workspace_key
from tests.factories import COMPETENCY_CODES, small_session_spec

EDITS = 300


def _per_call(samples: list[float]) -> float:
    return statistics.median(samples)


def reference_commits(folder: Path, key: bytes) -> list[float]:
    engine = open_engine(folder / "reference.db", key)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE edit (n INTEGER, text TEXT)")
    samples = []
    for n in range(EDITS):
        start = time.perf_counter()
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO edit VALUES (?, ?)", (n, f"edit {n}"))
        samples.append(time.perf_counter() - start)
    engine.dispose()
    return samples


def workspace_edits(folder: Path, key: bytes) -> list[float]:
    with Workspace.create(folder / "workspace.db", key, SystemClock()) as workspace:
        import_session(workspace, small_session_spec(), "chair")
        editor = ScoringEditor(workspace)
        samples = []
        for n in range(EDITS):
            code = COMPETENCY_CODES[n % len(COMPETENCY_CODES)]
            start = time.perf_counter()
            editor.set_comment("cand-1", code, f"edit {n}")
            samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    key = new_workspace_key()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reference = _per_call(reference_commits(folder, key))
        edit = _per_call(workspace_edits(folder, key))
    print(f"store_commit ({datetime.now(UTC):%Y-%m-%d}, {EDITS} edits, medians)")
    print(f"  bare SQLCipher commit : {reference * 1000:7.2f} ms  (reference, 1.00)")
    print(f"  autosaved edit        : {edit * 1000:7.2f} ms  ({edit / reference:.2f} x reference)")


if __name__ == "__main__":
    main()
