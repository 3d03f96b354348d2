"""The minutes from the window, with real keys: the chair signs and exports, the member co-signs.

Made once for the module: an organiser, both jurors with their bundle opened;
cand-1 scored by both, both sheets really signed, the member's imported by the
chair and the candidate certified; cand-2 absent. Each test works on its own
copy of a juror's data folder. The file dialogs, native dialogs that cannot be
driven offscreen, are replaced by functions answering a path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jury_desk.chair.deliberation import Deliberator
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.paths import identity_dir
from jury_desk.minutes.codec import minutes_from_json
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.data import ATTACHMENT_NAME
from jury_desk.minutes.export import export_minutes, latest_minutes
from jury_desk.minutes.importing import import_minutes
from jury_desk.minutes.verify import verify_minutes
from jury_desk.models import Candidate, Outcome
from jury_desk.results.verify import open_results
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.sheets.export import sign_sheet
from jury_desk.sheets.importing import import_sheet
from jury_desk.signing.attachments import embedded_file
from jury_desk.signing.authority import known_session
from jury_desk.trust.identity import load_identity
from jury_desk.ui.flows.import_flow import ImportReport
from jury_desk.ui.flows.minutes_dialog import MinutesDialog, MinutesPreviewModel
from jury_desk.ui.flows.minutes_flow import MINUTES_PLACE_SETTING
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.accessible_names import unnamed_focusable
from tests.helpers.modal_answer import answer_next_modal, click

CLOCK = FakeClock(datetime(2026, 12, 2, 10, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    setting = make_setting(
        tmp_path_factory.mktemp("ui-minutes"), datetime(2026, 11, 20, tzinfo=UTC), fast_secrets=True
    )
    bundle = setting.build("session.jdbundle", CLOCK)
    setting.chair.open(bundle, CLOCK)
    setting.member.open(bundle, CLOCK)
    authority = setting.authority.certificate
    member_pdf = b""
    with open_session_workspace(
        setting.member.home, setting.spec.id, setting.member.secrets, CLOCK
    ) as member:
        _score(member)
        member_pdf = sign_sheet(member, "cand-1", setting.member.identity, authority, CLOCK).pdf
    with open_session_workspace(
        setting.chair.home, setting.spec.id, setting.chair.secrets, CLOCK
    ) as chair:
        _score(chair)
        sign_sheet(chair, "cand-1", setting.chair.identity, authority, CLOCK)
        known = known_session(setting.chair.home, chair)
        assert import_sheet(chair, member_pdf, {known.id: known}, CLOCK).accepted
        deliberator = Deliberator(chair, CLOCK)
        deliberator.decide("cand-1", Outcome.CERTIFIED, "")
        deliberator.decide("cand-2", Outcome.ABSENT, "Ne s'est pas présentée à l'entretien.")
    return setting


def _score(workspace: object) -> None:
    editor = ScoringEditor(workspace)  # type: ignore[arg-type]
    for code in COMPETENCY_CODES:
        editor.set_level("cand-1", code, 2)
        editor.set_comment("cand-1", code, f"Constat {code}.")


@pytest.fixture(scope="module")
def chair_minutes(setting: Setting, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The chair's signed minutes, made by the core in a copy of the chair's folder."""
    home = Path(shutil.copytree(setting.chair.home, tmp_path_factory.mktemp("m") / "chair"))
    secrets = secret_store(home)
    with open_session_workspace(home, setting.spec.id, secrets, CLOCK) as workspace:
        identity = load_identity(secrets, identity_dir(home))
        minutes = export_minutes(workspace, home, identity, CLOCK)
    path = tmp_path_factory.mktemp("from-chair") / minutes.file_name
    path.write_bytes(minutes.pdf)
    return path


