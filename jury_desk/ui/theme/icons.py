"""Icons beside the words where a shape is quicker to read: open, sign, clock, lock, status.

The SVG files (Remix Icon, the DSFR's icon set) draw in `currentColor`. Each
icon is painted when shown, in the colour the theme gives at that moment: the
palette's text colour (or its disabled or selected shade), or the status
colour of a mark (saved in green, an error in red, a conflict in orange). So
icons follow a change of theme with nothing to rebuild.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from jury_desk.resources import shipped_file
from jury_desk.ui.theme.palette import active_colours

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

    from jury_desk.juror.interview.state import InterviewState


class IconName(StrEnum):
    """What an icon stands for, and the Remix Icon file that draws it."""

    OPEN = "folder-open-line"
    IMPORT = "file-download-line"
    SIGN = "quill-pen-line"
    START = "play-line"
    PAUSE = "pause-line"
    NEXT_PHASE = "skip-forward-line"
    STOP = "stop-circle-line"
    SMALL_CLOCK = "timer-line"
    PREVIOUS = "arrow-up-line"
    NEXT = "arrow-down-line"
    LOCK = "lock-line"
    UNLOCK = "lock-unlock-line"
    SAVED = "checkbox-circle-line"
    ERROR = "error-warning-line"
    CONFLICT = "alert-line"


class Tone(StrEnum):
    """Which theme colour paints an icon: the text's, or a status colour."""

    TEXT = "text"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@cache
def svg_source(name: IconName) -> bytes:
    return shipped_file("icons", f"{name.value}.svg").read_bytes()


def icon_colour(tone: Tone, mode: QIcon.Mode) -> str:
    """The colour an icon is painted in, from the theme in force."""
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    if tone is Tone.TEXT:
        return palette.color(QPalette.ColorRole.WindowText).name()
    return str(getattr(active_colours(), tone.value))


class _ThemedSvgEngine(QIconEngine):
    """Paints one SVG in the colour of the moment, at any size."""

    def __init__(self, name: IconName, tone: Tone) -> None:
        super().__init__()
        self._name = name
        self._tone = tone

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        # QtSvg loads with the first icon drawn, after the window's first frame.
        from PySide6.QtSvg import QSvgRenderer

        colour = icon_colour(self._tone, mode).encode("ascii")
        svg = svg_source(self._name).replace(b"currentColor", colour)
        return QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _ThemedSvgEngine(self._name, self._tone)

    def key(self) -> str:
        return "jury_desk_themed_svg"


def toggle_icon_name(state: InterviewState | None) -> IconName:
    """The clock's start / pause button: pause while the clock runs, else start (or resume)."""
    from jury_desk.juror.interview.state import ClockStatus

    running = state is not None and state.status is ClockStatus.RUNNING
    return IconName.PAUSE if running else IconName.START


def icon(name: IconName, tone: Tone = Tone.TEXT) -> QIcon:
    """The icon `name`, painted in the theme's text colour or in the status colour `tone`."""
    return QIcon(_ThemedSvgEngine(name, tone))


def show_icon(target: QAbstractButton | QAction, name: IconName) -> None:
    """Give `target` the icon `name`, unless it has it already (the clock asks every second)."""
    if target.property("icon_name") != name.value:
        target.setProperty("icon_name", name.value)
        target.setIcon(icon(name))


class IconLabel(QWidget):
    """An icon alone, as tall as `scale` lines of text: a status mark beside words.

    Decorative (the words beside it say the same), so it takes no focus and
    carries no accessible name of its own. Drawn at each paint, so it follows
    the theme and the text size.
    """

    def __init__(
        self, icon_: QIcon | None = None, scale: float = 1.0, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._icon = icon_
        self._scale = scale
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_icon(self, icon_: QIcon | None) -> None:
        self._icon = icon_
        self.update()

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * self._scale)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._icon is None:
            return
        painter = QPainter(self)
        self._icon.paint(painter, self.rect(), Qt.AlignmentFlag.AlignCenter)
        painter.end()
