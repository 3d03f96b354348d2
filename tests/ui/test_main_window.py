"""The juror's window as a whole: candidates, restart, opening bundles, keyboard, names."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAction, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPlainTextEdit, QWidget

from jury_desk.juror.desk import CandidateStatus, CandidateSummary, JurorDesk
from jury_desk.kernel.paths import workspace_path
from jury_desk.session.recent import RecentSession
from jury_desk.ui.flows.open_flow import SessionOpener
from jury_desk.ui.shell.background import SynchronousRunner
from jury_desk.ui.shell.candidate_model import CandidateTableModel
from jury_desk.ui.shell.context import Profile, WindowContext
from jury_desk.ui.shell.main_window import MainWindow
from tests.bundle_factory import Setting, make_setting
from tests.factories import FakeClock
from tests.paths import REPO_ROOT

REPO = REPO_ROOT


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """An organiser, two jurors, a bundle opened by the chair: made once for the module."""
    clock = FakeClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    setting = make_setting(tmp_path_factory.mktemp("window"), clock.now(), fast_secrets=True)
    bundle = setting.build("session.jdbundle", clock)
    setting.chair.open(bundle, clock)
    return setting


def _window(qtbot: QtBot, setting: Setting, settings: QSettings, clock: FakeClock) -> MainWindow:
    profile = Profile(setting.chair.home, setting.chair.secrets)
    window = MainWindow(WindowContext(profile, clock, settings, SynchronousRunner()))
    qtbot.addWidget(window)
    SessionOpener(window, setting.root / "demo")
    return window


@pytest.fixture
def window(
    qtbot: QtBot, setting: Setting, settings: QSettings, clock: FakeClock
) -> Iterator[MainWindow]:
    window = _window(qtbot, setting, settings, clock)
    window.findChild(SessionOpener).open_recent(setting.spec.id)  # type: ignore[union-attr]
    window.show()
    yield window
    window.close()


def _summary(candidate_id: str, status: CandidateStatus) -> CandidateSummary:
    return CandidateSummary(
        candidate_id,
        "Zoë",
        "Rando",
        "Incubateur",
        "Accélération",
        "Intrapreneuse",
        datetime(2026, 11, 30, 8, tzinfo=UTC),
        60,
        status,
        False,
        date(2027, 1, 30),
    )


def test_the_candidate_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    model = CandidateTableModel()
    model.set_candidates(
        [_summary("a", CandidateStatus.TO_PREPARE), _summary("b", CandidateStatus.SIGNED)],
        date(2026, 12, 1),
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.update_candidates(
        [_summary("a", CandidateStatus.SCORED), _summary("b", CandidateStatus.SIGNED)]
    )
    assert model.data(model.index(0, CandidateTableModel.STATUS)) == "noté"


def test_an_overdue_decision_is_marked(qtbot: QtBot) -> None:
    model = CandidateTableModel()
    model.set_candidates([_summary("a", CandidateStatus.SCORED)], date(2027, 2, 1))
    assert "en retard" in str(model.data(model.index(0, CandidateTableModel.DUE)))


def test_the_window_lists_candidates_in_schedule_order_with_status(window: MainWindow) -> None:
    assert window.page is not None
    model = window.page.model
    names = [
        model.data(model.index(r, CandidateTableModel.CANDIDATE)) for r in range(model.rowCount())
    ]
    assert [str(n).split("\n")[0] for n in names] == ["Zoë Lefèvre", "Nguyễn Thị Mai"]
    assert model.data(model.index(0, CandidateTableModel.STATUS)) == "à préparer"
    assert "Session de test" in window.windowTitle()


def test_work_survives_a_restart_of_the_window(
    qtbot: QtBot, setting: Setting, settings: QSettings, clock: FakeClock
) -> None:
    first = _window(qtbot, setting, settings, clock)
    first.findChild(SessionOpener).open_recent(setting.spec.id)  # type: ignore[union-attr]
    assert first.page is not None
    first.page.select_candidate("cand-2")
    comment = first.findChild(QPlainTextEdit, "comment_C3")
    assert comment is not None
    comment.setFocus()
    qtbot.keyClicks(comment, "Tres clair sur les couts")  # QTest aborts on accents
    level = first.findChild(QComboBox, "level_C3")
    assert level is not None
    level.setCurrentIndex(3)  # "Maîtrisé"
    first.close()  # flushes, closes the workspace, keeps the settings

    second = _window(qtbot, setting, settings, clock)
    second.findChild(SessionOpener).open_recent(setting.spec.id)  # type: ignore[union-attr]
    assert second.page is not None
    assert second.page.current_candidate() == "cand-2"
    comment = second.findChild(QPlainTextEdit, "comment_C3")
    level = second.findChild(QComboBox, "level_C3")
    assert comment is not None and comment.toPlainText() == "Tres clair sur les couts"
    assert level is not None and level.currentIndex() == 3
    second.close()


def test_a_damaged_bundle_shows_the_error_and_keeps_the_session(
    qtbot: QtBot, window: MainWindow, setting: Setting, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.jdbundle"
    data = bytearray((setting.root / "session.jdbundle").read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    workspace_before = window.workspace
    opener = window.findChild(SessionOpener)
    assert opener is not None
    opener.open_bundle(damaged, None)
    box = window.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible()
    assert "damaged" in box.text() or "endommag" in box.text()
    assert window.workspace is workspace_before and window.page is not None
    # The session is still usable: an edit is still saved.
    window.page.grid.show_candidate("cand-1")
    desk = JurorDesk(window.workspace)  # type: ignore[arg-type]
    desk.editor.set_level("cand-1", "C1", 2)
    assert desk.grid("cand-1").rows[0].level == 2
    box.close()


def test_candidates_move_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page is not None
    window.page.select_candidate("cand-1")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.page.current_candidate() == "cand-2"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.page.current_candidate() == "cand-1"


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


def test_every_focusable_widget_has_an_accessible_name(window: MainWindow) -> None:
    assert _unnamed_focusable(window) == []
    window.close_workspace()
    assert _unnamed_focusable(window) == []  # the welcome page too


def test_the_window_fits_a_1366x768_screen(window: MainWindow) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.page is not None
    widths = window.page.splitter.sizes()
    assert all(width > 150 for width in widths), widths


@pytest.mark.slow
def test_screenshot_of_the_demo(tmp_path: Path) -> None:
    image = tmp_path / "window.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jury_desk",
            "--home",
            str(tmp_path / "home"),
            "--screenshot",
            str(image),
            "demo",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "JURY_DESK_SECRETS": "file",
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    picture = QImage(str(image))
    assert (picture.width(), picture.height()) == (1366, 768)
    assert workspace_path(tmp_path / "home" / "demo" / "chair", "rs6247-2026-11-demo").exists()


def test_competency_and_level_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page is not None and window.workspace is not None
    window.page.select_candidate("cand-2")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    level = window.findChild(QComboBox, "level_C5")
    assert level is not None and level.hasFocus()
    qtbot.keyClick(level, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    desk = JurorDesk(window.workspace)
    assert desk.grid("cand-2").rows[4].level == 3
    qtbot.keyClick(level, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert desk.grid("cand-2").rows[4].level is None
    assert "Enregistré à" in window.save_label.text()


def test_the_level_and_competency_menus_name_the_session_s_words(window: MainWindow) -> None:
    levels = [action.text() for action in window.level_actions if action.isVisible()]
    assert levels == [
        "0 · Insuffisant pour la compétence en cours",
        "1 · À consolider pour la compétence en cours",
        "2 · Maîtrisé pour la compétence en cours",
        "3 · Expert pour la compétence en cours",
    ]
    assert window.competency_actions[4].text() == "C5 · Compétence C5"
    assert [a.shortcut().toString() for a in window.level_actions] == [
        f"Ctrl+{rank}" for rank in range(4)
    ]
    window.close_workspace()  # no session: numbers again, disabled
    assert window.level_actions[2].text() == "Niveau 2 pour la compétence en cours"
    assert not window.level_actions[2].isEnabled()


def test_the_dossier_s_shortcuts_work_from_the_grid(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page is not None
    window.page.select_candidate("cand-1")
    dossier = window.page.dossier
    assert dossier.tabs.count() >= 2 and dossier.tabs.currentIndex() == 0  # the first document
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    comment = window.findChild(QPlainTextEdit, "comment_C1")
    assert comment is not None
    comment.setFocus()
    qtbot.keyClick(comment, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dossier.tabs.currentIndex() == 1
    assert comment.hasFocus()  # the juror goes on typing
    qtbot.keyClick(comment, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and dossier.isAncestorOf(focused)


def _shortcut_scopes(window: MainWindow) -> list[tuple[str, QWidget, str]]:
    """Every key of the window's actions and QShortcut objects, with where it can fire."""
    bindings: list[tuple[str, QWidget, str]] = []
    actions = {id(a): a for a in [*window.actions(), *window.findChildren(QAction)]}
    for action in actions.values():
        for keys in action.shortcuts():
            # A window-wide action fires anywhere in the window; the others only in
            # the widgets they are added to, which here are the window too.
            bindings.append((keys.toString(), window, action.text()))
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        assert isinstance(owner, QWidget)
        scope = window if shortcut.context() == Qt.ShortcutContext.WindowShortcut else owner
        for keys in shortcut.keys():  # noqa: SIM118 (its key sequences; not a dict)
            bindings.append((keys.toString(), scope, owner.objectName()))
    return bindings


