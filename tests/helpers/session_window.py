"""The main window on a test workspace (no bundle, a synchronous runner), shown and active."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings

from jury_desk.kernel.clock import Clock
from jury_desk.kernel.paths import secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.store.workspace import Workspace
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow


def open_window(
    qtbot: QtBot, workspace: Workspace, clock: Clock, home: Path, tmp: Path, candidate_id: str
) -> MainWindow:
    """Keyboard tests need the window active: shortcuts go to the active window only."""
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    window.load_workspace(workspace)
    assert window.page is not None
    window.page.select_candidate(candidate_id)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window
