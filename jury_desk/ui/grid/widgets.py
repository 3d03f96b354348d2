"""Small pieces shared by the grid's widgets: a wheel-safe combo box, separators, text tones."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget


class WheelSafeComboBox(QComboBox):
    """A combo box the mouse wheel changes only when it has focus.

    Scrolling the grid over a level selector must never change a level by accident.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def separator(parent: QWidget) -> QFrame:
    """A light horizontal line between two blocks of the grid."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Midlight)
    return line


def make_bold(label: QLabel | QWidget) -> None:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


def make_muted(widget: QWidget) -> None:
    """Secondary text, in the theme's mention grey (4.5:1 at least on the window).

    A palette role rather than a colour, so that it follows a change of theme.
    """
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
