"""Idle lock: after some minutes without input, the window hides candidate data.

A juror may leave the room between two interviews with the window open on a
candidate's dossier and scores. After `ui/idle_lock_minutes` (default 10;
0 = never) with no key pressed, no click and no mouse move anywhere in the
application, or at once with Navigation › Verrouiller (Ctrl+L), the window
shows a lock screen that names the session only. Unlocking is one deliberate
action (the button, or Enter): there is no password, because protecting the
account is the job of the operating system's own lock, which the screen
recommends. The interview clock is not paused: a candidate's time keeps
being counted while the window is locked.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QInputEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from jury_desk.ui.flows.host import FlowHost
from jury_desk.ui.flows.lock_screen import LockScreen
from jury_desk.ui.shell import preferences
from jury_desk.ui.theme.icons import IconName, icon

LOCK_SHORTCUT = "Ctrl+L"
_MS_PER_MINUTE = 60_000

# What must not reach the hidden window while it is locked: its shortcuts and drops.
_BLOCKED_WHILE_LOCKED = frozenset({QEvent.Type.Shortcut, QEvent.Type.Drop})
# Menus and tooltips open at the moment of locking are closed, not shown again.
_TRANSIENT = frozenset({Qt.WindowType.Popup, Qt.WindowType.ToolTip})


class IdleLock(QObject):
    """Locks `window` after the preferred idle time, or on request; unlocks on request.

    Input is watched where the window system delivers it: on the top-level
    windows (QWindow: the main window from its first showing, every other one
    once it has had the focus), which receive the keys, the mouse and little
    else, rather than on the whole application, whose every event would cross
    into Python (bench/idle_lock.py). An input only notes its time (the window's
    clock, monotonic); `timer` fires when the idle time would be over if
    nothing had happened since it was started: it locks if nothing did, else it
    waits for the rest from the last input. While locked, the application's
    events are filtered too, to keep the window's shortcuts and drops from it.
    Emits `locked_changed(bool)`. The page shown,
    the widget with the focus, the window title and the other windows open
    (the small clock, a dialog) are kept, and come back as they were.
    """

    locked_changed = Signal(bool)

    def __init__(self, host: FlowHost, menu: QMenu) -> None:
        super().__init__(host.widget())
        self.setObjectName("idle_lock")
        self._host = host
        self._window = host.widget()  # the widget locked: its input, title, menu bar
        self._locked = False
        self._minutes = preferences.IDLE_LOCK_OFF
        self._clock = host.context.clock
        self._last_input = self._clock.monotonic()
        # What to show again on unlocking; any of them may be deleted meanwhile.
        self._page: QWidget | None = None
        self._focus: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._title = ""
        self._watched: list[QWindow] = []

        self.timer = QTimer(self)
        self.timer.setObjectName("idle_lock_timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)

        self.screen = LockScreen(host.pages)
        host.pages.addWidget(self.screen)
        self.screen.unlock_requested.connect(self.unlock)

        self.lock_action = QAction(icon(IconName.LOCK), self.tr("&Verrouiller"), self._window)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setToolTip(self.tr("Masquer les données des candidats (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        self._window.addAction(self.lock_action)  # its shortcut works without the menu bar

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        if self._window.windowHandle() is None:
            self._window.installEventFilter(self)  # until its Show: its QWindow exists then
        self._watch(self._window.windowHandle())
        self.reload()

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def last_input(self) -> float:
        """When the juror last touched a key or the mouse (the clock's monotonic seconds)."""
        return self._last_input

    @property
    def minutes(self) -> int:
        """The idle time before locking, as last read from the preferences; 0: never."""
        return self._minutes

    @Slot()
    def reload(self) -> None:
        """Read the idle time again (after the preferences changed) and start counting anew."""
        self._minutes = preferences.idle_lock_minutes(self._host.context.settings)
        if self._minutes == preferences.IDLE_LOCK_OFF:
            self.timer.stop()
            return
        self.timer.setInterval(self._minutes * _MS_PER_MINUTE)
        if not self._locked:
            self._last_input = self._clock.monotonic()
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the watched windows passes here: decide with as little as possible.
        # Any input (keys, mouse, wheel, touch, tablet, hover) counts as the juror being
        # there; isinstance is cheaper than reading the event's type.
        if self._locked:
            return event.type() in _BLOCKED_WHILE_LOCKED and self._guards(watched)
        if isinstance(event, QInputEvent):
            self._last_input = self._clock.monotonic()  # the count starts again from here
        elif watched is self._window and event.type() == QEvent.Type.Show:
            self._watch(self._window.windowHandle())
            self._window.removeEventFilter(self)  # its QWindow is watched: enough
        return False

    @Slot(QWindow)
    def _watch(self, handle: QWindow | None) -> None:
        """Watch the input of this top-level window too (once; forgotten when it is deleted)."""
        self._watched = [known for known in self._watched if shiboken6.isValid(known)]
        if handle is None or any(known is handle for known in self._watched):
            return
        handle.installEventFilter(self)
        self._watched.append(handle)

    @Slot()
    def _idle(self) -> None:
        if self._minutes == preferences.IDLE_LOCK_OFF or self._locked:
            return
        quiet_ms = (self._clock.monotonic() - self._last_input) * 1000
        left_ms = self._minutes * _MS_PER_MINUTE - quiet_ms
        if left_ms > 0:
            self.timer.start(math.ceil(left_ms))  # input meanwhile: the rest from the last one
        elif self._interview_running():
            # A juror listening to a candidate touches nothing: no lock while the clock runs
            # (Ctrl+L still locks at once); counted again from now.
            self._last_input = self._clock.monotonic()
            self.timer.start(self._minutes * _MS_PER_MINUTE)
        else:
            self.lock()

    def _interview_running(self) -> bool:
        from jury_desk.juror.interview.state import ClockStatus

        page = self._host.page
        state = page.clock_strip.session.state if page is not None else None
        return state is not None and state.status is ClockStatus.RUNNING

    @Slot()
    def lock(self) -> None:
        """Hide candidate data at once: lock screen, other windows hidden, menus off."""
        from jury_desk.ui.clock.window import ClockWindow

        if self._locked:
            return
        window = self._window
        self._locked = True
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the window's shortcuts and drops stop here
        self._page = self._host.pages.currentWidget()
        self._focus = window.focusWidget()
        self._title = window.windowTitle()
        self._hidden = []
        for other in QApplication.topLevelWidgets():
            if other is window or not other.isVisible() or isinstance(other, ClockWindow):
                continue  # the small clock shows no candidate data: it stays in view
            if other.windowType() not in _TRANSIENT:
                self._hidden.append(other)
            other.hide()
        self.screen.show_session(self._session_title())
        self._host.pages.setCurrentWidget(self.screen)
        window.menuBar().setEnabled(False)
        window.setWindowTitle(self.tr("Session verrouillée — jury-desk"))
        self.screen.focus_unlock()
        self.locked_changed.emit(True)

    @Slot()
    def unlock(self) -> None:
        """Show the window as it was: the same page, the same focus, the other windows."""
        if not self._locked:
            return
        window = self._window
        self._locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        page = _alive(self._page)
        if page is not None and self._host.pages.indexOf(page) >= 0:
            self._host.pages.setCurrentWidget(page)
        else:
            self._host.pages.setCurrentIndex(0)
        window.menuBar().setEnabled(True)
        window.setWindowTitle(self._title)
        modal = False
        for other in self._hidden:
            if _alive(other) is not None:
                other.show()
                modal = modal or other.isModal()
        self._hidden = []
        focus = _alive(self._focus)
        self._page = self._focus = None
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if not modal:
            window.activateWindow()
        self.reload()
        self.locked_changed.emit(False)

    def _guards(self, target: QObject) -> bool:
        """Whether `target` belongs to the locked window (other windows are not ours to lock)."""
        if target is self.lock_action:
            return False
        if isinstance(target, QAction):
            return any(owner is self._window for owner in target.associatedObjects())
        return isinstance(target, QWidget) and target.window() is self._window

    def _session_title(self) -> str | None:
        page = self._host.page
        return page.desk.header().title if page is not None else None


def _alive(widget: QWidget | None) -> QWidget | None:
    """`widget`, unless it is None or Qt has deleted it meanwhile."""
    return widget if widget is not None and shiboken6.isValid(widget) else None
