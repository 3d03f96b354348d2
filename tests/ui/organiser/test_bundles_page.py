"""The Bundles tab: a session prepared through the core (jurors enrolled, a jury, candidates
placed), then the page shows who receives what, waits for what blocks, and builds a bundle
locked by a passphrase of words that the chair opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.kernel.paths import organiser_dir
from jury_desk.models.enums import ApplicationStatus, DocumentKind, JurorKind
from jury_desk.registry.candidates import NewDocument, add_candidate, set_status
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.jurors import JurorProfile, accept_request, read_request
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import save_authority
from jury_desk.trust.enrolment import make_request
from jury_desk.ui.organiser.bundles_page import BundlesPage
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.shell.background import ThreadPoolRunner
from tests.bundle_factory import Setting, make_setting
from tests.core.registry.builders import SESSION_ID, candidate_draft, session_draft
from tests.factories import FakeClock

DECK = b"%PDF-1.7 deck " * 50


@pytest.fixture
def setting(tmp_path: Path, clock: FakeClock) -> Setting:
    return make_setting(tmp_path / "people", clock.now(), fast_secrets=True)


@pytest.fixture
def jury_id(registry: Registry, setting: Setting, tmp_path: Path) -> str:
    """A session, its two jurors enrolled, a jury of them; no candidate placed yet."""
    create_session(registry, session_draft())
    ids = []
    for juror, kind, incubator in (
        (setting.chair, JurorKind.PORTFOLIO_MANAGER, "Fabrique numérique des ministères sociaux"),
        (setting.member, JurorKind.CERTIFIED_INTRAPRENEUR, "Incubateur de la DINUM"),
    ):
        path = tmp_path / f"{juror.identity.email}.json"
        path.write_bytes(make_request(juror.identity).to_json())
        profile = JurorProfile(kind, incubator)
        ids.append(accept_request(registry, read_request(path), profile, codes_matched=True))
    return form_jury(registry, SESSION_ID, ids[0], ids[1])


def _place_candidates(registry: Registry) -> None:
    documents = tuple(
        NewDocument(kind, kind.value, f"{kind.value}.pdf", "application/pdf", DECK)
        for kind in (DocumentKind.USER_INTERVIEWS, DocumentKind.MOCKUPS, DocumentKind.DECK)
    )
    for name in ("Arnaud", "Bérénice"):
        draft = candidate_draft(name, "Camille")
        candidate_id = add_candidate(registry, SESSION_ID, draft, documents)
        set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED)
    assert apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID)) == 2


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, jury_id: str) -> BundlesPage:
    page = BundlesPage(state)
    qtbot.addWidget(page)
    state.set_session(SESSION_ID)
    return page


def test_a_bundle_made_from_the_page_opens_for_the_chair(
    page: BundlesPage,
    state: OrganiserState,
    registry: Registry,
    setting: Setting,
    jury_id: str,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in range(5)] == [
        "Jury 1",
        "Claire Présidente",
        "Łukasz Membre",
        "0",
        "aucun",
    ]
    assert "– No candidate is placed with Jury 1 yet." in page.details.toPlainText()
    assert not page.create_button.isEnabled()

    _place_candidates(registry)
    state.changed.emit()
    summary = page.details.toPlainText()
    assert "Paquet de Jury 1, version 1." in summary
    assert "– Claire Présidente <claire@jury.example.org>, président·e du jury" in summary
    assert "– Łukasz Membre <lukasz@jury.example.org>, membre du jury" in summary
    assert "Candidats (2) :" in summary and "Camille Arnaud, le " in summary
    assert "À régler" not in summary
    assert not page.create_button.isEnabled() and page.authority_hint.isVisibleTo(page)

    save_authority(setting.authority, organiser_secrets, organiser_dir(home))
    state.changed.emit()
    assert page.create_button.isEnabled() and not page.authority_hint.isVisibleTo(page)

    page.with_passphrase.click()
    words = page.passphrase.text().split()
    assert len(words) == 6 and page.passphrase.isReadOnly()
    page.generate_button.click()
    assert page.passphrase.text().split() != words  # a new one (1 682⁶ possibilities)
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.passphrase.text()
    passphrase = page.passphrase.text()

    output = tmp_path / "envois" / "jury-1.jdbundle"
    output.parent.mkdir()
    suggested: list[str] = []

    def save_as(_parent: QWidget, _title: str, proposed: str, *_rest: object) -> tuple[str, str]:
        suggested.append(Path(proposed).name)
        return str(output), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.create_button.click()

    assert suggested == [f"{jury_id}-v1.jdbundle"]
    assert page.progress is not None
    assert page.progress.steps_seen == [  # type: ignore[attr-defined]
        "1/3 — Chargement des clés de l’autorité…",
        "2/3 — Chiffrement et signature du paquet de Jury 1…",
        "3/3 — Inscription du paquet dans le registre…",
    ]
    box = page.findChild(QMessageBox, "bundle_done_box")
    assert box is not None
    text = box.text()
    assert text.startswith("Le paquet jury-1.jdbundle est créé (version 1 de Jury 1).")
    assert "Claire Présidente <claire@jury.example.org>" in text and "Łukasz Membre" in text
    assert "par un autre moyen" in text and str(tmp_path) not in text

    opened = setting.chair.open(output, clock, passphrase)
    assert sorted(c.name for c in opened.manifest.spec.candidates) == [
        "Camille Arnaud",
        "Camille Bérénice",
    ]
    assert page.model.index(0, 4).data().startswith("version 1, le ")
    assert "Paquet de Jury 1, version 2." in page.details.toPlainText()


def test_a_session_without_juries_says_so(
    qtbot: QtBot, state: OrganiserState, registry: Registry
) -> None:
    page = BundlesPage(state)
    qtbot.addWidget(page)
    assert page.details.toPlainText() == "Aucune session : créez-en une dans l’onglet Session."
    create_session(registry, session_draft("rs6247-2027-11"))
    state.set_session("rs6247-2027-11")
    assert page.details.toPlainText().startswith("Cette session n’a pas encore de jury")
    assert not page.create_button.isEnabled()


def test_a_bundle_is_built_on_a_worker_thread_behind_its_progress(
    qtbot: QtBot,
    page: BundlesPage,
    state: OrganiserState,
    registry: Registry,
    setting: Setting,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _place_candidates(registry)
    save_authority(setting.authority, organiser_secrets, organiser_dir(home))
    runner = ThreadPoolRunner()
    monkeypatch.setattr(state.context, "runner", runner)
    state.changed.emit()
    output = tmp_path / "jury-1-v1.jdbundle"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(output), ""))
    )
    page.create_button.click()
    assert page.progress is not None and page.progress.isVisible()  # shown at once
    qtbot.waitUntil(
        lambda: page.findChild(QMessageBox, "bundle_done_box") is not None, timeout=60_000
    )
    runner.wait()
    assert not page.progress.isVisible()
    assert [step[:3] for step in page.progress.steps_seen] == ["1/3", "2/3", "3/3"]  # type: ignore[attr-defined]
    opened = setting.member.open(output, clock)
    assert opened.manifest.spec.version == 1


def test_every_control_is_reached_with_tab_and_named(
    qtbot: QtBot,
    page: BundlesPage,
    state: OrganiserState,
    registry: Registry,
    setting: Setting,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    _place_candidates(registry)
    save_authority(setting.authority, organiser_secrets, organiser_dir(home))
    state.changed.emit()
    page.with_passphrase.setChecked(True)
    assert page.create_button.isEnabled()
    page.show()
    qtbot.waitExposed(page)
    assert keyboard_problems(page) == []


def test_the_juries_model_keeps_qts_rules(qtmodeltester: ModelTester, page: BundlesPage) -> None:
    qtmodeltester.check(page.model)
