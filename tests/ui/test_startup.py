"""The window's start (issue #17): its frame first, then the key file, the session, its page.

No timing here: what is checked is the order a person sees (the window drawn with
a notice while the work waits, the session page only after it) and that the pages
not shown yet are not made. bench/startup.py measures the times.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jury_desk.ui.deliberation.page import DeliberationPage
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.overview.page import OverviewPage
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.first_frame import after_first_paint
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.startup import WindowStartup
from jury_desk.ui.widgets.busy_notice import BusyNotice
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.factories import FakeClock
from tests.helpers.held_runner import HeldRunner

CLOCK = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """A session the chair has opened once: its workspace is on disk, its key in the key file."""
    setting = make_setting(tmp_path_factory.mktemp("startup"), CLOCK.now())
    setting.chair.open(setting.build("session.jdbundle", CLOCK), CLOCK)
    return setting


def _starting_window(
    qtbot: QtBot, setting: Setting, window_settings: QSettings, tmp_path: Path
) -> tuple[MainWindow, WindowStartup, HeldRunner]:
    """The window as run_window starts it, on a key file still locked (a new process)."""
    runner = HeldRunner()
    profile = Profile(setting.chair.home, secret_store(setting.chair.home))
    window = MainWindow(WindowContext(profile, CLOCK, window_settings, runner))
    qtbot.addWidget(window)
    opener = SessionOpener(window, tmp_path / "demo")
    session_id = setting.spec.id
    startup = WindowStartup(window, lambda: opener, lambda _window, o: o.open_recent(session_id))
    after_first_paint(window, startup.start)
    window.show()
    qtbot.waitUntil(lambda: startup.started)
    return window, startup, runner


def _notice(window: MainWindow, name: str) -> BusyNotice | None:
    return window.findChild(BusyNotice, name)


def test_the_window_is_drawn_before_the_key_file_and_the_session(
    qtbot: QtBot, setting: Setting, window_settings: QSettings, tmp_path: Path
) -> None:
    window, startup, runner = _starting_window(qtbot, setting, window_settings, tmp_path)
    # Drawn: menus, status bar, the welcome page; nothing of the session is open yet.
    assert window.isVisible() and window.stack.currentWidget() is window.welcome
    assert window.workspace is None and window.page is None
    assert window.menuBar().actions() and not window.close_action.isEnabled()
    assert window.statusBar().currentMessage() == "Déverrouillage du fichier de clés…"
    unlocking = _notice(window, "unlock_notice")
    assert unlocking is not None
    qtbot.waitUntil(unlocking.isVisible)  # a wait longer than half a second is said
    assert unlocking.labelText() == "Déverrouillage du fichier de clés…"
    # Nothing of the session is opened before the key file is unlocked; its core modules
    # are imported meanwhile, on another worker.
    assert [work.__name__ for work, _done, _failed in runner.held] == [
        "ensure_unlocked",
        "load_session_core",
    ]

    runner.release()  # the key file unlocked: the session opens, in the background too
    runner.release()  # the session's core imported
    assert window.workspace is None and window.page is None
    assert window.statusBar().currentMessage() == "Ouverture de la session…"
    opening = _notice(window, "open_notice")
    assert opening is not None
    qtbot.waitUntil(opening.isVisible)
    assert not startup.done

    with qtbot.waitSignal(startup.finished):  # once the session page is drawn
        runner.release()
    assert window.workspace is not None and window.page is not None
    assert window.stack.currentWidget() is window.page
    assert window.page.current_candidate() is not None and window.close_action.isEnabled()
    assert window.focusWidget() is window.page.candidates  # the arrows move in the list
    qtbot.waitUntil(lambda: _notice(window, "open_notice") is None)
    # The notices gone, the keyboard is the window's again (its list shows its focus).
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.page.candidates
    window.close()


def test_the_pages_not_shown_yet_are_made_when_first_shown(
    qtbot: QtBot, setting: Setting, window_settings: QSettings, tmp_path: Path
) -> None:
    window, startup, runner = _starting_window(qtbot, setting, window_settings, tmp_path)
    with qtbot.waitSignal(startup.finished):
        while runner.held:
            runner.release()
    views = window.session_views
    pages = [window.stack.widget(index) for index in range(window.stack.count())]
    assert not [page for page in pages if isinstance(page, DeliberationPage | OverviewPage)]
    assert views.deliberation is None and views.overview is None
    assert views.deliberation_action.isVisible()  # the chair's, made on first show

    views.overview_action.trigger()
    assert views.overview is not None and window.stack.currentWidget() is views.overview
    assert views.deliberation is None
    views.deliberation_action.trigger()
    deliberation = views.deliberation
    assert deliberation is not None and window.stack.currentWidget() is deliberation
    views.overview_action.trigger()
    views.deliberation_action.trigger()
    assert views.deliberation is deliberation  # made once
    window.close_workspace()
    assert views.deliberation is None and views.overview is None
    window.close()


def test_a_start_with_no_session_to_open_keeps_the_welcome_page(
    qtbot: QtBot, setting: Setting, window_settings: QSettings, tmp_path: Path
) -> None:
    runner = HeldRunner()
    profile = Profile(setting.chair.home, secret_store(setting.chair.home))
    window = MainWindow(WindowContext(profile, CLOCK, window_settings, runner))
    qtbot.addWidget(window)
    startup = WindowStartup(
        window, lambda: SessionOpener(window, tmp_path / "demo"), lambda _w, _o: None
    )
    after_first_paint(window, startup.start)
    window.show()
    qtbot.waitUntil(lambda: startup.started)
    with qtbot.waitSignal(startup.finished):
        runner.release()  # the key file only
    assert window.page is None and window.stack.currentWidget() is window.welcome
    assert startup.exit_code is None and startup.error is None
    window.close()


def test_the_window_loads_no_signing_import_or_export_library_before_it_is_used() -> None:
    """pyHanko, reportlab and pikepdf load inside the flows that use them, not with the window."""
    code = (
        "import sys\n"
        "import jury_desk.ui.shell.app, jury_desk.ui.shell.main_window\n"
        "import jury_desk.ui.shell.startup\n"
        "heavy = ('pyhanko', 'reportlab', 'pikepdf', 'sqlalchemy')\n"
        "print(' '.join(sorted(name for name in heavy if name in sys.modules)))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []
