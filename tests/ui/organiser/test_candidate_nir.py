"""The social security number in the candidate's form: no tab for it unless the registry keeps
them; typed masked and checked as typed; saved sealed to the organiser's authority, then
only « Enregistré (chiffré) » with Remplacer… and Effacer, never the number."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from jury_desk.kernel.paths import organiser_dir
from jury_desk.registry.declaration_settings import DeclarationSettings, save_declaration_settings
from jury_desk.registry.nir import nir_kept_for, open_nir, sealed_nir
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import Authority, create_authority, save_authority
from jury_desk.ui.organiser.candidates_page import CandidatesPage
from jury_desk.ui.organiser.state import OrganiserState
from tests.factories import FakeClock
from tests.ui.organiser.registry_scene import SESSION_ID, add_complete, error_shown, with_session

NIR = "2880375056123"  # fictional
KEYED = f"{NIR}{97 - int(NIR) % 97:02d}"


@pytest.fixture
def authority(
    home: Path, organiser_secrets: PassphraseFileSecretStore, clock: FakeClock
) -> Authority:
    made = create_authority("Équipe certification (test)", clock.now())
    organiser_dir(home).mkdir(parents=True, exist_ok=True)
    save_authority(made, organiser_secrets, organiser_dir(home))
    return made


def _page(qtbot: QtBot, state: OrganiserState, registry: Registry, *, keep: bool) -> CandidatesPage:
    with_session(registry)
    add_complete(registry, "Lefèvre", "Éloïse")
    settings = DeclarationSettings(client_id="CL123456", contract_id="CT-2027", keep_nir=keep)
    save_declaration_settings(registry, settings)
    state.set_session(SESSION_ID)
    page = CandidatesPage(state)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    return page


def _texts_shown(page: QWidget) -> str:
    labels = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    edits = [w.text() for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]
    return "\n".join(labels + edits + [w.toolTip() for w in page.findChildren(QWidget)])


def _candidate_id(page: CandidatesPage) -> str:
    assert page.candidate_id is not None
    return page.candidate_id


def test_no_tab_for_it_when_the_registry_does_not_keep_them(
    qtbot: QtBot, state: OrganiserState, registry: Registry
) -> None:
    page = _page(qtbot, state, registry, keep=False)
    titles = [page.form.tabText(i) for i in range(page.form.count())]
    assert "Sécurité sociale" not in titles
    assert page.form.nir_change() is None


def test_typed_masked_checked_saved_sealed_and_never_shown(
    qtbot: QtBot,
    state: OrganiserState,
    registry: Registry,
    authority: Authority,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    page = _page(qtbot, state, registry, keep=True)
    form, field = page.form, page.form.nir
    form.setCurrentIndex(form.indexOf(form.nir_tab))
    assert keyboard_problems(page) == []
    assert field.entry.echoMode() is QLineEdit.EchoMode.PasswordEchoOnEdit

    field.entry.setFocus()
    qtbot.keyClicks(field.entry, NIR + "00")  # a wrong key
    assert "key" in field.status.text() or "clé" in field.status.text()  # as typed
    page.save()
    shown = error_shown(page)
    assert "key" in shown or "clé" in shown
    assert NIR not in shown
    assert not nir_kept_for(registry, _candidate_id(page))

    field.entry.clear()
    qtbot.keyClicks(field.entry, KEYED)
    page.save()
    candidate_id = _candidate_id(page)
    with registry.read() as session:
        sealed = sealed_nir(session, candidate_id)
    assert sealed is not None and open_nir(authority.age_identity, sealed) == NIR
    assert field.status.text() == "Enregistré (chiffré)"
    assert not field.entry.isVisibleTo(page)
    assert field.replace_button.isVisibleTo(page) and field.clear_button.isVisibleTo(page)
    assert NIR not in _texts_shown(page) and NIR[7:] not in _texts_shown(page)
    assert keyboard_problems(page) == []

    field.replace_button.click()  # then changes their mind
    assert field.entry.isVisibleTo(page) and field.keep_button.isVisibleTo(page)
    assert keyboard_problems(page) == []
    field.keep_button.click()
    assert form.nir_change() is None

    field.clear_button.click()
    assert "effacé" in field.status.text()
    page.save()
    assert not nir_kept_for(registry, candidate_id)
    assert field.entry.isVisibleTo(page) and field.entry.text() == ""


def test_a_new_candidate_typed_with_the_number(
    qtbot: QtBot, state: OrganiserState, registry: Registry, authority: Authority
) -> None:
    page = _page(qtbot, state, registry, keep=True)
    page.start_new()
    qtbot.keyClicks(page.form.texts["birth_name"], "Martin")
    qtbot.keyClicks(page.form.texts["first_names"], "Paul")
    page.form.setCurrentIndex(page.form.indexOf(page.form.nir_tab))
    qtbot.keyClicks(page.form.nir.entry, "2 88 03 75 056 123")
    page.save()
    assert nir_kept_for(registry, _candidate_id(page))
    assert page.form.nir.status.text() == "Enregistré (chiffré)"
