"""The organiser's way in: the first start's assistant (« Je suis l’organisateur… ») or
Fichier › Espace organisateur…, the registry made on first use after a question."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.registry.location import registry_file
from jury_desk.ui.flows.identity_dialogs import IdentityAssistant
from jury_desk.ui.flows.identity_flow import ORGANISER_ROLE, ROLE_KEY
from jury_desk.ui.organiser.window import OrganiserWindow
from jury_desk.ui.shell.app import _first_start
from jury_desk.ui.shell.context import WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.helpers.modal_answer import answer_next_modal, click


def _yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    assert "registre de l’organisateur" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()


def _main_window(qtbot: QtBot, context: WindowContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


class _Started:
    exit_code = None


def test_the_organiser_chooses_their_desk_on_the_first_start(
    qtbot: QtBot, organiser_context: WindowContext, home: Path, window_settings: QSettings
) -> None:
    window = _main_window(qtbot, organiser_context)

    def choose_organiser(assistant: QWidget) -> None:
        assert isinstance(assistant, IdentityAssistant)
        answer_next_modal(_yes)  # then: create the registry?
        click("identity_organiser")(assistant)

    answer_next_modal(choose_organiser)
    _first_start(window, _Started())  # type: ignore[arg-type]
    desk = window.organiser_flow.window
    assert isinstance(desk, OrganiserWindow) and desk.isVisible()
    assert registry_file(home).is_file()
    assert window_settings.value(ROLE_KEY) == ORGANISER_ROLE
    assert not window.identity_flow.has_identity()  # an organiser needs no juror identity
    desk.close()

    # The next start opens the desk at once, without the juror's assistant.
    again = _main_window(qtbot, organiser_context)
    _first_start(again, _Started())  # type: ignore[arg-type]
    reopened = again.organiser_flow.window
    assert isinstance(reopened, OrganiserWindow) and reopened.isVisible()
    reopened.close()


def test_the_menu_opens_the_desk_and_a_refusal_keeps_the_registry_unmade(
    qtbot: QtBot, organiser_context: WindowContext, home: Path
) -> None:
    window = _main_window(qtbot, organiser_context)
    errors: list[str] = []

    def no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        answer_next_modal(lambda error: errors.append(error.text()))  # type: ignore[attr-defined]
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_modal(no)
    window.organiser_flow.action.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    assert "no registry" in errors[0].lower() or "pas encore de registre" in errors[0]
    assert not registry_file(home).exists()

    answer_next_modal(_yes)
    window.organiser_flow.action.trigger()
    desk = window.organiser_flow.window
    assert isinstance(desk, OrganiserWindow) and desk.isVisible()
    window.organiser_flow.action.trigger()  # asked again: the same window comes forward
    assert window.organiser_flow.window is desk
    desk.close()
