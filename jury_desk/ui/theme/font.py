"""The window's typeface: Inter, shipped with jury-desk, at the size the system asks for.

Marianne, the State's typeface, is not freely licensed; Inter (SIL Open Font
Licence) is a sans-serif drawn for screens, with the accents of French and
Vietnamese names and tabular figures for the clock. Only the family changes:
the point size stays the system's, so a juror who enlarged the system's text
gets it enlarged here too, at once: the system announces such a change to every
window (a ThemeChange event), and the main window calls `follow_system_font`,
because Qt leaves alone an application font that was set, as this one is.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jury_desk.resources import shipped_file

log = logging.getLogger(__name__)

UI_FAMILY = "Inter"
FONT_FILES = ("Inter-Regular.otf", "Inter-Bold.otf")


@cache  # once a process: Qt would add the same faces again
def register_ui_font() -> bool:
    """Add the shipped font files to Qt's font database; False (and a warning) if one fails."""
    for name in FONT_FILES:
        data = shipped_file("fonts", name).read_bytes()
        if QFontDatabase.addApplicationFontFromData(data) < 0:
            log.warning("font %s could not be loaded: the system's font is used", name)
            return False
    return True


def ui_font(system: QFont) -> QFont:
    """`system` with Inter first in its families: same size, same fallbacks for other scripts."""
    font = QFont(system)
    others = system.families() or [system.family()]
    font.setFamilies([UI_FAMILY, *[family for family in others if family != UI_FAMILY]])
    return font


def install_ui_font(app: QApplication) -> None:
    if register_ui_font():
        app.setFont(ui_font(app.font()))


def system_font() -> QFont:
    """The system's text font as it is now (the platform's theme answers afresh)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def follow_system_font(app: QApplication) -> None:
    """The system's text font changed (size, usually): take it, with Inter as before."""
    wanted = ui_font(system_font()) if register_ui_font() else system_font()
    if app.font() != wanted:
        app.setFont(wanted)
