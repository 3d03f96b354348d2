"""One bar per phase of the interview plan: the time spent against the time planned."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from jury_desk.interview.state import InterviewState, PhaseProgress
from jury_desk.ui.clock_format import whole_seconds
from jury_desk.ui.grid_format import fill

_BAR_STYLE = (
    "QProgressBar {{ border: {border_width}px solid {border}; border-radius: 3px;"
    " background-color: #ffffff; color: #161616; text-align: center; }}"
    " QProgressBar::chunk {{ background-color: {chunk}; border-radius: 2px; }}"
)
_CHUNK = "#cacafb"  # DSFR blue-france 850: dark text stays readable over it
_CHUNK_OVER = "#ffca9e"  # a phase longer than planned: a light orange, never alarming
_BORDER = "#929292"
_BORDER_CURRENT = "#000091"


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
        self._styles: dict[int, str] = {}

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
            style = _BAR_STYLE.format(
                border_width=2 if current else 1,
                border=_BORDER_CURRENT if current else _BORDER,
                # Over by a whole minute, as the text then says ("11/10"): seconds are no alarm.
                chunk=_CHUNK_OVER if spent_min > planned_min else _CHUNK,
            )
            if self._styles.get(index) != style:  # a new style sheet costs a re-polish
                self._styles[index] = style
                bar.setStyleSheet(style)

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
