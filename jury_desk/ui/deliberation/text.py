"""The words and marks of the deliberation, shared by its view and the overview.

Agreement is never shown by colour alone: each mark is words and an icon, and
the colour only repeats them. The colours are the theme's status
colours in force (success, warning, error), read when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from jury_desk.chair.deliberation import CompetencyComparison
from jury_desk.models.enums import Outcome
from jury_desk.ui.theme.icons import IconName, Tone, icon
from jury_desk.ui.theme.palette import active_colours


class Agreement(Enum):
    """How the two jurors' levels of one competency compare."""

    AGREED = "agreed"
    DISAGREED = "disagreed"
    # They disagree on whether the competency is validated: it must stand out.
    ACROSS_THRESHOLD = "across_threshold"
    ONE_RECUSED = "one_recused"


@dataclass(frozen=True)
class Mark:
    tone: Tone
    icon: IconName | None

    @property
    def colour(self) -> QColor:
        """The theme's colour for the tone, readable on the theme's backgrounds."""
        colours = active_colours()
        return QColor(colours.text if self.tone is Tone.TEXT else getattr(colours, self.tone.value))

    def icon_for(self) -> QIcon | None:
        return icon(self.icon, self.tone) if self.icon is not None else None


MARKS = {
    Agreement.AGREED: Mark(Tone.SUCCESS, IconName.SAVED),
    Agreement.DISAGREED: Mark(Tone.WARNING, IconName.CONFLICT),
    Agreement.ACROSS_THRESHOLD: Mark(Tone.ERROR, IconName.ERROR),
    Agreement.ONE_RECUSED: Mark(Tone.TEXT, None),
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
    """Short words for the table cell, beside the mark's icon."""
    return {
        Agreement.AGREED: QCoreApplication.translate("DeliberationText", "Accord"),
        Agreement.DISAGREED: QCoreApplication.translate("DeliberationText", "Désaccord"),
        Agreement.ACROSS_THRESHOLD: QCoreApplication.translate(
            "DeliberationText", "Désaccord sur la validation"
        ),
        Agreement.ONE_RECUSED: QCoreApplication.translate(
            "DeliberationText", "Un·e juré·e récusé·e"
        ),
    }[agreement]


def agreement_sentence(agreement: Agreement) -> str:
    """What a screen reader says for the mark."""
    return {
        Agreement.AGREED: QCoreApplication.translate(
            "DeliberationText", "Les deux juré·es donnent le même niveau."
        ),
        Agreement.DISAGREED: QCoreApplication.translate(
            "DeliberationText",
            "Les juré·es donnent des niveaux différents, tous deux du même côté du seuil de "
            "validation.",
        ),
        Agreement.ACROSS_THRESHOLD: QCoreApplication.translate(
            "DeliberationText",
            "Désaccord de part et d’autre du seuil de validation : l’un·e valide la compétence, "
            "l’autre non.",
        ),
        Agreement.ONE_RECUSED: QCoreApplication.translate(
            "DeliberationText", "Un·e juré·e s’est récusé·e : le niveau de l’autre est retenu."
        ),
    }[agreement]


def outcome_words(outcome: Outcome | None) -> str:
    return {
        None: QCoreApplication.translate("DeliberationText", "non décidé"),
        Outcome.CERTIFIED: QCoreApplication.translate("DeliberationText", "Certifié·e"),
        Outcome.NOT_CERTIFIED: QCoreApplication.translate("DeliberationText", "Non certifié·e"),
        Outcome.ABSENT: QCoreApplication.translate("DeliberationText", "Absent·e"),
        Outcome.POSTPONED: QCoreApplication.translate("DeliberationText", "Reporté·e"),
    }[outcome]


# The order in which the outcomes are offered.
OUTCOME_CHOICES = (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED)


def level_words(labels: tuple[str, ...], rank: int | None, *, recused: bool = False) -> str:
    """A level by its label from the bundle's scale, or why there is none."""
    if recused:
        return QCoreApplication.translate("DeliberationText", "récusé·e")
    if rank is None or not 0 <= rank < len(labels):
        return QCoreApplication.translate("DeliberationText", "non noté")
    return labels[rank]
