"""The Juries and schedule tab: a jury formed from two enrolled jurors, a candidate placed by
hand, a change refused with its reason (a conflict of interest, a juror booked twice), a
proposal shown then applied, a placement taken back, and the convocations written (letters
and calendars) into a new folder, the organiser's contact remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.candidates import session_candidates
from jury_desk.registry.models import Placement
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.convocation_box import EMAIL_KEY, NAME_KEY
from jury_desk.ui.organiser.schedule_page import SchedulePage
from jury_desk.ui.organiser.schedule_proposal import ProposalDialog
from jury_desk.ui.organiser.state import OrganiserState
from tests.ui.organiser.registry_scene import (
    SESSION_ID,
    add_shortlisted,
    enrol_jurors,
    error_shown,
    with_session,
)


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, registry: Registry, tmp_path: Path) -> SchedulePage:
    with_session(registry)
    enrol_jurors(registry, tmp_path)
    add_shortlisted(registry, "Martin", "Zoé", startup="Mon Suivi", incubator="Territoires")
    # The member is linked to Aidants Connect: no jury of theirs may assess Hugo.
    add_shortlisted(registry, "Bernard", "Hugo", startup="Aidants Connect", incubator="Sud")
    add_shortlisted(registry, "Petit", "Jules", startup="Signal conso", incubator="Nord")
    add_shortlisted(registry, "Roux", "Léa", startup="Pass Culture", incubator="Ouest")
    state.set_session(SESSION_ID)
    page = SchedulePage(state)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    return page


def _placements(registry: Registry) -> dict[str, tuple[str, str]]:
    names = {c.id: c.birth_name for c in session_candidates(registry, SESSION_ID)}
    with registry.read() as session:
        return {
            names[p.candidate_id]: (p.jury_id, p.start_utc.strftime("%d %H:%M"))
            for p in session.query(Placement)
        }


def _choose(page: SchedulePage, name: str, row: int) -> None:
    page.grid.setCurrentIndex(page.grid_model.index(row, 0))  # a placed one is chosen with it
    index = next(i for i in range(page.candidate.count()) if name in page.candidate.itemText(i))
    page.candidate.setCurrentIndex(index)


def _said(page: SchedulePage, name: str) -> str:
    box = page.findChild(QMessageBox, name)
    assert box is not None, name
    box.setObjectName("seen")
    box.close()
    return box.text()


def _form_jury(qtbot: QtBot, page: SchedulePage) -> None:
    page.chair.setCurrentIndex(page.chair.findText("Claire", Qt.MatchFlag.MatchStartsWith))
    page.member.setCurrentIndex(page.member.findText("Łukasz", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)


def test_a_jury_is_formed_and_candidates_placed_by_hand_within_the_rules(
    qtbot: QtBot, page: SchedulePage, registry: Registry
) -> None:
    assert page.grid_model.columnCount() == 0 and page.grid_model.rowCount() == 9
    assert "chargé·e de portefeuille de startups" in page.chair.itemText(
        page.chair.findText("Claire", Qt.MatchFlag.MatchStartsWith)
    )
    # The same juror twice: said before asking the registry.
    page.chair.setCurrentIndex(page.chair.findText("Claire", Qt.MatchFlag.MatchStartsWith))
    page.member.setCurrentIndex(page.member.findText("Claire", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
    assert _said(page, "same_juror").startswith("Un jury réunit deux jurés différents")
    assert page.juries_model.rowCount() == 0
    _form_jury(qtbot, page)
    assert page.juries_model.rowCount() == 1
    assert page.juries_model.index(0, 0).data() == "Jury 1"
    assert page.grid_model.headerData(0, Qt.Orientation.Horizontal) == "Jury 1"
    assert page.grid_model.headerData(0, Qt.Orientation.Vertical) == "18/05/2027 09:00"
    # Recomposed: Inès sits instead of Łukasz, then Łukasz is back.
    page.juries.setCurrentIndex(page.juries_model.index(0, 0))
    assert page.member.currentText().startswith("Łukasz")
    page.member.setCurrentIndex(page.member.findText("Inès", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.recompose_button, Qt.MouseButton.LeftButton)
    assert page.juries_model.index(0, 2).data() == "Inès Autre"
    page.member.setCurrentIndex(page.member.findText("Łukasz", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.recompose_button, Qt.MouseButton.LeftButton)
    assert page.juries_model.index(0, 2).data() == "Łukasz Membre"
    assert page.juries_model.rowCount() == 1  # recomposed, not a second jury

    _choose(page, "Martin", 0)
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert page.grid_model.index(0, 0).data() == "Zoé Martin"
    assert _placements(registry) == {"Martin": (f"{SESSION_ID}-jury-1", "18 07:00")}
    assert "Jury 1, 18/05/2027 09:00" in page.candidate.currentText()

    # A conflict of interest: refused with its reason, nothing saved.
    _choose(page, "Bernard", 1)
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    reason = error_shown(page)
    assert "Aidants Connect" in reason and "Łukasz Membre" in reason
    # The jury's jurors are already busy at 9:00 with Zoé.
    _choose(page, "Petit", 0)
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert error_shown(page)
    assert set(_placements(registry)) == {"Martin"}
    assert page.problems.item(0).text() == "Aucun : le planning respecte toutes les règles."

    # Taking Zoé's interview back frees the slot.
    page.grid.setCurrentIndex(page.grid_model.index(0, 0))
    assert page.unplace_button.isEnabled()
    qtbot.mouseClick(page.unplace_button, Qt.MouseButton.LeftButton)
    assert _placements(registry) == {}
    assert page.grid_model.index(0, 0).data() == "libre"


def test_a_proposal_is_shown_then_applied(
    qtbot: QtBot, page: SchedulePage, registry: Registry, qtmodeltester: ModelTester
) -> None:
    _form_jury(qtbot, page)
    _choose(page, "Martin", 2)
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ProposalDialog, "proposal_dialog")
    assert dialog is not None
    model = dialog.model
    qtmodeltester.check(model)
    qtmodeltester.check(page.grid_model)
    qtmodeltester.check(page.juries_model)
    rows = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert rows == {"Zoé Martin": "déjà placé", "Jules Petit": "nouveau", "Léa Roux": "nouveau"}
    why = [dialog.problems.item(r).text() for r in range(dialog.problems.count())]
    assert len(why) == 1 and "Hugo Bernard" in why[0] and "Aidants Connect" in why[0]
    assert _placements(registry).keys() == {"Martin"}  # nothing saved yet
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    placed = _placements(registry)
    assert placed.keys() == {"Martin", "Petit", "Roux"}
    assert placed["Martin"] == (f"{SESSION_ID}-jury-1", "18 09:30")
    assert page.juries_model.index(0, 3).data() == "3"


def test_convocations_are_written_into_a_new_folder(
    qtbot: QtBot,
    page: SchedulePage,
    registry: Registry,
    tmp_path: Path,
    window_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _form_jury(qtbot, page)
    for name, row in (("Martin", 0), ("Petit", 1)):
        _choose(page, name, row)
        qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    box = page.convocations
    out = tmp_path / "envois"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(out)))
    # Without the organiser's contact, the core refuses, saying what is missing.
    qtbot.mouseClick(box.write_button, Qt.MouseButton.LeftButton)
    assert "e-mail" in error_shown(page)
    assert not box.progress.isVisible()
    qtbot.keyClicks(box.contact_name, "Alice Martin")
    qtbot.keyClicks(box.contact_email, "certification@beta.gouv.fr")
    assert window_settings.value(NAME_KEY) == "Alice Martin"
    assert window_settings.value(EMAIL_KEY) == "certification@beta.gouv.fr"
    qtbot.mouseClick(box.write_button, Qt.MouseButton.LeftButton)
    folder = out / f"convocations-{SESSION_ID}"
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert len([f for f in files if f.endswith("/convocation.pdf")]) == 2
    assert len([f for f in files if f.endswith("/entretien.ics")]) == 2
    assert len([f for f in files if f.endswith("/entretiens.ics")]) == 2, files  # the jurors'
    assert (folder / files[0]).read_bytes()[:5] in (b"%PDF-", b"BEGIN")
    assert box.result.text() == (
        "2 lettre(s) de convocation, avec le calendrier de chaque candidat, et "
        f"2 calendrier(s) de jurés écrits dans le dossier « convocations-{SESSION_ID} »."
    )
    assert str(tmp_path) not in box.result.text()
    statuses = {c.birth_name: c.status for c in session_candidates(registry, SESSION_ID)}
    assert statuses["Martin"] is ApplicationStatus.CONVENED
    assert statuses["Roux"] is ApplicationStatus.SHORTLISTED
    # The contact is there the next time the page is made.
    again = SchedulePage(page.state)
    qtbot.addWidget(again)
    assert again.convocations.contact_email.text() == "certification@beta.gouv.fr"
    # Written again after a change: a new folder beside the first, never over it.
    qtbot.mouseClick(box.write_button, Qt.MouseButton.LeftButton)
    assert (out / f"convocations-{SESSION_ID}-2").is_dir()
    assert len(list(folder.rglob("*.pdf"))) == 2


def test_keyboard_reaches_and_names_every_control(
    qtbot: QtBot, page: SchedulePage, keyboard_problems: Callable[[QWidget], list[str]]
) -> None:
    _form_jury(qtbot, page)
    page.show()
    qtbot.waitExposed(page)
    page.grid.setCurrentIndex(page.grid_model.index(0, 0))
    problems = keyboard_problems(page)
    assert problems == [], "\n".join(problems)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ProposalDialog, "proposal_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    problems = keyboard_problems(dialog)
    assert problems == [], "\n".join(problems)
