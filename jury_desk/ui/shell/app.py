"""Starting the window: the Qt application, its language, the main window.

The command line imports this module only when a window is wanted, so the
core and the commands start without loading Qt.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from jury_desk import __version__
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.environment import has_display
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import ThreadPoolRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.translations import chosen_language, install_translations
from jury_desk.ui.theme.font import install_ui_font
from jury_desk.ui.theme.palette import ThemeController

SCREENSHOT_SIZE = (1366, 768)


def application(offscreen: bool = False, language: str | None = None) -> QApplication:
    """The one QApplication; the first call sets the language (`--lang`, else the preference)."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("jury-desk")
    app.setOrganizationName("jury-desk")
    app.setApplicationVersion(__version__)
    install_translations(app, chosen_language(language, QSettings()))
    install_ui_font(app)  # the family only: the system's size is kept
    return app


def _settle(app: QApplication, seconds: float = 1.0) -> None:
    """Let the window finish drawing: PDF pages are rendered on a worker thread."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def last_session_of(home: Path) -> str | None:
    """The session the window showed last for this data folder, if any."""
    settings = QSettings()
    if settings.value("last/home") != str(home):
        return None
    last = settings.value("last/session")
    return str(last) if last else None


def run_window(
    profile: Profile,
    clock: Clock,
    demo_root: Path,
    prepare: Callable[[MainWindow, SessionOpener], None],
    screenshot: Path | None = None,
    language: str | None = None,
) -> int:
    """Show the window, let `prepare` open what the command asked for, run until closed.

    With `screenshot`, the window is drawn offscreen if there is no display,
    saved as PNG, and closed: used for the README and as a smoke test.
    """
    app = application(screenshot is not None and not has_display(), language)
    context = WindowContext(profile, clock, QSettings(), ThreadPoolRunner())
    ThemeController(app, context.settings)  # the DSFR theme chosen, following the system
    window = MainWindow(context)
    opener = SessionOpener(window, demo_root)
    prepare(window, opener)
    if screenshot is not None:
        window.setWindowState(Qt.WindowState.WindowNoState)  # a fixed size, whatever the screen
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        _settle(app)
        saved = window.grab().save(str(screenshot), "PNG")
        window.close()
        return 0 if saved else 1
    window.show()
    if not window.identity_flow.has_identity():
        # A first start: the juror's identity before anything else (skippable, in Fichier later).
        QTimer.singleShot(0, window.identity_flow.create)
    return app.exec()
