"""The juror's preferences: typed accessors over QSettings, and the dialog that edits them."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from jury_desk.ui import preferences
from jury_desk.ui.preferences import Language, Theme


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_french_system_theme_ten_minutes(settings: QSettings) -> None:
    assert preferences.language(settings) is Language.FRENCH
    assert preferences.theme(settings) is Theme.SYSTEM
    assert preferences.idle_lock_minutes(settings) == 10


def test_values_round_trip_through_the_settings_file(tmp_path: Path, settings: QSettings) -> None:
    preferences.set_language(settings, Language.ENGLISH)
    preferences.set_theme(settings, Theme.HIGH_CONTRAST)
    preferences.set_idle_lock_minutes(settings, 0)
    settings.sync()
    reread = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert preferences.language(reread) is Language.ENGLISH
    assert preferences.theme(reread) is Theme.HIGH_CONTRAST
    assert preferences.idle_lock_minutes(reread) == 0


@pytest.mark.parametrize("garbage", ["de", "", "-3", "ten", "100000"])
def test_a_value_edited_by_hand_into_garbage_gives_the_default(
    settings: QSettings, garbage: str
) -> None:
    for key in (preferences.LANGUAGE_KEY, preferences.THEME_KEY, preferences.IDLE_LOCK_KEY):
        settings.setValue(key, garbage)
    assert preferences.language(settings) is Language.FRENCH
    assert preferences.theme(settings) is Theme.SYSTEM
    assert preferences.idle_lock_minutes(settings) == 10


def test_an_out_of_range_delay_is_refused(settings: QSettings) -> None:
    with pytest.raises(ValueError, match="out of range"):
        preferences.set_idle_lock_minutes(settings, -1)
    assert preferences.idle_lock_minutes(settings) == 10
