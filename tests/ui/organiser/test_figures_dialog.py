"""« Chiffres pour le renouvellement… »: a session played by its jury to results (one
certified, one not, one absent), imported; the dialog shows the counts, the chart read out in
words, the pass rate with its base, where candidates fail, the delays (to the declaration
to the Caisse des Dépôts too) and the jurors' agreement, for the session or its year; the
CSV and the PDF report are written where chosen, the window naming the file only; every
control is reached and named; the window's Fichier menu opens it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from jury_desk.models import Outcome
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.models import Decision
from jury_desk.registry.results_inbox import import_results
from jury_desk.registry.sessions import create_session
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.figures_dialog import FIGURES_FOLDER_SETTING, FiguresDialog
from jury_desk.ui.organiser.state import OrganiserState
from jury_desk.ui.organiser.window import OrganiserWindow
from tests.bundle_factory import Setting
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate, _enrol
from tests.core.registry.test_registry_figures import _declare
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results
from tests.helpers.registry_template import new_registry
from tests.ui.organiser.conftest import ORGANISER, SECRETS_PASSPHRASE

NAMES = ("Arnaud", "Bérénice", "Chen")
OUTCOMES = (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT)


def play_session(registry: Registry, setting: Setting, tmp_path: Path) -> dict[str, str]:
    """Three candidates heard by Jury 1 (Arnaud certified, Bérénice not, Chen absent), the
    bundle played to results and the results imported; their ids by birth name."""
    create_session(registry, session_draft())
    jury_id = form_jury(registry, SESSION_ID, *_enrol(registry, setting, tmp_path))
    ids = {name: _candidate(registry, name) for name in NAMES}
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    bundle = tmp_path / "jury-1.jdbundle"
    issue_bundle(registry, jury_id, bundle, setting.authority)
    asked = {ids[name]: outcome for name, outcome in zip(NAMES, OUTCOMES, strict=True)}
    results = tmp_path / "jury-1.jdresults"
    play_to_results(
        bundle, setting.chair, setting.member, FakeClock(AFTER_THE_INTERVIEWS), asked, results
    )
    import_results(registry, results, setting.authority)
    return ids


@pytest.fixture
def french_numbers() -> Iterator[None]:
    """The window in French, as install_translations sets it: « 50,0 »."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


