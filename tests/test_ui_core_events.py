"""Core events reach the GUI thread as Qt signals."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from jury_desk.editing import ScoringEditor
from jury_desk.store.workspace import Workspace
from jury_desk.ui.core_events import SavedEvents
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
