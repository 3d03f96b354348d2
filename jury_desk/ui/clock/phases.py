"""One bar per phase of the interview plan: the time spent against the time planned."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from jury_desk.juror.interview.state import InterviewState, PhaseProgress
from jury_desk.ui.clock.format import whole_seconds
from jury_desk.ui.grid.format import fill
from jury_desk.ui.theme.colours import Colours
from jury_desk.ui.theme.palette import set_themed_style

_BAR_STYLE = (
    "QProgressBar {{ border: {border_width}px solid {border}; border-radius: 3px;"
    " background-color: {background}; color: {text}; text-align: center; }}"
    " QProgressBar::chunk {{ background-color: {chunk}; border-radius: 2px; }}"
)


def _bar_style(colours: Colours, *, current: bool, over: bool) -> str:
    return _BAR_STYLE.format(
        border_width=2 if current else 1,
        border=colours.accent if current else colours.border_strong,
        background=colours.base,
        text=colours.text,
        # The text stays readable over the fill: a light tint in light, a deep one in dark.
        # A phase longer than planned gets an orange tint, never alarming.
        chunk=colours.over_tint if over else colours.accent_tint,
    )


class PhaseBars(QWidget):
    """A bar per phase, as wide as the phase is long, labelled with minutes spent and planned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clock_phases")
        self.setAccessibleName(self.tr("Phases de l’entretien"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._bars: list[QProgressBar] = []
        self._plan: tuple[tuple[str, str, int], ...] = ()
        self._styles: dict[int, tuple[bool, bool]] = {}

    def bars(self) -> list[QProgressBar]:
        return list(self._bars)

    def show_state(self, state: InterviewState | None) -> None:
        phases = state.phases if state is not None else ()
        current_index = state.phase_index if state is not None else -1
        self._ensure_bars(phases)
        for index, (bar, phase) in enumerate(zip(self._bars, phases, strict=True)):
            spent = whole_seconds(phase.spent_s)
            bar.setValue(min(spent, phase.planned_s))
            spent_min, planned_min = spent // 60, phase.planned_s // 60
            # Short, so the strip never widens the window: the current phase's title is on
            # the line above, and every title is in the tooltip and the accessible name.
            text = fill(self.tr("%1. %2/%3 min"), index + 1, spent_min, planned_min)
            bar.setFormat(text)
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance(text) + 12)
            current = index == current_index
            bar.setToolTip(
                fill(
                    self.tr("%1 : %2 min passées sur %3 prévues"),
                    phase.title,
                    spent_min,
                    planned_min,
                )
            )
            bar.setAccessibleName(
                fill(
                    self.tr("Phase %1 : %2 min passées sur %3 prévues%4"),
                    phase.title,
                    spent_min,
                    planned_min,
                    self.tr(" (en cours)") if current else "",
                )
            )
            # Over by a whole minute, as the text then says ("11/10"): seconds are no alarm.
            look = (current, spent_min > planned_min)
            if self._styles.get(index) != look:  # a new style sheet costs a re-polish
                self._styles[index] = look
                set_themed_style(bar, partial(_bar_style, current=current, over=look[1]))

    def _ensure_bars(self, phases: tuple[PhaseProgress, ...]) -> None:
        plan = tuple((phase.code, phase.title, phase.planned_s) for phase in phases)
        if plan == self._plan:
            return
        for bar in self._bars:
            self._layout.removeWidget(bar)
            bar.deleteLater()
        self._bars = []
        self._styles = {}
        self._plan = plan
        for phase in phases:
            bar = QProgressBar(self)
            bar.setObjectName(f"phase_{phase.code}")
            bar.setRange(0, max(phase.planned_s, 1))
            bar.setTextVisible(True)
            bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            # As wide as the phase is long: the pitch is a quarter of the questions.
            self._layout.addWidget(bar, max(phase.planned_s, 1))
            self._bars.append(bar)
        self.setVisible(bool(phases))
