"""What the two demo jurors wrote about each candidate: a level and a comment per competency.

Invented for the demonstration, like the candidates (`jury_desk.demo.content`).
Both jurors read the same dossiers, so they mostly agree; where they do not,
the chair settles it in `jury_desk.demo.deliberations`. The disagreements are
chosen to show every case: within the passing levels (Rando-Cadastre,
Bip-Volontaires), across the passing threshold (Circuit-Cantine, Alerte
Rivières, Toit Saisonnier) and none at all (Renouv’Carte). Levels are ranks of
the demo scale: 0 Insuffisant, 1 À consolider, 2 Maîtrisé, 3 Expert.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from jury_desk.demo.content import french_spacing
from jury_desk.models.enums import JurorRole, Recommendation


class DemoScore(NamedTuple):
    code: str
    level: int
    comment: str


@dataclass(frozen=True)
class DemoAssessment:
    """One juror's sheet for one candidate, in the referential's order C1…C8."""

    scores: tuple[DemoScore, ...]
    recommendation: Recommendation
    overall_comment: str


def _sheet(
    recommendation: Recommendation, overall: str, *scores: tuple[str, int, str]
) -> DemoAssessment:
    return DemoAssessment(
        tuple(DemoScore(code, level, french_spacing(comment)) for code, level, comment in scores),
        recommendation,
        french_spacing(overall),
    )


_FAVOURABLE = Recommendation.FAVOURABLE
_RESERVED = Recommendation.RESERVED
_UNFAVOURABLE = Recommendation.UNFAVOURABLE
_CHAIR = JurorRole.CHAIR
_MEMBER = JurorRole.MEMBER

# Keyed by the start-up's slug, then by the juror's role.
DEMO_ASSESSMENTS: Mapping[str, Mapping[JurorRole, DemoAssessment]] = {
    "rando-cadastre": {
        _CHAIR: _sheet(
            _FAVOURABLE,
            "Candidate solide, qui connaît intimement ses usagers. Point de vigilance : "
            "sécuriser les cofinancements départementaux.",
            ("C1", 3, "Pitch tenu en huit minutes, au fil conducteur clair (de la vente d’une "
                      "parcelle à la fermeture d’un itinéraire) ; chaque affirmation est appuyée "
                      "par un chiffre : 38 communes pilotes, 310 km de sentiers."),
            ("C2", 3, "24 entretiens de février à mai 2026. L’équipe a abandonné la piste de la "
                      "cartographie quand le terrain a montré que le vrai problème est la "
                      "détection des changements de propriétaire : reformulation exemplaire."),
            ("C3", 2, "Périmètre du produit minimal justifié (alerte à la vente, convention type "
                      "pré-remplie). Les fonctionnalités écartées sont citées, sans données "
                      "d’usage à l’appui."),
            ("C4", 2, "Maquettes papier montrées à six secrétaires de mairie, puis première "
                      "version en ligne en sept semaines. L’accessibilité n’est venue qu’en fin "
                      "de parcours."),
            ("C5", 2, "Indicateur d’impact suivi et publié (kilomètres de sentiers aux "
                      "conventions à jour) ; tests réguliers avec les communes pilotes, dont un "
                      "changement de parcours a découlé."),
            ("C6", 2, "Relais identifiés : les services randonnée des départements, 10 "
                      "départements pilotes visés en 2027. La reprise par les départements "
                      "reste à formaliser."),
            ("C7", 2, "Budget détaillé sur deux ans, relié à l’indicateur d’impact. Le "
                      "cofinancement de 5 000 € par département est annoncé, mais aucun n’est "
                      "encore signé."),
            ("C8", 3, "Ancienne secrétaire de mairie, elle anime une équipe aux rôles clairs et "
                      "associe deux départements au comité de pilotage ; le départ d’un "
                      "développeur a été absorbé sans rupture."),
        ),
        _MEMBER: _sheet(
            _FAVOURABLE,
            "Avis favorable. Dossier complet et cohérent ; le passage à l’échelle dépendra de "
            "l’engagement des départements.",
            ("C1", 3, "Pitch vivant et maîtrisé : l’exemple d’un itinéraire fermé après une vente "
                      "rend le problème concret. Chiffres d’usage précis."),
            ("C2", 3, "Investigation continue et sincère : la candidate a renoncé à la "
                      "cartographie après les entretiens. Problème formulé et mesuré."),
            ("C3", 2, "Priorisation fondée sur l’impact ; le choix de l’alerte avant la "
                      "signature en ligne est bien argumenté."),
            ("C4", 2, "Prototypes de fidélité croissante, montrés aux secrétaires de mairie ; "
                      "mise en ligne rapide."),
            ("C5", 2, "Tests réguliers dans les communes pilotes, indicateur publié. Elle montre "
                      "une décision tirée d’un test : la convention type a été simplifiée."),
            ("C6", 2, "Déploiement par les départements bien pensé ; le RGPD est traité pour les "
                      "données des propriétaires."),
            ("C7", 3, "Budget détaillé, relié à l’impact, et cofinancement demandé aux "
                      "départements : elle anticipe déjà l’après-accélération."),
            ("C8", 2, "Équipe pluridisciplinaire aux rituels réguliers. Les rôles du coach et de "
                      "la designer se recoupent encore un peu."),
        ),
    },
    "circuit-cantine": {
        _CHAIR: _sheet(
            _FAVOURABLE,
            "Avis favorable : ancien acheteur public, il a su servir les deux côtés du marché. "
            "Le sponsor à la direction commanditaire reste à trouver.",
            ("C1", 2, "Pitch clair et dans le temps, impact chiffré (4,2 offres par lot contre "
                      "2,6). Le propos reste un peu technique sur la commande publique."),
            ("C2", 3, "31 entretiens des deux côtés du marché ; le problème a été reformulé de la "
                      "rédaction du dossier vers l’accès à l’information et la taille des lots."),
            ("C3", 3, "Arbitrages explicites : le module acheteurs a été repoussé au profit de "
                      "l’alerte producteur, chiffres d’usage à l’appui."),
            ("C4", 2, "Maquettes testées en atelier avec des producteurs avant la première "
                      "version ; itérations documentées sur le profil producteur."),
            ("C5", 2, "Part des lots attribués aux producteurs de moins de 10 salariés suivie et "
                      "publiée ; tests mensuels en atelier."),
            ("C6", 2, "Chambres d’agriculture mobilisées comme relais ; reprise par la direction "
                      "commanditaire prévue en 2028."),
            ("C7", 2, "Budget sur trois ans, en baisse en 2028 pour préparer la reprise ; "
                      "l’apport en nature des chambres d’agriculture est valorisé."),
            ("C8", 2, "Équipe stable aux rôles clairs, ateliers mensuels avec des producteurs. "
                      "Peu d’éléments sur le lien avec l’administration porteuse."),
        ),
        _MEMBER: _sheet(
            _RESERVED,
            "Avis réservé sur le prototypage ; pour le reste, un très bon dossier.",
            ("C1", 2, "Pitch structuré, un peu dense ; l’impact est démontré par des "
                      "indicateurs."),
            ("C2", 3, "Excellente connaissance du terrain : les entretiens ont changé la "
                      "compréhension du problème."),
            ("C3", 3, "Priorisation assumée et partagée avec les commanditaires."),
            ("C4", 1, "Le profil producteur a été développé directement en ligne, sans prototype "
                      "montré aux producteurs ; les maquettes du dossier datent d’après la mise "
                      "en ligne."),
            ("C5", 2, "Tests réguliers, et une décision tirée d’un résultat : allotir à partir "
                      "des volumes locaux."),
            ("C6", 2, "Relais solides avec les chambres d’agriculture ; la couverture nationale "
                      "en 2028 paraît ambitieuse."),
            ("C7", 2, "Budget justifié et relié à l’impact, trajectoire de reprise chiffrée."),
            ("C8", 2, "Rituels réguliers et bonne association des producteurs au travail de "
                      "l’équipe."),
        ),
    },
    "bip-volontaires": {
        _CHAIR: _sheet(
            _RESERVED,
            "Un produit remarquable, mais le financement n’est pas maîtrisé : la candidate n’a "
            "pas su dire qui paiera le service après l’accélération.",
            ("C1", 3, "Pitch remarquable : un départ retardé raconté par une volontaire, puis "
                      "des chiffres précis (de 40 à 5 minutes par jour pour constituer les "
                      "équipes)."),
            ("C2", 3, "27 entretiens dans 9 centres ; le besoin a été recentré de l’outil de "
                      "planning vers la visibilité des disponibilités par qualification."),
            ("C3", 2, "Produit minimal bien délimité (un bouton « disponible », des créneaux "
                      "récurrents) ; demandes des centres triées selon l’effet sur les départs."),
            ("C4", 2, "Prototype cliquable testé dans deux centres, première version en ligne "
                      "en six semaines."),
            ("C5", 2, "Délai entre l’alerte et le départ suivi dans les centres équipés ; un chef "
                      "de centre est associé à chaque sprint."),
            ("C6", 2, "Homologation de sécurité obtenue en septembre 2026, 8 services "
                      "départementaux visés en 2027. La reprise du service n’est pas encore "
                      "préparée."),
            ("C7", 1, "Le budget couvre 2026 et 2027 sans relier les montants aux résultats "
                      "attendus ; aucun financeur n’est identifié pour l’hébergement sur deux "
                      "sites après l’accélération."),
            ("C8", 2, "Équipe pluridisciplinaire aux rituels réguliers ; les chefs de centre "
                      "sont associés au travail."),
        ),
        _MEMBER: _sheet(
            _RESERVED,
            "Très bon produit, mais le financement est à retravailler avant la certification.",
            ("C1", 3, "Pitch convaincant, appuyé sur des chiffres d’usage et sur son expérience "
                      "de volontaire."),
            ("C2", 3, "Investigation de terrain approfondie ; renoncement assumé au planning "
                      "complet."),
            ("C3", 2, "Périmètre resserré et justifié ; l’export vers les logiciels de gestion "
                      "a été écarté avec raison."),
            ("C4", 2, "Prototypes montrés aux volontaires ; saisie de la disponibilité mesurée "
                      "à moins de 10 secondes."),
            ("C5", 2, "Tests réguliers et indicateur suivi : –35 % de départs retardés dans les "
                      "centres pilotes."),
            ("C6", 3, "Homologation de sécurité obtenue, interfaçage avec l’alerte préparé, "
                      "données personnelles limitées aux agrégats : un déploiement exemplaire."),
            ("C7", 1, "Budget présenté sans lien avec l’impact ; aucun financeur identifié pour "
                      "l’après-accélération, alors que le service doit fonctionner à toute "
                      "heure."),
            ("C8", 2, "Équipe soudée ; un chef de centre associé à chaque sprint."),
        ),
    },
    "renouv-carte": {
        _CHAIR: _sheet(
            _FAVOURABLE,
            "Avis très favorable : un service exemplaire, notamment sur l’accessibilité.",
            ("C1", 3, "Pitch en langage clair, parti d’une personne dont les droits se sont "
                      "interrompus ; impact chiffré (de 66 % à 84 % de demandes complètes)."),
            ("C2", 3, "22 entretiens ; le problème a été reformulé du formulaire vers "
                      "l’anticipation du dépôt, et les aidants reconnus comme usagers à part "
                      "entière."),
            ("C3", 3, "Choix assumé de ne transmettre aucune pièce en 2026 pour ne conserver "
                      "aucune donnée de santé ; arbitrages partagés avec les maisons "
                      "départementales."),
            ("C4", 2, "Prototypes papier puis simulateur en ligne, testés avec des lecteurs "
                      "d’écran dès la deuxième itération."),
            ("C5", 3, "Boucle d’expérimentation continue ; elle montre une décision tirée d’un "
                      "résultat négatif : l’abandon du rappel par courrier."),
            ("C6", 2, "Service conforme au RGAA à 100 % après audit, 6 maisons départementales "
                      "pilotes en 2027 ; l’acquisition repose encore sur les agents d’accueil."),
            ("C7", 2, "Budget détaillé, relié à l’indicateur des demandes complètes ; deux "
                      "audits d’accessibilité budgétés chaque année."),
            ("C8", 3, "Ancienne agente d’accueil, elle associe ses anciens collègues à l’équipe ; "
                      "rituels réguliers, désaccords traités ouvertement."),
        ),
        _MEMBER: _sheet(
            _FAVOURABLE,
            "Avis favorable sans réserve.",
            ("C1", 3, "Pitch sobre et percutant, adapté aux questions du jury."),
            ("C2", 3, "Investigation exemplaire : 14 titulaires sur 18 n’avaient reçu aucun "
                      "rappel, constat qui a réorienté le service."),
            ("C3", 3, "Arbitrages fondés sur les données d’usage ; le compte usager a été écarté "
                      "et ce choix est expliqué."),
            ("C4", 2, "Itérations rapides, accessibilité prise en compte dès les prototypes."),
            ("C5", 3, "Tests continus, y compris avec des personnes utilisant un lecteur "
                      "d’écran ; indicateurs publiés."),
            ("C6", 2, "Relais identifiés dans les maisons départementales ; la pérennisation "
                      "après 2027 reste à construire."),
            ("C7", 2, "Budget construit et justifié ; le suivi de l’exécution est présenté."),
            ("C8", 3, "Équipe soudée, qui a traversé le départ de sa première designer sans "
                      "perdre son rythme."),
        ),
    },
    "alerte-rivieres": {
        _CHAIR: _sheet(
            _UNFAVOURABLE,
            "Avis défavorable en l’état : le test et le financement ne sont pas maîtrisés. Le "
            "service est prometteur.",
            ("C1", 2, "Pitch clair et impact chiffré (de 4 jours à 6 heures pour informer les "
                      "usagers), mais le temps a été dépassé de trois minutes."),
            ("C2", 2, "29 entretiens avec mairies, baigneurs, pêcheurs et agences ; le problème "
                      "du délai de publication est bien formulé."),
            ("C3", 2, "Produit minimal cohérent (alerte précoce, aide à la décision du maire) ; "
                      "priorités justifiées."),
            ("C4", 2, "Maquettes de l’affichage testées avec trois mairies ; première version en "
                      "ligne avant l’été 2026."),
            ("C5", 1, "Service ouvert pendant l’été 2026 sans test utilisateur organisé ; les "
                      "8 300 abonnés mesurent l’audience, pas l’impact, et aucun résultat n’a "
                      "encore fait évoluer le produit."),
            ("C6", 2, "Fédérations de pêche et agences de l’eau mobilisées comme relais ; "
                      "données ouvertes prévues."),
            ("C7", 1, "Le coût des SMS (20 000 € en 2027) n’est pas relié aux résultats "
                      "attendus, le budget 2027 baisse alors que deux bassins s’ajoutent, et "
                      "rien n’est prévu après l’accélération."),
            ("C8", 2, "Équipe aux rôles clairs, une correspondante dans chaque agence de l’eau."),
        ),
        _MEMBER: _sheet(
            _RESERVED,
            "Avis réservé : le test doit être consolidé avant la certification.",
            ("C1", 2, "Pitch structuré, un peu long."),
            ("C2", 2, "Investigation de terrain solide auprès de publics variés."),
            ("C3", 2, "Priorisation claire : la décision reste au maire, le service la prépare."),
            ("C4", 2, "Prototypes montrés aux mairies pilotes ; itérations sur l’affichage."),
            ("C5", 1, "Pas de test utilisateur organisé depuis l’ouverture ; l’indicateur de "
                      "délai n’est pas encore publié."),
            ("C6", 2, "Relais bien choisis, trajectoire sur trois bassins crédible."),
            ("C7", 2, "Budget détaillé, coûts unitaires justifiés (0,05 € par SMS) ; les agences "
                      "de l’eau apportent les données sans contrepartie."),
            ("C8", 2, "Bonne dynamique d’équipe."),
        ),
    },
    "toit-saisonnier": {
        _CHAIR: _sheet(
            _RESERVED,
            "Avis réservé sur le déploiement ; le reste du dossier est solide.",
            ("C1", 3, "Pitch percutant, porté par son expérience d’ancien saisonnier : un "
                      "saisonnier sur quatre a dormi dans son véhicule, 620 ont été logés "
                      "l’hiver dernier."),
            ("C2", 2, "33 entretiens ; le rôle clé de l’employeur au moment du contrat a été "
                      "découvert sur le terrain."),
            ("C3", 2, "Recherche par lieu de travail et dates de contrat : un périmètre minimal "
                      "bien choisi."),
            ("C4", 2, "Prototypes montrés aux employeurs et aux saisonniers ; première version "
                      "en ligne pour l’hiver 2025–2026."),
            ("C5", 2, "Indicateur suivi (saisonniers logés à moins de 30 minutes du travail) ; "
                      "tests avec les employeurs à chaque début de saison."),
            ("C6", 1, "La reprise par un service de l’État en 2028 n’a pas d’interlocuteur "
                      "identifié, et la garantie de loyer, dont dépend l’engagement des "
                      "propriétaires, relève d’un partenaire qui ne s’est pas encore engagé."),
            ("C7", 2, "Budget sur trois ans relié à l’indicateur d’impact ; la garantie de loyer "
                      "est explicitement hors budget."),
            ("C8", 2, "Équipe pluridisciplinaire ; comité de suivi avec les communes pilotes."),
        ),
        _MEMBER: _sheet(
            _FAVOURABLE,
            "Avis favorable.",
            ("C1", 3, "Pitch très convaincant, chiffres d’usage à l’appui."),
            ("C2", 2, "Investigation sérieuse, problème bien mesuré."),
            ("C3", 2, "Priorités calées sur le calendrier des saisons ; arbitrages expliqués."),
            ("C4", 2, "Itérations rapides avant la première saison."),
            ("C5", 2, "Tests réguliers avec employeurs et saisonniers."),
            ("C6", 2, "Les employeurs sont des relais efficaces et les communes pilotes "
                      "apportent 70 logements communaux ; l’extension à deux massifs en 2027 "
                      "est préparée."),
            ("C7", 2, "Budget justifié ; la garantie de loyer est portée par un partenaire."),
            ("C8", 2, "Bonne cohésion, rituels réguliers."),
        ),
    },
}  # fmt: skip
