"""Opening a bundle from the window: the passphrase remembered for a session, and forgotten."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from jury_desk.ui.flows.open_flow import BUNDLE_PASSPHRASE_SECRET, SessionOpener
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from jury_desk.ui.widgets.busy_notice import BusyNotice
from tests.bundle_factory import BUNDLE_PASSPHRASE, Setting, make_setting
from tests.factories import FakeClock
from tests.helpers.held_runner import HeldRunner
from tests.helpers.modal_answer import answer_next_modal

CLOCK = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(tmp_path_factory.mktemp("open-flow"), CLOCK.now())
    setting.build("session.jdbundle", CLOCK)
    return setting


def _window(qtbot: QtBot, setting: Setting, tmp_path: Path) -> tuple[MainWindow, SessionOpener]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    profile = Profile(setting.member.home, setting.member.secrets)
    window = MainWindow(WindowContext(profile, CLOCK, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    return window, SessionOpener(window, tmp_path / "demo")


def _secret_name(setting: Setting) -> str:
    return BUNDLE_PASSPHRASE_SECRET.format(session=setting.spec.id)


def test_a_passphrase_asked_to_be_remembered_is_kept_for_the_session(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    window, opener = _window(qtbot, setting, tmp_path)
    opener.open_bundle(setting.root / "session.jdbundle", BUNDLE_PASSPHRASE, remember=True)
    assert window.workspace is not None and window.page is not None
    assert setting.member.secrets.get(_secret_name(setting)) == BUNDLE_PASSPHRASE.encode()
    window.close()

    # Next time (a newer bundle of the same session, say): no question asked.
    window, opener = _window(qtbot, setting, tmp_path)
    opener.ask_and_open_bundle(setting.root / "session.jdbundle")
    assert window.workspace is not None
    window.close()


def test_a_remembered_passphrase_that_no_longer_works_is_forgotten_and_asked_again(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    setting.member.secrets.put(_secret_name(setting), b"une ancienne phrase de passe")
    window, opener = _window(qtbot, setting, tmp_path)
    asked: list[str] = []

    def answer_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, answer_the_dialog)
    opener.ask_and_open_bundle(setting.root / "session.jdbundle")
    assert asked == ["Phrase de passe du paquet"]
    assert setting.member.secrets.get(_secret_name(setting)) is None
    window.close()


def test_a_wrong_bundle_passphrase_is_said_in_the_dialog_which_asks_again(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    window, opener = _window(qtbot, setting, tmp_path)
    problems: list[str] = []

    def wrong(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        problems.append(dialog.problem.text())
        dialog.field.setText("pas la phrase du paquet")
        answer_next_modal(right)
        dialog.accept()

    def right(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        problems.append(dialog.problem.text())
        dialog.field.setText(BUNDLE_PASSPHRASE)
        dialog.accept()

    answer_next_modal(wrong)
    opener.ask_and_open_bundle(setting.root / "session.jdbundle")
    assert problems == ["", "Phrase de passe incorrecte : réessayez."]
    assert window.workspace is not None
    window.close()


def test_a_long_opening_shows_what_is_happening_until_it_is_done(
    qtbot: QtBot, setting: Setting, tmp_path: Path
) -> None:
    window, opener = _window(qtbot, setting, tmp_path)
    runner = HeldRunner()
    window.context.runner = runner
    window.show()
    opener.open_bundle(setting.root / "session.jdbundle", BUNDLE_PASSPHRASE)
    notice = window.findChild(BusyNotice, "open_notice")
    assert notice is not None and not notice.isVisible()  # a quick step flashes nothing
    qtbot.waitUntil(notice.isVisible, timeout=2000)  # past half a second: said
    assert notice.labelText() == "Ouverture et vérification du paquet…"
    assert notice.windowTitle() == "Ouverture de la session"
    runner.release()
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.findChild(BusyNotice, "open_notice") is None)
    window.close()
