"""The « Déclaration à la CDC » tab on a real registry: the settings edited in their dialog
(a wrong client id refused in it, nothing kept on cancel); the session's certified decisions
with their days left and states in words; a declaration written after the holder the
schema cannot take is listed and left out, the file valid against the CDC's schema; the
question on a file never marked deposited, answered « Non » then « Oui »; a file marked
deposited; the CDC's report imported, the states following; the Results board's column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.declaration.schema import load_schema
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models.enums import Outcome
from jury_desk.registry.candidates import add_candidate, draft_of, edit_candidate
from jury_desk.registry.declaration_export import technical_id
from jury_desk.registry.declaration_settings import (
    DeclarationSettings,
    declaration_settings,
    save_declaration_settings,
)
from jury_desk.registry.declaration_tracking import session_flows
from jury_desk.registry.models import Candidate
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import create_authority, save_authority
from jury_desk.ui.organiser.declaration_page import DeclarationPage
from jury_desk.ui.organiser.declaration_settings_dialog import DeclarationSettingsDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from jury_desk.ui.theme.palette import active_colours
from tests.core.registry.builders import SESSION_ID, candidate_draft
from tests.core.registry.declaration_builders import (
    SCHEMA,
    configure,
    decide,
    session_with_holders,
)
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal, click
from tests.ui.organiser.conftest import mnemonic_problems, tab_walk

REJECTED = "Aucun titulaire ne correspond aux critères obligatoires"


@pytest.fixture
def holders(registry: Registry) -> dict[str, str]:
    """Three certified holders (Petit's sex the schema cannot say) and one not certified,
    decided on 30 June 2027: to declare before 30 September."""
    ids = session_with_holders(registry, ("Lefèvre", "F"), ("Durand", "M"), ("Petit", "X"))
    martin = add_candidate(registry, SESSION_ID, candidate_draft("Martin"))
    decide(registry, martin, Outcome.NOT_CERTIFIED)
    return dict(zip(("Lefèvre", "Durand", "Petit", "Martin"), (*ids, martin), strict=True))


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, holders: dict[str, str]) -> DeclarationPage:
    page = DeclarationPage(state)
    qtbot.addWidget(page)
    state.set_session(SESSION_ID)
    return page


def _move_to(state: OrganiserState, clock: FakeClock, moment: datetime) -> None:
    clock.advance((moment - clock.now()).total_seconds())
    state.changed.emit()


def _column(page: DeclarationPage, column: int, files: bool = False) -> list[str]:
    model = page.flows_model if files else page.decisions_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _states(page: DeclarationPage) -> dict[str, str]:
    return dict(zip(_column(page, 0), _column(page, 4), strict=True))


def _box(page: DeclarationPage, name: str) -> str:
    boxes = page.findChildren(QMessageBox, name)
    assert len(boxes) == 1, [box.text() for box in boxes]
    text = boxes[0].text()
    boxes[0].close()
    boxes[0].setParent(None)  # the next one is then the only one
    return text


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(path), ""))
    )


def _open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(path), ""))
    )


def _valid_ids(path: Path) -> list[str]:
    document = etree.parse(str(path))
    assert load_schema(SCHEMA).xml_schema.validate(document)
    return [
        element.text or "" for element in document.iter("{urn:cdc:cpf:pc5:schema:1.0.0}idTechnique")
    ]


def _tid(candidate_id: str) -> str:
    return technical_id("RS6247", SESSION_ID, candidate_id)


def _report(
    folder: Path, flow_id: str, accepted: tuple[str, ...], rejected: tuple[str, ...]
) -> Path:
    ok = "".join(f"<idTechnique>{passage}</idTechnique>" for passage in accepted)
    ko = "".join(
        f"<passage><idTechnique>{passage}</idTechnique><messageErreur>{REJECTED}"
        "</messageErreur></passage>"
        for passage in rejected
    )
    path = folder / "rapport.xml"
    path.write_text(
        '<rapport xmlns="urn:cdc:cpf:pc5:rapport:schema"><nomFichier>f.xml</nomFichier>'
        f"<idFlux>{flow_id}</idFlux><idTraitement>T-1</idTraitement>"
        f"<PassagesKO>{ko}</PassagesKO><PassagesOK>{ok}</PassagesOK></rapport>",
        "utf-8",
    )
    return path


def _then(*responses: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """Answer the modal shown now with the first response, the next ones shown after it
    with the others, in order."""
    first, *rest = responses

    def respond(dialog: QWidget) -> None:
        if rest:
            answer_next_modal(_then(*rest))
        first(dialog)

    return respond


# ---------------------------------------------------------------------- the settings


def test_the_settings_are_edited_in_their_dialog(
    page: DeclarationPage, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = page.summary.text()
    assert summary.startswith("Client CDC : à renseigner — contrat : à renseigner — ")
    assert "schéma : à choisir" in summary and "À compléter : " in summary
    _open(monkeypatch, SCHEMA)
    refused: list[str] = []

    def wrong_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, DeclarationSettingsDialog)
        dialog.client_id.setText("ABC")
        dialog.contract_id.setText("CTR-2027-01")
        dialog.choose_button.click()
        assert dialog.schema_path.text() == str(SCHEMA)
        dialog.save_if_acceptable()
        assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
        refused.append(dialog.problem.text())
        dialog.reject()

    seen = answer_next_modal(wrong_then_cancel)
    page.settings_button.click()
    assert len(seen) == 1
    # The window's tests load no core catalogue: the core's words are the English ones.
    assert "client id must have 8 characters" in refused[0]
    assert declaration_settings(registry) == DeclarationSettings()  # nothing kept on cancel

    def right(dialog: QWidget) -> None:
        assert isinstance(dialog, DeclarationSettingsDialog)
        assert dialog.client_id.text() == ""  # what was cancelled is not shown again
        dialog.client_id.setText("ABCD1234")
        dialog.contract_id.setText("CTR-2027-01")
        dialog.schema_path.setText(str(SCHEMA))
        dialog.keep_nir.setChecked(True)
        dialog.save_if_acceptable()
        assert not dialog.isVisible()

    seen = answer_next_modal(right)
    page.settings_button.click()
    assert len(seen) == 1
    kept = declaration_settings(registry)
    assert (kept.client_id, kept.contract_id, kept.keep_nir) == ("ABCD1234", "CTR-2027-01", True)
    assert kept.schema_path == str(SCHEMA.resolve())
    assert page.summary.text() == (
        "Client CDC : ABCD1234 — contrat : CTR-2027-01 — certification : RS RS6247 — "
        "schéma : cdc-accrochage-1.1.2.xsd (version 1.1.2) — numéros de sécurité sociale "
        "conservés (chiffrés)."
    )
    assert page.note.text() == "Paramètres de la déclaration enregistrés."


# ---------------------------------------------------------------------- the declaration


def test_a_declaration_written_deposited_and_answered(
    page: DeclarationPage,
    state: OrganiserState,
    registry: Registry,
    holders: dict[str, str],
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(registry)
    _move_to(state, clock, datetime(2027, 9, 18, 10, 0, tzinfo=UTC))
    # Martin, not certified, has nothing to declare: not listed.
    assert _column(page, 0) == ["Éloïse Durand", "Éloïse Lefèvre", "Éloïse Petit"]
    assert _column(page, 3) == ["12 jours"] * 3
    assert set(_column(page, 4)) == {"À déclarer"}
    assert page.decisions_model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.counts.text() == "3 décision(s) de la session concernent la CDC."
    assert page.flows_model.rowCount() == 0 and not page.sent_button.isEnabled()

    # Petit cannot be declared by this schema: listed with the reason, then left out.
    listed: list[str] = []

    def without_them(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        listed.append(box.text())
        click("write_without_them")(box)

    first = tmp_path / "envois" / "flux-1.xml"
    first.parent.mkdir()
    _save_as(monkeypatch, first)
    seen = answer_next_modal(without_them)
    page.write_button.click()
    assert len(seen) == 1
    assert "– Éloïse Petit : " in listed[0] and "only as M or F" in listed[0]
    assert "Lefèvre" not in listed[0]
    said = _box(page, "declaration_written")
    assert said.startswith(
        "La déclaration est écrite : « flux-1.xml », dans le dossier « envois »."
    )
    assert "Elle déclare 2 titulaire(s) et a été validée contre le schéma " in said
    assert "cdc-accrochage-1.1.2.xsd (version 1.1.2)" in said
    assert "Laissé(s) de côté, toujours à déclarer : Éloïse Petit." in said
    assert "Marquer comme déposé" in said and str(tmp_path) not in said
    assert page.note.text() == said
    assert sorted(_valid_ids(first)) == sorted(_tid(holders[n]) for n in ("Lefèvre", "Durand"))
    assert _states(page) == {
        "Éloïse Durand": "Écrit, à déposer",
        "Éloïse Lefèvre": "Écrit, à déposer",
        "Éloïse Petit": "À déclarer",
    }
    assert _column(page, 0, files=True) == ["flux-1.xml"]
    assert _column(page, 2, files=True) == ["à déposer"]
    assert _column(page, 4, files=True) == ["2 à déposer"]
    assert page.sent_button.isEnabled()

    # Written again before the first was said deposited: asked; « Non » replaces it.
    clock.advance(3600)
    second = tmp_path / "envois" / "flux-2.xml"
    _save_as(monkeypatch, second)
    asked: list[str] = []

    def not_deposited(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click("unsent_was_not_deposited")(box)

    seen = answer_next_modal(_then(not_deposited, click("write_without_them")))
    page.write_button.click()
    assert "Ce fichier a-t-il été déposé sur le portail de la CDC ?" in asked[0]
    assert "« flux-1.xml »" in asked[0]
    _box(page, "declaration_written")
    assert len(_valid_ids(second)) == 2
    assert _column(page, 0, files=True) == ["flux-2.xml", "flux-1.xml"]
    assert _column(page, 2, files=True)[1] == "jamais (remplacé)"
    assert _column(page, 4, files=True)[1] == "2 remplacé(s) par un fichier plus récent"

    # The new file chosen (the newest is), uploaded, then marked deposited.
    assert page.flows_table.currentIndex().row() == 0
    page.sent_button.click()
    assert page.note.text() == (
        "« flux-2.xml » est marqué comme déposé : 2 passage(s) attendent le rapport de "
        "traitement de la CDC."
    )
    assert _states(page)["Éloïse Lefèvre"] == "Déposé, en attente du rapport"
    assert not page.sent_button.isEnabled()
    assert _column(page, 3, files=True)[0] == "en attente"

    # The CDC's report: Lefèvre accepted, Durand rejected with its message.
    flow_id = session_flows(registry, SESSION_ID)[0].flow_id
    report = _report(tmp_path, flow_id, (_tid(holders["Lefèvre"]),), (_tid(holders["Durand"]),))
    _open(monkeypatch, report)
    page.report_button.click()
    assert page.note.text().startswith(
        f"Rapport « rapport.xml » importé ({flow_id}) : 1 passage(s) accepté(s), 1 rejeté(s)."
    )
    states = _states(page)
    assert states["Éloïse Lefèvre"] == "Déclaré (accepté)"
    assert states["Éloïse Durand"] == "Rejeté : à corriger"
    assert _column(page, 5)[0] == REJECTED
    assert _column(page, 3)[1] == "—"  # declared: no more days to count
    assert _column(page, 4, files=True)[0] == "1 accepté(s), 1 rejeté(s)"
    page.report_button.click()
    assert page.note.text() == f"« rapport.xml » : ce rapport était déjà importé ({flow_id})."

    # Durand corrected: written again, alone; then a new file asked before it was said
    # deposited: « Oui » marks it deposited, and only Petit is left (not written).
    _correct(registry, holders["Durand"])
    state.changed.emit()  # as the Candidats tab does after saving the form
    assert _states(page)["Éloïse Durand"] == "Rejeté puis corrigé : à déclarer de nouveau"
    clock.advance(3600)
    third = tmp_path / "envois" / "flux-3.xml"
    _save_as(monkeypatch, third)
    answer_next_modal(click("write_without_them"))
    page.write_button.click()
    _box(page, "declaration_written")
    assert _valid_ids(third) == [_tid(holders["Durand"])]
    _save_as(monkeypatch, tmp_path / "envois" / "flux-4.xml")
    seen = answer_next_modal(_then(click("unsent_was_deposited"), click("cancel_declaration")))
    page.write_button.click()
    assert len(seen) == 1
    assert not (tmp_path / "envois" / "flux-4.xml").exists()
    assert _states(page)["Éloïse Durand"] == "Déposé, en attente du rapport"
    assert session_flows(registry, SESSION_ID)[0].sent_at is not None

    # Past the three months: overdue in words, and in the warning colour.
    _move_to(state, clock, datetime(2027, 10, 3, 10, 0, tzinfo=UTC))
    petit = _column(page, 0).index("Éloïse Petit")
    assert _column(page, 3)[petit] == "en retard de 3 jours"
    cell = page.decisions_model.index(petit, 3)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(active_colours().warning)
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    # The deposited file stops the count: only what is still to declare can be late.
    assert page.counts.text() == (
        "3 décision(s) de la session concernent la CDC, dont 1 en retard sur les trois mois "
        "pour la déclarer."
    )


def test_a_refused_export_is_said_and_writes_nothing(
    page: DeclarationPage, registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_as(*_args: object) -> tuple[str, str]:
        asked.append("?")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.write_button.click()  # no settings yet: said before asking where to write
    assert "client id must have 8 characters" in _box(page, "error_box")
    assert asked == []
    save_declaration_settings(registry, DeclarationSettings(client_id="ABCD1234", contract_id="C1"))
    page.write_button.click()
    assert "XML Schema of the CDC's kit" in _box(page, "error_box")
    assert asked == []
    # The kit's schema moved away since it was chosen: said on the page, and by the export.
    kit = tmp_path / "kit.xsd"
    kit.write_bytes(SCHEMA.read_bytes())
    configure(registry, kit)
    kit.unlink()
    page.state.changed.emit()
    assert "kit.xsd" in page.summary.text() and "(version" not in page.summary.text()
    _save_as(monkeypatch, tmp_path / "flux.xml")
    page.write_button.click()
    assert "kit.xsd" in _box(page, "error_box")
    assert not (tmp_path / "flux.xml").exists()


def test_with_social_security_numbers_kept_the_authority_opens_them(
    page: DeclarationPage,
    registry: Registry,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(registry)
    save_declaration_settings(registry, replace(declaration_settings(registry), keep_nir=True))
    _save_as(monkeypatch, tmp_path / "flux.xml")
    page.write_button.click()
    # No authority on this computer: said before anything is asked, nothing written.
    assert "create one first" in _box(page, "error_box")
    assert not (tmp_path / "flux.xml").exists()
    authority = create_authority("Certification RS6247", clock.now())
    save_authority(authority, organiser_secrets, organiser_dir(home))
    answer_next_modal(click("write_without_them"))
    page.write_button.click()
    assert "Elle déclare 2 titulaire(s)" in _box(page, "declaration_written")
    assert len(_valid_ids(tmp_path / "flux.xml")) == 2


def _correct(registry: Registry, candidate_id: str) -> None:
    with registry.read() as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        draft, version = draft_of(candidate), candidate.version
    edit_candidate(registry, candidate_id, replace(draft, birth_year=1987), version)


# ---------------------------------------------------------------------- the Results board


def test_the_results_board_says_where_each_decision_stands_with_the_cdc(
    qtbot: QtBot,
    state: OrganiserState,
    registry: Registry,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from jury_desk.registry.declaration_export import export_declaration
    from jury_desk.registry.declaration_tracking import mark_sent
    from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
    from jury_desk.registry.sessions import create_session
    from jury_desk.ui.organiser.results_page import ResultsPage
    from tests.bundle_factory import make_setting
    from tests.core.registry.builders import session_draft
    from tests.core.registry.test_jury_play import _candidate, _enrol

    setting = make_setting(tmp_path / "people", clock.now(), fast_secrets=True)
    create_session(registry, session_draft())
    form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice", "Chevalier")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    decide(registry, ids[0])
    decide(registry, ids[1], Outcome.NOT_CERTIFIED)  # nothing to declare; Chevalier: awaited
    clock.advance((datetime(2027, 9, 18, 10, 0, tzinfo=UTC) - clock.now()).total_seconds())
    page = ResultsPage(state)
    qtbot.addWidget(page)
    state.set_session(SESSION_ID)
    model = page.candidates_model
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Déclaration CDC"

    def column() -> list[str]:
        return [str(model.index(row, 5).data()) for row in range(model.rowCount())]

    assert column() == ["À déclarer, 12 jours restants", "—", "—"]
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    _move_to(state, clock, datetime(2027, 10, 3, 10, 0, tzinfo=UTC))
    assert column()[0] == "À déclarer, en retard de 3 jours"
    cell = model.index(0, 5)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(active_colours().warning)
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    configure(registry)
    written = export_declaration(registry, SESSION_ID, tmp_path / "flux.xml")
    mark_sent(registry, written.flow_id)
    state.changed.emit()
    # Deposited: the three months no longer count down; the CDC's report is awaited.
    assert column()[0] == "Déposé, en attente du rapport"
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None


# ---------------------------------------------------------------------- keyboard, window


def test_the_page_and_its_dialog_are_reached_and_named_from_the_keyboard(
    qtbot: QtBot,
    page: DeclarationPage,
    registry: Registry,
    qtmodeltester: ModelTester,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    configure(registry)
    page.state.changed.emit()
    qtmodeltester.check(page.decisions_model)
    qtmodeltester.check(page.flows_model)
    page.show()
    assert keyboard_problems(page) == []
    dialog = DeclarationSettingsDialog(page.settings, lambda _settings: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert tab_walk(qtbot, dialog) == []
    # A dialog of its own: the window's Alt+letters are not taken while it is open.
    assert [p for p in mnemonic_problems(dialog) if "the window's" not in p] == []


def test_the_window_opens_the_declaration_tab_with_alt_a_grave(
    qtbot: QtBot, state: OrganiserState, holders: dict[str, str]
) -> None:
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.tabs, Qt.Key.Key_Agrave, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.declaration_page
    assert window.declaration_page.decisions_model.rowCount() == 3