def test_no_two_shortcuts_of_the_window_share_keys(window: MainWindow) -> None:
    # Two bindings clash when one's scope holds the other's (Qt then reports an
    # "ambiguous shortcut overload" and runs neither), as Ctrl+0 did in the dossier.
    bindings = _shortcut_scopes(window)
    assert any(name == "dossier_view" for _keys, _scope, name in bindings)  # the dossier's
    clashes = [
        (keys, first_name, second_name)
        for index, (keys, first_scope, first_name) in enumerate(bindings)
        for other_keys, second_scope, second_name in bindings[index + 1 :]
        if keys == other_keys
        and (
            first_scope.isAncestorOf(second_scope)
            or second_scope.isAncestorOf(first_scope)
            or first_scope is second_scope
        )
    ]
    assert clashes == []


def test_recent_sessions_show_when_they_were_opened_in_french_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.close_workspace()  # opened at 08:00 UTC by the fixture's clock: 09:00 in Paris
    items = [window.welcome.recent.item(row).text() for row in range(window.welcome.recent.count())]
    # With when its workspace may be deleted: the session's end plus the delay plus two months.
    assert items == [
        "Session de test — ouverte le 30/11/2026 09:00 ; son espace de travail peut être "
        "supprimé après le 01/04/2027"
    ]
    summer = datetime(2026, 5, 20, 22, 30, tzinfo=UTC)  # summer time, and the next day
    window.welcome.set_recent([RecentSession("s", "Mai", summer)])
    assert window.welcome.recent.item(0).text() == "Mai — ouverte le 21/05/2026 00:30"


def test_closing_the_session_clears_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page is not None
    window.page.select_candidate("cand-2")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    level = window.findChild(QComboBox, "level_C5")
    assert level is not None
    qtbot.keyClick(level, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert "Enregistré à" in window.save_label.text()
    assert len(_colours(window.save_mark)) > 1  # the ✓ mark is drawn
    window.statusBar().showMessage("Importation terminée : 1 grille importée.")
    window.close_workspace()
    assert window.stack.currentWidget() is window.welcome
    assert window.statusBar().currentMessage() == ""
    assert window.save_label.text() == ""
    assert len(_colours(window.save_mark)) == 1  # nothing drawn on the background


def _colours(widget: QWidget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
