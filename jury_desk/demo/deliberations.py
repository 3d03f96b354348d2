"""How the demo chair settles each disagreement and words each decision.

Invented for the demonstration, to match `jury_desk.demo.assessments`: one
casting vote per competency where the jurors differ, with the note the chair
writes, and the decision with its reasons, worded for the letter to the
candidate. The outcome written here is the one the decision rule gives from
the consolidated levels (the deliberation refuses any other).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from jury_desk.demo.content import french_spacing
from jury_desk.models.enums import Outcome


class CastingVote(NamedTuple):
    code: str
    level: int
    note: str


@dataclass(frozen=True)
class DemoDecision:
    votes: tuple[CastingVote, ...]
    outcome: Outcome
    reasons: str


def _decision(outcome: Outcome, reasons: str, *votes: tuple[str, int, str]) -> DemoDecision:
    return DemoDecision(
        tuple(CastingVote(code, level, french_spacing(note)) for code, level, note in votes),
        outcome,
        french_spacing(reasons),
    )


# Keyed by the start-up's slug, as the assessments are.
DEMO_DECISIONS: Mapping[str, DemoDecision] = {
    "rando-cadastre": _decision(
        Outcome.CERTIFIED,
        "",
        ("C7", 2, "Les cofinancements départementaux sont annoncés mais pas encore obtenus : "
                  "le niveau Expert suppose qu’ils le soient."),
        ("C8", 3, "Le départ d’un développeur, absorbé sans rupture comme la candidate l’a "
                  "raconté en entretien, relève du niveau Expert ; le recoupement de rôles "
                  "relevé est mineur."),
    ),
    "circuit-cantine": _decision(
        Outcome.CERTIFIED,
        "",
        ("C4", 2, "Le candidat a montré en entretien les maquettes papier testées en atelier "
                  "en février 2026, avant la mise en ligne : la pratique du prototypage est "
                  "établie."),
    ),
    "bip-volontaires": _decision(
        Outcome.NOT_CERTIFIED,
        "Le jury a constaté votre maîtrise de sept des huit compétences du référentiel, en "
        "particulier le pitch et l’investigation du problème. La compétence « Financement » "
        "n’est pas acquise : le budget présenté n’établit pas de lien entre les montants "
        "demandés et les résultats attendus, et le financement du service après la phase "
        "d’accélération n’est pas identifié. Le jury vous encourage à vous présenter à une "
        "prochaine session.",
        ("C6", 2, "La reprise du service par les services départementaux n’est pas encore "
                  "préparée, ce que suppose le niveau Expert malgré l’homologation obtenue."),
    ),
    "renouv-carte": _decision(Outcome.CERTIFIED, ""),
    "alerte-rivieres": _decision(
        Outcome.NOT_CERTIFIED,
        "Le jury a relevé la qualité de votre investigation du problème et de votre démarche "
        "de conception. Deux compétences ne sont pas acquises. « Test » : le service n’a pas "
        "encore été évalué auprès de ses usagers par des tests organisés, et aucune décision "
        "n’a été tirée de résultats mesurés. « Financement » : le budget présenté ne relie "
        "pas les moyens demandés à l’extension prévue et ne dit pas comment le service sera "
        "financé après la phase d’accélération.",
        ("C7", 1, "Le budget 2027 ne couvre pas l’extension à deux nouveaux bassins et le "
                  "financement après l’accélération n’est pas identifié : le lien entre moyens "
                  "et impact n’est pas établi."),
    ),
    "toit-saisonnier": _decision(
        Outcome.CERTIFIED,
        "",
        ("C6", 2, "Les employeurs comme relais et les 70 logements communaux mis à disposition "
                  "montrent un déploiement engagé au-delà de l’équipe ; la pérennisation reste "
                  "un point de vigilance."),
    ),
}  # fmt: skip
