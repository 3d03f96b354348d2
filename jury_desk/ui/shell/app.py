"""Starting the window: the Qt application, its language, the main window.

The command line imports this module only when a window is wanted, so the
core and the commands start without loading Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from jury_desk import __version__
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.environment import has_display
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.qt_imports import skip_source_reads
from jury_desk.ui.shell.translations import chosen_language, install_translations
from jury_desk.ui.theme.font import install_ui_font

if TYPE_CHECKING:
    from jury_desk.ui.flows.open_flow import SessionOpener
    from jury_desk.ui.shell.main_window import MainWindow
    from jury_desk.ui.shell.startup import WindowStartup

SCREENSHOT_SIZE = (1366, 768)
SETTLE_MS = 1000  # what a screenshot waits once the session is shown: PDF pages render on a thread
FIRST_FRAME_WAIT_MS = 250  # the start goes on even if no frame is drawn (a minimised window)


def application(offscreen: bool = False, language: str | None = None) -> QApplication:
    """The one QApplication; the first call sets the language (`--lang`, else the preference)."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    skip_source_reads()  # every window's later imports (`jury-desk window` did it sooner)
    # Fusion from the start, as Qt's own argument: the frame drawn before the focus ring
    # (palette.py) is already in the style the ring is made on.
    app = QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setApplicationName("jury-desk")
    app.setOrganizationName("jury-desk")
    app.setApplicationVersion(__version__)
    install_translations(app, chosen_language(language, QSettings()))
    install_ui_font(app)  # the family only: the system's size is kept
    return app


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
    ask_key_passphrase: bool = False,
) -> int:
    """Show the window, then let `prepare` open what the command asked for; run until closed.

    The window draws its first frame before anything slow (ui/shell/startup.py):
    the key file is unlocked (in a dialog if `ask_key_passphrase`, else in the
    background) and `prepare` is called only then. With `screenshot`, the window
    is drawn offscreen if there is no display, saved as PNG once the start is
    over, and closed: used for the README and as a smoke test.
    """
    app = application(screenshot is not None and not has_display(), language)
    from jury_desk.ui.shell.background import OrderedRunner, ThreadPoolRunner
    from jury_desk.ui.shell.first_frame import after_first_paint, note_milestone
    from jury_desk.ui.shell.main_window import MainWindow
    from jury_desk.ui.shell.startup import WindowStartup
    from jury_desk.ui.theme.palette import ThemeController

    runner = ThreadPoolRunner()
    context = WindowContext(profile, clock, QSettings(), runner, OrderedRunner())
    # The DSFR theme chosen, following the system; its focus ring once the frame is drawn.
    theme = ThemeController(app, context.settings, focus_ring_later=True)
    window = MainWindow(context, finish_later=True)  # its flows once the frame is drawn

    def make_opener() -> SessionOpener:
        from jury_desk.ui.flows.open_flow import SessionOpener  # after the first frame

        return SessionOpener(window, demo_root)

    startup = WindowStartup(window, make_opener, prepare, ask_key_passphrase)
    if screenshot is not None:
        window.setWindowState(Qt.WindowState.WindowNoState)  # a fixed size, whatever the screen
        window.resize(*SCREENSHOT_SIZE)
        startup.finished.connect(lambda: QTimer.singleShot(SETTLE_MS, save_and_close))

        def save_and_close() -> None:
            if startup.exit_code is None:
                saved = window.grab().save(str(screenshot), "PNG")
                window.close()
                app.exit(0 if saved else 1)

    else:
        startup.finished.connect(lambda: _first_start(window, startup))
    startup.unlock_early()  # the scrypt in its helper process while the frame is drawn

    def drawn() -> None:
        startup.start()
        theme.add_focus_ring()

    after_first_paint(window, drawn)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, drawn)
    window.show()
    code = app.exec()
    runner.wait()  # closed during the start: the work under way ends before the process
    note_milestone("closed")  # for bench/startup.py: the whole run's peak memory
    if startup.error is not None:
        raise startup.error
    return startup.exit_code if startup.exit_code is not None else code


def _first_start(window: MainWindow, startup: WindowStartup) -> None:
    """A first start: the juror's identity before anything else (skippable, in Fichier later)."""
    from jury_desk.ui.flows.identity_flow import ORGANISER_ROLE, ROLE_KEY

    if startup.exit_code is not None or window.identity_flow.has_identity():
        return
    if window.context.settings.value(ROLE_KEY) == ORGANISER_ROLE:
        window.organiser_flow.open_desk()  # chosen on an earlier first start
        return
    window.identity_flow.create()
    if window.identity_flow.organiser_chosen:
        window.organiser_flow.open_desk()
