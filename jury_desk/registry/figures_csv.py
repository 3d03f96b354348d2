"""The renewal figures as a CSV that French spreadsheets open as they are: semicolons, a
decimal comma, UTF-8 with its byte-order mark, one line per period.

A figure the registry does not hold (the jurors' agreement of results imported before it
kept their statistics) is an empty cell, its « Base » column saying why: never a 0."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from jury_desk.models.enums import Outcome
from jury_desk.registry.figures import Figures
from jury_desk.registry.figures_agreement import JurorsAgreement

HEADER = (
    "Période",
    "Candidatures",
    "Recevables",
    "Retenues pour l’entretien",
    "Entretiens (décidés)",
    "Absents",
    "Ajournés",
    "Certifiés",
    "Non certifiés",
    "Taux de réussite (%)",
    "Base du taux",
    "Délai médian entretien → décision (jours)",
    "Délai médian décision → lettre (jours)",
    "Délai médian décision → déclaration à la CDC (jours)",
    "Paires de niveaux des deux jurés",
    "Paires concordantes",
    "Taux d’accord des jurés (%)",
    "Kappa pondéré des jurys : le plus bas",
    "Kappa pondéré des jurys : le plus haut",
    "Base de l’accord",
)


def figures_csv(periods: Sequence[Figures]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for figures in periods:
        rate = figures.pass_rate
        median = figures.median_days_to_decision
        writer.writerow(
            (
                figures.label,
                figures.applications,
                figures.eligible,
                figures.shortlisted,
                figures.heard,
                figures.outcomes[Outcome.ABSENT],
                figures.outcomes[Outcome.POSTPONED],
                figures.outcomes[Outcome.CERTIFIED],
                figures.outcomes[Outcome.NOT_CERTIFIED],
                _french(rate * 100) if rate is not None else "",
                f"{figures.heard} candidats entendus et décidés",
                _french(median) if median is not None else "",
                _french(letter) if (letter := figures.median_days_to_letter) is not None else "",
                _optional(figures.median_days_to_declaration),
                *_agreement_cells(figures.agreement),
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _agreement_cells(agreement: JurorsAgreement) -> tuple[str | int, ...]:
    kappas = agreement.kappa_range
    rate = agreement.rate
    counted = bool(agreement.juries)
    return (
        agreement.pairs if counted else "",
        agreement.agreed if counted else "",
        _french(rate * 100) if rate is not None else "",
        _french(kappas[0], 2) if kappas else "",
        _french(kappas[1], 2) if kappas else "",
        agreement_base(agreement),
    )


def agreement_base(agreement: JurorsAgreement) -> str:
    """« 40 paires sur 2 jurys ; 1 jury sans statistiques enregistrées » and the like."""
    parts = []
    if agreement.juries:
        juries = "1 jury" if agreement.juries == 1 else f"{agreement.juries} jurys"
        parts.append(f"{agreement.pairs} paires sur {juries}")
    if agreement.not_recorded:
        missing = agreement.not_recorded
        parts.append(
            "1 jury sans statistiques enregistrées"
            if missing == 1
            else f"{missing} jurys sans statistiques enregistrées"
        )
    return " ; ".join(parts) or "aucun résultat reçu"


def _optional(number: float | None) -> str:
    return _french(number) if number is not None else ""


def _french(number: float, decimals: int = 1) -> str:
    return f"{number:.{decimals}f}".replace(".", ",")
