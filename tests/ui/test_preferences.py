"""The juror's preferences: typed accessors over QSettings, and the dialog that edits them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.shell.preferences import Language, Theme
from jury_desk.ui.shell.preferences_dialog import PreferencesDialog
from tests.bundle_factory import secret_store
from tests.factories import FakeClock


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


# ---------------------------------------------------------------- the dialog


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_stored_values(qtbot: QtBot, settings: QSettings) -> None:
    preferences.set_language(settings, Language.ENGLISH)
    preferences.set_theme(settings, Theme.DARK)
    preferences.set_idle_lock_minutes(settings, 25)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "English"
    assert dialog.theme.currentData() == "dark"
    assert dialog.idle_lock.value() == 25


def test_ok_saves_every_choice_made_with_the_keyboard(
    qtbot: QtBot, dialog: PreferencesDialog, settings: QSettings
) -> None:
    with qtbot.waitSignal(dialog.saved):
        assert dialog.language.hasFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # Français → English
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)
        assert dialog.theme.hasFocus()
        qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # the last one: high contrast
        qtbot.keyClick(dialog, Qt.Key.Key_Tab)
        assert dialog.idle_lock.hasFocus()
        qtbot.keyClick(dialog.idle_lock, Qt.Key.Key_PageDown)  # 10 steps down: 0, never
        assert dialog.idle_lock.text() == "Jamais"
        qtbot.keyClick(dialog.idle_lock, Qt.Key.Key_Return)
    assert preferences.language(settings) is Language.ENGLISH
    assert preferences.theme(settings) is Theme.HIGH_CONTRAST
    assert preferences.idle_lock_minutes(settings) == 0


def test_cancel_keeps_the_stored_values(
    qtbot: QtBot, dialog: PreferencesDialog, settings: QSettings
) -> None:
    dialog.language.setCurrentIndex(1)
    dialog.idle_lock.setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.allKeys() == []


def test_the_dialog_says_when_the_language_applies(dialog: PreferencesDialog) -> None:
    note = dialog.findChild(QLabel, "preferences_language_note")
    assert note is not None and "prochain démarrage" in note.text()


def test_every_field_is_named_and_has_a_mnemonic(dialog: PreferencesDialog) -> None:
    fields = [
        dialog.language,
        dialog.theme,
        dialog.idle_lock,
        dialog.organiser_name,
        dialog.registry,
    ]
    for field in fields:
        interface = QAccessible.queryAccessibleInterface(field)
        assert interface is not None and interface.text(QAccessible.Text.Name).strip()
    buddies = {
        label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    assert set(buddies) == set(fields)
    assert all("&" in text for text in buddies.values())


def test_edit_preferences_opens_with_ctrl_comma(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, clock: FakeClock
) -> None:
    profile = Profile(tmp_path / "home", secret_store(tmp_path / "home"))
    window = MainWindow(WindowContext(profile, clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    assert QKeySequence("Ctrl+,") in window.preferences_action.shortcuts()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.idle_lock.setValue(42)
    dialog.accept()
    assert preferences.idle_lock_minutes(settings) == 42


def test_the_organisers_registry_and_name_are_kept(
    qtbot: QtBot, dialog: PreferencesDialog, settings: QSettings
) -> None:
    dialog.organiser_name.setText("  Alice Martin ")
    dialog.registry.setText("postgresql://registre.interne/jury")
    dialog.accept()
    assert settings.value("organiser/name") == "Alice Martin"
    assert settings.value("organiser/registry") == "postgresql://registre.interne/jury"


def test_an_address_that_is_no_registry_is_refused_before_saving(
    qtbot: QtBot, dialog: PreferencesDialog, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        "jury_desk.ui.shell.preferences_dialog.QMessageBox.warning",
        lambda _parent, _title, text: said.append(text),
    )
    dialog.registry.setText("mysql://serveur/base")
    dialog.accept()
    assert said and "mysql" in said[0]
    assert settings.value("organiser/registry") is None
    assert dialog.result() != dialog.DialogCode.Accepted