def _window(qtbot: QtBot, home: Path, setting: Setting, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = WindowContext(Profile(home, secret_store(home)), CLOCK, settings, SynchronousRunner())
    window = MainWindow(context)
    qtbot.addWidget(window)
    SessionOpener(window, tmp_path / "demo").open_recent(setting.spec.id)
    assert window.page is not None
    window.show()
    return window


@pytest.fixture
def chair_window(qtbot: QtBot, setting: Setting, tmp_path: Path) -> Iterator[MainWindow]:
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    window = _window(qtbot, home, setting, tmp_path)
    yield window
    window.close()


@pytest.fixture
def member_window(qtbot: QtBot, setting: Setting, tmp_path: Path) -> Iterator[MainWindow]:
    home = Path(shutil.copytree(setting.member.home, tmp_path / "member"))
    window = _window(qtbot, home, setting, tmp_path)
    yield window
    window.close()


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """Stands in for the save dialog: records (proposed, answered); answers out/saved-N.pdf."""
    answered: list[tuple[str, Path]] = []
    (tmp_path / "out").mkdir()

    def get_save_file_name(
        _parent: QWidget, _caption: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        answered.append((proposed, tmp_path / "out" / f"saved-{len(answered) + 1}.pdf"))
        return str(answered[-1][1]), "Documents PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answered


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Stands in for the open dialog: answers the path put in the list (none: cancelled)."""
    answer: list[Path] = []

    def get_open_file_name(
        _parent: QWidget, _caption: str, _folder: str, _filter: str
    ) -> tuple[str, str]:
        return (str(answer[0]), "Documents PDF (*.pdf)") if answer else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    return answer


def _errors(window: MainWindow) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()]


def _refusal(qtbot: QtBot, action: QAction) -> str:
    """Trigger `action`; the first modal window must be the refusal, not a confirmation
    (any modal window is closed, so that a wrong one fails the test instead of waiting)."""
    seen = answer_next_modal(lambda _dialog: None)
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], QMessageBox), seen
    return seen[0].text()


def _verdict(setting: Setting, window: MainWindow, pdf: bytes, *, cosigned: bool) -> object:
    assert window.workspace is not None
    known = known_session(window.context.profile.home, window.workspace)
    verdict = verify_minutes(pdf, {known.id: known}, require_cosigned=cosigned)
    assert verdict.problems == []
    assert verdict.cosigned is cosigned
    return verdict


# ------------------------------------------------------------------- the chair


def test_the_chair_signs_and_exports_the_minutes(
    setting: Setting, chair_window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    flow = chair_window.minutes_flow
    assert flow.export_action.isVisible() and flow.export_action.isEnabled()
    assert not flow.cosign_action.isVisible()
    assert flow.export_action.text().replace("&", "") == "Exporter le procès-verbal signé…"
    shown: list[str] = []

    def read_then_sign(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        model = dialog.model
        shown.extend(str(model.index(r, c).data()) for r in range(2) for c in range(5))
        assert unnamed_focusable(dialog) == []
        assert dialog.place_edit is not None and dialog.place_edit.text() == ""
        assert dialog.place_edit.accessibleName() == "Lieu de la délibération"
        dialog.place_edit.setText("  Lyon ")
        click("minutes_confirm_button")(dialog)

    seen = answer_next_modal(read_then_sign)
    flow.export_action.trigger()
    assert len(seen) == 1 and _errors(chair_window) == []
    assert shown[:4] == [
        "Zoë Lefèvre",
        "Certifié·e",
        "Maîtrisé : C1, C2, C3, C4, C5, C6, C7, C8",
        "8 sur 8 :\nC1, C2, C3, C4, C5, C6, C7, C8",
    ]
    assert shown[5:9] == ["Nguyễn Thị Mai", "Absent·e", "—", "—"]
    assert len(saves) == 1
    proposed, path = saves[0]
    assert proposed.endswith(f"proces-verbal-{setting.spec.id}-r1.pdf")
    pdf = path.read_bytes()
    _verdict(setting, chair_window, pdf, cosigned=False)
    assert chair_window.workspace is not None
    kept = latest_minutes(chair_window.workspace)
    assert kept is not None and kept.pdf == pdf and kept.revision == 1
    # The place typed closes the minutes, and is offered again next time.
    assert minutes_from_json(embedded_file(pdf, ATTACHMENT_NAME) or b"").place == "Lyon"
    assert chair_window.context.settings.value(MINUTES_PLACE_SETTING) == "Lyon"
    assert "révision 1" in chair_window.statusBar().currentMessage()
    pdfsig = subprocess.run(
        [require_tool("pdfsig"), str(path)], capture_output=True, text=True, check=False
    )
    assert "Signature is Valid." in pdfsig.stdout
    offered: list[str] = []

    def read_place_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog) and dialog.place_edit is not None
        offered.append(dialog.place_edit.text())
        click("minutes_cancel_button")(dialog)

    answer_next_modal(read_place_then_cancel)
    flow.export_action.trigger()
    assert offered == ["Lyon"]


def test_cancelling_signs_nothing(chair_window: MainWindow, saves: list[tuple[str, Path]]) -> None:
    answer_next_modal(click("minutes_cancel_button"))
    chair_window.minutes_flow.export_action.trigger()
    assert saves == []
    assert chair_window.workspace is not None
    assert latest_minutes(chair_window.workspace) is None
    assert "annulée" in chair_window.statusBar().currentMessage()


def test_minutes_without_every_decision_are_refused_in_one_message(
    qtbot: QtBot, chair_window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    assert chair_window.workspace is not None
    with chair_window.workspace.session() as session:
        candidate = session.get(Candidate, "cand-2")
        assert candidate is not None and candidate.deliberation is not None
        session.delete(candidate.deliberation)  # as if cand-2 were not decided yet
    message = _refusal(qtbot, chair_window.minutes_flow.export_action)
    assert "need a decision for every candidate" in message and "Nguyễn Thị Mai" in message
    assert saves == []


def test_the_chair_imports_the_cosigned_minutes(
    setting: Setting,
    chair_window: MainWindow,
    saves: list[tuple[str, Path]],
    tmp_path: Path,
) -> None:
    """The whole loop: signed in the window, co-signed by the member, imported back."""
    answer_next_modal(click("minutes_confirm_button"))
    chair_window.minutes_flow.export_action.trigger()
    chair_pdf = saves[0][1].read_bytes()
    member_home = Path(shutil.copytree(setting.member.home, tmp_path / "member"))
    secrets = secret_store(member_home)
    with open_session_workspace(member_home, setting.spec.id, secrets, CLOCK) as member:
        identity = load_identity(secrets, identity_dir(member_home))
        cosigned = cosign_minutes(chair_pdf, member, member_home, identity, CLOCK)
    back = tmp_path / "back" / "proces-verbal-cosigne.pdf"
    back.parent.mkdir()
    back.write_bytes(cosigned)
    chair_window.import_flow.import_paths([back])
    report = chair_window.import_flow.report
    assert report is not None
    assert report.cell_text(0, ImportReport.CANDIDATE) == "procès-verbal"
    assert report.cell_text(0, ImportReport.VERSION) == "1"
    assert report.cell_text(0, ImportReport.OUTCOME) == "procès-verbal cosigné importé"
    assert chair_window.workspace is not None
    kept = latest_minutes(chair_window.workspace)
    assert kept is not None and kept.cosigned and kept.pdf == cosigned
    # The chair's own signed file is not co-signed minutes: refused, with the reason.
    chair_window.import_flow.import_paths([saves[0][1]])
    report = chair_window.import_flow.report
    assert report is not None
    assert report.cell_text(0, ImportReport.OUTCOME).startswith("procès-verbal refusé : ")


# ------------------------------------------------------------------ the member


def test_the_member_cosigns_the_minutes(
    setting: Setting,
    member_window: MainWindow,
    chair_minutes: Path,
    opens: list[Path],
    saves: list[tuple[str, Path]],
) -> None:
    flow = member_window.minutes_flow
    assert flow.cosign_action.isVisible() and flow.cosign_action.isEnabled()
    assert not flow.export_action.isVisible()
    assert flow.cosign_action.text().replace("&", "") == "Cosigner le procès-verbal…"
    opens.append(chair_minutes)
    intro: list[str] = []

    def read_then_cosign(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        label = dialog.findChild(type(dialog.session), "minutes_intro")
        assert label is not None
        intro.append(label.text())
        assert dialog.place_edit is None  # the chair's place, not the member's to change
        intro.append(dialog.place_value.text())
        # Every outcome and the retained levels; nothing against the member's own sheet.
        levels = dialog.model.index(0, MinutesPreviewModel.LEVELS).data()
        intro.append(levels)
        assert not dialog.contradictions.isVisible()
        assert unnamed_focusable(dialog) == []
        click("minutes_confirm_button")(dialog)

    seen = answer_next_modal(read_then_cosign)
    flow.cosign_action.trigger()
    assert len(seen) == 1 and _errors(member_window) == [], _errors(member_window)
    assert "Claire Présidente, le 02/12/2026 11:00" in intro[0]
    assert intro[1] == "non indiqué (« Fait le … »)"
    assert intro[2].startswith("Maîtrisé : C1, C2")
    proposed, path = saves[0]
    assert proposed == str(chair_minutes.parent / f"proces-verbal-{setting.spec.id}-r1-cosigne.pdf")
    cosigned = path.read_bytes()
    chair_pdf = chair_minutes.read_bytes()
    assert cosigned.startswith(chair_pdf)  # the chair's signed bytes, untouched
    _verdict(setting, member_window, cosigned, cosigned=True)
    assert chair_minutes.read_bytes() == chair_pdf


def test_the_member_is_warned_where_the_minutes_contradict_their_signed_sheet(
    setting: Setting,
    member_window: MainWindow,
    opens: list[Path],
    saves: list[tuple[str, Path]],
    tmp_path: Path,
) -> None:
    """cand-1, whose sheet the member signed, is said « reporté·e » in the chair's minutes."""
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair-postponed"))
    secrets = secret_store(home)
    with open_session_workspace(home, setting.spec.id, secrets, CLOCK) as workspace:
        Deliberator(workspace, CLOCK).decide(
            "cand-1",
            Outcome.POSTPONED,
            "Entretien interrompu.",
            "Erreur.",
            despite_signed_sheets=True,
        )
        minutes = export_minutes(workspace, home, load_identity(secrets, identity_dir(home)), CLOCK)
    source = tmp_path / minutes.file_name
    source.write_bytes(minutes.pdf)
    opens.append(source)
    warned: list[str] = []

    def read_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        assert dialog.contradictions.isVisible()
        warned.append(dialog.contradictions.text())
        assert dialog.cancel_button.isDefault()
        click("minutes_cancel_button")(dialog)

    answer_next_modal(read_then_cancel)
    member_window.minutes_flow.cosign_action.trigger()
    assert len(warned) == 1
    assert "contredit 1 point(s) de vos grilles signées" in warned[0]
    # The core's words (English here: the tests load no catalogue of the core's messages).
    assert "Zoë Lefèvre: the minutes say postponed, but you signed a sheet." in warned[0]
    assert saves == []


def test_the_member_cancelling_cosigns_nothing(
    member_window: MainWindow,
    chair_minutes: Path,
    opens: list[Path],
    saves: list[tuple[str, Path]],
) -> None:
    opens.append(chair_minutes)
    answer_next_modal(click("minutes_cancel_button"))
    member_window.minutes_flow.cosign_action.trigger()
    assert saves == []
    message = member_window.statusBar().currentMessage()
    assert message == "Cosignature annulée : rien n’a été signé."


def test_the_member_cannot_cosign_twice(
    qtbot: QtBot,
    member_window: MainWindow,
    chair_minutes: Path,
    opens: list[Path],
    saves: list[tuple[str, Path]],
) -> None:
    opens.append(chair_minutes)
    answer_next_modal(click("minutes_confirm_button"))
    member_window.minutes_flow.cosign_action.trigger()
    opens[0] = saves[0][1]  # the co-signed file, offered again
    assert "already co-signed" in _refusal(qtbot, member_window.minutes_flow.cosign_action)
    assert len(saves) == 1


def test_altered_minutes_are_refused_before_anything_is_shown(
    qtbot: QtBot,
    member_window: MainWindow,
    chair_minutes: Path,
    opens: list[Path],
    saves: list[tuple[str, Path]],
    tmp_path: Path,
) -> None:
    pdf = bytearray(chair_minutes.read_bytes())
    at = pdf.index(b"/Producer") if b"/Producer" in pdf else len(pdf) // 3
    pdf[at + 2] ^= 0x01  # one byte changed inside the signed range
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(pdf))
    opens.append(altered)
    assert "cannot be co-signed" in _refusal(qtbot, member_window.minutes_flow.cosign_action)
    assert saves == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs named pipes and /dev/zero")
def test_a_named_pipe_or_a_device_is_refused_in_the_command_line_s_words(
    qtbot: QtBot,
    member_window: MainWindow,
    opens: list[Path],
    saves: list[tuple[str, Path]],
    tmp_path: Path,
) -> None:
    # Reading either would never end: refused before it is opened, in one line.
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    opens.append(fifo)
    shown = _refusal(qtbot, member_window.minutes_flow.cosign_action)
    assert "« pipe.pdf » is a named pipe, not an ordinary file." in shown
    opens[0] = Path("/dev/zero")
    shown = _refusal(qtbot, member_window.minutes_flow.cosign_action)
    assert "« zero » is a device, not an ordinary file." in shown
    assert saves == []


def test_the_preview_model_passes_qtmodeltester(
    qtmodeltester: object, setting: Setting, chair_minutes: Path, member_window: MainWindow
) -> None:
    verdict = _verdict(setting, member_window, chair_minutes.read_bytes(), cosigned=False)
    data = verdict.data  # type: ignore[attr-defined]
    model = MinutesPreviewModel(data.candidates)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2


def test_the_chair_follows_the_next_step_to_the_results_file(
    chair_window: MainWindow,
    setting: Setting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = chair_window.page
    assert page is not None
    action = chair_window.results_flow.export_action
    assert page.next_step.text().startswith("Étape suivante : signer le procès-verbal")
    assert action.isVisible() and not action.isEnabled()

    # The minutes signed by the chair (the core's own call), then co-signed by the member.
    workspace = chair_window.workspace
    assert workspace is not None
    home = chair_window.context.profile.home
    secrets = chair_window.context.profile.secrets
    signed = export_minutes(workspace, home, load_identity(secrets, identity_dir(home)), CLOCK)
    page.update_statuses()
    assert "faire cosigner le procès-verbal (révision 1)" in page.next_step.text()
    assert not action.isEnabled()
    with open_session_workspace(
        setting.member.home, setting.spec.id, setting.member.secrets, CLOCK
    ) as member:
        cosigned = cosign_minutes(
            signed.pdf, member, setting.member.home, setting.member.identity, CLOCK
        )
    known = known_session(home, workspace)
    assert import_minutes(workspace, cosigned, {known.id: known}, CLOCK).accepted
    page.update_statuses()
    assert "exporter les résultats pour l’organisateur" in page.next_step.text()
    assert action.isEnabled()

    target = tmp_path / "resultats.jdresults"
    proposed: list[str] = []

    def get_save_file_name(_parent: QWidget, _title: str, suggested: str, _filter: str):  # type: ignore[no-untyped-def]
        proposed.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    action.trigger()
    assert proposed == [f"resultats-{setting.spec.id}.jdresults"]
    status = chair_window.statusBar().currentMessage()
    assert status.startswith("Résultats exportés dans resultats.jdresults, chiffrés pour")
    report = open_results(target, setting.authority)
    assert report.valid, report.problems


def test_the_member_is_not_offered_the_results(member_window: MainWindow) -> None:
    page = member_window.page
    assert page is not None
    assert not member_window.results_flow.export_action.isVisible()
    assert page.next_step.text().startswith("Étape suivante : signer vos grilles")
