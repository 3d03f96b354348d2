"""The Candidates tab: the list and its filter, the form saved at its version (someone else's
change meanwhile refused with their name), the identity's problems said as they are typed,
a candidate added by hand, documents added, shortlisting and withdrawal with the history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from jury_desk.models.enums import ApplicationStatus, DocumentKind
from jury_desk.registry.candidates import draft_of, edit_candidate, session_candidates
from jury_desk.registry.models import Candidate
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.ui.organiser.candidates_page import CandidatesPage
from jury_desk.ui.organiser.state import OrganiserState
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal
from tests.ui.organiser.registry_scene import (
    SESSION_ID,
    add_complete,
    error_shown,
    other_person,
    with_session,
)


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, registry: Registry) -> CandidatesPage:
    with_session(registry)
    add_complete(registry, "Lefèvre", "Éloïse")
    add_complete(registry, "Durand", "Marc", phase="Construction", incubator="Fabrique")
    state.set_session(SESSION_ID)
    page = CandidatesPage(state)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    return page


def _cell(page: CandidatesPage, row: int, column: int, role: int = 0) -> str:
    return str(page.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole))


def _choose(page: CandidatesPage, birth_name: str) -> None:
    for row in range(page.model.rowCount()):
        if birth_name in _cell(page, row, 0):
            page.table.setCurrentIndex(page.model.index(row, 0))
            return
    raise AssertionError(f"{birth_name} not listed")


def _type(qtbot: QtBot, page: CandidatesPage, field: str, text: str) -> None:
    edit = page.form.texts[field]
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _stored(registry: Registry, birth_name: str) -> Candidate:
    return next(c for c in session_candidates(registry, SESSION_ID) if c.birth_name == birth_name)


def test_the_list_shows_names_status_missing_items_and_filters(
    page: CandidatesPage, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert [_cell(page, r, 0) for r in range(2)] == ["Marc Durand", "Éloïse Lefèvre"]
    # Marc's start-up is not in « accélération »: received, not eligible.
    assert [_cell(page, r, 3) for r in range(2)] == ["Candidature reçue", "Recevable"]
    assert _cell(page, 1, 4) == "aucune"
    assert _cell(page, 0, 5) == "complète"
    page.status_filter.setCurrentIndex(page.status_filter.findData("eligible"))
    assert page.model.rowCount() == 1 and _cell(page, 0, 0) == "Éloïse Lefèvre"
    page.status_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 2


def test_an_edit_is_saved_and_a_stale_one_refused_naming_who(
    qtbot: QtBot,
    page: CandidatesPage,
    registry: Registry,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    clock: FakeClock,
) -> None:
    _choose(page, "Lefèvre")
    assert page.form.texts["birth_name"].text() == "Lefèvre"
    assert not page.save_button.isEnabled()
    _type(qtbot, page, "role", "Product owner")
    assert page.save_button.isEnabled() and "(modifiée)" in page.heading.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _stored(registry, "Lefèvre").role == "Product owner"
    assert not page.save_button.isEnabled()
    # Someone else saves the same candidate while the organiser is typing.
    _type(qtbot, page, "phone", "01 02 03 04 05")
    with other_person(home, organiser_secrets, clock, "Bob Durand") as bob:
        theirs = _stored(bob, "Lefèvre")
        edit_candidate(
            bob, theirs.id, dataclasses.replace(draft_of(theirs), role="Cheffe"), theirs.version
        )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Bob Durand" in error_shown(page)
    assert _stored(registry, "Lefèvre").role == "Cheffe"  # theirs is kept
    assert page.form.texts["phone"].text() == "01 02 03 04 05"  # ours is still there
    # Restoring the form shows their change; saving then works.
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.texts["role"].text() == "Cheffe"
    _type(qtbot, page, "phone", "01 02 03 04 05")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _stored(registry, "Lefèvre").phone == "01 02 03 04 05"


def _answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def respond(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "Abandonner les modifications" in box.text()
        box.button(button).click()

    return respond


def test_unsaved_edits_are_kept_unless_the_organiser_drops_them(
    qtbot: QtBot, page: CandidatesPage
) -> None:
    _choose(page, "Lefèvre")
    page.form.setCurrentWidget(page.dossier)
    assert page.dossier.shortlist_button.isEnabled()
    _type(qtbot, page, "role", "Designer")
    # Acting on the dossier now would make the form's own save stale: it waits.
    assert not page.dossier.shortlist_button.isEnabled()
    assert not page.dossier.add_button.isEnabled()
    asked = answer_next_modal(_answer(QMessageBox.StandardButton.No))
    _choose(page, "Durand")
    assert len(asked) == 1
    assert page.form.texts["role"].text() == "Designer"
    assert "Lefèvre" in page.heading.text()
    assert page.model.candidate_at(page.table.currentIndex().row()).name == "Éloïse Lefèvre"  # type: ignore[union-attr]
    asked = answer_next_modal(_answer(QMessageBox.StandardButton.Yes))
    _choose(page, "Durand")
    assert len(asked) == 1
    assert page.form.texts["birth_name"].text() == "Durand"
    assert page.dossier.withdraw_button.isEnabled()


def test_identity_problems_are_said_as_fields_change(qtbot: QtBot, page: CandidatesPage) -> None:
    _choose(page, "Lefèvre")
    assert "Identité complète" in page.form.problems.text()
    page.form.sex.setCurrentText("X")
    page.form.day.setCurrentIndex(page.form.day.findData(31))
    page.form.month.setCurrentIndex(page.form.month.findData(4))
    text = page.form.problems.text()
    assert "Caisse des Dépôts" in text
    assert "X" in text and "31" in text
    assert page.form.sex.toolTip()  # the problem is said beside its field too
    page.form.sex.setCurrentText("F")
    page.form.day.setCurrentIndex(0)  # an unknown day is allowed
    assert "Identité complète" in page.form.problems.text()


def test_a_candidate_added_by_hand_is_listed_with_its_identity_mark(
    qtbot: QtBot, page: CandidatesPage, registry: Registry
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.heading.text() == "Nouveau candidat"
    _type(qtbot, page, "birth_name", "Nguyen")
    _type(qtbot, page, "first_names", "Linh")
    page.form.year.setValue(1991)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(registry, "Nguyen")
    assert stored.birth_year == 1991 and stored.birth_month is None
    assert stored.status is ApplicationStatus.INCOMPLETE
    assert page.candidate_id == stored.id
    row = page.model.row_of(stored.id)
    assert _cell(page, row, 5) == "⚠ à corriger"  # no birth place, no sex
    assert "problème" in _cell(page, row, 5, Qt.ItemDataRole.ToolTipRole)
    assert "Fiche produit" in _cell(page, row, 4)


def test_documents_are_added_and_the_status_moves_with_its_history(
    qtbot: QtBot,
    page: CandidatesPage,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    _choose(page, "Durand")
    page.form.setCurrentWidget(page.dossier)
    assert page.dossier.documents_model.rowCount() == 4
    extra = tmp_path / "annexe-maquettes.png"
    extra.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    strange = tmp_path / "notes.exe"
    strange.write_bytes(b"MZ")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_args: ([str(extra), str(strange)], "")),
    )
    page.dossier.add_button.click()
    stored = _stored(registry, "Durand")
    with registry.read() as session:
        kinds = [d.kind for d in session.get(Candidate, stored.id).documents]  # type: ignore[union-attr]
    assert kinds.count(DocumentKind.MOCKUPS) == 2
    assert page.dossier.documents_model.rowCount() == 5
    skipped = page.findChild(QWidget, "skipped_documents")
    assert skipped is not None and "notes.exe" in skipped.text()  # type: ignore[attr-defined]
    assert str(tmp_path) not in skipped.text()  # type: ignore[attr-defined]

    page.dossier.shortlist_button.click()
    assert _stored(registry, "Durand").status is ApplicationStatus.SHORTLISTED
    assert "Retenu pour l’entretien" in page.dossier.status.text()
    answers: list[tuple[str, bool]] = [("", True), ("A quitté l’administration", True)]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args, **_kw: answers.pop(0)))
    page.dossier.withdraw_button.click()
    assert page.findChild(QWidget, "reason_needed") is not None
    assert _stored(registry, "Durand").status is ApplicationStatus.SHORTLISTED
    page.dossier.withdraw_button.click()
    assert _stored(registry, "Durand").status is ApplicationStatus.WITHDRAWN
    history = page.dossier.history_model
    qtmodeltester.check(history)
    qtmodeltester.check(page.dossier.documents_model)
    notes = [history.index(r, 3).data() for r in range(history.rowCount())]
    assert notes[-1] == "A quitté l’administration"
    assert history.index(history.rowCount() - 1, 2).data() == "Alice Martin"
    assert not page.dossier.withdraw_button.isEnabled()


def test_keyboard_reaches_and_names_every_control(
    qtbot: QtBot, page: CandidatesPage, keyboard_problems: Callable[[QWidget], list[str]]
) -> None:
    page.show()
    qtbot.waitExposed(page)
    _choose(page, "Lefèvre")
    for tab in range(page.form.count()):
        page.form.setCurrentIndex(tab)
        problems = keyboard_problems(page)
        assert problems == [], f"{page.form.tabText(tab)}: " + "\n".join(problems)


def test_a_candidates_data_are_exported_for_an_access_request(
    qtbot: QtBot, page: CandidatesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import zipfile

    target = tmp_path / "acces-lefevre.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    _choose(page, "Lefèvre")
    told: list[str] = []
    answer_next_modal(lambda box: told.append(box.text()))  # type: ignore[attr-defined]
    page.dossier.export_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert "acces-lefevre.zip" in told[0] and str(tmp_path) not in told[0]
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("donnees.json"))
        files = [n for n in archive.namelist() if n.startswith("pieces/")]
    assert data["candidate"]["birth_name"] == "Lefèvre" and len(files) == 4
    assert [h["status"] for h in data["status_history"]] == ["eligible"]
