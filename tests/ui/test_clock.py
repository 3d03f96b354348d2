"""The interview clock in the window: the strip above the grid, the menu, the small clock.

Every test drives the real `InterviewClock` over a real encrypted workspace; the
fake clock is advanced instead of sleeping, and `refresh()` stands for the
1-second tick.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.state import ClockStatus, TimeLevel
from jury_desk.kernel.paths import secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.store.workspace import Workspace
from jury_desk.ui.clock.strip import ClockStrip
from jury_desk.ui.clock.window import ClockWindow
from jury_desk.ui.shell import preferences
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.factories import FakeClock
from tests.helpers.modal_answer import answer_next_modal

W = TypeVar("W", bound=QWidget)

# Showing a window asks the platform to raise it; the offscreen one cannot, and says so
# (a regular expression, as pytest-qt reads it).
RAISE_WARNING = r"This plugin does not support raise\(\)"


@pytest.fixture
def window(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, home: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    """The main window on the test workspace, showing cand-1 (first in the schedule)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    secrets = PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets")
    window = MainWindow(WindowContext(Profile(home, secrets), clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    window.load_workspace(workspace)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    window.close()


def plain(text: str) -> str:
    """French typography puts no-break spaces before colons and units; compare plainly."""
    return text.replace("\xa0", " ")


def strip_of(window: MainWindow) -> ClockStrip:
    assert window.page is not None
    return window.page.clock_strip


def child(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(strip: ClockStrip, clock: FakeClock, seconds: float) -> None:
    """Let `seconds` pass, then the timer's refresh."""
    clock.advance(seconds)
    strip.refresh()


def start(qtbot: QtBot, window: MainWindow) -> ClockStrip:
    strip = strip_of(window)
    click(qtbot, strip.start_pause)
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING
    return strip


def focus_row(window: MainWindow, code: str) -> None:
    """Put the focus on a competency's level selector, as a click or Tab would."""
    level = child(window, QComboBox, f"level_{code}")
    level.setFocus(Qt.FocusReason.MouseFocusReason)
    assert level.hasFocus()


def test_before_the_start_the_strip_shows_the_plan(window: MainWindow) -> None:
    strip = strip_of(window)
    assert strip.candidate_id == "cand-1"
    assert strip.time_label.text() == "60:00"
    assert strip.phase_label.text() == "Phase 1 / 3 — Pitch"
    assert "Pas commencé" in plain(strip.status_label.text())
    assert strip.start_pause.text() == "Démarrer"
    assert not strip.next_phase_button.isEnabled()
    assert not strip.stop_button.isEnabled()
    assert [bar.objectName() for bar in strip.phases.bars()] == [
        "phase_pitch",
        "phase_questions",
        "phase_cloture",
    ]
    assert not strip.session.ticking


def test_the_clock_counts_down_then_warns_in_words_and_colour(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    assert strip.time_label.text() == "60:00"
    assert strip.session.ticking  # the 1-second timer runs while the clock runs

    tick(strip, clock, 600)
    assert strip.time_label.text() == "50:00"
    assert strip.time_level is TimeLevel.NORMAL
    assert "Attention" not in plain(strip.accessibleDescription())

    tick(strip, clock, 2400)
    assert strip.time_label.text() == "10:00"
    assert strip.time_level is TimeLevel.WARNING
    assert strip.property("time_level") == "warning"
    assert "Attention : 10 minutes restantes" in plain(strip.accessibleDescription())
    assert "Attention : 10 minutes restantes" in plain(
        strip.status_label.text()
    )  # not colour alone
    assert "#b34000" in strip.time_label.styleSheet()
    assert plain(strip.time_label.accessibleName()) == "Temps restant : 10:00"

    tick(strip, clock, 317)
    assert strip.time_label.text() == "04:43"
    assert "Attention : 5 minutes restantes" in plain(strip.accessibleDescription())


def test_past_the_hour_the_clock_counts_up_in_red(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 3600 + 60)
    assert strip.time_label.text() == "+01:00"
    assert strip.time_level is TimeLevel.OVERRUN
    assert "#ce0500" in strip.time_label.styleSheet()
    assert "Temps prévu dépassé" in plain(strip.accessibleDescription())
    assert plain(strip.time_label.accessibleName()) == "Temps prévu dépassé de 01:00"
    tick(strip, clock, 5)
    assert strip.time_label.text() == "+01:05"
    assert strip.start_pause.isEnabled()  # the tool never cuts a candidate's time short


def test_pause_and_resume_from_one_button(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = strip_of(window)
    assert strip.start_pause.text() == "Démarrer"
    assert strip.start_pause.accessibleName() == "Démarrer le chronomètre"
    click(qtbot, strip.start_pause)
    assert strip.start_pause.text() == "Pause"
    assert strip.start_pause.accessibleName() == "Mettre le chronomètre en pause"
    tick(strip, clock, 120)
    click(qtbot, strip.start_pause)
    assert strip.start_pause.text() == "Reprendre"
    assert "En pause" in plain(strip.status_label.text())
    assert not strip.session.ticking
    tick(strip, clock, 300)  # a pause does not count
    assert strip.time_label.text() == "58:00"
    click(qtbot, strip.start_pause)
    assert strip.start_pause.text() == "Pause"
    tick(strip, clock, 60)
    assert strip.time_label.text() == "57:00"


def test_next_phase_moves_the_label_and_the_bars(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 630)
    pitch = strip.phases.bars()[0]
    assert pitch.format() == "1. 10/10 min"
    assert plain(pitch.toolTip()) == "Pitch : 10 min passées sur 10 prévues"
    click(qtbot, strip.next_phase_button)
    assert strip.phase_label.text() == "Phase 2 / 3 — Questions"
    tick(strip, clock, 120)
    questions = strip.phases.bars()[1]
    assert questions.format() == "2. 2/40 min"
    assert "(en cours)" in questions.accessibleName()
    assert "(en cours)" not in pitch.accessibleName()
    click(qtbot, strip.next_phase_button)
    assert strip.phase_label.text() == "Phase 3 / 3 — Clôture"
    assert not strip.next_phase_button.isEnabled()  # the last phase


def test_ending_the_interview_asks_first(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 1800)
    click(qtbot, strip.stop_button)
    box = child(strip, QMessageBox, "clock_stop_confirm")
    assert "Il reste 30 min 00 s prévues." in plain(box.informativeText())
    click(qtbot, child(box, QPushButton, "clock_stop_confirm_no"))
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING

    click(qtbot, strip.stop_button)
    boxes = [b for b in strip.findChildren(QMessageBox, "clock_stop_confirm") if b.isVisible()]
    assert len(boxes) == 1
    click(qtbot, child(boxes[0], QPushButton, "clock_stop_confirm_yes"))
    assert strip.state is not None and strip.state.status is ClockStatus.STOPPED
    assert "Terminé · durée 30:00" in plain(strip.status_label.text())
    assert not strip.start_pause.isEnabled()
    assert not strip.stop_button.isEnabled()
    assert not strip.session.ticking


def test_time_goes_to_the_row_in_focus_and_is_saved(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    focus_row(window, "C3")
    tick(strip, clock, 90)
    assert strip.coverage.seconds_of("C3") == 90
    segment = child(strip.coverage, QLabel, "coverage_C3")
    assert "C3 Compétence C3 : 1 min 30 s" in plain(segment.toolTip())
    assert "C3 Compétence C3 : 1 min 30 s" in plain(strip.coverage.accessibleDescription())
    assert "C1 Compétence C1 : aucun temps" in plain(strip.coverage.accessibleDescription())
    assert plain(child(window, QLabel, "time_C3").text()) == "Temps : 1 min 30 s"
    # Moving to another control of the same row keeps the competency.
    child(window, QPlainTextEdit, "comment_C3").setFocus()
    tick(strip, clock, 30)
    focus_row(window, "C5")
    tick(strip, clock, 45)
    click(qtbot, strip.start_pause)  # the pause writes the seconds onto the sheet

    rows = {row.code: row for row in JurorDesk(workspace).grid("cand-1").rows}
    assert rows["C3"].seconds_discussed == 120
    assert rows["C5"].seconds_discussed == 45
    assert rows["C1"].seconds_discussed == 0


def test_focus_before_the_start_counts_nothing(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    focus_row(window, "C4")  # preparing: the pitch has not begun
    strip = start(qtbot, window)
    tick(strip, clock, 300)
    assert strip.state is not None and strip.state.focus is None
    assert strip.coverage.uncovered()[3] == ("C4", "Compétence C4")


def test_short_time_names_the_competencies_not_discussed(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    for code in ("C1", "C2", "C3", "C5", "C6", "C8"):
        focus_row(window, code)
        tick(strip, clock, 490)
    assert not strip.coverage_warning.isVisible()  # 11 minutes left: not yet
    tick(strip, clock, 60)
    assert strip.time_level is TimeLevel.WARNING
    assert strip.coverage_warning.isVisible()
    assert plain(strip.coverage_warning.text()) == (
        "Non abordées : C4 Compétence C4, C7 Compétence C7"
    )
    assert "#b34000" in child(strip.coverage, QLabel, "coverage_C4").styleSheet()
    assert "#000091" in child(strip.coverage, QLabel, "coverage_C1").styleSheet()


def test_the_menu_shortcuts_drive_the_clock(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = strip_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING
    assert window.clock_toggle_action.text() == "Mettre le chronomètre en pause"
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert strip.phase_label.text() == "Phase 2 / 3 — Questions"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert strip.state is not None and strip.state.status is ClockStatus.PAUSED


def test_ctrl_t_types_the_elapsed_time_into_the_comment(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    comment = child(window, QPlainTextEdit, "comment_C2")
    comment.setFocus()
    qtbot.keyClicks(comment, "Bon cadrage")
    tick(strip, clock, 724)
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    qtbot.keyClick(comment, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert comment.toPlainText() == "Bon cadrage\n[12:04] "
    # From the level selector: the row's comment gets the mark, and the focus.
    focus_row(window, "C6")
    tick(strip, clock, 10)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    comment_c6 = child(window, QPlainTextEdit, "comment_C6")
    assert comment_c6.toPlainText() == "[12:14] "
    assert comment_c6.hasFocus()
    comment_c6.clearFocus()  # leaving the box writes it
    assert window.workspace is not None
    assert JurorDesk(window.workspace).grid("cand-1").rows[5].comment == "[12:14] "


def test_ctrl_t_before_the_start_explains_instead(qtbot: QtBot, window: MainWindow) -> None:
    comment = child(window, QPlainTextEdit, "comment_C1")
    comment.setFocus()
    qtbot.keyClick(comment, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert comment.toPlainText() == ""
    assert "n’a pas démarré" in plain(strip_of(window).notice.text())


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_the_small_clock_stays_on_top_and_in_step(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 3000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    small = window.clock_window
    assert isinstance(small, ClockWindow) and small.isVisible()
    flags = small.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert (flags & Qt.WindowType.WindowType_Mask) == Qt.WindowType.Tool
    assert small.parent() is None  # not minimised with the main window
    assert small.time_label.text() == strip.time_label.text() == "10:00"
    assert small.phase_label.text() == "Phase 1 / 3 — Pitch"
    assert plain(small.alert_label.text()) == "Attention : 10 minutes restantes"

    tick(strip, clock, 15)  # one timer, two views
    assert small.time_label.text() == "09:45"
    click(qtbot, small.start_pause)  # pause from the small window
    assert small.start_pause.text() == "&Reprendre"
    assert strip.start_pause.text() == "Reprendre"
    click(qtbot, strip.next_phase_button)
    assert small.phase_label.text() == "Phase 2 / 3 — Questions"

    small.close()
    assert not window.small_clock_action.isChecked()
    assert window.clock_window is None
    window.small_clock_action.trigger()
    assert window.clock_window is not None and window.clock_window.isVisible()
    window.close_workspace()
    assert window.clock_window is None


def test_the_clock_follows_the_candidate_shown(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 300)
    assert window.page is not None
    window.page.select_candidate("cand-2")
    assert strip.candidate_id == "cand-2"
    assert strip.time_label.text() == "60:00"
    assert not strip.session.ticking
    clock.advance(60)
    window.page.select_candidate("cand-1")  # its interview went on meanwhile
    assert strip.time_label.text() == "54:00"
    assert strip.session.ticking
    assert not strip.notice.isVisible()  # same run of the application: no interruption


def test_time_counted_across_a_restart_is_announced(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FakeClock
) -> None:
    # The clock of cand-2 was started by an earlier run of the application.
    InterviewClock(workspace, "cand-2", clock, run_id="earlier-run").start()
    clock.advance(200)
    assert window.page is not None
    window.page.select_candidate("cand-2")
    strip = strip_of(window)
    assert strip.notice.isVisible()
    assert plain(strip.notice.text()) == "Reprise après interruption : 3 min 20 s comptées"
    assert strip.time_label.text() == "56:40"


def test_a_refused_command_is_shown_in_one_line(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FakeClock
) -> None:
    strip = strip_of(window)
    # Someone else (another window on the same workspace) starts it meanwhile.
    InterviewClock(workspace, "cand-1", clock).start()
    click(qtbot, strip.start_pause)  # the strip still shows "Démarrer"
    assert strip.error.isVisible()
    assert "\n" not in strip.error.text()
    assert "Cannot start" in strip.error.text()
    assert strip.state is not None and strip.state.status is ClockStatus.RUNNING
    assert strip.start_pause.text() == "Pause"  # the strip caught up
    click(qtbot, strip.start_pause)
    assert not strip.error.isVisible()


def _unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_every_focusable_widget_of_the_clock_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    strip = strip_of(window)
    focusable = [
        w for w in strip.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert {w.objectName() for w in focusable} >= {
        "clock_start_pause",
        "clock_next_phase",
        "clock_stop",
    }
    assert _unnamed_focusable(strip) == []
    start(qtbot, window)
    window.small_clock_action.trigger()
    assert window.clock_window is not None
    assert _unnamed_focusable(window.clock_window) == []
    assert _unnamed_focusable(window) == []
    interface = QAccessible.queryAccessibleInterface(window.clock_window.time_label)
    assert interface is not None
    assert plain(interface.text(QAccessible.Text.Name)) == "Temps restant : 60:00"


def test_tab_goes_from_the_clock_to_the_grid(qtbot: QtBot, window: MainWindow) -> None:
    strip = start(qtbot, window)  # before the start, only "Démarrer" is enabled
    strip.start_pause.setFocus()
    names = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())  # type: ignore[union-attr]
    assert names[:3] == ["clock_next_phase", "clock_stop", "descriptors_C1"]


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_screenshot_during_a_warning(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    strip = start(qtbot, window)
    focus_row(window, "C1")
    tick(strip, clock, 640)
    click(qtbot, strip.next_phase_button)
    for code, seconds in (("C2", 900), ("C3", 700), ("C5", 400), ("C6", 500), ("C8", 337)):
        focus_row(window, code)
        tick(strip, clock, seconds)
    assert strip.time_level is TimeLevel.WARNING
    assert window.page is not None
    QApplication.processEvents()  # lay out the texts just changed before the picture
    target = Path(os.environ.get("JURY_DESK_SCREENSHOT_DIR", tmp_path)) / "clock_strip.png"
    assert window.page.right_pane.grab().save(str(target))
    assert window.grab().save(str(target.with_name("clock_window_warning.png")))
    window.small_clock_action.trigger()
    assert window.clock_window is not None
    QApplication.processEvents()
    assert window.clock_window.grab().save(str(target.with_name("clock_small.png")))


def test_the_candidate_list_shows_the_interview_as_it_starts_and_ends(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.page is not None
    model = window.page.model
    status = model.index(model.row_of("cand-1") or 0, CandidateTableModel.STATUS)
    assert model.data(status) == "à préparer"
    strip = start(qtbot, window)
    qtbot.waitUntil(lambda: model.data(status) == "en entretien", timeout=2000)
    strip.session.stop()
    qtbot.waitUntil(lambda: model.data(status) == "à préparer", timeout=2000)


# --------------------------------------------------------------------------- one at a time


@pytest.mark.parametrize(
    ("answer", "cand_1_after"),
    [
        ("clock_other_pause", ClockStatus.PAUSED),
        ("clock_other_end", ClockStatus.STOPPED),
        ("clock_other_cancel", ClockStatus.RUNNING),
    ],
    ids=["paused", "ended", "cancelled"],
)
def test_one_interview_at_a_time(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    clock: FakeClock,
    answer: str,
    cand_1_after: ClockStatus,
) -> None:
    strip = start(qtbot, window)
    tick(strip, clock, 120)
    assert window.page is not None
    window.page.select_candidate("cand-2")
    asked: list[str] = []

    def respond(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(plain(box.text()))
        button = box.findChild(QPushButton, answer)
        assert button is not None
        button.click()

    answer_next_modal(respond)
    strip.toggle()
    assert asked == ["L’entretien de Zoë Lefèvre est en cours."]
    assert InterviewClock(workspace, "cand-1", clock).state().status is cand_1_after
    cand_2 = InterviewClock(workspace, "cand-2", clock).state().status
    expected_2 = ClockStatus.NOT_STARTED if answer == "clock_other_cancel" else ClockStatus.RUNNING
    assert cand_2 is expected_2


def test_the_idle_lock_waits_while_the_clock_runs(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.context.settings.setValue(preferences.IDLE_LOCK_KEY, 5)
    window.idle_lock.reload()
    strip = start(qtbot, window)
    clock.advance(10 * 60)  # ten quiet minutes: the juror listens to the candidate
    window.idle_lock._idle()
    assert not window.idle_lock.locked
    strip.toggle()  # paused: the juror left the room
    clock.advance(10 * 60)
    window.idle_lock._idle()
    assert window.idle_lock.locked


def test_quitting_during_an_interview_is_asked(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start(qtbot, window)
    seen: list[str] = []

    def stay(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(plain(box.text()))
        rester = next(b for b in box.buttons() if b.text() == "&Rester")
        rester.click()

    answer_next_modal(stay)
    window.quit_asking()
    assert seen == ["L’entretien de Zoë Lefèvre est en cours. Quitter jury-desk quand même ?"]
    assert window.isVisible() and window.workspace is not None
