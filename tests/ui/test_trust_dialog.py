"""« Nouvel organisateur »: refusing is the default, trusting needs the code compared first."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from jury_desk.trust.keys import cert_comparison_code, cert_fingerprint
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.trust_dialog import TrustDialog
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import BUNDLE_PASSPHRASE, Setting, make_setting, secret_store
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal

CLOCK = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
CODE = "0123 4567 8901 2345 6789 0123"
FINGERPRINT = " ".join(["ABCD"] * 16)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(tmp_path_factory.mktemp("trust"), CLOCK.now(), fast_secrets=True)
    setting.build("session.jdbundle", CLOCK)
    return setting


def _dialog(qtbot: QtBot) -> TrustDialog:
    dialog = TrustDialog("Organisateur inconnu", CODE, FINGERPRINT)
    qtbot.addWidget(dialog)
    return dialog


def test_enter_refuses_until_the_code_was_compared(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    assert dialog.code.text() == CODE
    assert not dialog.trust_button.isEnabled()
    assert dialog.refuse_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == TrustDialog.DialogCode.Rejected


def test_trusting_takes_ticking_the_comparison_then_the_button(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.compared.click()
    assert dialog.trust_button.isEnabled() and dialog.refuse_button.isDefault()
    dialog.trust_button.click()
    assert dialog.result() == TrustDialog.DialogCode.Accepted


def _stranger_home(setting: Setting, tmp_path: Path) -> Path:
    """The member's data folder, before it trusted the organiser."""
    home = Path(shutil.copytree(setting.member.home, tmp_path / "member"))
    shutil.rmtree(home / "trusted-authorities")
    return home


def _opener(qtbot: QtBot, home: Path, tmp_path: Path) -> tuple[MainWindow, SessionOpener]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = WindowContext(Profile(home, secret_store(home)), CLOCK, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window, SessionOpener(window, tmp_path / "demo")


@pytest.mark.parametrize("compare", [False, True], ids=["refused", "trusted"])
def test_a_bundle_of_a_new_organiser_opens_only_once_trusted(
    qtbot: QtBot, setting: Setting, tmp_path: Path, compare: bool
) -> None:
    window, opener = _opener(qtbot, _stranger_home(setting, tmp_path), tmp_path)
    shown: list[tuple[str, str]] = []

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, TrustDialog)
        shown.append((dialog.code.text(), dialog.findChild(QLabel, "full_fingerprint").text()))
        if compare:
            dialog.compared.click()
            dialog.trust_button.click()
        else:
            dialog.refuse_button.click()

    answer_next_modal(respond)
    opener.open_bundle(setting.root / "session.jdbundle", BUNDLE_PASSPHRASE)
    authority = setting.authority.certificate
    assert shown == [
        (cert_comparison_code(authority), f"Empreinte complète : {cert_fingerprint(authority)}")
    ]
    assert (window.workspace is not None) is compare
