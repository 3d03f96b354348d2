"""The interview clock above the grid: phase, time left, phases, competencies discussed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jury_desk.juror.desk import JurorDesk
from jury_desk.juror.interview.elsewhere import InterviewUnderWay
from jury_desk.juror.interview.state import ClockStatus, InterviewState, TimeLevel
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.ui.clock.coverage import CoverageBar
from jury_desk.ui.clock.format import elapsed_stamp, minutes_part, whole_seconds
from jury_desk.ui.clock.phases import PhaseBars
from jury_desk.ui.clock.session import ClockSession
from jury_desk.ui.clock.text import (
    alert_text,
    can_toggle,
    level_of,
    phase_text,
    state_description,
    status_text,
    time_accessible_name,
    time_font,
    time_is_short,
    time_text,
    toggle_texts,
    under_way,
)
from jury_desk.ui.grid.format import fill
from jury_desk.ui.grid.panel import GridPanel
from jury_desk.ui.grid.widgets import make_bold
from jury_desk.ui.shell.error_text import one_line
from jury_desk.ui.theme.clock import level_colours
from jury_desk.ui.theme.colours import Colours
from jury_desk.ui.theme.icons import IconName, icon, show_icon, toggle_icon_name
from jury_desk.ui.theme.palette import StyleBuilder, set_themed_style

_FRAME_STYLE = (
    "QFrame#clock_strip {{ background-color: {background};"
    " border: 1px solid {border}; border-left: 4px solid {accent}; }}"
)


def _notice_style(colours: Colours) -> str:
    return f"color: {colours.info};"


def _error_style(colours: Colours) -> str:
    return f"color: {colours.error}; font-weight: 600;"


# Set on each row the strip listens to, so that a row is connected only once.
_WATCHED = "clock_strip_watched"


class ClockStrip(QFrame):
    """The interview clock of the candidate shown, above the grid.

    Shows the phase, the time left (large; counting up in red past the plan),
    a bar per phase and which competencies got time. Its buttons start, pause
    and resume the clock, move to the next phase and end the interview (after
    a confirmation). While the clock runs, the grid row that gets the focus is
    the competency under discussion: its time is counted, and shown in the grid.
    The state is read again every second while the clock runs (`refresh`).
    """

    def __init__(
        self,
        desk: JurorDesk,
        clock: Clock,
        grid: GridPanel,
        parent: QWidget | None = None,
        *,
        run_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clock_strip")
        self.setAccessibleName(self.tr("Chronomètre de l’entretien"))
        self._desk = desk
        self._grid = grid
        self._level: TimeLevel | None = None
        self._last_row_code: str | None = None
        self.session = ClockSession(desk.workspace, clock, run_id, self)

        self.time_label = QLabel(self)
        self.time_label.setObjectName("clock_time")
        self.time_label.setFont(time_font(self.font(), 2.6))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("clock_phase")
        self.phase_label.setWordWrap(True)
        make_bold(self.phase_label)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("clock_status")
        self.status_label.setWordWrap(True)

        self.phases = PhaseBars(self)
        self.coverage = CoverageBar(self)
        coverage_caption = QLabel(self.tr("Compétences"), self)
        coverage_caption.setObjectName("coverage_caption")

        self.coverage_warning = self._message_label("coverage_warning", None)
        self.notice = self._message_label("clock_notice", _notice_style)
        self.error = self._message_label("clock_error", _error_style)

        self.start_pause = self._button("clock_start_pause", self.toggle)
        self.start_pause.setToolTip(self.tr("Démarrer, mettre en pause ou reprendre (F5)"))
        self.next_phase_button = self._button("clock_next_phase", self.next_phase)
        self.next_phase_button.setText(self.tr("Phase suivante"))
        self.next_phase_button.setIcon(icon(IconName.NEXT_PHASE))
        self.next_phase_button.setAccessibleName(self.tr("Passer à la phase suivante"))
        self.next_phase_button.setToolTip(self.tr("Passer à la phase suivante (F6)"))
        self.stop_button = self._button("clock_stop", self.ask_to_stop)
        self.stop_button.setText(self.tr("Terminer l’entretien"))
        self.stop_button.setIcon(icon(IconName.STOP))
        self.stop_button.setAccessibleName(self.tr("Terminer l’entretien"))
        self.stop_button.setToolTip(self.tr("Arrêter le chronomètre : l’entretien est terminé"))

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.phase_label)
        words.addWidget(self.status_label)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.time_label)
        top.addLayout(words, 1)

        coverage_line = QHBoxLayout()
        coverage_line.setSpacing(8)
        coverage_line.addWidget(coverage_caption)
        coverage_line.addWidget(self.coverage, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.start_pause)
        buttons.addWidget(self.next_phase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.phases)
        layout.addLayout(coverage_line)
        layout.addWidget(self.coverage_warning)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        QWidget.setTabOrder(self.start_pause, self.next_phase_button)
        QWidget.setTabOrder(self.next_phase_button, self.stop_button)

        self.session.changed.connect(self._show)
        self.session.failed.connect(self._show_error)
        self._show(None)

    # The window's calls.

    @property
    def candidate_id(self) -> str | None:
        return self.session.candidate_id

    @property
    def state(self) -> InterviewState | None:
        return self.session.state

    @property
    def time_level(self) -> TimeLevel:
        """The colour state shown: normal, warning (from the first mark) or overrun."""
        return level_of(self.session.state)

    def show_candidate(self, candidate_id: str | None) -> None:
        """Follow the clock of `candidate_id` (None: none); tell of any time counted while away."""
        self.error.clear()
        self.error.setVisible(False)
        self._last_row_code = None
        titles: list[tuple[str, str]] = []
        if candidate_id is not None:
            try:
                titles = [(row.code, row.title) for row in self._desk.grid(candidate_id).rows]
            except UserError as error:
                self._show_error(one_line(error))
        self.coverage.set_competencies(titles)
        resumed = self.session.show_candidate(candidate_id)
        if resumed is not None:
            minutes, seconds = minutes_part(resumed)
            self._show_notice(
                fill(self.tr("Reprise après interruption : %1 min %2 s comptées"), minutes, seconds)
            )
        else:
            self._show_notice("")
        self._watch_rows()

    @Slot()
    def refresh(self) -> None:
        """Read the clock again (the 1-second timer calls this while the clock runs)."""
        self.session.refresh()

    @Slot()
    def toggle(self) -> None:
        """Start, pause or resume, as the button would; one interview at a time."""
        if not self.start_pause.isEnabled():
            return
        state = self.session.state
        starting = state is not None and state.status in (
            ClockStatus.NOT_STARTED,
            ClockStatus.PAUSED,
        )
        other = self.session.running_elsewhere() if starting else None
        if other is not None and not self._settle(other):
            return
        self._clear_error()
        self.session.start_or_pause()

    def _settle(self, other: InterviewUnderWay) -> bool:
        """Ask what to do with the interview that runs; False if the person cancels."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Un seul entretien à la fois"),
            self.tr("L’entretien de {name} est en cours.").format(name=other.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("clock_other_running")
        box.setInformativeText(
            self.tr("Le mettre en pause (il pourra reprendre) ou le terminer avant de commencer ?")
        )
        pause = box.addButton(self.tr("Le mettre en &pause"), QMessageBox.ButtonRole.AcceptRole)
        pause.setObjectName("clock_other_pause")
        end = box.addButton(self.tr("Le &terminer"), QMessageBox.ButtonRole.DestructiveRole)
        end.setObjectName("clock_other_end")
        cancel = box.addButton(self.tr("&Annuler"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("clock_other_cancel")
        box.setDefaultButton(pause)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (pause, end):
            return False
        self.session.settle_other(other.candidate_id, end=clicked is end)
        return True

    @Slot()
    def next_phase(self) -> None:
        if self.next_phase_button.isEnabled():
            self._clear_error()
            self.session.next_phase()

    @Slot()
    def ask_to_stop(self) -> None:
        """Ask before ending the interview: the clock cannot be started again afterwards."""
        state = self.session.state
        if not under_way(state) or state is None:
            return
        detail = self.tr("Le temps compté est conservé ; le chronomètre ne pourra pas repartir.")
        if state.remaining_s > 0:
            minutes, seconds = minutes_part(state.remaining_s)
            left = fill(self.tr("Il reste %1 min %2 s prévues."), minutes, seconds)
            detail = f"{left} {detail}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Terminer l’entretien"),
            self.tr("Terminer l’entretien et arrêter le chronomètre ?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("clock_stop_confirm")
        box.setInformativeText(detail)
        confirm = box.addButton(self.tr("&Terminer l’entretien"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("clock_stop_confirm_yes")
        keep = box.addButton(self.tr("&Continuer l’entretien"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("clock_stop_confirm_no")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        candidate = self.session.candidate_id

        def answered() -> None:
            if box.clickedButton() is confirm and self.session.candidate_id == candidate:
                self._clear_error()
                self.session.stop()

        box.finished.connect(answered)
        box.open()

    def insert_elapsed_time(self) -> bool:
        """Type "[mm:ss] " (time elapsed) at the cursor of the comment being written.

        The comment is the text box of the grid that has the focus, or else the
        comment of the competency last worked on. Returns whether it was typed.
        """
        self.session.refresh()
        state = self.session.state
        if state is None or state.status is ClockStatus.NOT_STARTED:
            self._show_notice(self.tr("Le chronomètre n’a pas démarré : aucun temps à insérer."))
            return False
        target = self._comment_target()
        if target is None or target.isReadOnly() or not target.isEnabled():
            self._show_notice(
                self.tr("Placez d’abord le curseur dans un commentaire modifiable de la grille.")
            )
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.textCursor().insertText(elapsed_stamp(state.elapsed_s))
        target.ensureCursorVisible()
        return True

    # Inside.

    def _comment_target(self) -> QPlainTextEdit | None:
        focused = self.window().focusWidget()
        if isinstance(focused, QPlainTextEdit) and self._grid.isAncestorOf(focused):
            return focused
        for row in self._grid.rows():
            if row.code == self._last_row_code:
                return row.comment
        return None

    def _watch_rows(self) -> None:
        """Listen to the rows of the grid (it makes new ones when the referential changes)."""
        for row in self._grid.rows():
            if not row.property(_WATCHED):
                row.focus_entered.connect(self._row_focused)
                row.setProperty(_WATCHED, True)

    @Slot(str)
    def _row_focused(self, code: str) -> None:
        if self._grid.candidate_id != self.session.candidate_id:
            return  # the grid shows another candidate than the clock
        self._last_row_code = code
        state = self.session.state
        if state is not None and state.status is ClockStatus.RUNNING and state.focus != code:
            self.session.focus(code)

    @Slot(object)
    def _show(self, state: InterviewState | None) -> None:
        self._watch_rows()
        self.phase_label.setText(phase_text(state))
        self.time_label.setText(time_text(state))
        self.time_label.setAccessibleName(time_accessible_name(state))
        status, alert = status_text(state), alert_text(state)
        self.status_label.setText(" · ".join(part for part in (status, alert) if part))
        self.setAccessibleDescription(state_description(state))
        self._show_level(level_of(state))
        self.phases.show_state(state)
        self._show_coverage(state)
        text, name = toggle_texts(state)
        self.start_pause.setText(text)
        show_icon(self.start_pause, toggle_icon_name(state))
        self.start_pause.setAccessibleName(name)
        self.start_pause.setEnabled(can_toggle(state))
        self.next_phase_button.setEnabled(
            under_way(state) and state is not None and state.phase_index + 1 < len(state.phases)
        )
        self.stop_button.setEnabled(under_way(state))
        self._show_seconds_in_grid(state)

    def _show_level(self, level: TimeLevel) -> None:
        if level == self._level:
            return  # style sheets are set only when the level changes
        self._level = level
        set_themed_style(
            self,
            lambda colours: _FRAME_STYLE.format(
                background=level_colours(level, colours).background,
                border=colours.border,
                accent=level_colours(level, colours).accent,
            ),
        )
        set_themed_style(self.time_label, lambda c: f"color: {level_colours(level, c).text};")
        weight = "" if level is TimeLevel.NORMAL else " font-weight: 600;"
        set_themed_style(
            self.status_label, lambda c: f"color: {level_colours(level, c).text};{weight}"
        )
        self.setProperty("time_level", level.value)

    def _show_coverage(self, state: InterviewState | None) -> None:
        seconds = state.competency_seconds if state is not None else {}
        short = time_is_short(state)
        self.coverage.show_seconds(seconds, short=short)
        missing = self.coverage.uncovered() if short else []
        text = ""
        if missing:
            names = ", ".join(fill(self.tr("%1 %2"), code, title) for code, title in missing)
            text = fill(self.tr("Non abordées : %1"), names)
        self.coverage_warning.setText(text)
        self.coverage_warning.setVisible(bool(text))
        level = level_of(state)
        set_themed_style(
            self.coverage_warning,
            lambda colours: f"color: {level_colours(level, colours).text}; font-weight: 600;",
        )

    def _show_seconds_in_grid(self, state: InterviewState | None) -> None:
        if state is None or self._grid.candidate_id != self.session.candidate_id:
            return
        for code, seconds in state.competency_seconds.items():
            self._grid.set_seconds(code, whole_seconds(seconds))

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setToolTip(message)
        self.error.setVisible(bool(message))

    def _clear_error(self) -> None:
        self._show_error("")

    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def _message_label(self, name: str, style: StyleBuilder | None) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        if style is not None:
            set_themed_style(label, style)
        label.setVisible(False)
        return label

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button
