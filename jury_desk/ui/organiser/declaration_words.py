"""Where a decision stands with the Caisse des Dépôts, in words: the same on the Déclaration
tab and in the Results board's « Déclaration CDC » column.

The three months to declare a decision (Code du travail, R.6113-17-2) are counted in days
left, « en retard de 3 jours » once over; a line that is overdue or on its last day is
also drawn in the theme's warning colour and in bold, which only repeat the words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from jury_desk.registry.declaration_lines import DeclarationLine, NextStep
from jury_desk.registry.models.declaration import ACCEPTED, GENERATED, REJECTED
from jury_desk.ui.theme.palette import active_colours


def step_words(line: DeclarationLine) -> str:
    """What the declaration of the line's decision waits for ("" when nothing)."""
    step = line.step
    if step is NextStep.DECLARE:
        if line.status == GENERATED:
            # Written in a file the organiser has not said was deposited yet.
            return QCoreApplication.translate("DeclarationWords", "Écrit, à déposer")
        if line.status == REJECTED:
            return QCoreApplication.translate(
                "DeclarationWords", "Rejeté puis corrigé : à déclarer de nouveau"
            )
        if line.status == ACCEPTED:
            return QCoreApplication.translate(
                "DeclarationWords", "Décision corrigée : à déclarer de nouveau"
            )
        return QCoreApplication.translate("DeclarationWords", "À déclarer")
    if step is NextStep.AWAIT_REPORT:
        return QCoreApplication.translate("DeclarationWords", "Déposé, en attente du rapport")
    if step is NextStep.AWAIT_CORRECTION:
        return QCoreApplication.translate("DeclarationWords", "Rejeté : à corriger")
    if step is NextStep.DECLARED:
        return QCoreApplication.translate("DeclarationWords", "Déclaré (accepté)")
    if step is NextStep.WITHDRAW:
        return QCoreApplication.translate(
            "DeclarationWords", "Décision corrigée : à signaler à la CDC"
        )
    return ""


def days_left_words(left: int) -> str:
    """« 12 jours », « 1 jour », « dernier jour », « en retard de 3 jours »."""
    if left < -1:
        return QCoreApplication.translate("DeclarationWords", "en retard de {n} jours").format(
            n=-left
        )
    if left == -1:
        return QCoreApplication.translate("DeclarationWords", "en retard d’un jour")
    if left == 0:
        return QCoreApplication.translate("DeclarationWords", "dernier jour")
    if left == 1:
        return QCoreApplication.translate("DeclarationWords", "1 jour")
    return QCoreApplication.translate("DeclarationWords", "{n} jours").format(n=left)


def board_words(line: DeclarationLine | None, today: date) -> str:
    """The board's cell: « À déclarer, 12 jours restants », « Déclaré (accepté) », or « — »
    when the decision has nothing to declare."""
    if line is None or line.step is None:
        return "—"
    state, left = step_words(line), line.days_left(today)
    if left is None:
        return state
    if left > 1:
        return QCoreApplication.translate("DeclarationWords", "{state}, {n} jours restants").format(
            state=state, n=left
        )
    if left == 1:
        return QCoreApplication.translate("DeclarationWords", "{state}, 1 jour restant").format(
            state=state
        )
    return QCoreApplication.translate("DeclarationWords", "{state}, {days}").format(
        state=state, days=days_left_words(left)
    )


def urgent(line: DeclarationLine | None, today: date) -> bool:
    """Overdue, or on the last day of the three months: said in words, then in colour."""
    left = None if line is None else line.days_left(today)
    return left is not None and left <= 0


def warning_colour() -> QColor:
    """The theme's warning tone, readable on its backgrounds (read when drawn)."""
    return QColor(active_colours().warning)


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
