"""The renewal figures as a CSV that French spreadsheets open as they are: semicolons, a
decimal comma, UTF-8 with its byte-order mark, one line per period."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from jury_desk.models.enums import Outcome
from jury_desk.registry.figures import Figures

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
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _french(number: float) -> str:
    return f"{number:.1f}".replace(".", ",")
