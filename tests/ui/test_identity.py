"""The juror's identity in the window: created, its request saved, backed up and restored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.kernel.paths import identity_dir
from jury_desk.trust.enrolment import EnrolmentRequest
from jury_desk.trust.identity import load_identity
from jury_desk.trust.keys import comparison_code, fingerprint
from jury_desk.ui.flows.identity_dialogs import IdentityAssistant, IdentityDialog
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import secret_store
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal

CLOCK = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
BACKUP_PASSPHRASE = "phrase de la sauvegarde"


def _window(qtbot: QtBot, home: Path, settings: QSettings) -> MainWindow:
    context = WindowContext(Profile(home, secret_store(home)), CLOCK, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def _saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers `target`; the titles it was shown with are kept."""
    asked: list[str] = []

    def get_save_file_name(_parent: QWidget, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def _typing(*passphrases: str) -> Callable[[QWidget], None]:
    """Answer the next passphrase dialogs with these, one each, confirmed where asked."""
    left = list(passphrases)

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        passphrase = left.pop(0)
        dialog.field.setText(passphrase)
        dialog.confirmation.setText(passphrase)
        dialog._accept_if_acceptable()
        if left:
            answer_next_modal(respond)

    return respond


def test_a_new_juror_creates_an_identity_and_saves_the_request(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    window = _window(qtbot, home, window_settings)
    request_file = tmp_path / "demande.json"
    asked = _saving_to(monkeypatch, request_file)
    seen: dict[str, str] = {}

    def respond(assistant: QWidget) -> None:
        assert isinstance(assistant, IdentityAssistant)
        assistant.name.setText("Anaïs Juré")
        assistant.email.setText("pas une adresse")
        assistant.create_button.click()
        seen["problem"] = assistant.problem.text()
        assert assistant.pages.currentIndex() == 0  # still asking
        assistant.email.setText("anais@jury.example.org")
        assistant.create_button.click()
        assert assistant.pages.currentIndex() == 1
        seen["code"] = assistant.key.code.text()
        assistant.save_request_button.click()
        seen["saved"] = assistant.saved.text()
        assistant.done_button.click()

    answer_next_modal(respond)
    assert not window.identity_flow.has_identity()
    assert window.identity_flow.create()

    assert "pas une adresse" in seen["problem"] and "adresse" in seen["problem"]
    identity = load_identity(secret_store(home), identity_dir(home))
    assert seen["code"] == comparison_code(identity.private_key.public_key())
    request = EnrolmentRequest.from_json(request_file.read_bytes(), "demande.json")
    assert (request.name, request.email) == ("Anaïs Juré", "anais@jury.example.org")
    assert asked == ["Enregistrer la demande d’enrôlement"]
    assert seen["saved"] == "Demande enregistrée : demande.json"  # the name, never a path


def test_a_backup_exported_here_restores_the_identity_on_another_computer(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_home, new_home = tmp_path / "old", tmp_path / "new"
    window = _window(qtbot, old_home, window_settings)

    def create(assistant: QWidget) -> None:
        assert isinstance(assistant, IdentityAssistant)
        assistant.name.setText("Anaïs Juré")
        assistant.email.setText("anais@jury.example.org")
        assistant.create_button.click()
        assistant.done_button.click()

    answer_next_modal(create)
    window.identity_flow.create()
    original = load_identity(secret_store(old_home), identity_dir(old_home))

    backup = tmp_path / "anais.jdidentity"
    _saving_to(monkeypatch, backup)
    status: list[str] = []

    def export(dialog: QWidget) -> None:
        assert isinstance(dialog, IdentityDialog)
        assert dialog.key.code.text() == comparison_code(original.private_key.public_key())
        answer_next_modal(_typing(BACKUP_PASSPHRASE))
        dialog.export_button.click()
        status.append(dialog.status.text())
        dialog.reject()

    answer_next_modal(export)
    window.identity_action.trigger()
    assert status == [
        "Sauvegarde enregistrée : anais.jdidentity. Gardez-la en lieu sûr, avec sa phrase "
        "de passe à part."
    ]
    assert backup.stat().st_mode & 0o077 == 0

    other = _window(qtbot, new_home, window_settings)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(backup), ""))
    )
    shown: dict[str, str] = {}

    def restore(assistant: QWidget) -> None:
        assert isinstance(assistant, IdentityAssistant)
        # A wrong passphrase first: said in the passphrase dialog, which asks again.
        problems: list[str] = []

        def wrong_then_right(dialog: QWidget) -> None:
            assert isinstance(dialog, PassphraseDialog)
            dialog.field.setText("pas la bonne phrase")
            dialog._accept_if_acceptable()

            def right(again: QWidget) -> None:
                assert isinstance(again, PassphraseDialog)
                problems.append(again.problem.text())
                again.field.setText(BACKUP_PASSPHRASE)
                again._accept_if_acceptable()

            answer_next_modal(right)

        answer_next_modal(wrong_then_right)
        assistant.restore_button.click()
        shown["problems"] = " | ".join(problems)
        shown["code"] = assistant.key.code.text()
        assistant.done_button.click()

    answer_next_modal(restore)
    assert other.identity_flow.create()
    restored = load_identity(secret_store(new_home), identity_dir(new_home))
    assert fingerprint(restored.private_key.public_key()) == fingerprint(
        original.private_key.public_key()
    )
    assert shown == {
        "problems": "Phrase de passe incorrecte : réessayez.",
        "code": comparison_code(original.private_key.public_key()),
    }


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_restoring_from_a_device_is_refused_in_one_line_without_reading_it(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path / "home", window_settings)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: ("/dev/zero", ""))
    )
    shown: list[str] = []

    def restore(assistant: QWidget) -> None:
        assert isinstance(assistant, IdentityAssistant)
        assistant.restore_button.click()  # /dev/zero never ends: read, it would never return
        shown.append(assistant.problem.text())
        assistant.reject()

    answer_next_modal(restore)
    window.identity_flow.create()
    assert shown == ["« zero » is a device, not an ordinary file."]
    assert not window.identity_flow.has_identity()


def test_the_menu_offers_to_create_an_identity_where_there_is_none(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings
) -> None:
    window = _window(qtbot, tmp_path / "home", window_settings)
    seen: list[QWidget] = []
    answer_next_modal(lambda dialog: seen.append(dialog))
    window.identity_action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], IdentityAssistant)
    assert not window.identity_flow.has_identity()  # left for later: nothing made


def test_opening_a_bundle_without_an_identity_offers_to_create_one_first(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings
) -> None:
    window = _window(qtbot, tmp_path / "home", window_settings)
    opener = SessionOpener(window, tmp_path / "demo")
    order: list[str] = []

    def decline(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        order.append("question")
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_modal(decline)
    opener.ask_and_open_bundle(tmp_path / "session.jdbundle")
    assert order == ["question"]  # declined: no passphrase asked, nothing opened

    def accept(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        order.append("question")
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)

        def create(assistant: QWidget) -> None:
            assert isinstance(assistant, IdentityAssistant)
            order.append("assistant")
            assistant.name.setText("Anaïs Juré")
            assistant.email.setText("anais@jury.example.org")
            assistant.create_button.click()
            assistant.done_button.click()

            def passphrase(dialog: QWidget) -> None:
                assert isinstance(dialog, PassphraseDialog)
                order.append("bundle passphrase")
                dialog.reject()

            answer_next_modal(passphrase)

        answer_next_modal(create)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_modal(accept)
    opener.ask_and_open_bundle(tmp_path / "session.jdbundle")
    assert order == ["question", "question", "assistant", "bundle passphrase"]
    assert window.identity_flow.has_identity()
