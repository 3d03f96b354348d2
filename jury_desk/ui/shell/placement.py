"""Where the main window opens: fitted to the screen the first time, restored and clamped after.

A juror's laptop may be 1280×720, or 1920×1080 at 150 % (the same room, in
logical pixels): the window must never open larger than the screen or with its
title bar out of reach. Sizes here are logical pixels, as Qt's geometry is.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
# A screen with less room than this gets the window maximised on the first start.
ROOMY = QSize(1500, 900)
# The window manager's frame, unknown before the window is shown: room kept for it
# (a title bar above, thin borders elsewhere).
FRAME = QMargins(8, 40, 8, 8)
_NORMAL = "window/normal_geometry"
_MAXIMISED = "window/maximised"


def first_geometry(available: QRect) -> QRect | None:
    """The first start's geometry (the window's inside), centred; None: open maximised."""
    if available.width() < ROOMY.width() or available.height() < ROOMY.height():
        return None
    size = PREFERRED.boundedTo(available.marginsRemoved(FRAME).size())
    geometry = QRect(0, 0, size.width(), size.height())
    geometry.moveCenter(available.center())
    return geometry


def clamped_geometry(geometry: QRect, available: QRect) -> QRect:
    """`geometry` (the window's inside) made to fit `available` with its frame, moved not cut."""
    room = available.marginsRemoved(FRAME)
    size = geometry.size().boundedTo(room.size())
    left = min(max(geometry.left(), room.left()), room.right() - size.width() + 1)
    top = min(max(geometry.top(), room.top()), room.bottom() - size.height() + 1)
    return QRect(left, top, size.width(), size.height())


def restore_placement(window: QWidget, settings: QSettings) -> None:
    """The saved place clamped to today's screen (maximised again if it was), or a first fit.

    Saved as a plain rectangle, not Qt's geometry blob: the blob is refused whole when
    the screens changed, and the juror would lose the window's place for nothing.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = settings.value(_NORMAL)
    if isinstance(saved, QRect) and saved.isValid():
        window.setGeometry(clamped_geometry(saved, available))
        if _flag(settings.value(_MAXIMISED)):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    first = first_geometry(available)
    if first is None:
        window.setGeometry(clamped_geometry(QRect(available.topLeft(), PREFERRED), available))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(first)


def save_placement(window: QWidget, settings: QSettings) -> None:
    """The window's place when not maximised, and whether it is maximised."""
    settings.setValue(_NORMAL, window.normalGeometry())
    maximised = bool(window.windowState() & Qt.WindowState.WindowMaximized)
    settings.setValue(_MAXIMISED, maximised)


def _flag(value: object) -> bool:
    # An INI file gives back the text "true" or "false".
    return value is True or str(value).lower() == "true"
