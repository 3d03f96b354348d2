"""The words and marks of the deliberation, shared by its view, the overview and the minutes.

Agreement is never shown by colour alone: each mark is a symbol and words,
and the colour only repeats them. The colours live here, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jury_desk.deliberation import CompetencyComparison
from jury_desk.models import Outcome

_CONTEXT = "DeliberationText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Agreement(Enum):
    """How the two jurors' levels of one competency compare."""

    AGREED = "agreed"
    DISAGREED = "disagreed"
    # They disagree on whether the competency is validated: it must stand out.
    ACROSS_THRESHOLD = "across_threshold"
    ONE_RECUSED = "one_recused"


@dataclass(frozen=True)
class Mark:
    symbol: str
    colour: QColor


# DSFR "success" green, "warning" orange and "error" red: readable on white, always with words.
MARKS = {
    Agreement.AGREED: Mark("✓", QColor("#18753c")),
    Agreement.DISAGREED: Mark("≠", QColor("#b34000")),
    Agreement.ACROSS_THRESHOLD: Mark("⚠", QColor("#ce0500")),
    Agreement.ONE_RECUSED: Mark("–", QColor("#3a3a3a")),
}


def agreement_of(row: CompetencyComparison) -> Agreement:
    if row.my_recused or row.other_recused:
        return Agreement.ONE_RECUSED
    if row.agreed:
        return Agreement.AGREED
    if row.crosses_threshold:
        return Agreement.ACROSS_THRESHOLD
    return Agreement.DISAGREED


def agreement_words(agreement: Agreement) -> str:
    """Short words for the table cell (the symbol is added by the caller)."""
    return {
        Agreement.AGREED: _tr("Accord"),
        Agreement.DISAGREED: _tr("Désaccord"),
        Agreement.ACROSS_THRESHOLD: _tr("Désaccord sur la validation"),
        Agreement.ONE_RECUSED: _tr("Un·e juré·e récusé·e"),
    }[agreement]


def agreement_sentence(agreement: Agreement) -> str:
    """What a screen reader says for the mark."""
    return {
        Agreement.AGREED: _tr("Les deux juré·es donnent le même niveau."),
        Agreement.DISAGREED: _tr(
            "Les juré·es donnent des niveaux différents, tous deux du même côté du seuil de "
            "validation."
        ),
        Agreement.ACROSS_THRESHOLD: _tr(
            "Désaccord de part et d’autre du seuil de validation : l’un·e valide la compétence, "
            "l’autre non."
        ),
        Agreement.ONE_RECUSED: _tr("Un·e juré·e s’est récusé·e : le niveau de l’autre est retenu."),
    }[agreement]


def outcome_words(outcome: Outcome | None) -> str:
    return {
        None: _tr("non décidé"),
        Outcome.CERTIFIED: _tr("Certifié·e"),
        Outcome.NOT_CERTIFIED: _tr("Non certifié·e"),
        Outcome.ABSENT: _tr("Absent·e"),
        Outcome.POSTPONED: _tr("Reporté·e"),
    }[outcome]


# The order in which the outcomes are offered.
OUTCOME_CHOICES = (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED)


def level_words(labels: tuple[str, ...], rank: int | None, *, recused: bool = False) -> str:
    """A level by its label from the bundle's scale, or why there is none."""
    if recused:
        return _tr("récusé·e")
    if rank is None or not 0 <= rank < len(labels):
        return _tr("non noté")
    return labels[rank]
