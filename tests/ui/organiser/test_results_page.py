"""The Results tab: a registry-issued bundle played by its jury to a results file, then the
file imported through the page (chosen with a damaged one, then dropped again): the summary
says each file in words, by its name only; the board shows the outcomes, the results
received, and a jury late in words while its results are awaited past their due date."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.kernel.paths import organiser_dir
from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.results_board import session_board
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import save_authority
from jury_desk.ui.organiser.results_models import day_text
from jury_desk.ui.organiser.results_page import RESULTS_FOLDER_SETTING, ResultsPage
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from tests.bundle_factory import Juror, Setting, secret_store
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results
from tests.helpers.registry_template import new_registry
from tests.ui.organiser.conftest import ORGANISER, SECRETS_PASSPHRASE

CLOCK_START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
PLAYED = Path("reçus") / "jury-1.jdresults"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Setting]:
    """What `played` starts from, made once for the module: the organiser's data folder
    (registry, authority), the people and the results file, in a folder of its own that
    each test copies into its tmp_path (see `home`), to change as it likes."""
    root = tmp_path_factory.mktemp("results-page")
    clock = FakeClock(CLOCK_START)  # the time of the `clock` fixture
    with new_registry(root, clock, ORGANISER, SECRETS_PASSPHRASE) as made:
        _play(made.registry, made.setting, made.home, made.secrets, root)
    return root, made.setting


def _play(
    registry: Registry,
    setting: Setting,
    home: Path,
    organiser_secrets: PassphraseFileSecretStore,
    root: Path,
) -> None:
    """A session of two candidates with Jury 1, its bundle issued by this registry and
    played to a results file (Arnaud certified, Bérénice absent); the authority that
    issued it is the organiser's, in the data folder the page reads it from."""
    save_authority(setting.authority, organiser_secrets, organiser_dir(home))
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, root))
    ids = [_candidate(registry, name) for name in ("Arnaud", "Bérénice")]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = root / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[0]: Outcome.CERTIFIED, ids[1]: Outcome.ABSENT}
    out = root / PLAYED
    out.parent.mkdir()
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, out
    )


@pytest.fixture
def home(template: tuple[Path, Setting], tmp_path: Path) -> Path:
    """This test's own copy of the module's template; the organiser's data folder in it."""
    shutil.copytree(template[0], tmp_path, dirs_exist_ok=True)
    return tmp_path / "home"


@pytest.fixture
def setting(template: tuple[Path, Setting], home: Path, tmp_path: Path) -> Setting:
    """The template's people, in this test's copy."""
    made, root = template[1], tmp_path / "people"

    def copied(juror: Juror) -> Juror:
        juror_home = root / juror.home.name
        return Juror(juror_home, juror.identity, secret_store(juror_home))

    return replace(
        made,
        root=root,
        chair=copied(made.chair),
        member=copied(made.member),
        folder=root / "folder",
    )


@pytest.fixture
def played(home: Path, tmp_path: Path) -> Path:
    """The results file of the template's session, in this test's copy."""
    return tmp_path / PLAYED


@pytest.fixture
def page(qtbot: QtBot, state: OrganiserState, played: Path) -> ResultsPage:
    page = ResultsPage(state)
    qtbot.addWidget(page)
    state.set_session(SESSION_ID)
    return page


def _column(page: ResultsPage, table: str, column: int) -> list[str]:
    model = page.candidates_model if table == "candidates" else page.juries_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _summary(page: ResultsPage) -> str:
    boxes = page.findChildren(QMessageBox, "results_import_summary")
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    boxes[0].setParent(None)  # the next import's box is then the only one
    return text


def _move_to(clock: FakeClock, moment: datetime) -> None:
    clock.advance((moment - clock.now()).total_seconds())


