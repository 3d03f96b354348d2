"""The juror's preferences: their QSettings keys, defaults and typed accessors.

One place names the keys so that the preferences dialog (which writes them)
and the parts that use them (translations, theme, idle lock) agree. Values
read back from a settings file may be strings or garbage written by hand: an
unknown value gives the default rather than an error.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

LANGUAGE_KEY = "ui/language"
THEME_KEY = "ui/theme"
IDLE_LOCK_KEY = "ui/idle_lock_minutes"


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


DEFAULT_LANGUAGE = Language.FRENCH
DEFAULT_THEME = Theme.SYSTEM
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_OFF = 0
# A working day: longer than that, a lock that never comes is what was meant (0).
MAX_IDLE_LOCK_MINUTES = 480


def language(settings: QSettings) -> Language:
    try:
        return Language(str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE.value)))
    except ValueError:
        return DEFAULT_LANGUAGE


def set_language(settings: QSettings, value: Language) -> None:
    settings.setValue(LANGUAGE_KEY, Language(value).value)


def theme(settings: QSettings) -> Theme:
    try:
        return Theme(str(settings.value(THEME_KEY, DEFAULT_THEME.value)))
    except ValueError:
        return DEFAULT_THEME


def set_theme(settings: QSettings, value: Theme) -> None:
    settings.setValue(THEME_KEY, Theme(value).value)


def idle_lock_minutes(settings: QSettings) -> int:
    """Minutes of inactivity before the window hides candidate data; 0 = never."""
    raw = settings.value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)
    try:
        minutes = int(str(raw))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    if not IDLE_LOCK_OFF <= minutes <= MAX_IDLE_LOCK_MINUTES:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes


def set_idle_lock_minutes(settings: QSettings, minutes: int) -> None:
    if not IDLE_LOCK_OFF <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValueError(f"idle lock delay out of range: {minutes}")
    settings.setValue(IDLE_LOCK_KEY, minutes)


def preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences key (Cmd+, on macOS, none on some desktops) and Ctrl+,."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    ctrl_comma = QKeySequence("Ctrl+,")
    return keys if ctrl_comma in keys else [*keys, ctrl_comma]
