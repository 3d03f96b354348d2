"""Signing and exporting the scoring sheet from the window, over a real session.

Each test works on its own copy of the chair's data folder (bundle opened, real
identity and secrets file), so a signature made by one test is not seen by another.
Modal dialogs are answered from a zero-delay timer; the save dialog, a native
dialog that cannot be driven offscreen, is replaced by a function returning a path.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography import x509
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from jury_desk.juror.interview.state import ClockStatus
from jury_desk.kernel.paths import identity_dir
from jury_desk.models import Recommendation
from jury_desk.sheets.data import SheetCompetency
from jury_desk.sheets.export import signed_sheets
from jury_desk.sheets.verify import verify_sheet
from jury_desk.signing.authority import KnownSession, issuing_authority
from jury_desk.store.workspace import Workspace
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.sign_dialog import SignDialog, SigningNotice, SignPreviewModel, first_words
from jury_desk.ui.shell.background import Runner, SynchronousRunner, ThreadPoolRunner
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import Setting, make_setting, secret_store
from tests.factories import COMPETENCY_CODES, FakeClock
from tests.helpers.modal_answer import answer_next_modal, click

WARNING = (
    "Une fois signée, la grille ne peut plus être modifiée ; "
    "une modification créera une nouvelle version."
)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """An organiser, two jurors, a bundle opened by the chair: made once for the module."""
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path_factory.mktemp("sign"), clock.now(), fast_secrets=True)
    bundle = setting.build("session.jdbundle", clock)
    setting.chair.open(bundle, clock)
    return setting


@pytest.fixture
def home(setting: Setting, tmp_path: Path) -> Path:
    """This test's own copy of the chair's data folder."""
    return Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))


def _open_window(
    qtbot: QtBot, setting: Setting, home: Path, tmp_path: Path, runner: Runner
) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    clock = FakeClock(datetime(2026, 11, 30, 11, 5, tzinfo=UTC))
    window = MainWindow(WindowContext(Profile(home, secret_store(home)), clock, settings, runner))
    qtbot.addWidget(window)
    opener = SessionOpener(window, tmp_path / "demo")
    opener.open_recent(setting.spec.id)
    assert window.page is not None
    window.page.select_candidate("cand-1")
    window.show()
    return window


@pytest.fixture
def window(qtbot: QtBot, setting: Setting, home: Path, tmp_path: Path) -> Iterator[MainWindow]:
    window = _open_window(qtbot, setting, home, tmp_path, SynchronousRunner())
    yield window
    window.close()


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, Path]]:
    """Stands in for the save dialog: each call answers the next path of `saves.targets`.

    Records (proposed path, answered path); answers "" (cancelled) when no path is left.
    """
    answered: list[tuple[str, Path]] = []
    targets = [tmp_path / "out" / f"export-{n}.pdf" for n in range(1, 10)]
    (tmp_path / "out").mkdir()

    def get_save_file_name(
        _parent: QWidget, _caption: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        if len(answered) >= len(targets):
            return "", ""
        answered.append((proposed, targets[len(answered)]))
        return str(answered[-1][1]), "Documents PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answered


def _workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def _score(window: MainWindow, candidate_id: str = "cand-1") -> None:
    """A complete grid, with a recommendation and a declared conflict of interest."""
    assert window.page is not None
    editor = window.page.desk.editor
    for index, code in enumerate(COMPETENCY_CODES):
        editor.set_level(candidate_id, code, 1 if index == 2 else 2)
        editor.set_comment(
            candidate_id, code, f"Constat {code} : l’équipe a mesuré l’usage réel du service."
        )
    editor.set_overall(candidate_id, Recommendation.FAVOURABLE, "Produit utile, équipe solide.")
    editor.declare_conflict(candidate_id, "Ancienne collègue, sans lien depuis 2019.", False)
    window.page.grid.show_candidate(candidate_id)
    window.page.update_statuses()


_click = click


def _sign(window: MainWindow) -> list[QWidget]:
    shown = answer_next_modal(_click("sign_confirm_button"))
    window.sign_export_action.trigger()
    return shown


def _known(setting: Setting, window: MainWindow) -> dict[str, KnownSession]:
    workspace = _workspace(window)
    assert window.page is not None
    from jury_desk.store.queries import the_session

    with workspace.reading() as session:
        row = the_session(session)
        certificates = {
            j.id: x509.load_pem_x509_certificate(j.certificate_pem.encode())
            for j in row.jurors
            if j.certificate_pem
        }
        known = KnownSession(
            row.id,
            issuing_authority(window.context.profile.home, workspace),
            certificates,
            frozenset(c.id for c in row.candidates),
        )
    assert known.authority == setting.authority.certificate
    return {known.id: known}


def _status(window: MainWindow, candidate_id: str = "cand-1") -> str:
    assert window.page is not None
    model = window.page.model
    row = model.row_of(candidate_id)
    assert row is not None
    return str(model.data(model.index(row, CandidateTableModel.STATUS))).split("\n")[0]


W = TypeVar("W", bound=QWidget)


def _child(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    assert widget is not None, name
    return widget


def _unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


# --------------------------------------------------------------------- the action


def test_the_action_is_in_the_file_menu_and_needs_a_candidate(window: MainWindow) -> None:
    action = window.sign_export_action
    assert action.objectName() == "sign_export_action"
    assert action.text().replace("&", "") == "Signer et exporter la grille…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    assert action.isEnabled()
    assert window.page is not None
    window.page.candidates.clearSelection()
    assert not action.isEnabled()
    window.page.select_candidate("cand-2")
    assert action.isEnabled()
    window.close_workspace()
    assert not action.isEnabled()


# ------------------------------------------------------------- incomplete grids


def test_an_incomplete_grid_names_what_is_missing_and_nothing_is_signed(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    assert window.page is not None
    editor = window.page.desk.editor
    editor.set_level("cand-1", "C1", 0)  # below passing: needs a comment
    editor.set_level("cand-1", "C3", 2)
    window.page.grid.show_candidate("cand-1")
    window.sign_export_action.trigger()
    box = _child(window, QMessageBox, "sign_problems_box")
    assert box.isVisible()
    text = box.text()
    assert "Zoë Lefèvre" in text
    not_scored = next(line for line in text.splitlines() if "non notées" in line)
    assert all(f"{code} (Compétence {code})" in not_scored for code in ("C2", "C4", "C8"))
    assert "C1" not in not_scored and "C3" not in not_scored
    needs_comment = next(line for line in text.splitlines() if "Commentaire obligatoire" in line)
    assert "C1 (Compétence C1)" in needs_comment and "C2" not in needs_comment
    assert window.findChild(SignDialog) is None
    assert signed_sheets(_workspace(window), "cand-1") == []
    assert saves == []
    box.close()


def test_text_still_being_typed_is_written_before_the_check(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    assert window.page is not None
    window.page.desk.editor.set_comment("cand-1", "C3", "")  # C3 is below passing
    window.page.grid.show_candidate("cand-1")
    comment = _child(window, QPlainTextEdit, "comment_C3")
    comment.setPlainText("Budget encore flou.")  # not yet written: the pause has not elapsed
    shown = answer_next_modal(_click("sign_cancel_button"))
    window.sign_export_action.trigger()
    assert window.findChild(QMessageBox, "sign_problems_box") is None
    assert [widget.objectName() for widget in shown] == ["sign_dialog"]
    assert window.page.desk.grid("cand-1").rows[2].comment == "Budget encore flou."


# -------------------------------------------------------- confirmation, cancel


def test_the_confirmation_shows_what_will_be_signed_and_cancel_signs_nothing(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    seen: dict[str, object] = {}

    def look_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SignDialog)
        model = dialog.model
        seen["name"] = dialog.objectName()
        seen["rows"] = [
            tuple(model.data(model.index(row, column)) for column in range(3))
            for row in range(model.rowCount())
        ]
        seen["full comment"] = model.data(
            model.index(0, SignPreviewModel.COMMENT), Qt.ItemDataRole.ToolTipRole
        )
        seen["labels"] = {
            name: _child(dialog, QLabel, name).text()
            for name in (
                "sign_candidate",
                "sign_juror",
                "sign_recommendation",
                "sign_overall_comment",
                "sign_conflict",
                "sign_warning",
            )
        }
        seen["default"] = [
            button.objectName() for button in dialog.findChildren(QPushButton) if button.isDefault()
        ]
        seen["sign auto default"] = dialog.sign_button.autoDefault()
        seen["focus"] = dialog.focusWidget().objectName() if dialog.focusWidget() else None
        seen["unnamed"] = _unnamed_focusable(dialog)
        dialog.cancel_button.click()

    shown = answer_next_modal(look_then_cancel)
    window.sign_export_action.trigger()
    assert len(shown) == 1 and seen["name"] == "sign_dialog"
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == 8
    assert [row[0] for row in rows] == [f"{code} · Compétence {code}" for code in COMPETENCY_CODES]
    assert [row[1] for row in rows] == ["Maîtrisé", "Maîtrisé", "À consolider"] + ["Maîtrisé"] * 5
    assert rows[0][2] == "Constat C1 : l’équipe a mesuré l’usage réel du service."
    assert seen["full comment"] == rows[0][2]
    labels = seen["labels"]
    assert isinstance(labels, dict)
    assert labels["sign_candidate"].startswith("Zoë Lefèvre")
    assert labels["sign_juror"].startswith("Claire Présidente")
    assert labels["sign_recommendation"] == "Favorable"
    assert labels["sign_overall_comment"] == "Produit utile, équipe solide."
    assert "Ancienne collègue, sans lien depuis 2019." in labels["sign_conflict"]
    assert labels["sign_warning"] == WARNING
    assert seen["default"] == ["sign_cancel_button"]
    assert seen["sign auto default"] is False
    assert seen["focus"] == "sign_cancel_button"
    assert seen["unnamed"] == []
    # Cancelled: nothing signed, the grid still editable.
    assert signed_sheets(_workspace(window), "cand-1") == []
    assert _child(window, QComboBox, "level_C1").isEnabled()
    assert _status(window) != "signé"
    assert saves == []
    assert "rien n’a été signé" in window.statusBar().currentMessage()


def test_enter_in_the_confirmation_does_not_sign(
    qtbot: QtBot, window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)

    results: list[tuple[bool, int]] = []

    def press_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, SignDialog)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        results.append((dialog.isVisible(), dialog.result()))

    answer_next_modal(press_enter)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert results == [(False, QDialog.DialogCode.Rejected)]  # Enter answered « Annuler »
    assert signed_sheets(_workspace(window), "cand-1") == []


# -------------------------------------------------------------------- signing


def test_signing_saves_a_valid_sheet_and_freezes_the_grid(
    window: MainWindow, setting: Setting, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    shown = _sign(window)
    assert [widget.objectName() for widget in shown] == ["sign_dialog"]
    assert len(saves) == 1
    proposed, path = saves[0]
    assert Path(proposed).name == "grille-Zoe-Lefevre-presidence-v1.pdf"
    verdict = verify_sheet(path.read_bytes(), _known(setting, window))
    assert verdict.problem is None
    assert verdict.data is not None and verdict.data.version == 1
    assert (verdict.data.candidate.id, verdict.data.juror.id) == ("cand-1", "chair")
    assert path.read_bytes() == signed_sheets(_workspace(window), "cand-1")[-1].pdf
    # Frozen: level selectors disabled, the signed banner shown, the list says « signé ».
    assert all(
        not _child(window, QComboBox, f"level_{code}").isEnabled() for code in COMPETENCY_CODES
    )
    assert _child(window, QLabel, "signed_banner").isVisible()
    assert _child(window, QPushButton, "new_version_button").isVisible()
    assert _status(window) == "signé"
    assert window.statusBar().currentMessage() == (
        f"Grille signée (version 1) et enregistrée : {path}"
    )
    assert window.undo_stack.count() == 0
    notice = window.findChild(SigningNotice)
    assert notice is None or not notice.isVisible()


def test_signing_off_the_gui_thread(
    qtbot: QtBot,
    setting: Setting,
    home: Path,
    tmp_path: Path,
    saves: list[tuple[str, Path]],
) -> None:
    runner = ThreadPoolRunner()
    window = _open_window(qtbot, setting, home, tmp_path, runner)
    try:
        _score(window)
        _sign(window)
        qtbot.waitUntil(lambda: len(saves) == 1, timeout=60_000)
        runner.wait()
        assert saves[0][1].exists()
        assert _status(window) == "signé"
        assert not _child(window, QComboBox, "level_C1").isEnabled()
    finally:
        runner.wait()
        window.close()


def test_the_save_dialog_proposes_the_documents_or_home_folder_then_the_last_one(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    _sign(window)
    first = Path(saves[0][0]).parent
    assert first.is_dir() and first != saves[0][1].parent
    _child(window, QPushButton, "export_again_button").click()
    assert Path(saves[1][0]).parent == saves[0][1].parent


def test_a_failure_is_shown_in_one_message_and_nothing_is_signed(
    window: MainWindow, home: Path, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    shutil.rmtree(identity_dir(home))  # no identity: the signature cannot be made
    _sign(window)
    box = _child(window, QMessageBox, "error_box")
    assert box.isVisible()
    assert box.windowTitle() == "La grille n’a pas été signée"
    assert "identity" in box.text()
    assert signed_sheets(_workspace(window), "cand-1") == []
    assert _child(window, QComboBox, "level_C1").isEnabled()
    assert _status(window) != "signé"
    assert saves == []
    notice = window.findChild(SigningNotice)
    assert notice is None or not notice.isVisible()
    box.close()


def test_a_sheet_signed_but_not_saved_can_be_exported_later(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _score(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    _sign(window)
    assert _status(window) == "signé"
    assert "non exportée" in window.statusBar().currentMessage()
    target = tmp_path / "later"  # no suffix: ".pdf" is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    window.sign_export_action.trigger()  # a signed grid: exported as it was signed
    written = target.with_name("later.pdf")
    assert written.read_bytes() == signed_sheets(_workspace(window), "cand-1")[-1].pdf


# ------------------------------------------------------ the signed banner's buttons


def test_export_again_writes_the_same_bytes(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    _sign(window)
    button = _child(window, QPushButton, "export_again_button")
    button.click()
    assert len(saves) == 2
    assert saves[1][1].read_bytes() == saves[0][1].read_bytes()
    assert window.statusBar().currentMessage() == (
        f"Grille signée (version 1) enregistrée : {saves[1][1]}"
    )


def test_a_new_version_is_editable_and_is_signed_as_version_2(
    window: MainWindow, setting: Setting, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    _sign(window)
    texts: list[str] = []

    def read_then_confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "new_version_box"
        texts.append(box.text())
        assert box.defaultButton().objectName() == "new_version_cancel_button"
        _click("new_version_confirm_button")(box)

    answer_next_modal(read_then_confirm)
    _child(window, QPushButton, "new_version_button").click()
    assert "version 2" in texts[0]
    level = _child(window, QComboBox, "level_C1")
    assert level.isEnabled()
    assert not _child(window, QLabel, "signed_banner").isVisible()
    assert "Version 2" in window.statusBar().currentMessage()
    assert _status(window) == "noté"
    level.setCurrentIndex(level.findData(3))  # « Expert », written at once
    _sign(window)
    assert Path(saves[1][0]).name == "grille-Zoe-Lefevre-presidence-v2.pdf"
    verdict = verify_sheet(saves[1][1].read_bytes(), _known(setting, window))
    assert verdict.valid and verdict.data is not None
    assert verdict.data.version == 2 and verdict.data.competencies[0].level == 3
    assert "(version 2)" in window.statusBar().currentMessage()
    # Version 1, exported before, is still valid.
    assert verify_sheet(saves[0][1].read_bytes(), _known(setting, window)).valid


def test_a_cancelled_new_version_leaves_the_sheet_signed(
    window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    _sign(window)
    answer_next_modal(_click("new_version_cancel_button"))
    _child(window, QPushButton, "new_version_button").click()
    assert not _child(window, QComboBox, "level_C1").isEnabled()
    assert _status(window) == "signé"
    assert [sheet.version for sheet in signed_sheets(_workspace(window), "cand-1")] == [1]


def test_the_banner_buttons_come_between_the_clock_and_the_grid_with_tab(
    qtbot: QtBot, window: MainWindow, saves: list[tuple[str, Path]]
) -> None:
    _score(window)
    _sign(window)
    assert window.page is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Before an interview, « Phase suivante » and « Terminer » are disabled: Tab skips them.
    window.page.clock_strip.start_pause.setFocus()
    names = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())  # type: ignore[union-attr]
    assert names == ["new_version_button", "export_again_button", "descriptors_C1"]
    assert _unnamed_focusable(window) == []


# ------------------------------------------------------------------ the pieces


def test_the_preview_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    rows = (
        SheetCompetency("C1", "Pilotage", 2, "Maîtrisé", "d", True, "Très clair.", 60),
        SheetCompetency("C2", "Budget", None, None, None, None, "", 0),
    )
    model = SignPreviewModel(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1, SignPreviewModel.LEVEL)) == "Non noté"
    assert model.data(model.index(1, SignPreviewModel.COMMENT)) == "—"


def test_first_words_keeps_the_start_of_a_comment_on_one_line() -> None:
    assert first_words("Un  deux\ntrois") == "Un deux trois"
    long = " ".join(f"mot{n}" for n in range(30))
    assert first_words(long) == " ".join(f"mot{n}" for n in range(12)) + "…"
    assert first_words("x" * 200).endswith("…") and len(first_words("x" * 200)) <= 91


@pytest.mark.parametrize("end_it", [False, True], ids=["kept-going", "ended"])
def test_signing_during_the_interview_ends_it_first_or_signs_nothing(
    window: MainWindow, setting: Setting, saves: list[tuple[str, Path]], end_it: bool
) -> None:
    assert window.page is not None
    strip = window.page.clock_strip
    strip.toggle()  # the interview starts
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING
    _score(window)
    asked: list[str] = []

    def respond(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        if end_it:
            answer_next_modal(_click("sign_confirm_button"))
            _click("sign_end_interview")(box)
        else:
            box.reject()

    answer_next_modal(respond)
    window.sign_export_action.trigger()
    assert asked == ["L’entretien n’est pas terminé : le terminer pour signer la grille ?"]
    if not end_it:
        assert strip.state.status is ClockStatus.RUNNING and saves == []
        return
    assert strip.state is not None and strip.state.status is ClockStatus.STOPPED
    verdict = verify_sheet(saves[0][1].read_bytes(), _known(setting, window))
    assert verdict.data is not None and verdict.data.interview is not None  # timed, and says so