def test_results_chosen_then_dropped_fill_the_board(
    page: ResultsPage,
    state: OrganiserState,
    registry: Registry,
    played: Path,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before the results: both candidates awaited, the jury's results awaited, not late yet.
    assert _column(page, "candidates", 0) == ["Camille Arnaud", "Camille Bérénice"]
    assert _column(page, "candidates", 1) == ["Jury 1", "Jury 1"]
    # In Paris (UTC+2 in May): the first sitting opens at 9:00, slots of 75 minutes.
    assert [text[-5:] for text in _column(page, "candidates", 2)] == ["09:00", "10:15"]
    assert _column(page, "candidates", 4) == ["en attente", "en attente"]
    [jury] = session_board(registry, SESSION_ID).juries
    assert jury.due_on is not None
    due = day_text(jury.due_on)
    assert _column(page, "juries", 1) == ["2"]
    assert _column(page, "juries", 2) == [f"attendus pour le {due}"]
    assert page.counts.text() == (
        "Décisions (2 candidat·e(s)) — Certifié·e : 0 ; Non certifié·e : 0 ; Absent·e : 0 ; "
        "Ajourné·e : 0 ; en attente : 2."
    )

    # Thirteen days past the due date, still nothing: the jury is said late, in words.
    _move_to(clock, datetime.combine(jury.due_on + timedelta(days=13), datetime.min.time(), UTC))
    state.changed.emit()
    assert _column(page, "juries", 2) == [f"attendus pour le {due}, en retard de 13 jours"]
    assert all(
        text.startswith("en attente, en retard de ") for text in _column(page, "candidates", 4)
    )
    late_font = page.juries_model.index(0, 2).data(Qt.ItemDataRole.FontRole)
    assert late_font is not None and late_font.bold()

    # Chosen in the file dialog with a damaged file: each said, by its name only.
    damaged = played.parent / "abîmé.jdresults"
    damaged.write_bytes(b"not a results file at all")
    chosen = ([str(damaged), str(played)], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_args: chosen))
    page.import_button.click()
    assert page.progress is not None
    assert page.progress.steps_seen == [
        "Fichier 1 sur 2 : abîmé.jdresults…",
        "Fichier 2 sur 2 : jury-1.jdresults…",
    ]
    text = _summary(page)
    lines = text.splitlines()
    assert lines[0] == "1 fichier(s) importé(s), 0 déjà importé(s), 1 refusé(s) :"
    assert lines[1].startswith("– ") and "abîmé.jdresults" in lines[1]
    assert lines[2] == "– jury-1.jdresults — Jury 1 : 2 décisions"
    assert str(tmp_path) not in text and "/" not in lines[1]
    assert state.context.settings.value(RESULTS_FOLDER_SETTING) == str(played.parent)
    assert "jury-1.jdresults — Jury 1 : 2 décisions" in page.note.text()

    # The board: the outcomes in words, the jury's results received today, the counts.
    assert _column(page, "candidates", 4) == ["Certifié·e", "Absent·e"]
    full = page.candidates_model.index(0, 4).data(Qt.ItemDataRole.AccessibleTextRole)
    assert full.startswith("Certifié·e, décision du ")
    received = day_text(clock.now().date())
    assert _column(page, "juries", 2) == [f"reçus le {received}"]
    assert page.juries_model.index(0, 2).data(Qt.ItemDataRole.FontRole) is None
    assert page.counts.text() == (
        "Décisions (2 candidat·e(s)) — Certifié·e : 1 ; Non certifié·e : 0 ; Absent·e : 1 ; "
        "Ajourné·e : 0 ; en attente : 0."
    )

    # The same file dropped on the page again: said, and nothing entered twice.
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(played))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert drop.isAccepted()
    assert _summary(page).splitlines() == [
        "0 fichier(s) importé(s), 1 déjà importé(s), 0 refusé(s) :",
        "– jury-1.jdresults — déjà importé (Jury 1)",
    ]
    assert session_board(registry, SESSION_ID).outcomes == {
        Outcome.CERTIFIED: 1,
        Outcome.ABSENT: 1,
    }
    assert page.import_button.isEnabled()

    # Another session chosen (here: none): the board follows.
    state.set_session("")
    assert page.candidates_model.rowCount() == 0 and page.juries_model.rowCount() == 0
    assert page.counts.text() == "Aucune session : créez-en une dans l’onglet Session."


