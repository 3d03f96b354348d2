"""The juror's whole flow with the keyboard alone (EN 301 549, 11.2.1.1 keyboard).

Only QTest key events drive the window: open a bundle from the welcome page
(file dialog, passphrase), move between candidates, read the dossier's
documents, score the 8 competencies with a comment where one is required, run
the interview clock, sign and save the sheet. Widgets are only read: which one
has the focus, its accessible name, what the workspace holds.

Two stand-ins, both for the platform rather than the application:
- Qt's own file dialog is used (`AA_DontUseNativeDialogs`), the one a keyboard
  can drive on every platform; a desktop's native dialog is not ours to test.
- The offscreen platform has no window manager: when a dialog closes, nothing
  gives the main window back its activation, so the test does
  (`_back_to_window`), after checking which widget the window will focus.

Modal dialogs block in exec(); a `ModalScript` timer answers each in turn, and
rejects a dialog whose answer failed so that a failed check cannot hang the test.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.interview.state import ClockStatus
from jury_desk.sheets.export import signed_sheets
from jury_desk.store.workspace import Workspace
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.flows.passphrase_dialog import PassphraseDialog
from jury_desk.ui.flows.sign_dialog import SignDialog
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import BUNDLE_PASSPHRASE, make_setting
from tests.conftest import require_tool
from tests.factories import COMPETENCY_CODES, FakeClock

# The file dialog's completer list asks the offscreen platform to raise it and grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# Ranks of the small referential: 0 Insuffisant, 1 À consolider (needs a comment), 2 Maîtrisé.
BELOW_PASSING, PASSING = 1, 2
# Each competency row's tab stops, then the overall section's.
GRID_ROW = ("descriptors", "level", "comment")
GRID_END = ["recommendation", "overall_comment", "conflict_declared", "preparation_notes_toggle"]
COMMENT = "Budget a preciser : pas de plan au-dela de 2027."  # QTest types ASCII only


# ------------------------------------------------------------------ reading state


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.text(QAccessible.Text.Name)


def focus_is(name: str) -> str:
    """Check the focused widget's objectName; return its accessible name (never empty)."""
    widget = focused()
    assert widget.objectName() == name, (widget.objectName(), accessible_name(widget))
    spoken = accessible_name(widget)
    assert spoken.strip(), f"{name} has no accessible name"
    return spoken


# --------------------------------------------------------------------- keystrokes


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_cycle(qtbot: QtBot, limit: int) -> list[str]:
    """Press Tab until the focus comes back where it started: no trap, every stop named.

    Returns the objectNames met, in order, starting with the widget focused first.
    """
    start = focused()
    met = [start.objectName()]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return met
        assert accessible_name(widget).strip(), f"unnamed tab stop {widget.objectName()}"
        met.append(widget.objectName())
    raise AssertionError(f"Tab never came back to {start.objectName()}: {met}")


def type_into_file_dialog(qtbot: QtBot, dialog: QFileDialog, path: Path) -> None:
    """Type a folder then a file name, each followed by Enter, as a person would.

    Enter on a folder opens it; Enter on a name accepts. (A whole path typed at
    once can be taken for a folder Qt's completer selected on the way.) Enter
    is pressed until the dialog goes: the first press may only close the
    completer's list.
    """
    assert focused().objectName() == "fileNameEdit"
    press(qtbot, Qt.Key.Key_A, CTRL)  # replace any proposed name
    type_text(qtbot, str(path.parent))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == path.parent)
    press(qtbot, Qt.Key.Key_A, CTRL)  # a save dialog keeps the folder typed
    type_text(qtbot, path.name)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return)
        if not dialog.isVisible():
            return
    raise AssertionError(f"the file dialog did not accept {path}")


# ------------------------------------------------------------------- modal dialogs


Respond = Callable[[QDialog], None]


class ModalScript:
    """Answers modal dialogs in the order they are expected, from a timer.

    A dialog is answered once it is the active window and has a focused widget:
    that is where the keyboard starts. A failed answer is kept in `errors`, the
    dialog rejected; so is a dialog nobody answers within `PATIENCE_S` (an
    unexpected question would otherwise block the test for ever).
    """

    PATIENCE_S = 15.0

    def __init__(self) -> None:
        self._queue: list[tuple[type[QDialog], Respond]] = []
        self.errors: list[BaseException] = []
        self._waiting_since: float | None = None
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def expect(self, kind: type[QDialog], respond: Respond) -> None:
        self._queue.append((kind, respond))

    @property
    def done(self) -> bool:
        return not self._queue

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            self._waiting_since = None
            return
        ready = (
            bool(self._queue)
            and isinstance(dialog, self._queue[0][0])
            and QApplication.activeWindow() is dialog
            and QApplication.focusWidget() is not None
        )
        if not ready:
            self._give_up_on(dialog)
            return
        self._waiting_since = None
        _kind, respond = self._queue.pop(0)  # before answering: it may open the next dialog
        try:
            respond(dialog)
        except BaseException as error:  # noqa: BLE001 - reported by `check`, after the dialog
            self.errors.append(error)
            if dialog.isVisible():
                dialog.reject()

    def _give_up_on(self, dialog: QDialog) -> None:
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        elif now - self._waiting_since > self.PATIENCE_S:
            self._waiting_since = None
            self.errors.append(AssertionError(f"unanswered dialog « {dialog.windowTitle()} »"))
            dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.done, f"{len(self._queue)} expected dialog(s) never came"


