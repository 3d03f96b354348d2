"""Which icon each action of the main window shows beside its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from jury_desk.ui.theme.icons import IconName, icon

if TYPE_CHECKING:
    from jury_desk.ui.shell.main_window import MainWindow


def _by_shortcut(window: MainWindow, keys: str) -> QAction | None:
    # The candidate moves are known by their keys (Alt+↑/↓), which the README promises.
    sequence = QKeySequence(keys)
    return next((a for a in window.actions() if a.shortcut() == sequence), None)


def set_action_icons(window: MainWindow) -> None:
    """Open, import, sign, the clock's actions, previous and next candidate."""
    pairs: list[tuple[QAction | None, IconName]] = [
        (window.open_action, IconName.OPEN),
        (window.import_sheets_action, IconName.IMPORT),
        (window.sign_export_action, IconName.SIGN),
        (window.clock_toggle_action, IconName.START),
        (window.next_phase_action, IconName.NEXT_PHASE),
        (window.small_clock_action, IconName.SMALL_CLOCK),
        (window.stop_interview_action, IconName.STOP),
        (_by_shortcut(window, "Alt+Up"), IconName.PREVIOUS),
        (_by_shortcut(window, "Alt+Down"), IconName.NEXT),
    ]
    for action, name in pairs:
        if action is not None:
            action.setIcon(icon(name))
