"""Every acknowledged edit survives a SIGKILL at any moment, and the file stays sound."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from jury_desk.models import Assessment, JournalEntry
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.paths import REPO_ROOT

KILLS = 60
REPO = REPO_ROOT


def _run_and_kill(
    writers: subprocess.Popen[str], path: Path, key: bytes, first: int, rng: random.Random
) -> list[int]:
    """Start a writer, kill it at a random moment; the edit numbers it acknowledged."""
    assert writers.stdin is not None and writers.stdout is not None
    writers.stdin.write(f"{path} {key.hex()} {first}\n")
    writers.stdin.flush()
    pid = int(writers.stdout.readline().removeprefix("pid "))
    assert writers.stdout.readline().strip() == "ready"
    # Kill after a random number of edits, at a random point inside the next one.
    acked: list[int] = []
    for _ in range(rng.randint(0, 30)):
        line = writers.stdout.readline()
        assert line.startswith("ack "), line
        acked.append(int(line.split()[1]))
    time.sleep(rng.uniform(0, 0.004))
    os.kill(pid, signal.SIGKILL)
    # Acknowledgements already written to the pipe before the kill count too.
    for line in writers.stdout:
        if line.startswith("dead "):
            assert int(line.split()[1]) == signal.SIGKILL
            return acked
        acked.append(int(line.split()[1]))
    raise AssertionError("the writers' process ended")


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(
    workspace: Workspace, workspace_key: bytes, clock: FakeClock
) -> None:
    path = workspace.path
    workspace.close()
    rng = random.Random(20261130)
    acked: list[int] = []
    next_edit = 0
    with subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.edit_writer"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
    ) as writers:
        for _ in range(KILLS):
            acked += _run_and_kill(writers, path, workspace_key, next_edit, rng)
            # An edit committed but killed before its "ack" may be stored: not reused.
            next_edit = (acked[-1] if acked else next_edit) + 2
        assert writers.stdin is not None
        writers.stdin.close()
    assert writers.returncode == 0
    with Workspace.open(path, workspace_key, clock) as reopened:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        with reopened.reading() as session:
            logged = {
                json.loads(entry.payload)["comment"]
                for entry in session.scalars(
                    select(JournalEntry).where(JournalEntry.action == "assessment.comment")
                )
            }
            assert first_broken_entry(session) is None
            assessment = session.scalars(select(Assessment)).one()
            stored = {score.competency.code: score.comment for score in assessment.scores}
    missing = [n for n in acked if f"edit {n}" not in logged]
    assert not missing, f"acknowledged edits lost: {missing[:10]}"
    assert len(acked) > KILLS  # the writers did real work between kills
    # Each competency holds its latest acknowledged edit, or one not yet acknowledged.
    for index, code in enumerate(COMPETENCY_CODES):
        latest = max((n for n in acked if n % len(COMPETENCY_CODES) == index), default=None)
        if latest is not None:
            assert int(stored[code].split()[1]) >= latest
