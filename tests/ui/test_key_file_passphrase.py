"""The key file's passphrase in the window: chosen with a confirmation, asked again when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from jury_desk.kernel.errors import UserError
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.ui.flows.gui_passphrase import DialogPassphraseSource
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from tests.helpers.modal_answer import answer_next_modal

GOOD = "une bonne phrase de passe"


def _answers(*steps: tuple[str, str]) -> list[tuple[str, str, str]]:
    """Answer the passphrase dialogs to come, each step a (passphrase, confirmation).

    A step the dialog refuses leaves it open, and the next step types into it again.
    What the dialog showed before each step is kept: its title, the problem it
    said, and whether it asked for a confirmation.
    """
    left = list(steps)
    seen: list[tuple[str, str, str]] = []

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        while left:
            passphrase, confirmation = left.pop(0)
            mode = "single" if dialog.confirmation.isHidden() else "confirm"
            seen.append((dialog.windowTitle(), dialog.problem.text(), mode))
            dialog.field.setText(passphrase)
            dialog.confirmation.setText(confirmation)
            dialog._accept_if_acceptable()
            if not dialog.isVisible():
                break
        if left:
            answer_next_modal(respond)

    answer_next_modal(respond)
    return seen


def test_the_passphrase_is_chosen_twice_and_long_enough(qtbot: QtBot, tmp_path: Path) -> None:
    store = PassphraseFileSecretStore(tmp_path / "secrets.age", DialogPassphraseSource())
    seen = _answers(("court", "court"), (GOOD, "une autre phrase"), (GOOD, GOOD))
    store.put("juror/signing-key", b"secret")
    title = "Choisir la phrase de passe du fichier de clés"
    assert seen == [
        (title, "", "confirm"),
        (title, "La phrase de passe doit compter 8 caractères au moins.", "confirm"),
        (title, "Les deux phrases de passe diffèrent : saisissez-les à nouveau.", "confirm"),
    ]
    again = PassphraseFileSecretStore(tmp_path / "secrets.age", lambda _creating: GOOD)
    assert again.get("juror/signing-key") == b"secret"


def test_a_wrong_passphrase_is_said_and_asked_again(qtbot: QtBot, tmp_path: Path) -> None:
    PassphraseFileSecretStore(tmp_path / "secrets.age", lambda _creating: GOOD).put(
        "juror/signing-key", b"secret"
    )
    store = PassphraseFileSecretStore(tmp_path / "secrets.age", DialogPassphraseSource())
    seen = _answers(("pas la bonne", ""), (GOOD, ""))
    store.ensure_unlocked()
    assert seen == [
        ("Fichier de clés", "", "single"),
        ("Fichier de clés", "Phrase de passe incorrecte : réessayez.", "single"),
    ]
    assert store.get("juror/signing-key") == b"secret"


def test_giving_up_is_one_clear_refusal(qtbot: QtBot, tmp_path: Path) -> None:
    PassphraseFileSecretStore(tmp_path / "secrets.age", lambda _creating: GOOD).put("k", b"v")
    store = PassphraseFileSecretStore(tmp_path / "secrets.age", DialogPassphraseSource())
    answer_next_modal(lambda dialog: dialog.close())
    with pytest.raises(UserError, match="Aucune phrase de passe saisie"):
        store.ensure_unlocked()


def test_no_key_file_is_made_before_a_key_must_be_stored(tmp_path: Path) -> None:
    asked: list[bool] = []

    def source(creating: bool) -> str:
        asked.append(creating)
        return GOOD

    store = PassphraseFileSecretStore(tmp_path / "secrets.age", source)
    store.ensure_unlocked()  # what the window does at start
    assert asked == [] and not store.exists()
    store.put("k", b"v")
    assert asked == [True] and store.exists()
