"""A small stand-in for the main window: what a flow may use of it (ui/flows/host.py), recorded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from jury_desk.kernel.clock import Clock
from jury_desk.secrets import SecretStore
from jury_desk.store.workspace import Workspace
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.session_page import SessionPage


class FakeHost:
    """A plain QMainWindow, one page, and lists of what the flow said."""

    def __init__(self, home: Path, secrets: SecretStore, clock: Clock, settings: QSettings) -> None:
        self.context = WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner())
        self.workspace: Workspace | None = None
        self.page: SessionPage | None = None
        self.window = QMainWindow()
        self.pages = QStackedWidget(self.window)
        self.first_page = QLabel("first page", self.pages)
        self.pages.addWidget(self.first_page)
        self.window.setCentralWidget(self.pages)
        self.undo_stack = QUndoStack(self.window)
        self.statuses: list[str] = []
        self.errors: list[tuple[BaseException, str]] = []
        self.loaded: list[Workspace] = []

    def widget(self) -> QMainWindow:
        return self.window

    def show_error(self, error: BaseException, title: str) -> None:
        self.errors.append((error, title))

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def clear_status(self) -> None:
        self.statuses.append("")

    def load_workspace(self, workspace: Workspace, profile: Profile | None = None) -> None:
        self.workspace = workspace
        self.loaded.append(workspace)

    def close_workspace(self) -> None:
        self.workspace = None

    def connect_open_gestures(
        self,
        choose_bundle: Callable[[], None],
        open_demo: Callable[[], None],
        open_recent: Callable[[str], None],
    ) -> None:
        pass  # this host has no menu nor welcome page
