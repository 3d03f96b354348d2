"""Two people from start to finish, through the window only.

A brand-new juror, from an empty data folder to a signed sheet; a chair, from
the member's signed sheets to the results file the organiser opens. Menus and
buttons are triggered and dialogs answered as a person would; the core is
called only for what other people do elsewhere (the organiser's folder and
bundle, the other juror's sheets and co-signature, what the chair did before
this sitting) and to check the results. The native file dialogs, which cannot
be driven offscreen, are replaced by functions answering a path, as in
tests/ui/test_minutes.py; the key file's passphrase is chosen in the window's
own dialog (no keyring here).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from jury_desk.bundle.folder.writing import write_folder
from jury_desk.juror.editing import ScoringEditor
from jury_desk.juror.interview.state import ClockStatus
from jury_desk.kernel.paths import secrets_file
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.export import latest_minutes
from jury_desk.models import Outcome
from jury_desk.models.enums import JurorRole
from jury_desk.results.verify import open_results
from jury_desk.secrets import PassphraseFileSecretStore, SecretStore
from jury_desk.session.progress import Progress, Step
from jury_desk.session.spec import JurorSpec
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet, signed_sheets
from jury_desk.store.workspace import Workspace
from jury_desk.trust.enrolment import EnrolmentRequest, make_request
from jury_desk.trust.keys import cert_comparison_code
from jury_desk.ui.clock.strip import ClockStrip
from jury_desk.ui.deliberation.view import DeliberationView
from jury_desk.ui.flows.gui_passphrase import DialogPassphraseSource
from jury_desk.ui.flows.identity_dialogs import IdentityAssistant
from jury_desk.ui.flows.import_flow import ImportReport
from jury_desk.ui.flows.minutes_dialog import MinutesDialog
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from jury_desk.ui.flows.sign_dialog import SignDialog
from jury_desk.ui.flows.trust_dialog import TrustDialog
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import BUNDLE_PASSPHRASE, Juror, Setting, make_setting
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.modal_answer import answer_next_modal, click

NAME, EMAIL = "Anaïs Juré", "anais@jury.example.org"
KEY_FILE_PASSPHRASE = "phrase du fichier de clés d'Anaïs"
NOT_ACQUIRED, PASSING, EXPERT = 1, 2, 3  # ranks of the small referential's scale
COSIGNATURE_STEP = (
    "Étape suivante : faire cosigner le procès-verbal (révision 1) par le membre du jury, "
    "puis l’importer — Fichier › Importer des grilles…"
)
COMMENT = "Budget a preciser : pas de plan au-dela de 2027."  # QTest types ASCII only


# ------------------------------------------------------------ the native file dialogs


@dataclass
class FileDialogs:
    """What the person answers in the next file dialogs, in order; what each save proposed."""

    saves: list[Path] = field(default_factory=list)
    opens: list[Path] = field(default_factory=list)
    many: list[list[Path]] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    """Stands in for QFileDialog's static functions, as `saves` and `opens` in test_minutes."""
    queued = FileDialogs()

    def get_save_file_name(
        _parent: QWidget, _caption: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        queued.proposed.append(Path(proposed).name)
        return (str(queued.saves.pop(0)), "") if queued.saves else ("", "")

    def get_open_file_name(*_args: object) -> tuple[str, str]:
        return (str(queued.opens.pop(0)), "") if queued.opens else ("", "")

    def get_open_file_names(*_args: object) -> tuple[list[str], str]:
        return ([str(p) for p in queued.many.pop(0)], "") if queued.many else ([], "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    return queued


# ------------------------------------------------------------------- shared steps


def _window(qtbot: QtBot, home: Path, secrets: SecretStore, clock: FakeClock) -> MainWindow:
    """The window as `jury-desk window` makes it (a synchronous runner, settings of the test's)."""
    settings = QSettings(str(home.parent / f"{home.name}.ini"), QSettings.Format.IniFormat)
    context = WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    SessionOpener(window, home.parent / "demo")
    window.show()
    return window


def _press_ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "passphrase_buttons")
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _next_step(window: MainWindow) -> str:
    assert window.page is not None
    return window.page.next_step.text()


def _errors(window: MainWindow) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()]


def _pdfsig_says_valid(path: Path) -> str:
    report = subprocess.run(
        [require_tool("pdfsig"), str(path)], capture_output=True, text=True, check=False
    )
    assert "Signature is Valid." in report.stdout, report.stdout + report.stderr
    return report.stdout


