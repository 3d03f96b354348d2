"""A small clock that stays above other windows, for interviews held by video call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from jury_desk.juror.interview.state import InterviewState, TimeLevel
from jury_desk.ui.clock.session import ClockSession
from jury_desk.ui.clock.text import (
    alert_text,
    can_toggle,
    level_of,
    phase_text,
    state_description,
    time_accessible_name,
    time_font,
    time_text,
    toggle_texts,
)
from jury_desk.ui.theme.clock import level_colours
from jury_desk.ui.theme.icons import show_icon, toggle_icon_name
from jury_desk.ui.theme.palette import set_themed_style

_WINDOW_STYLE = "QDialog#clock_window {{ background-color: {background}; }}"


class ClockWindow(QDialog):
    """Phase and time left of the interview under way, with pause and resume.

    A tool window that stays on top, so it can sit beside a video call; it
    shows the same `ClockSession` as the strip above the grid, so both always
    agree. A dialog rather than a bare widget, so that screen readers see a
    window. Emits `finished` (QDialog's) when it is closed.
    """

    def __init__(self, session: ClockSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clock_window")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        # macOS hides tool windows while another application is active: not this one.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setWindowTitle(self.tr("Horloge de l’entretien"))
        self.setAccessibleName(self.tr("Petite horloge de l’entretien"))
        self._session = session
        self._level: TimeLevel | None = None

        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("clock_window_phase")
        self.phase_label.setWordWrap(True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.time_label = QLabel(self)
        self.time_label.setObjectName("clock_window_time")
        self.time_label.setFont(time_font(self.font(), 3.2))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.alert_label = QLabel(self)
        self.alert_label.setObjectName("clock_window_alert")
        self.alert_label.setWordWrap(True)
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.start_pause = QPushButton(self)
        self.start_pause.setObjectName("clock_window_start_pause")
        self.start_pause.setAutoDefault(False)  # Enter must not pause the clock by surprise
        self.start_pause.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_pause.clicked.connect(self.toggle)

        self.error = QLabel(self)
        self.error.setObjectName("clock_window_error")
        self.error.setWordWrap(True)
        set_themed_style(self.error, lambda colours: f"color: {colours.error};")
        self.error.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.start_pause, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        self.setMinimumWidth(220)

        session.changed.connect(self._show)
        session.failed.connect(self._show_error)
        self._show(session.state)

    @Slot()
    def toggle(self) -> None:
        """Start, pause or resume the clock."""
        self._show_error("")
        self._session.start_or_pause()

    @Slot(object)
    def _show(self, state: InterviewState | None) -> None:
        self.phase_label.setText(phase_text(state))
        self.time_label.setText(time_text(state))
        self.time_label.setAccessibleName(time_accessible_name(state))
        alert = alert_text(state)
        self.alert_label.setText(alert)
        self.alert_label.setVisible(bool(alert))
        self.setAccessibleDescription(state_description(state))
        text, name = toggle_texts(state)
        self.start_pause.setText(f"&{text}")  # Alt+its first letter, in this small window
        show_icon(self.start_pause, toggle_icon_name(state))
        self.start_pause.setAccessibleName(name)
        self.start_pause.setEnabled(can_toggle(state))
        self._show_level(level_of(state))

    def _show_level(self, level: TimeLevel) -> None:
        if level == self._level:
            return
        self._level = level
        set_themed_style(
            self,
            lambda colours: _WINDOW_STYLE.format(
                background=level_colours(level, colours).background
            ),
        )
        set_themed_style(self.time_label, lambda c: f"color: {level_colours(level, c).text};")
        set_themed_style(
            self.alert_label,
            lambda c: f"color: {level_colours(level, c).text}; font-weight: 600;",
        )
        self.setProperty("time_level", level.value)

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
