"""Idle lock: after the idle time, or on Ctrl+L, the window hides candidate data until unlocked.

No test waits for minutes: the timer's interval is checked, and its timeout is
emitted by hand, as Qt would emit it once the time has passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from jury_desk.juror.interview.state import ClockStatus
from jury_desk.kernel.paths import secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.store.workspace import Workspace
from jury_desk.ui.flows.idle_lock import IdleLock
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock

# What must never show while locked: names, start-ups, a comment typed on the grid.
CANDIDATE_DATA = ("Zoë", "Lefèvre", "Nguyễn", "Start-up 1", "Start-up 2", "Pitch tres clair")
COMMENT = "Pitch tres clair"
# Showing a window asks the platform to raise it; the offscreen one cannot, and says so.
RAISE_WARNING = r"This plugin does not support raise\(\)"


def _settings(tmp_path: Path, minutes: int | None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if minutes is not None:
        preferences.set_idle_lock_minutes(settings, minutes)
    return settings


def _window(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, home: Path, settings: QSettings
) -> MainWindow:
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    window.load_workspace(workspace)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def window(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, home: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    """The window on the test session, showing cand-1 (Zoë Lefèvre), with the default delay."""
    window = _window(qtbot, workspace, clock, home, _settings(tmp_path, None))
    yield window
    window.close()


def visible_texts() -> list[str]:
    """Every text a person (or a screen reader) can find in the visible windows."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                texts.append(widget.currentText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    for column in range(model.columnCount()):
                        texts.append(str(model.data(model.index(row, column)) or ""))
    return texts


def shown_candidate_data() -> list[str]:
    return [data for data in CANDIDATE_DATA if any(data in text for text in visible_texts())]


def lock_of(window: MainWindow) -> IdleLock:
    return window.idle_lock


def type_comment(qtbot: QtBot, window: MainWindow) -> QPlainTextEdit:
    comment = window.findChild(QPlainTextEdit, "comment_C1")
    assert comment is not None
    comment.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(comment, COMMENT)
    return comment


