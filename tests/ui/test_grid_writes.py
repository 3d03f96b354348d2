"""The grid's autosave off the GUI thread: said saved only once committed, in order,
waited for before a read, an undo or a close, and taken back when refused."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.editing import Saved, current_assessment
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import secrets_file
from jury_desk.models import AssessmentStatus
from jury_desk.models.journal import JournalEntry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.store.workspace import Workspace
from jury_desk.ui.grid.panel import GridPanel
from jury_desk.ui.shell.background import OrderedRunner, Writes
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock
from tests.helpers.held_runner import HeldRunner
from tests.ui.test_grid import child, type_into


def shown_panel(qtbot: QtBot, workspace: Workspace, writes: Writes, stack: QUndoStack) -> GridPanel:
    panel = GridPanel(JurorDesk(workspace), stack, writes=writes)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show_candidate("cand-1")
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    return panel


def stored_level(workspace: Workspace, row: int) -> int | None:
    return JurorDesk(workspace).grid("cand-1").rows[row].level


def test_saved_is_said_only_once_the_edit_is_committed(workspace: Workspace, qtbot: QtBot) -> None:
    held = HeldRunner()
    stack = QUndoStack()
    panel = shown_panel(qtbot, workspace, held, stack)
    said: list[str] = []
    panel.saved.connect(said.append)

    child(panel, QComboBox, "level_C1").setCurrentIndex(3)
    # On its way, not yet in the workspace: the widget shows it, nothing says « saved ».
    assert child(panel, QComboBox, "level_C1").currentIndex() == 3
    assert stored_level(workspace, 0) is None
    assert said == []
    assert stack.count() == 1  # undoable at once: an undo waits for the write (below)

    held.release()
    assert stored_level(workspace, 0) == 2
    assert len(said) == 1 and stack.count() == 1


def test_edits_reach_the_workspace_in_the_order_they_were_made(
    workspace: Workspace, qtbot: QtBot
) -> None:
    held = HeldRunner()
    panel = shown_panel(qtbot, workspace, held, QUndoStack())
    level = child(panel, QComboBox, "level_C2")
    level.setCurrentIndex(1)
    comment = child(panel, QPlainTextEdit, "comment_C2")
    type_into(comment, "Cadrage clair")
    level.setCurrentIndex(4)  # hands the typed comment over first, then the new level
    level.setCurrentIndex(2)
    assert len(held.held) == 4

    panel.flush()  # what a switch, a signature or a close does: everything committed
    assert held.held == []
    grid = JurorDesk(workspace).grid("cand-1")
    assert (grid.rows[1].level, grid.rows[1].comment) == (1, "Cadrage clair")
    with workspace.reading() as session:
        actions = session.scalars(
            select(JournalEntry.action).where(JournalEntry.subject.like("cand-1/%"))
        ).all()
    assert actions[-4:] == [
        "assessment.level",
        "assessment.comment",
        "assessment.level",
        "assessment.level",
    ]


def sign_behind_the_panel(workspace: Workspace) -> None:
    """The sheet is signed (another window, the command line) while an edit is on its way."""
    with workspace.session() as session:
        assessment = current_assessment(session, "cand-1")
        assessment.status = AssessmentStatus.SIGNED
        assessment.signed_at = workspace.clock.now()


def test_a_refused_edit_shows_again_what_the_workspace_holds(
    workspace: Workspace, qtbot: QtBot
) -> None:
    JurorDesk(workspace).editor.set_level("cand-1", "C3", 1)
    held = HeldRunner()
    stack = QUndoStack()
    panel = shown_panel(qtbot, workspace, held, stack)
    errors: list[str] = []
    panel.store_error.connect(errors.append)
    level = child(panel, QComboBox, "level_C3")
    level.setCurrentIndex(3)

    sign_behind_the_panel(workspace)
    held.release()
    assert len(errors) == 1 and "sign" in errors[0].lower()
    assert level.currentIndex() == 2  # back to what is stored: level 1, no undo step
    assert stack.count() == 0
    assert stored_level(workspace, 2) == 1


def test_a_later_edit_of_the_same_field_starts_from_what_is_stored(
    workspace: Workspace, qtbot: QtBot
) -> None:
    held = HeldRunner()
    stack = QUndoStack()
    panel = shown_panel(qtbot, workspace, held, stack)
    level = child(panel, QComboBox, "level_C4")
    level.setCurrentIndex(2)
    level.setCurrentIndex(4)

    def disk_full() -> Saved:
        raise UserError("Disque plein")

    # A full disk cannot be provoked here: the first of the two writes fails.
    held.held[0] = (disk_full, *held.held[0][1:])
    errors: list[str] = []
    panel.store_error.connect(errors.append)

    held.drain()
    assert errors == ["Disque plein"]
    assert level.currentIndex() == 4  # the later edit stands
    assert stored_level(workspace, 3) == 3
    stack.undo()  # one step: back to what was stored before both, never to the refused one
    assert stored_level(workspace, 3) is None
    assert level.currentIndex() == 0


def test_the_window_waits_for_the_writes_before_undoing(
    workspace: Workspace, qtbot: QtBot, clock: FakeClock, home: Path, tmp_path: Path
) -> None:
    held = HeldRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, HeldRunner(), held))
    qtbot.addWidget(window)
    window.load_workspace(workspace)
    assert window.page is not None
    window.page.select_candidate("cand-1")
    level = child(window.page.grid, QComboBox, "level_C5")
    level.setCurrentIndex(3)
    assert stored_level(workspace, 4) is None  # on its way

    undo = next(a for a in window.findChildren(QAction) if a.text().startswith("&Annuler "))
    undo.trigger()  # « Annuler Niveau de C5 »: waits for the edit, then undoes it
    assert held.held == []
    assert stored_level(workspace, 4) is None
    assert level.currentIndex() == 0
    assert window.undo_stack.index() == 0


def test_on_a_thread_of_their_own_every_edit_is_committed_in_order_before_the_close(
    workspace: Workspace, qtbot: QtBot
) -> None:
    writes = OrderedRunner()
    desk = JurorDesk(workspace)
    writers: set[int] = set()

    def heard(_saved: Saved) -> None:
        writers.add(threading.get_ident())

    desk.editor.subscribe(heard)  # called in the thread that committed the edit
    panel = GridPanel(desk, QUndoStack(), writes=writes)
    qtbot.addWidget(panel)
    panel.show_candidate("cand-1")
    panel.show()
    comment = child(panel, QPlainTextEdit, "comment_C6")
    level = child(panel, QComboBox, "level_C6")
    for n in range(20):
        level.setCurrentIndex(n % 4 + 1)
        comment.setPlainText(f"version {n}")

    panel.show_candidate(None)  # the close: waits for every write
    assert writers and threading.get_ident() not in writers
    grid = JurorDesk(workspace).grid("cand-1")
    assert grid.rows[5].comment == "version 19"
    assert grid.rows[5].level == 19 % 4