# ------------------------------------------------------------- 1. a brand-new juror


def _first_start(window: MainWindow, dialogs: FileDialogs, request: Path) -> dict[str, str]:
    """The assistant a first start shows: name, e-mail, keys, the key file's passphrase chosen
    twice in its dialog, the enrolment request saved."""
    dialogs.saves.append(request)
    seen: dict[str, str] = {}

    def choose_key_file_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        seen["key file"] = dialog.windowTitle()
        dialog.field.setText(KEY_FILE_PASSPHRASE)
        dialog.confirmation.setText(KEY_FILE_PASSPHRASE)
        _press_ok(dialog)

    def assistant(dialog: QWidget) -> None:
        assert isinstance(dialog, IdentityAssistant)
        dialog.name.setText(NAME)
        dialog.email.setText(EMAIL)
        answer_next_modal(choose_key_file_passphrase)
        dialog.create_button.click()
        assert dialog.pages.currentIndex() == 1, dialog.problem.text()
        seen["code"] = dialog.key.code.text()
        dialog.save_request_button.click()
        seen["saved"] = dialog.saved.text()
        dialog.done_button.click()

    answer_next_modal(assistant)
    assert not window.identity_flow.has_identity()
    # What run_window (jury_desk/ui/shell/app.py) schedules when there is no identity yet.
    assert window.identity_flow.create()
    return seen


def _organiser_enrols(setting: Setting, request: Path, clock: FakeClock) -> Path:
    """The organiser, elsewhere: the juror's request in the session folder, the bundle built."""
    spec = setting.spec
    jurors = (spec.jurors[0], JurorSpec("member", NAME, EMAIL, JurorRole.MEMBER))
    spec = replace(spec, jurors=jurors)
    shutil.rmtree(setting.folder)
    requests = {
        "chair": make_request(setting.chair.identity).to_json(),
        "member": request.read_bytes(),
    }
    write_folder(setting.folder, spec, requests)
    setting.spec = spec
    return setting.build("session.jdbundle", clock)


def _open_the_bundle(window: MainWindow, dialogs: FileDialogs, bundle: Path) -> dict[str, str]:
    """Fichier › Ouvrir: the bundle's passphrase, then « Nouvel organisateur », trusted."""
    dialogs.opens.append(bundle)
    seen: dict[str, str] = {}

    def trust(dialog: QWidget) -> None:
        assert isinstance(dialog, TrustDialog)
        seen["code"] = dialog.code.text()
        seen["enabled before ticking"] = str(dialog.trust_button.isEnabled())
        dialog.compared.click()
        dialog.trust_button.click()

    def passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        seen["title"] = dialog.windowTitle()
        dialog.field.setText(BUNDLE_PASSPHRASE)
        answer_next_modal(trust)
        _press_ok(dialog)

    answer_next_modal(passphrase)
    window.open_action.trigger()
    return seen


