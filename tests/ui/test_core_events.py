"""Core events reach the GUI thread as Qt signals."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.state import ClockStatus
from jury_desk.store.workspace import Workspace
from jury_desk.ui.shell.core_events import ClockEvents, SavedEvents
from tests.factories import FakeClock


def test_an_edit_made_on_a_worker_thread_is_signalled_on_the_gui_thread(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock
) -> None:
    editor = ScoringEditor(workspace)
    events = SavedEvents(editor)
    received: list[tuple[str, str, str, bool]] = []
    events.saved.connect(
        lambda c, f, t: received.append(
            (c, f, t, threading.current_thread() is threading.main_thread())
        )
    )
    worker = threading.Thread(target=editor.set_comment, args=("cand-1", "C4", "note"))
    with qtbot.waitSignal(events.saved, timeout=5000):
        worker.start()
        worker.join()
    assert received == [("cand-1", "comment", clock.now().isoformat(), True)]


def test_a_clock_started_on_a_worker_thread_is_signalled_on_the_gui_thread(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock
) -> None:
    interview = InterviewClock(workspace, "cand-1", clock)
    events = ClockEvents()
    events.watch(interview)
    received: list[tuple[object, ClockStatus, bool]] = []
    events.stored.connect(
        lambda i, s: received.append(
            (i, s.status, threading.current_thread() is threading.main_thread())
        )
    )
    worker = threading.Thread(target=interview.start)
    with qtbot.waitSignal(events.stored, timeout=5000):
        worker.start()
        worker.join()
    assert received == [(interview, ClockStatus.RUNNING, True)]