# The time of the `clock` fixture, and of the registry's clock when the template was made.
CLOCK_START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `dialog` starts from, made once for the module: the organiser's data folder (its
    registry, the session played to results and imported: see `play_session`), the people
    and the jury's files, in a folder of its own that each test of the dialog copies into
    its tmp_path (see `home`), to change as it likes."""
    root = tmp_path_factory.mktemp("figures-dialog")
    clock = FakeClock(CLOCK_START)
    with new_registry(root, clock, ORGANISER, SECRETS_PASSPHRASE) as made:
        play_session(made.registry, made.setting, root)
    return root


@pytest.fixture
def home(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The organiser's data folder: for a test of the dialog (one asking for `dialog`), in
    this test's own copy of the module's template; for the others, new and empty."""
    if "dialog" in request.fixturenames:
        shutil.copytree(request.getfixturevalue("template"), tmp_path, dirs_exist_ok=True)
        return tmp_path / "home"
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def dialog(
    qtbot: QtBot,
    state: OrganiserState,
    home: Path,
    french_numbers: None,
) -> FiguresDialog:
    state.set_session(SESSION_ID)
    dialog = FiguresDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: FiguresDialog, column: int) -> list[str]:
    model = dialog.counts_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_the_dialog_shows_the_figures_and_exports_them(
    dialog: FiguresDialog,
    state: OrganiserState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    periods = [dialog.period.itemText(i) for i in range(dialog.period.count())]
    assert periods == ["Session en cours : Session de mai 2027", "Année 2027"]
    assert _column(dialog, 0) == [
        "Candidatures",
        "Recevables",
        "Retenues pour l’entretien",
        "Entendus et décidés (certifiés ou non)",
        "Certifiés",
        "Non certifiés",
        "Absents",
        "Ajournés",
    ]
    assert _column(dialog, 1) == ["3", "3", "3", "2", "1", "1", "1", "0"]
    qtmodeltester.check(dialog.counts_model)
    qtmodeltester.check(dialog.levels_model)

    chart = QAccessible.queryAccessibleInterface(dialog.chart)
    assert chart.text(QAccessible.Text.Name) == "Graphique des décisions"
    assert chart.text(QAccessible.Text.Description) == (
        "Décisions — Certifiés : 1 ; Non certifiés : 1 ; Absents : 1 ; Ajournés : 0."
    )
    assert dialog.chart.grab().width() > 0  # painted without error
    assert dialog.pass_rate.text() == (
        "Taux de réussite : 50,0 % des 2 candidats entendus et décidés "
        "(les absents et les ajournés ne sont pas dans la base)."
    )
    assert dialog.failing.text().startswith(
        "Où les candidats non certifiés échouent (compétences non validées) : C"
    )
    assert dialog.delay.text().startswith("Délai médian de l’entretien à la décision : ")
    # The two candidates heard were given a level in every competency.
    levels = dialog.levels_model
    assert levels.rowCount() >= 1
    for row in range(levels.rowCount()):
        counts = [int(levels.index(row, c).data()) for c in range(1, levels.columnCount())]
        assert sum(counts) == 2

    # The CSV, where the organiser chose (its suffix added), named by its file only.
    out = tmp_path / "rapports"
    out.mkdir()
    asked = _save_as(monkeypatch, out / "chiffres-mai")
    dialog.csv_button.click()
    assert len(asked) == 1 and Path(asked[0]).name == "chiffres-Session-de-mai-2027.csv"
    data = (out / "chiffres-mai.csv").read_bytes().decode("utf-8")
    assert data.startswith("\ufeffPériode;") and ";50,0;" in data
    assert dialog.note.text() == "Enregistré dans « chiffres-mai.csv »."
    assert state.context.settings.value(FIGURES_FOLDER_SETTING) == str(out)

    # The PDF report, the next save dialog opening where the CSV went.
    asked = _save_as(monkeypatch, out / "rapport.pdf")
    dialog.pdf_button.click()
    assert asked == [str(out / "chiffres-Session-de-mai-2027.pdf")]
    report = out / "rapport.pdf"
    assert report.read_bytes().startswith(b"%PDF")
    assert dialog.note.text() == "Enregistré dans « rapport.pdf »."
    assert str(tmp_path) not in dialog.note.text()
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        text = subprocess.run(
            [pdftotext, str(report), "-"], check=True, capture_output=True, text=True
        ).stdout.replace("\u202f", " ")
        assert "50,0 % des 2 candidats entendus et décidés" in " ".join(text.split())

    # The year: the same session, so the same counts.
    dialog.period.setCurrentIndex(1)
    assert dialog.figures is not None and dialog.figures.label == "2027"
    assert _column(dialog, 1)[0] == "3"


def test_the_dialog_shows_the_jurors_agreement_and_the_delays_after_the_decision(
    dialog: FiguresDialog, registry: Registry
) -> None:
    # Both jurors of the play gave the same levels: 2 heard × 8 competencies.
    assert dialog.agreement.text() == (
        "Accord des jurés : 100,0 % des 16 paires de niveaux données par les deux jurés, sur "
        "1 jury(s) (16 paires identiques). Kappa pondéré du jury : 1,00."
    )
    assert dialog.agreement.accessibleName() == dialog.agreement.text()
    assert dialog.after_decision.text() == (
        "Délais médians depuis la décision — lettre : aucune lettre émise ; déclaration à la "
        "Caisse des Dépôts : aucune déclaration acceptée."
    )

    with registry.read() as session:
        certified = select(Decision.candidate_id).where(Decision.outcome == Outcome.CERTIFIED)
        candidate_id = session.scalars(certified).one()
    _declare(registry, candidate_id)  # accepted in the file sent 26 days after the decision
    dialog.show_period()
    assert dialog.after_decision.text().endswith(
        "déclaration à la Caisse des Dépôts (envoi du fichier accepté) : 26 jour(s), sur 1 "
        "titulaire(s)."
    )


def test_every_control_is_reached_and_named(
    dialog: FiguresDialog, keyboard_problems: Callable[[QWidget], list[str]]
) -> None:
    assert keyboard_problems(dialog) == []


def test_without_a_session_there_is_nothing_to_count(
    qtbot: QtBot, state: OrganiserState, french_numbers: None
) -> None:
    dialog = FiguresDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.period.count() == 0 and dialog.figures is None
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert dialog.pass_rate.text() == "Aucune session : créez-en une dans l’onglet Session."


def test_the_fichier_menu_opens_it(qtbot: QtBot, state: OrganiserState) -> None:
    window = OrganiserWindow(state)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "figures_action")
    assert action is not None and action.text() == "&Chiffres pour le renouvellement…"
    action.trigger()
    dialogs = window.findChildren(FiguresDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
