"""Small pieces shared by the grid's widgets: a wheel-safe combo box, separators, text tones."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QWheelEvent
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


def muted(palette: QPalette) -> QPalette:
    """Secondary text: the text colour blended towards the background, still readable."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    blend = QColor(
        (text.red() * 3 + back.red() * 2) // 5,
        (text.green() * 3 + back.green() * 2) // 5,
        (text.blue() * 3 + back.blue() * 2) // 5,
    )
    result = QPalette(palette)
    result.setColor(QPalette.ColorRole.WindowText, blend)
    return result