def test_the_window_locks_after_the_idle_time_and_hides_candidate_data(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    lock = lock_of(window)
    type_comment(qtbot, window)
    assert shown_candidate_data()  # the check below can fail: the data is on screen now
    assert lock.timer.isActive()
    assert lock.timer.interval() == preferences.DEFAULT_IDLE_LOCK_MINUTES * 60_000

    clock.advance(preferences.DEFAULT_IDLE_LOCK_MINUTES * 60)
    lock.timer.timeout.emit()  # the idle time has passed

    assert lock.locked
    assert shown_candidate_data() == []
    assert lock.screen.isVisible()
    session = lock.screen.findChild(QLabel, "lock_session")
    assert session is not None and session.isVisible() and "Session de test" in session.text()
    assert window.windowTitle() == "Session verrouillée — jury-desk"
    assert not window.menuBar().isEnabled()
    assert not lock.timer.isActive()  # nothing to count while locked


@pytest.mark.qt_log_ignore(RAISE_WARNING)  # showing the small clock, then again
def test_the_small_clock_stays_in_view_and_the_interview_clock_keeps_running(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Ctrl+L during an interview: the data is hidden, the time (no candidate data) is not."""
    assert window.page is not None
    strip = window.page.clock_strip
    strip.toggle()  # the interview starts
    window.small_clock_action.setChecked(True)
    small_clock = window.clock_window
    assert small_clock is not None and small_clock.isVisible()

    with qtbot.assertNotEmitted(strip.session.failed):
        lock_of(window).lock()
        assert shown_candidate_data() == []
        assert small_clock.isVisible()
        clock.advance(125)
        strip.refresh()  # what the strip's one-second timer does
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING
    assert strip.state.elapsed_s == pytest.approx(125)

    lock_of(window).unlock()
    assert small_clock.isVisible() and window.small_clock_action.isChecked()
    assert strip.time_label.text() == "57:55"


def test_no_idle_lock_while_the_interview_clock_runs(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """A juror listening to a candidate touches nothing; the lock waits for the clock."""
    lock = lock_of(window)
    assert window.page is not None
    strip = window.page.clock_strip
    strip.toggle()  # the interview starts
    idle_s = preferences.DEFAULT_IDLE_LOCK_MINUTES * 60
    clock.advance(idle_s)
    lock.timer.timeout.emit()
    assert not lock.locked
    assert lock.timer.isActive()

    strip.toggle()  # paused: idle again means away
    clock.advance(idle_s)
    lock.timer.timeout.emit()
    assert lock.locked


def test_input_starts_the_idle_count_again(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    lock = lock_of(window)
    assert window.page is not None
    idle_s = preferences.DEFAULT_IDLE_LOCK_MINUTES * 60
    clock.advance(idle_s - 60)
    qtbot.mouseMove(window.page.candidates.viewport(), QPoint(5, 5))
    clock.advance(60)
    lock.timer.timeout.emit()  # the idle time since the timer started, not since the move
    assert not lock.locked
    assert lock.timer.isActive()
    assert lock.timer.remainingTime() > (idle_s - 61) * 1000  # the rest, from the move

    clock.advance(idle_s - 30)
    # Through the window, as the window system delivers a key (not straight to the widget).
    window.page.candidates.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    clock.advance(idle_s - 1)
    lock.timer.timeout.emit()
    assert not lock.locked  # one second short of the idle time since the key

    clock.advance(1)
    lock.timer.timeout.emit()
    assert lock.locked


def test_ctrl_l_locks_and_enter_unlocks_where_the_juror_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock = lock_of(window)
    comment = type_comment(qtbot, window)
    page, title = window.stack.currentWidget(), window.windowTitle()

    qtbot.keyClick(comment, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    assert comment.toPlainText() == COMMENT  # Ctrl+L typed nothing
    assert QApplication.focusWidget() is lock.screen.unlock_button

    qtbot.keyClick(lock.screen.unlock_button, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.stack.currentWidget() is page
    assert QApplication.focusWidget() is comment
    assert window.windowTitle() == title
    assert window.menuBar().isEnabled()
    assert lock.timer.isActive()  # counting again
    assert shown_candidate_data()


def test_the_window_s_shortcuts_do_nothing_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page is not None
    lock = lock_of(window)
    lock.lock()
    qtbot.keyClick(lock.screen.unlock_button, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(lock.screen.unlock_button, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    lock.unlock()
    assert window.workspace is not None  # Ctrl+W did not close the session
    assert window.page.current_candidate() == "cand-1"  # Alt+Down did not move on


def test_another_window_s_shortcuts_still_work_while_locked(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock_of(window).lock()
    other = QWidget()
    qtbot.addWidget(other)
    action = QAction("Autre", other)
    action.setShortcut(QKeySequence("Ctrl+K"))
    other.addAction(action)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    with qtbot.waitSignal(action.triggered, timeout=1000):
        qtbot.keyClick(other, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert lock_of(window).locked


def test_the_lock_screen_speaks_to_screen_readers(window: MainWindow) -> None:
    lock = lock_of(window)
    lock.lock()

    def name(widget: QWidget) -> str:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        return interface.text(QAccessible.Text.Name)

    assert name(lock.screen) == "Session verrouillée"
    assert name(lock.screen.unlock_button) == "Déverrouiller la session"
    focusable = [
        widget
        for widget in lock.screen.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert focusable == [lock.screen.unlock_button]
    assert lock.lock_action.text() == "&Verrouiller"
    assert lock.lock_action.shortcut().toString() == "Ctrl+L"


def test_zero_minutes_means_never(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, home: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, workspace, clock, home, _settings(tmp_path, preferences.IDLE_LOCK_OFF))
    lock = lock_of(window)
    assert not lock.timer.isActive()
    assert window.page is not None
    qtbot.keyClick(window.page.candidates, Qt.Key.Key_Shift)
    assert not lock.timer.isActive()
    lock.timer.timeout.emit()
    assert not lock.locked
    lock.lock_action.trigger()  # locking by hand still works
    assert lock.locked
    window.close()


def test_a_new_delay_applies_when_the_preferences_are_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock = lock_of(window)
    preferences.set_idle_lock_minutes(window.context.settings, 3)
    lock.reload()
    assert lock.timer.isActive() and lock.timer.interval() == 3 * 60_000
    preferences.set_idle_lock_minutes(window.context.settings, preferences.IDLE_LOCK_OFF)
    lock.reload()
    assert not lock.timer.isActive()


def test_input_in_another_window_counts_once_it_has_had_the_focus(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    lock = lock_of(window)
    dialog = QDialog(window)
    dialog.setObjectName("some_dialog")
    field = QLineEdit(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    idle_s = preferences.DEFAULT_IDLE_LOCK_MINUTES * 60
    clock.advance(idle_s - 10)
    field.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        qtbot.keyClick(dialog.windowHandle(), key)
    assert field.text() == "abc"  # the keys went the real way, through the window
    clock.advance(10)
    lock.timer.timeout.emit()
    assert not lock.locked  # the dialog's keys were the juror being there
    dialog.close()
