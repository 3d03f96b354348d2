"""The Jurors tab: requests taken in (chosen or dropped), refused files said once, « Accepter »
only after the codes matched; then the registered jurors' profiles edited, by version."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.models.enums import JurorKind
from jury_desk.registry.jurors import (
    JurorProfile,
    accept_request,
    edit_profile,
    list_jurors,
    read_request,
)
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity, create_identity
from jury_desk.trust.keys import comparison_code
from jury_desk.ui.organiser.juror_profile import ProfileDialog
from jury_desk.ui.organiser.jurors_page import JurorsPage
from jury_desk.ui.organiser.state import OrganiserState
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState) -> JurorsPage:
    page = JurorsPage(state)
    qtbot.addWidget(page)
    return page


@pytest.fixture(scope="module")
def people() -> tuple[JurorIdentity, JurorIdentity]:
    return (
        create_identity("Claire Présidente", "claire@jury.example.org"),
        create_identity("Łukasz Membre", "lukasz@jury.example.org"),
    )


def _request_file(folder: Path, identity: JurorIdentity) -> Path:
    path = folder / f"demande-{identity.email.split('@')[0]}.json"
    path.write_bytes(make_request(identity).to_json())
    return path


def test_a_request_is_accepted_only_once_the_codes_matched(
    page: JurorsPage,
    registry: Registry,
    people: tuple[JurorIdentity, JurorIdentity],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claire, lukasz = people
    damaged = tmp_path / "abimee.json"
    damaged.write_bytes(b'{"format": "jury-desk-enrolment-request", "csr": "nope"')
    other = tmp_path / "notes.json"
    other.write_text('{"liste": ["pas une demande"]}')
    files = [_request_file(tmp_path, claire), damaged, _request_file(tmp_path, lukasz), other]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a: ([str(f) for f in files], ""))
    )
    page.inbox.add_button.click()

    boxes = page.findChildren(QMessageBox, "inbox_refused_box")
    assert len(boxes) == 1  # one message for both refused files
    text = boxes[0].text()
    assert "abimee.json : " in text and "notes.json : " in text
    assert str(tmp_path) not in text  # the files' names, never a path
    inbox = page.inbox
    assert inbox.model.rowCount() == 2
    assert inbox.code.text() == comparison_code(claire.private_key.public_key())
    assert "Claire Présidente — claire@jury.example.org" in inbox.person.text()
    assert not inbox.accept_button.isEnabled()
    inbox.codes_matched.click()
    # A new juror's kind is chosen by the organiser, never assumed.
    assert inbox.profile.kind.currentIndex() == -1 and not inbox.accept_button.isEnabled()

    inbox.profile.kind.setCurrentIndex(inbox.profile.kind.findData("portfolio_manager"))
    inbox.profile.incubator.setText("Fabrique numérique des ministères sociaux")
    inbox.profile.startups.setText("Aidants Connect, Mon Suivi Justice ,")
    assert inbox.accept_button.isEnabled()
    inbox.accept_button.click()

    [juror] = list_jurors(registry)
    assert (juror.name, juror.kind, juror.incubator, juror.startups) == (
        "Claire Présidente",
        JurorKind.PORTFOLIO_MANAGER,
        "Fabrique numérique des ministères sociaux",
        ("Aidants Connect", "Mon Suivi Justice"),
    )
    assert inbox.note.text() == "Claire Présidente est enregistré·e parmi les jurés."
    # The next request is shown, its own tick to give.
    assert inbox.model.rowCount() == 1
    assert inbox.code.text() == comparison_code(lukasz.private_key.public_key())
    assert not inbox.codes_matched.isChecked() and not inbox.accept_button.isEnabled()
    assert page.model.rowCount() == 1

    inbox.set_aside_button.click()
    assert inbox.model.rowCount() == 0 and inbox.person.text() == "Aucune demande en attente."


def test_request_files_dropped_on_the_page_join_the_inbox(
    page: JurorsPage, people: tuple[JurorIdentity, JurorIdentity], tmp_path: Path
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_request_file(tmp_path, p))) for p in people])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert drop.isAccepted()
    assert page.inbox.model.rowCount() == 2
    page.dropEvent(drop)  # the same keys again: not twice
    assert page.inbox.model.rowCount() == 2


def test_a_profile_is_edited_unless_someone_else_changed_it(
    page: JurorsPage,
    registry: Registry,
    people: tuple[JurorIdentity, JurorIdentity],
    tmp_path: Path,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    clock: FakeClock,
) -> None:
    inbox = read_request(_request_file(tmp_path, people[1]))
    juror_id = accept_request(
        registry,
        inbox,
        JurorProfile(JurorKind.CERTIFIED_INTRAPRENEUR, "DINUM"),
        codes_matched=True,
    )
    page.state.changed.emit()
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.model.index(0, 2).data() == "Intrapreneur·e certifié·e"

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        assert dialog.fields.incubator.text() == "DINUM"
        dialog.fields.incubator.setText("Incubateur de la DINUM")
        dialog.fields.startups.setText("Démarches simplifiées")
        dialog._save_if_acceptable()

    answer_next_modal(change)
    page.edit_button.click()
    [juror] = list_jurors(registry)
    assert (juror.incubator, juror.startups) == (
        "Incubateur de la DINUM",
        ("Démarches simplifiées",),
    )
    assert page.model.index(0, 4).data() == "Démarches simplifiées"

    other = open_registry(home, default_location(home), organiser_secrets, clock, "Bruno Durand")
    try:
        profile = JurorProfile(JurorKind.CERTIFIED_INTRAPRENEUR, "Bercy Hub")
        edit_profile(other, juror_id, profile, juror.version)
    finally:
        other.close()
    problems: list[str] = []

    def stale(dialog: QWidget) -> None:
        assert isinstance(dialog, ProfileDialog)
        dialog.fields.incubator.setText("Fabrique numérique")
        dialog._save_if_acceptable()
        problems.append(dialog.problem.text())
        assert dialog.isVisible()  # still open: the person reads why, then cancels

    answer_next_modal(stale)
    page.edit_button.click()
    assert problems[0].startswith("The juror Łukasz Membre was changed by Bruno Durand")
    assert list_jurors(registry)[0].incubator == "Bercy Hub"


def test_every_control_is_reached_with_tab_and_named(
    qtbot: QtBot,
    page: JurorsPage,
    registry: Registry,
    people: tuple[JurorIdentity, JurorIdentity],
    tmp_path: Path,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    accept_request(
        registry,
        read_request(_request_file(tmp_path, people[0])),
        JurorProfile(JurorKind.PORTFOLIO_MANAGER),
        codes_matched=True,
    )
    page.state.changed.emit()
    page.inbox.add_files([_request_file(tmp_path, people[1])])
    page.inbox.codes_matched.setChecked(True)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.show()
    qtbot.waitExposed(page)
    assert keyboard_problems(page) == []
    dialog = ProfileDialog("Claire Présidente", lambda _profile: None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert keyboard_problems(dialog) == []


def test_the_inbox_and_jurors_models_keep_qts_rules(
    qtmodeltester: ModelTester,
    page: JurorsPage,
    registry: Registry,
    people: tuple[JurorIdentity, JurorIdentity],
    tmp_path: Path,
) -> None:
    page.inbox.add_files([_request_file(tmp_path, p) for p in people])
    qtmodeltester.check(page.inbox.model)
    accept_request(
        registry,
        read_request(_request_file(tmp_path, people[0])),
        JurorProfile(JurorKind.PORTFOLIO_MANAGER),
        codes_matched=True,
    )
    page.refresh()
    qtmodeltester.check(page.model)


# PySide6 6.12 marks QDragEnterEvent's only constructor (it takes a QPoint) as deprecated.
@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*:DeprecationWarning")
def test_only_local_files_are_taken_when_dragged_in(page: JurorsPage) -> None:
    data = QMimeData()
    data.setUrls([QUrl("https://example.org/demande.json")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(enter)
    assert not enter.isAccepted()
    data.setUrls([QUrl.fromLocalFile("/tmp/demande.json")])
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
