"""The Session tab: a session created with its sittings, an edit refused when someone else
saved first, and the organiser's authority created, backed up and restored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.kernel.paths import organiser_dir, secrets_file
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import SittingDraft, create_session, edit_session, list_sessions
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import create_authority, load_authority, save_authority
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from jury_desk.ui.organiser.authority_box import AuthorityBox, AuthorityNameDialog
from jury_desk.ui.organiser.session_form import NewSessionDialog
from jury_desk.ui.organiser.session_page import SessionPage
from jury_desk.ui.organiser.session_sittings import FINISH, SittingsModel
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal
from tests.ui.organiser.conftest import SECRETS_PASSPHRASE

BACKUP_PASSPHRASE = "phrase de la sauvegarde de l’autorité"


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState) -> SessionPage:
    page = SessionPage(state)
    qtbot.addWidget(page)
    return page


def _error(page: QWidget) -> str:
    box = page.findChild(QMessageBox, "error_box")
    assert box is not None, "no error shown"
    text = box.text()
    box.deleteLater()
    box.setObjectName("seen_error_box")
    return text


def test_a_session_is_created_then_given_sittings(
    page: SessionPage, state: OrganiserState, registry: Registry
) -> None:
    problems: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewSessionDialog)
        dialog.session_id.setText("Mai 2027")  # not an id: said in the dialog, kept open
        dialog.fields.title.setText("Session de mai 2027")
        dialog.fields.starts_on.setDate(date(2027, 5, 18))
        dialog.fields.ends_on.setDate(date(2027, 5, 19))
        dialog.fields.place.setPlainText("https://visio.example.gouv.fr/rs6247")
        dialog.fields.slot_minutes.setValue(60)
        dialog.fields.break_minutes.setValue(15)
        dialog._create_if_acceptable()
        problems.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.session_id.setText(SESSION_ID)
        dialog._create_if_acceptable()

    answer_next_modal(fill)
    page.new_button.click()
    assert problems[0].startswith("A session id is 1 to 40 lower-case letters")
    assert state.session_id == SESSION_ID and page.loaded_id == SESSION_ID
    assert page.fields.title.text() == "Session de mai 2027"
    assert not page.save_button.isEnabled()

    page.add_button.click()
    page.add_sitting()
    assert page.save_button.isEnabled()
    sittings = page.sittings
    assert sittings.setData(sittings.index(1, FINISH), QTime(17, 30))
    page.fields.break_minutes.setValue(10)
    page.save_button.click()

    [session] = list_sessions(registry)
    with registry.read() as read:
        row = read.merge(session)
        stored = [(s.day, s.start, s.finish) for s in row.sittings]
    assert stored == [
        (date(2027, 5, 18), time(9, 0), time(12, 30)),
        (date(2027, 5, 19), time(9, 0), time(17, 30)),
    ]
    assert (session.break_minutes, session.place) == (10, "https://visio.example.gouv.fr/rs6247")
    assert not page.dirty and page.loaded_version == session.version == 2

    page.table.setCurrentIndex(sittings.index(0, 0))
    page.remove_button.click()
    page.save_button.click()
    with registry.read() as read:
        assert len(read.merge(list_sessions(registry)[0]).sittings) == 1


def test_an_edit_on_a_session_someone_else_saved_is_refused_and_kept(
    page: SessionPage,
    state: OrganiserState,
    registry: Registry,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    clock: FakeClock,
) -> None:
    create_session(registry, session_draft())
    state.set_session(SESSION_ID)
    assert page.loaded_version == 1
    other = open_registry(home, default_location(home), organiser_secrets, clock, "Bruno Durand")
    try:
        clock.advance(60)
        moved = replace(session_draft(), title="Session de mai (salle changée)")
        edit_session(other, moved, seen_version=1)
    finally:
        other.close()

    page.fields.title.setText("Session de mai 2027 — jurys RS6247")
    page.fields.title.textEdited.emit(page.fields.title.text())
    page.save_button.click()

    message = _error(page)
    assert message.startswith("The session Session de mai (salle changée) was changed by Bruno")
    assert page.fields.title.text() == "Session de mai 2027 — jurys RS6247"  # kept
    assert page.dirty and page.save_button.isEnabled() and page.loaded_version == 1
    assert list_sessions(registry)[0].title == "Session de mai (salle changée)"

    page.refresh()  # seen again: theirs, with its version, and the edit can be made on it
    assert page.fields.title.text() == "Session de mai (salle changée)"
    assert page.loaded_version == list_sessions(registry)[0].version > 1


def _typing(*passphrases: tuple[str, str]) -> Callable[[QWidget], None]:
    """Answer the next passphrase dialogs, one (passphrase, confirmation) each."""
    left = list(passphrases)
    problems: list[str] = []

    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        problems.append(dialog.problem.text())
        passphrase, confirmation = left.pop(0)
        dialog.field.setText(passphrase)
        dialog.confirmation.setText(confirmation)
        dialog._accept_if_acceptable()
        if left:
            if dialog.isVisible():  # the dialog itself said what was wrong
                respond(dialog)
            else:
                answer_next_modal(respond)

    respond.problems = problems  # type: ignore[attr-defined]
    return respond


def _name_authority(name: str) -> Callable[[QWidget], None]:
    def respond(dialog: QWidget) -> None:
        assert isinstance(dialog, AuthorityNameDialog)
        dialog.name.setText(name)
        dialog.accept()

    return respond


def test_the_authority_is_created_backed_up_and_restored_elsewhere(
    qtbot: QtBot,
    page: SessionPage,
    state: OrganiserState,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    tmp_path: Path,
    clock: FakeClock,
    window_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = page.authority
    assert box.create_button.isVisibleTo(page) and not box.backup_button.isVisibleTo(page)
    assert "pas encore d’autorité" in box.status.text()

    answer_next_modal(_name_authority("Certification RS6247"))
    box.create_button.click()
    original = load_authority(organiser_secrets, organiser_dir(home))
    assert original.name == "Certification RS6247"
    assert "Autorité : Certification RS6247" in box.status.text()
    assert not box.warning.isVisibleTo(page)
    assert box.backup_button.isVisibleTo(page) and not box.create_button.isVisibleTo(page)

    backup = tmp_path / "sauvegardes" / "autorite.jdauthority"
    backup.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(backup), ""))
    )
    typing = _typing((BACKUP_PASSPHRASE, "une autre phrase"), (BACKUP_PASSPHRASE,) * 2)
    answer_next_modal(typing)
    box.backup_button.click()
    assert typing.problems == ["", "Les deux phrases de passe diffèrent : saisissez-les à nouveau."]  # type: ignore[attr-defined]
    assert box.note.text().startswith("Sauvegarde enregistrée : autorite.jdauthority.")
    assert str(tmp_path) not in box.note.text()
    assert backup.stat().st_mode & 0o077 == 0

    elsewhere = tmp_path / "nouveau"
    elsewhere.mkdir()
    secrets = PassphraseFileSecretStore(secrets_file(elsewhere), lambda _c: SECRETS_PASSPHRASE)
    context = WindowContext(
        Profile(elsewhere, secrets), clock, window_settings, SynchronousRunner()
    )
    other_box = AuthorityBox(OrganiserState(context, state.registry))
    qtbot.addWidget(other_box)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(backup), ""))
    )
    typing = _typing(("pas la bonne phrase",) * 2, (BACKUP_PASSPHRASE,) * 2)
    answer_next_modal(typing)
    other_box.restore_button.click()
    assert typing.problems == ["", "Phrase de passe incorrecte : réessayez."]  # type: ignore[attr-defined]
    restored = load_authority(secrets, organiser_dir(elsewhere))
    assert restored.certificate == original.certificate
    assert other_box.note.text() == (
        "L’autorité Certification RS6247 est restaurée sur cet ordinateur."
    )


def test_a_backup_never_replaces_another_authority(
    qtbot: QtBot,
    page: SessionPage,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jury_desk.trust.authority_backup import authority_backup

    theirs = create_authority("Autorité d’une autre équipe", clock.now())
    backup = tmp_path / "autre.jdauthority"
    backup.write_bytes(authority_backup(theirs, BACKUP_PASSPHRASE))
    ours = create_authority("Certification RS6247", clock.now())
    save_authority(ours, organiser_secrets, organiser_dir(home))
    page.authority.refresh()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(backup), ""))
    )
    answer_next_modal(_typing((BACKUP_PASSPHRASE,) * 2))
    page.authority.restore_button.click()
    message = _error(page.authority)
    assert "Certification RS6247" in message and "Autorité d’une autre équipe" in message
    assert load_authority(organiser_secrets, organiser_dir(home)).certificate == ours.certificate

    damaged = tmp_path / "abime.jdauthority"
    damaged.write_bytes(b"age-encryption.org/v1\n-> X25519 rien\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(damaged), ""))
    )
    answer_next_modal(_typing((BACKUP_PASSPHRASE,) * 2))
    page.authority.restore_button.click()
    assert _error(page.authority) == (
        "This file is not a jury-desk authority backup, or it is damaged."
    )


def test_an_authority_close_to_its_end_is_said_in_words(
    page: SessionPage, home: Path, organiser_secrets: PassphraseFileSecretStore, clock: FakeClock
) -> None:
    save_authority(
        create_authority("Certification RS6247", clock.now(), years=1),
        organiser_secrets,
        organiser_dir(home),
    )
    page.authority.refresh()
    assert not page.authority.warning.isVisibleTo(page)
    clock.advance(300 * 86400)
    page.authority.refresh()
    warning = page.authority.warning.text()
    assert page.authority.warning.isVisibleTo(page)
    assert warning.startswith("Attention : le certificat de l’autorité expire dans 65 jours")
    clock.advance(100 * 86400)
    page.authority.refresh()
    assert "a expiré le" in page.authority.warning.text()


def test_an_authority_near_its_end_is_renewed_and_the_old_key_vouches_for_the_new(
    page: SessionPage, home: Path, organiser_secrets: PassphraseFileSecretStore, clock: FakeClock
) -> None:
    old = create_authority("Certification RS6247", clock.now(), years=1)
    save_authority(old, organiser_secrets, organiser_dir(home))
    clock.advance(300 * 86400)
    page.authority.refresh()
    assert "Fichier › Renouveler l’autorité…" in page.authority.warning.text()
    answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    page.authority.renew()
    renewed = load_authority(organiser_secrets, organiser_dir(home))
    assert renewed.certificate != old.certificate and renewed.previous == (old.certificate,)
    assert renewed.succession is not None
    assert renewed.age_identity == old.age_identity
    assert page.authority.note.text().startswith("L’autorité est renouvelée")
    assert not page.authority.warning.isVisibleTo(page)  # three years ahead again


def test_every_control_is_reached_with_tab_and_named(
    qtbot: QtBot,
    page: SessionPage,
    state: OrganiserState,
    registry: Registry,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    create_session(
        registry,
        replace(
            session_draft(),
            sittings=(SittingDraft(date(2027, 5, 18), time(9), time(12)),),
        ),
    )
    state.set_session(SESSION_ID)
    page.show()
    qtbot.waitExposed(page)
    assert keyboard_problems(page) == []
    for dialog in (NewSessionDialog(lambda _draft: None, page), AuthorityNameDialog(page)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert keyboard_problems(dialog) == []
        dialog.close()


def test_a_session_created_in_the_window_becomes_the_one_every_tab_shows(
    qtbot: QtBot, state: OrganiserState, registry: Registry
) -> None:
    from jury_desk.ui.organiser.window import OrganiserWindow

    create_session(registry, session_draft("rs6247-2026-11"))
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    assert window.session_choice.currentData() == "rs6247-2026-11"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewSessionDialog)
        dialog.session_id.setText(SESSION_ID)
        dialog.fields.title.setText("Session de mai 2027")
        dialog.fields.starts_on.setDate(date(2027, 5, 18))
        dialog.fields.ends_on.setDate(date(2027, 5, 19))
        dialog._create_if_acceptable()

    answer_next_modal(fill)
    window.session_page.new_button.click()
    assert state.session_id == SESSION_ID
    assert window.session_choice.currentData() == SESSION_ID
    assert window.session_choice.count() == 2
    assert window.session_page.fields.title.text() == "Session de mai 2027"
    assert window.bundles_page.details.toPlainText().startswith(
        "Cette session n’a pas encore de jury"
    )


def test_the_sittings_model_keeps_qts_rules(qtmodeltester: ModelTester) -> None:
    model = SittingsModel()
    model.add(date(2027, 5, 18), time(9), time(12, 30))
    model.add(date(2027, 5, 19), time(14), time(17, 30))
    qtmodeltester.check(model)
    assert not model.setData(model.index(0, FINISH), "17:30")  # a time, nothing else
    assert model.draft()[1] == SittingDraft(date(2027, 5, 19), time(14), time(17, 30))