def _score_during_the_interview(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """The clock started, each level chosen in its list (C3 not acquired, with a comment
    typed), the next phase, then the interview ended with its confirmation."""
    page = window.page
    assert page is not None
    strip = page.clock_strip
    strip.start_pause.click()
    assert _status(strip) is ClockStatus.RUNNING
    for code in COMPETENCY_CODES:
        clock.advance(120)
        level = page.grid.findChild(QComboBox, f"level_{code}")
        assert level is not None
        level.setFocus()
        level.setCurrentIndex(level.findData(NOT_ACQUIRED if code == "C3" else PASSING))
        if code == "C3":
            comment = page.grid.findChild(QWidget, "comment_C3")
            assert comment is not None
            comment.setFocus()
            QTest.keyClicks(comment, COMMENT)
    strip.next_phase_button.click()
    clock.advance(600)
    answered = answer_next_modal(click("clock_stop_confirm_yes"))
    strip.stop_button.click()
    qtbot.waitUntil(lambda: bool(answered))
    assert _status(strip) is ClockStatus.STOPPED


def _status(strip: ClockStrip) -> ClockStatus | None:
    state = strip.state
    return state.status if state is not None else None


def _sign(window: MainWindow, dialogs: FileDialogs, target: Path) -> list[QWidget]:
    """Fichier › Signer et exporter la grille…: the sign dialog confirmed, the file chosen."""
    dialogs.saves.append(target)
    seen = answer_next_modal(click("sign_confirm_button"))
    window.sign_export_action.trigger()
    return seen


def _check_first_start(window: MainWindow, dialogs: FileDialogs, request: Path) -> None:
    shown = _first_start(window, dialogs, request)
    assert shown["key file"] == "Choisir la phrase de passe du fichier de clés"
    assert shown["saved"] == "Demande enregistrée : demande.json"
    assert dialogs.proposed == ["demande-enrolement-Anais-Jure.json"]
    enrolment = EnrolmentRequest.from_json(request.read_bytes(), request.name)
    assert (enrolment.name, enrolment.email) == (NAME, EMAIL)


def _check_opening(
    window: MainWindow, dialogs: FileDialogs, bundle: Path, setting: Setting
) -> None:
    seen = _open_the_bundle(window, dialogs, bundle)
    assert _errors(window) == []
    assert seen == {
        "title": "Phrase de passe du paquet",
        "code": cert_comparison_code(setting.authority.certificate),
        "enabled before ticking": "False",
    }
    page = window.page
    assert page is not None
    assert page.desk.header().me_name == NAME
    assert _next_step(window) == "Étape suivante : signer vos grilles (2 candidat·e(s) à évaluer)."
    row = page.model.row_of("cand-1")
    assert row is not None
    page.candidates.selectRow(row)  # the first candidate of the day, clicked in the list
    assert page.current_candidate() == "cand-1"


def _check_signing(window: MainWindow, dialogs: FileDialogs, target: Path) -> None:
    page, workspace = window.page, window.workspace
    assert page is not None
    assert workspace is not None
    assert not page.desk.grid("cand-1").problems
    signing = _sign(window, dialogs, target)
    assert [type(dialog) for dialog in signing] == [SignDialog]
    assert _errors(window) == []
    message = window.statusBar().currentMessage()
    assert message == f"Grille signée (version 1) et enregistrée : {target}"
    sheets = signed_sheets(workspace, "cand-1")
    assert [sheet.version for sheet in sheets] == [1]
    assert target.read_bytes() == sheets[0].pdf
    assert page.desk.grid("cand-1").frozen
    assert NAME in _pdfsig_says_valid(target)  # signed with the key made at the first start
    assert _next_step(window) == "Étape suivante : signer vos grilles (1 candidat·e(s) à évaluer)."


@pytest.mark.slow
def test_a_new_juror_goes_from_an_empty_folder_to_a_signed_sheet(
    qtbot: QtBot, tmp_path: Path, dialogs: FileDialogs
) -> None:
    clock = FakeClock(datetime(2026, 11, 30, 9, 50, tzinfo=UTC))
    home = tmp_path / "anais"  # nothing there yet, not even the folder
    secrets = PassphraseFileSecretStore(secrets_file(home), DialogPassphraseSource())
    window = _window(qtbot, home, secrets, clock)
    request = tmp_path / "envoi" / "demande.json"
    request.parent.mkdir()
    _check_first_start(window, dialogs, request)

    setting = make_setting(tmp_path / "organiser", clock.now(), fast_secrets=True)
    bundle = _organiser_enrols(setting, request, clock)

    _check_opening(window, dialogs, bundle, setting)
    _score_during_the_interview(qtbot, window, clock)
    _check_signing(window, dialogs, tmp_path / "envoi" / "grille-zoe.pdf")
    window.close()


# ----------------------------------------------------------------- 2. the chair

# cand-1: the jurors disagree on C3 across the passing threshold (a casting vote);
# cand-2: both say C1 is not acquired, so the rule proposes « Non certifié·e ».
CHAIR_LEVELS = {"cand-1": {"C3": NOT_ACQUIRED}, "cand-2": {"C1": 0}}
MEMBER_LEVELS = {"cand-1": {"C3": EXPERT}, "cand-2": {"C1": 0}}


def _score_and_sign(
    workspace: Workspace,
    juror: Juror,
    setting: Setting,
    clock: FakeClock,
    levels: dict[str, dict[str, int]],
) -> list[bytes]:
    """A juror's sheets for both candidates, signed: what happened at the interviews."""
    editor = ScoringEditor(workspace)
    signed = []
    for candidate_id, special in levels.items():
        for code in COMPETENCY_CODES:
            editor.set_level(candidate_id, code, special.get(code, PASSING))
            editor.set_comment(candidate_id, code, f"Constat {code}.")
        certificate = setting.authority.certificate
        sheet = sign_sheet(workspace, candidate_id, juror.identity, certificate, clock)
        signed.append(sheet.pdf)
    return signed


def _before_the_deliberation(setting: Setting, clock: FakeClock, out: Path) -> list[Path]:
    """Core calls for the others and the past: both bundles opened, both jurors' sheets
    signed; the member's sheets are the files the chair receives."""
    bundle = setting.build("session.jdbundle", clock)
    files = []
    for juror, levels in ((setting.member, MEMBER_LEVELS), (setting.chair, CHAIR_LEVELS)):
        juror.open(bundle, clock)
        with open_session_workspace(juror.home, setting.spec.id, juror.secrets, clock) as ws:
            pdfs = _score_and_sign(ws, juror, setting, clock, levels)
        if juror is setting.member:
            for candidate_id, pdf in zip(levels, pdfs, strict=True):
                files.append(out / f"grille-membre-{candidate_id}.pdf")
                files[-1].write_bytes(pdf)
    return files


def _open_recent_session(window: MainWindow) -> None:
    """The welcome page's « Sessions récentes »: the session chosen, Enter."""
    recent = window.welcome.recent
    assert recent.count() == 1
    recent.setCurrentRow(0)
    QTest.keyClick(recent, Qt.Key.Key_Return)
    assert window.page is not None


def _import(window: MainWindow, dialogs: FileDialogs, files: list[Path]) -> list[str]:
    """Fichier › Importer des grilles…: the files chosen; the report read, then closed."""
    dialogs.many.append(files)
    window.import_sheets_action.trigger()
    report = window.import_flow.report
    assert report is not None and report.isVisible()
    outcomes = [
        report.cell_text(row, ImportReport.OUTCOME) for row in range(report.table.rowCount())
    ]
    close = report.findChild(QPushButton, "import_report_close")
    assert close is not None
    close.click()
    assert not report.isVisible()
    return outcomes


def _deliberation(window: MainWindow) -> DeliberationView:
    """Navigation › Délibération."""
    window.session_views.deliberation_action.trigger()
    page = window.session_views.deliberation
    assert page is not None and window.stack.currentWidget() is page
    return page.view


def _choose(window: MainWindow, candidate_id: str) -> None:
    """A candidate chosen in the deliberation's list (it shares the session's selection)."""
    page = window.session_views.deliberation
    assert page is not None and window.page is not None
    row = window.page.model.row_of(candidate_id)
    assert row is not None
    page.candidates.selectRow(row)


def _cast_vote_and_certify(window: MainWindow, view: DeliberationView) -> None:
    """cand-1: the casting vote on C3 (« Expert », justified), then the proposed decision."""
    _choose(window, "cand-1")
    row = view.model.row_of("C3")
    assert row is not None
    view.table.selectRow(row)
    assert view.vote.code == "C3" and view.vote.level.isVisible()
    view.vote.level.setCurrentIndex(view.vote.level.findText("Expert"))
    view.vote.note.setPlainText("Preuves solides en entretien.")
    view.vote.save_button.click()
    assert _errors(window) == []
    assert view.decision.chosen_outcome() is Outcome.CERTIFIED
    view.decision.save_button.click()
    assert _errors(window) == []


def _refuse_certification(window: MainWindow, view: DeliberationView) -> None:
    """cand-2: the rule's « Non certifié·e », with the reasons the letter will give."""
    _choose(window, "cand-2")
    assert view.candidate_id == "cand-2"
    assert view.decision.chosen_outcome() is Outcome.NOT_CERTIFIED
    view.decision.reasons.setPlainText("C1 non acquise par les deux juré·es.")
    view.decision.save_button.click()
    assert _errors(window) == []


def _sign_the_minutes(window: MainWindow, dialogs: FileDialogs, target: Path) -> None:
    """Fichier › Exporter le procès-verbal signé…: the place typed, signed, saved."""
    dialogs.saves.append(target)

    def read_then_sign(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog) and dialog.place_edit is not None
        dialog.place_edit.setText("Paris")
        click("minutes_confirm_button")(dialog)

    seen = answer_next_modal(read_then_sign)
    window.minutes_flow.export_action.trigger()
    assert len(seen) == 1 and _errors(window) == []


def _member_cosigns(setting: Setting, minutes: Path, clock: FakeClock) -> Path:
    """The member, elsewhere, co-signs the chair's file and sends it back (a core call)."""
    member = setting.member
    with open_session_workspace(member.home, setting.spec.id, member.secrets, clock) as ws:
        cosigned = cosign_minutes(minutes.read_bytes(), ws, member.home, member.identity, clock)
    back = minutes.parent / "retour" / "proces-verbal-cosigne.pdf"
    back.parent.mkdir()
    back.write_bytes(cosigned)
    return back


@pytest.fixture
def chair_setting(tmp_path: Path) -> tuple[Setting, FakeClock, list[Path]]:
    """The session the morning after the interviews, and the member's signed sheets."""
    clock = FakeClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    setting = make_setting(
        tmp_path / "people", datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    received = tmp_path / "recu"
    received.mkdir()
    return setting, clock, _before_the_deliberation(setting, clock, received)


def _deliberate(window: MainWindow, dialogs: FileDialogs, member_files: list[Path]) -> None:
    """The member's sheets imported, then both candidates decided in the deliberation view."""
    assert _import(window, dialogs, member_files) == ["importée", "importée"]
    assert _next_step(window) == (
        "Étape suivante : délibérer (2 candidat·e(s) sans décision) — Navigation › Délibération."
    )
    view = _deliberation(window)
    _cast_vote_and_certify(window, view)
    assert "1 candidat·e(s) sans décision" in _next_step(window)
    _refuse_certification(window, view)
    assert _next_step(window) == (
        "Étape suivante : signer le procès-verbal — Fichier › Exporter le procès-verbal signé…"
    )
    assert not window.results_flow.export_action.isEnabled()


def _minutes_round(
    window: MainWindow, dialogs: FileDialogs, setting: Setting, clock: FakeClock, out: Path
) -> None:
    """Signed in the window, co-signed by the member, imported back."""
    minutes = out / "proces-verbal.pdf"
    _sign_the_minutes(window, dialogs, minutes)
    assert window.workspace is not None
    kept = latest_minutes(window.workspace)
    assert kept is not None
    assert (kept.revision, kept.cosigned, kept.pdf) == (1, False, minutes.read_bytes())
    _pdfsig_says_valid(minutes)
    assert window.page is not None
    assert window.page.desk.progress() == Progress(Step.COSIGNATURE, minutes_revision=1)
    assert _next_step(window) == COSIGNATURE_STEP

    clock.advance(3600)
    cosigned = _member_cosigns(setting, minutes, clock)
    assert _import(window, dialogs, [cosigned]) == ["procès-verbal cosigné importé"]
    assert _next_step(window) == (
        "Étape suivante : exporter les résultats pour l’organisateur — Fichier › Exporter les "
        "résultats pour l’organisateur…"
    )


def _export_results(window: MainWindow, dialogs: FileDialogs, results: Path) -> None:
    """Fichier › Exporter les résultats pour l’organisateur…, the file chosen."""
    action = window.results_flow.export_action
    assert action.isVisible()
    assert action.isEnabled()
    dialogs.saves.append(results)
    action.trigger()
    assert _errors(window) == []
    assert dialogs.proposed[-1] == "resultats-test-session.jdresults"
    message = window.statusBar().currentMessage()
    expected = "Résultats exportés dans resultats.jdresults, chiffrés pour « Organisateur de test »"
    assert message.startswith(expected), message


def _organiser_opens(results: Path, setting: Setting) -> None:
    """The organiser opens the file: no window for that, `jury-desk results open`'s function."""
    report = open_results(results, setting.authority)
    assert report.valid, report.problems
    assert report.document is not None
    candidates = {c.id: c for c in report.document.candidates}
    outcomes = {key: c.outcome for key, c in candidates.items()}
    assert outcomes == {"cand-1": Outcome.CERTIFIED, "cand-2": Outcome.NOT_CERTIFIED}
    assert candidates["cand-1"].levels["C3"] == EXPERT  # the chair's casting vote
    assert report.sheets_verified == 4


@pytest.mark.slow
def test_a_chair_goes_from_the_members_sheets_to_the_organisers_results(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: FileDialogs,
    chair_setting: tuple[Setting, FakeClock, list[Path]],
) -> None:
    setting, clock, member_files = chair_setting
    window = _window(qtbot, setting.chair.home, setting.chair.secrets, clock)
    _open_recent_session(window)
    assert _next_step(window) == (
        "Étape suivante : importer les grilles signées de l’autre juré·e (2 candidat·e(s)) "
        "— Fichier › Importer des grilles…"
    )
    clock.advance(1800)
    _deliberate(window, dialogs, member_files)
    clock.advance(600)
    out = tmp_path / "envoi"
    out.mkdir()
    _minutes_round(window, dialogs, setting, clock, out)
    _export_results(window, dialogs, out / "resultats.jdresults")
    window.close()
    _organiser_opens(out / "resultats.jdresults", setting)
