"""« Supprimer l’espace de travail… » on the welcome page: asked first, then the workspace,
its key and its line gone; « Non » keeps everything."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.kernel.paths import workspace_path
from jury_desk.session.workspaces import create_session_workspace
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import secret_store
from tests.factories import FakeClock, small_session_spec
from tests.helpers.modal_answer import answer_next_modal


def _answer(button: QMessageBox.StandardButton) -> None:
    def respond(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Session de test" in box.text()
        box.button(button).click()

    answer_next_modal(respond)


def test_a_workspace_is_deleted_from_the_welcome_page_once_confirmed(
    qtbot: QtBot, home: Path, clock: FakeClock, window_settings: QSettings
) -> None:
    secrets = secret_store(home)
    spec = small_session_spec()
    create_session_workspace(home, spec, "chair", secrets, clock).close()
    window = MainWindow(
        WindowContext(Profile(home, secrets), clock, window_settings, SynchronousRunner())
    )
    qtbot.addWidget(window)
    window.connect_open_gestures(lambda: None, lambda: None, lambda _id: None)
    welcome = window.welcome
    assert not welcome.delete_button.isEnabled()
    welcome.recent.setCurrentRow(0)
    assert "peut être supprimé après le" in welcome.recent.item(0).text()

    _answer(QMessageBox.StandardButton.No)
    welcome.delete_button.click()
    assert workspace_path(home, spec.id).is_file()

    _answer(QMessageBox.StandardButton.Yes)
    welcome.delete_button.click()
    assert not workspace_path(home, spec.id).exists()
    assert welcome.recent.count() == 0 and not welcome.delete_button.isVisibleTo(window)
