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
from importlib import resources

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from jury_desk.ui.theme import active_colours


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
    folder = resources.files("jury_desk.resources.icons")
    return folder.joinpath(f"{name.value}.svg").read_bytes()


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


def icon(name: IconName, tone: Tone = Tone.TEXT) -> QIcon:
    """The icon `name`, painted in the theme's text colour or in the status colour `tone`."""
    return QIcon(_ThemedSvgEngine(name, tone))
