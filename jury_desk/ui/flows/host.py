"""What a flow may use of the window it works in: the `FlowHost` protocol.

A flow (signing, importing, the minutes, opening, the session's views, the
idle lock) turns a person's gesture into calls on the core and shows the
outcome. It reaches the window only through this protocol, never through
MainWindow's attributes, so that a flow can be tested against a small fake host
(tests/ui) and the window can change its insides freely. MainWindow is the one
real host.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from jury_desk.ui.shell.context import Profile, WindowContext

if TYPE_CHECKING:
    from jury_desk.store.workspace import Workspace

if TYPE_CHECKING:
    from jury_desk.ui.shell.session_page import SessionPage


class FlowHost(Protocol):
    """The open workspace, the page switcher, error display, status bar, undo stack."""

    @property
    def context(self) -> WindowContext:
        """Whose data, the clock, the settings, the background runner."""

    @property
    def workspace(self) -> Workspace | None:
        """The session's workspace, while one is open."""

    @property
    def page(self) -> SessionPage | None:
        """The session page (candidates, dossier, clock, grid), while a session is open."""

    @property
    def pages(self) -> QStackedWidget:
        """The page switcher: the welcome page, the session's pages, the lock screen."""

    @property
    def undo_stack(self) -> QUndoStack:
        """The grid's undo stack, cleared when what it would undo is signed."""

    def widget(self) -> QMainWindow:
        """The window as a widget: the parent of the flow's dialogs, what the lock covers."""

    def show_error(self, error: BaseException, title: str) -> None:
        """One message box: a user error in the window's language, or a bug said as such."""

    def show_status(self, text: str) -> None:
        """A message in the status bar, until the next one."""

    def clear_status(self) -> None:
        """No message in the status bar."""

    def load_workspace(self, workspace: Workspace, profile: Profile | None = None) -> None:
        """Show this workspace's session (closing the one open)."""

    def close_workspace(self) -> None:
        """Close the open session, back to the welcome page."""

    def connect_open_gestures(
        self,
        choose_bundle: Callable[[], None],
        open_demo: Callable[[], None],
        open_recent: Callable[[str], None],
    ) -> None:
        """Let the window's ways of opening a session (menu, welcome page) call these."""