def test_without_the_authority_the_import_is_refused_in_words(
    page: ResultsPage,
    home: Path,
    played: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for file in organiser_dir(home).iterdir():
        file.unlink()  # another computer's registry, its authority not restored here
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_args: ([str(played)], ""))
    )
    page.import_button.click()
    box = page.findChild(QMessageBox, "error_box")
    assert box is not None and "create one first" in box.text()
    assert str(home) not in box.text()
    assert page.import_button.isEnabled()
    assert _column(page, "candidates", 4) == ["en attente", "en attente"]


def test_the_page_is_reached_and_named_from_the_keyboard(
    page: ResultsPage,
    qtmodeltester: ModelTester,
    keyboard_problems: Callable[[QWidget], list[str]],
) -> None:
    qtmodeltester.check(page.candidates_model)
    qtmodeltester.check(page.juries_model)
    page.show()
    assert keyboard_problems(page) == []


def test_the_window_opens_the_results_tab_with_alt_e_acute(
    qtbot: QtBot, state: OrganiserState, played: Path
) -> None:
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.tabs, Qt.Key.Key_Eacute, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.results_page
    assert window.results_page.candidates_model.rowCount() == 2


def test_a_correction_goes_in_with_the_reason_asked(
    qtbot: QtBot,
    page: ResultsPage,
    registry: Registry,
    setting: Setting,
    played: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import select

    from jury_desk.chair.deliberation import Deliberator
    from jury_desk.minutes.cosign import cosign_minutes
    from jury_desk.minutes.export import export_minutes
    from jury_desk.minutes.importing import import_minutes
    from jury_desk.registry.models import Decision
    from jury_desk.results.export import export_results
    from jury_desk.session.workspaces import open_session_workspace
    from jury_desk.signing.authority import known_session

    page.import_paths([played])
    _summary(page)
    jury_id = f"{SESSION_ID}-jury-1"
    clock = FakeClock(AFTER_THE_INTERVIEWS + timedelta(days=3))
    chair, member = setting.chair, setting.member
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        absent = next(d.candidate_id for d in _current(registry) if d.outcome is Outcome.ABSENT)
        Deliberator(workspace, clock).decide(
            absent, Outcome.POSTPONED, "Absence excusée.", "Justificatif reçu après coup."
        )
        minutes = export_minutes(workspace, chair.home, chair.identity, clock)
    with open_session_workspace(member.home, jury_id, member.secrets, clock) as workspace:
        cosigned = cosign_minutes(minutes.pdf, workspace, member.home, member.identity, clock)
    corrected = tmp_path / "jury-1-rectifie.jdresults"
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        known = known_session(chair.home, workspace)
        import_minutes(workspace, cosigned, {jury_id: known}, clock)
        export_results(workspace, corrected, known, clock)

    asked: list[str] = []

    def reason(_parent: QWidget, _title: str, text: str) -> tuple[str, bool]:
        asked.append(text)
        return "Justificatif d’absence reçu le 21 mai.", True

    monkeypatch.setattr("jury_desk.ui.organiser.results_page.QInputDialog.getMultiLineText", reason)
    page.import_paths([corrected])
    boxes = page.findChildren(QMessageBox, "results_import_summary")
    texts = [box.text() for box in boxes]
    for box in boxes:
        box.close()
    # The window's tests load no core catalogue: the core's words are the English ones.
    assert asked and "decisions already recorded for Camille Bérénice" in asked[0]
    assert any("Jury 1 : 2 décisions" in text for text in texts)
    with registry.read() as session:
        corrections = [
            d.correction_reason
            for d in session.scalars(select(Decision).where(Decision.superseded_by.is_(None)))
            if d.correction_reason
        ]
    assert corrections == ["Justificatif d’absence reçu le 21 mai."]


def _current(registry: Registry) -> list[object]:
    from sqlalchemy import select

    from jury_desk.registry.models import Decision

    with registry.read() as session:
        return list(session.scalars(select(Decision).where(Decision.superseded_by.is_(None))))
