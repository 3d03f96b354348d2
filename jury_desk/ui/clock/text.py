"""The words of the interview clock, shared by the strip and the small window.

Its colours come from the theme: jury_desk/ui/theme/clock.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from jury_desk.juror.interview.state import ClockStatus, InterviewState, TimeLevel
from jury_desk.ui.clock.format import mm_ss, remaining_text, whole_seconds
from jury_desk.ui.grid.format import fill


def level_of(state: InterviewState | None) -> TimeLevel:
    """The colour level to show (a clock not started is calm, whatever its plan)."""
    if state is None or state.status is ClockStatus.NOT_STARTED:
        return TimeLevel.NORMAL
    return state.time_level


def time_is_short(state: InterviewState | None) -> bool:
    return level_of(state) in (TimeLevel.WARNING, TimeLevel.OVERRUN)


def phase_text(state: InterviewState | None) -> str:
    if state is None:
        return QCoreApplication.translate("ClockText", "Aucun entretien : choisissez un candidat.")
    phase = state.current_phase
    if phase is None:
        return QCoreApplication.translate("ClockText", "Entretien sans phases prévues")
    return fill(
        QCoreApplication.translate("ClockText", "Phase %1 / %2 — %3"),
        state.phase_index + 1,
        len(state.phases),
        phase.title,
    )


def time_text(state: InterviewState | None) -> str:
    return "--:--" if state is None else remaining_text(state.remaining_s)


def time_accessible_name(state: InterviewState | None) -> str:
    if state is None:
        return QCoreApplication.translate("ClockText", "Temps restant : aucun entretien")
    text = remaining_text(state.remaining_s)
    if text.startswith("+"):
        return fill(QCoreApplication.translate("ClockText", "Temps prévu dépassé de %1"), text[1:])
    return fill(QCoreApplication.translate("ClockText", "Temps restant : %1"), text)


def status_text(state: InterviewState | None) -> str:
    if state is None:
        return ""
    if state.status is ClockStatus.NOT_STARTED:
        return fill(
            QCoreApplication.translate("ClockText", "Pas commencé · %1 min prévues"),
            state.planned_s // 60,
        )
    if state.status is ClockStatus.RUNNING:
        return QCoreApplication.translate("ClockText", "En cours")
    if state.status is ClockStatus.PAUSED:
        return QCoreApplication.translate("ClockText", "En pause")
    return fill(
        QCoreApplication.translate("ClockText", "Terminé · durée %1"),
        mm_ss(whole_seconds(state.elapsed_s)),
    )


def alert_text(state: InterviewState | None) -> str:
    """The warning in words, for everyone (not colour alone) and for screen readers."""
    level = level_of(state)
    if state is None or level is TimeLevel.NORMAL:
        return ""
    if level is TimeLevel.OVERRUN:
        return QCoreApplication.translate(
            "ClockText", "Temps prévu dépassé : le chronomètre compte le temps en plus"
        )
    mark = state.marks_passed[-1] if state.marks_passed else 0
    return fill(QCoreApplication.translate("ClockText", "Attention : %1 minutes restantes"), mark)


def state_description(state: InterviewState | None) -> str:
    """One sentence for the accessible description: status, then any warning."""
    parts = [part for part in (status_text(state), alert_text(state)) if part]
    return ". ".join(parts)


def toggle_texts(state: InterviewState | None) -> tuple[str, str]:
    """(button text, accessible name) of the start / pause / resume button."""
    status = state.status if state is not None else ClockStatus.NOT_STARTED
    if status is ClockStatus.RUNNING:
        return QCoreApplication.translate("ClockText", "Pause"), QCoreApplication.translate(
            "ClockText", "Mettre le chronomètre en pause"
        )
    if status is ClockStatus.PAUSED:
        return QCoreApplication.translate("ClockText", "Reprendre"), QCoreApplication.translate(
            "ClockText", "Reprendre le chronomètre"
        )
    if status is ClockStatus.STOPPED:
        return QCoreApplication.translate("ClockText", "Terminé"), QCoreApplication.translate(
            "ClockText", "Entretien terminé"
        )
    return QCoreApplication.translate("ClockText", "Démarrer"), QCoreApplication.translate(
        "ClockText", "Démarrer le chronomètre"
    )


def can_toggle(state: InterviewState | None) -> bool:
    return state is not None and state.status is not ClockStatus.STOPPED


def under_way(state: InterviewState | None) -> bool:
    return state is not None and state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)


def time_font(base: QFont, scale: float) -> QFont:
    """Large, semi-bold digits of equal width, so the figure does not jitter as it counts."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(round(base.pixelSize() * scale))
    font.setWeight(QFont.Weight.DemiBold)
    font.setFeature(QFont.Tag("tnum"), 1)
    return font