# ---------------------------------------------------------------------- fixtures


@dataclass
class Flow:
    window: MainWindow
    bundle: Path
    out: Path
    clock: FakeClock
    modals: ModalScript


@pytest.fixture
def flow(qtbot: QtBot, tmp_path: Path) -> Iterator[Flow]:
    """The member's window on the welcome page, a bundle to open, Qt's own file dialogs."""
    clock = FakeClock(datetime(2026, 11, 30, 9, 55, tzinfo=UTC))
    setting = make_setting(tmp_path / "setting", clock.now(), fast_secrets=True)
    bundle = setting.build("session.jdbundle", clock)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    profile = Profile(setting.member.home, setting.member.secrets)
    window = MainWindow(WindowContext(profile, clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    SessionOpener(window, tmp_path / "demo")
    native = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    modals = ModalScript()
    out = tmp_path / "sheets"
    out.mkdir()
    window.show()
    try:
        yield Flow(window, bundle, out, clock, modals)
    finally:
        modals.stop()
        window.close()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native)


def _back_to_window(qtbot: QtBot, window: MainWindow, expected_focus: str) -> None:
    """What a window manager does when a dialog closes: the window is active again."""
    remembered = window.focusWidget()
    assert remembered is not None and remembered.objectName() == expected_focus, (
        remembered.objectName() if remembered is not None else None
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus_is(expected_focus)


def _desk(window: MainWindow) -> JurorDesk:
    assert window.page is not None
    return window.page.desk


def _workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


# ------------------------------------------------------------------------ steps


def _open_the_bundle(qtbot: QtBot, flow: Flow) -> None:
    window, modals = flow.window, flow.modals
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focus_is("open_bundle") == "Ouvrir un paquet de session"
    assert tab_cycle(qtbot, 10) == ["open_bundle", "try_demo"]  # no recent session yet

    # Escape closes the file dialog; nothing is opened and the focus comes back.
    def escape(dialog: QDialog) -> None:
        assert focused().objectName() == "fileNameEdit"
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    modals.expect(QFileDialog, escape)
    press(qtbot, Qt.Key.Key_Space)  # on « Ouvrir un paquet de session… »
    modals.check()
    assert window.page is None
    _back_to_window(qtbot, window, "open_bundle")

    # Escape in the passphrase dialog: nothing opened either.
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        type_into_file_dialog(qtbot, dialog, flow.bundle)

    def escape_passphrase(dialog: QDialog) -> None:
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    modals.expect(QFileDialog, choose)
    modals.expect(PassphraseDialog, escape_passphrase)
    press(qtbot, Qt.Key.Key_O, CTRL)  # the menu's shortcut this time
    modals.check()
    assert window.page is None
    _back_to_window(qtbot, window, "open_bundle")

    # Now for real: the passphrase typed in, Enter.
    def passphrase(dialog: QDialog) -> None:
        assert focus_is("passphrase") == "Phrase de passe"
        # The « remember » box is hidden (no keyring here): the field and the two buttons.
        stops = tab_cycle(qtbot, 6)
        assert len(stops) == 3 and stops[0] == "passphrase", stops
        type_text(qtbot, BUNDLE_PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    modals.expect(QFileDialog, choose)
    modals.expect(PassphraseDialog, passphrase)
    press(qtbot, Qt.Key.Key_Space)
    modals.check()
    assert window.page is not None and window.workspace is not None
    # The focus lands on the candidate list, the start of the working screen.
    _back_to_window(qtbot, window, "candidate_table")


def _navigate_candidates(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page
    assert page is not None
    assert focus_is("candidate_table").startswith("Liste des candidats")
    assert page.current_candidate() == "cand-1"
    press(qtbot, Qt.Key.Key_Down)  # arrows move inside the list
    assert page.current_candidate() == "cand-2"
    press(qtbot, Qt.Key.Key_Up)
    assert page.current_candidate() == "cand-1"
    press(qtbot, Qt.Key.Key_Down, ALT)  # Alt+↓ / Alt+↑ from anywhere
    assert page.current_candidate() == "cand-2"
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert page.current_candidate() == "cand-1"
    focus_is("candidate_table")  # moving did not take the focus away
    row = page.model.row_of("cand-1")
    assert row is not None
    name = page.model.data(page.model.index(row, CandidateTableModel.CANDIDATE))
    assert str(name).startswith("Zoë Lefèvre")
    # One Tab round of the working screen comes back to the list, every stop named.
    stops = tab_cycle(qtbot, 80)
    document = _document_stops(window)
    assert all(stops.count(name) == 1 for name in document), stops
    # The document's own controls are chained wherever Qt put the page built on
    # demand; everything else is in reading order. « Phase suivante » and
    # « Terminer » are skipped: disabled before the interview.
    rows = [f"{kind}_{code}" for code in COMPETENCY_CODES for kind in GRID_ROW]
    expected = ["candidate_table", "dossier_tab_bar", "clock_start_pause", *rows, *GRID_END]
    assert [name for name in stops if name not in document] == expected, stops


def _document_stops(window: MainWindow) -> set[str]:
    """The tab stops inside the document shown (a PDF's toolbar and pages, or a message)."""
    assert window.page is not None
    shown = window.page.dossier.current_page()
    assert shown is not None
    stops = {
        widget.objectName()
        for widget in [shown, *shown.findChildren(QWidget)]
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
    }
    assert stops, "the document shown offers nothing to the keyboard"
    return stops


def tab_to(qtbot: QtBot, name: str, limit: int = 80) -> list[str]:
    """Press Tab until `name` has the focus; the stops passed on the way."""
    passed: list[str] = []
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        if focused().objectName() == name:
            return passed
        passed.append(focused().objectName())
    raise AssertionError(f"Tab never reached {name}: {passed}")


def _read_the_dossier(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page
    assert page is not None
    dossier = page.dossier
    # The checklist is text: each item says in its name whether it is there.
    checklist = dossier.checklist
    items = [accessible_name(label) for label in checklist.findChildren(QLabel)]
    assert sum(bool(re.search(r"\s:\s(présent|manquant)", text)) for text in items) == 6, items
    assert "Pièces présentes" in checklist.accessibleDescription()
    press(qtbot, Qt.Key.Key_Tab)
    bar = focused()
    assert bar.objectName() == "dossier_tab_bar"
    titles = [dossier.tabs.tabBar().accessibleTabName(i) for i in range(dossier.tabs.count())]
    assert len(titles) >= 3, titles
    first = dossier.tabs.currentIndex()
    # Screen readers hear the document that has the focus.
    assert accessible_name(bar) == titles[first]
    assert first == 0  # the dossier opens on its first document
    press(qtbot, Qt.Key.Key_Right)  # arrows move along the documents
    assert dossier.tabs.currentIndex() == 1
    assert accessible_name(bar) == titles[1]
    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # and Ctrl+Page précédente
    assert dossier.tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # round to the last: the deck
    assert dossier.tabs.currentIndex() == len(titles) - 1
    assert dossier.current_page() is not None  # the document is shown
    # Tab reaches the document itself (here the message of a damaged PDF), then the clock.
    passed = tab_to(qtbot, "clock_start_pause")
    document = _document_stops(window)
    if not document <= set(passed):
        assert document <= set(tab_to(qtbot, "clock_start_pause")), document
    assert "pdf_error" in document


def _start_the_clock(qtbot: QtBot, flow: Flow) -> None:
    page = flow.window.page
    assert page is not None
    strip = page.clock_strip
    assert focus_is("clock_start_pause") == "Démarrer le chronomètre"
    press(qtbot, Qt.Key.Key_Space)
    state = strip.state
    assert state is not None and state.status is ClockStatus.RUNNING
    # The same button now pauses: its name says so, and it kept the focus.
    assert "pause" in focus_is("clock_start_pause").lower()
    flow.clock.advance(5 * 60)


def _score_the_grid(qtbot: QtBot, flow: Flow) -> None:
    """C1 to C4 with Tab and the arrows, C5 to C8 with Alt+n and Ctrl+2."""
    window = flow.window
    press(qtbot, Qt.Key.Key_Tab)  # « Phase suivante » and « Terminer » are enabled now
    focus_is("clock_next_phase")
    press(qtbot, Qt.Key.Key_Tab)
    focus_is("clock_stop")
    press(qtbot, Qt.Key.Key_Tab)
    for index, code in enumerate(COMPETENCY_CODES[:4]):
        assert focus_is(f"descriptors_{code}").startswith("Descripteurs")
        press(qtbot, Qt.Key.Key_Space)  # show the descriptors, then hide them
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
        assert focus_is(f"level_{code}") == "Non noté"
        rank = BELOW_PASSING if code == "C3" else PASSING
        for _ in range(rank + 1):  # « Non noté » comes first
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Tab)
        assert focus_is(f"comment_{code}").startswith("Commentaire")
        if code == "C3":
            assert "obligatoire" in focused().accessibleDescription()
            type_text(qtbot, COMMENT)
        flow.clock.advance(60 * (index + 1))
        press(qtbot, Qt.Key.Key_Tab)  # leaving the box writes the comment
    for number, code in enumerate(COMPETENCY_CODES[4:], start=5):
        press(qtbot, Qt.Key(Qt.Key.Key_0.value + number), ALT)
        focus_is(f"level_{code}")
        press(qtbot, Qt.Key.Key_2, CTRL)
    grid = _desk(window).grid("cand-1")
    levels = {row.code: row.level for row in grid.rows}
    assert levels == {code: BELOW_PASSING if code == "C3" else PASSING for code in levels}
    assert grid.rows[2].comment == COMMENT
    assert not grid.problems
    assert "Enregistré à" in window.save_label.text()


def _run_the_clock(qtbot: QtBot, flow: Flow) -> None:
    page = flow.window.page
    assert page is not None
    strip = page.clock_strip
    before = focused()
    state = strip.state
    assert state is not None
    phase = state.phase_index
    press(qtbot, Qt.Key.Key_F6)
    state = strip.state
    assert state is not None and state.phase_index == phase + 1
    press(qtbot, Qt.Key.Key_F5)
    state = strip.state
    assert state is not None and state.status is ClockStatus.PAUSED
    assert focused() is before  # the shortcuts leave the focus where the juror works
    assert state.competency_seconds.get("C1", 0) > 0  # time went to the row being scored


def _sign(qtbot: QtBot, flow: Flow) -> Path:
    window, modals = flow.window, flow.modals
    before = focused().objectName()

    # The interview is only paused: signing asks to end it first; Escape keeps it going.
    def keep_the_interview(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.objectName() == "sign_interview_running"
        assert focus_is("sign_keep_interview") == "Annuler"  # the default: nothing ends by accident
        press(qtbot, Qt.Key.Key_Escape)

    modals.expect(QMessageBox, keep_the_interview)
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    modals.check()
    assert signed_sheets(_workspace(window), "cand-1") == []
    assert "l’entretien continue" in window.statusBar().currentMessage()
    state = window.page.clock_strip.state if window.page is not None else None
    assert state is not None and state.status is ClockStatus.PAUSED
    _back_to_window(qtbot, window, before)

    # Alt+T ends it, then the confirmation; Escape there: nothing is signed.
    def end_the_interview(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        press(qtbot, Qt.Key.Key_T, ALT)

    def look_then_escape(dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        assert focus_is("sign_cancel_button") == "Annuler, ne pas signer"
        stops = tab_cycle(qtbot, 6)
        assert sorted(stops) == ["sign_cancel_button", "sign_competencies", "sign_confirm_button"]
        press(qtbot, Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected

    modals.expect(QMessageBox, end_the_interview)
    modals.expect(SignDialog, look_then_escape)
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: modals.done)
    modals.check()
    assert signed_sheets(_workspace(window), "cand-1") == []
    state = window.page.clock_strip.state if window.page is not None else None
    assert state is not None and state.status is ClockStatus.STOPPED
    _back_to_window(qtbot, window, before)

    target = flow.out / "grille-zoe.pdf"

    def sign(dialog: QDialog) -> None:
        press(qtbot, Qt.Key.Key_Tab)
        assert focus_is("sign_confirm_button") == "Signer la grille"
        press(qtbot, Qt.Key.Key_Space)

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        type_into_file_dialog(qtbot, dialog, target)

    modals.expect(SignDialog, sign)
    modals.expect(QFileDialog, save)
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: modals.done)
    modals.check()
    return target


# ------------------------------------------------------------------------- test


def test_the_whole_juror_flow_works_with_the_keyboard_alone(qtbot: QtBot, flow: Flow) -> None:
    pdfsig = require_tool("pdfsig")
    window = flow.window
    _open_the_bundle(qtbot, flow)
    _navigate_candidates(qtbot, window)
    _read_the_dossier(qtbot, window)
    _start_the_clock(qtbot, flow)
    _score_the_grid(qtbot, flow)
    _run_the_clock(qtbot, flow)
    path = _sign(qtbot, flow)

    assert path.exists(), window.statusBar().currentMessage()
    assert str(path) in window.statusBar().currentMessage()
    sheets = signed_sheets(_workspace(window), "cand-1")
    assert [sheet.version for sheet in sheets] == [1]
    assert path.read_bytes() == sheets[0].pdf
    assert _desk(window).grid("cand-1").frozen
    report = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    assert "Signature is Valid." in report.stdout, report.stdout + report.stderr
    # The level selector that had the focus is disabled now: the focus is on the banner.
    _back_to_window(qtbot, window, "export_again_button")
    assert focused().isEnabled()
