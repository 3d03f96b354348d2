"""The six fictional candidates of the demo session and their start-ups.

Everything here is invented for the demonstration: people, start-ups,
incubators, ministries, figures. Addresses use the reserved `.example`
domains. The documents of each dossier are drawn from this data by
`jury_desk.demo.documents`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

PHASE = "Accélération"
FICTION_NOTICE = "Start-up d’État fictive, créée pour la démonstration."
DEMO_NOTICE = "Démonstration — données fictives"


class InterviewItem(NamedTuple):
    """A question asked in the user interviews and what the answers said."""

    question: str
    summary: str


class BudgetLine(NamedTuple):
    item: str
    amount_eur: int
    comment: str


class BudgetYear(NamedTuple):
    year: int
    lines: tuple[BudgetLine, ...]

    @property
    def total_eur(self) -> int:
        return sum(line.amount_eur for line in self.lines)


class ScreenField(NamedTuple):
    """A labelled field of a mock-up, with the example value it shows."""

    label: str
    value: str


class Screen(NamedTuple):
    title: str
    fields: tuple[ScreenField, ...]


class Slide(NamedTuple):
    title: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class DemoStartup:
    slug: str
    name: str
    tagline: str
    candidate_name: str
    candidate_role: str
    incubator: str
    problem: str
    users: str
    site_url: str
    product_sheet_url: str
    interviewees: int
    interview_period: str
    interviews: tuple[InterviewItem, ...]
    interview_conclusions: tuple[str, ...]
    budget: tuple[BudgetYear, ...]
    budget_notes: tuple[str, ...]
    screens: tuple[Screen, ...]
    slides: tuple[Slide, ...]
    # Main colour of the start-up's documents, as #RRGGBB.
    accent: str
    phase: str = PHASE

    @property
    def budget_total_eur(self) -> int:
        return sum(year.total_eur for year in self.budget)


# French typography: no-break space before a colon, narrow no-break space
# before ; ! ? and inside « », as the thousands separator, and between a
# number and its unit. Applied once here so that the texts below stay
# readable in the source.
_SPACING_RULES = (
    (re.compile(r" :"), "\u00a0:"),
    (re.compile(r" ([;!?])"), "\u202f\\1"),
    (re.compile(r"« "), "«\u202f"),
    (re.compile(r" »"), "\u202f»"),
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), "\u202f"),
    (re.compile(r"(?<=\d) (?=%|€|(?:h|km|kg)\b)"), "\u00a0"),
)


def french_spacing(text: str) -> str:
    """Replace ordinary spaces by the no-break spaces French typography requires."""
    for pattern, replacement in _SPACING_RULES:
        text = pattern.sub(replacement, text)
    return text


# Any: the walk rebuilds values of many field types, each into its own type.
def _typeset(value: Any) -> Any:
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, tuple):
        items = [_typeset(item) for item in value]
        # NamedTuples are rebuilt field by field, plain tuples as tuples.
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    return value


def _typeset_startup(startup: DemoStartup) -> DemoStartup:
    changes = {
        field.name: _typeset(getattr(startup, field.name))
        for field in dataclasses.fields(startup)
        if field.name not in {"slug", "site_url", "product_sheet_url", "accent"}
    }
    return dataclasses.replace(startup, **changes)


_RANDO_CADASTRE = DemoStartup(
    slug="rando-cadastre",
    name="Rando-Cadastre",
    tagline="Les conventions de passage des sentiers de randonnée, enfin à jour dans les "
    "petites communes.",
    candidate_name="Zoë Lefèvre",
    candidate_role="Intrapreneuse",
    incubator="Incubateur du ministère de la Transition des Territoires (fictif)",
    problem="Dans les petites communes, les sentiers de randonnée traversent des parcelles "
    "privées dont les conventions de passage sont perdues ou échues : à la vente d’une "
    "parcelle, la mairie découvre trop tard que le passage n’est plus garanti et des "
    "itinéraires ferment.",
    users="Secrétaires de mairie et élus des communes de moins de 2 000 habitants, services "
    "randonnée des départements, propriétaires des parcelles traversées.",
    site_url="https://rando-cadastre.example/",
    product_sheet_url="https://fiches.example/startups/rando-cadastre",
    interviewees=24,
    interview_period="de février à mai 2026",
    interviews=(
        InterviewItem(
            "Comment savez-vous aujourd’hui quelles parcelles privées vos sentiers traversent ?",
            "La plupart des personnes rencontrées s’appuient sur la mémoire d’un élu ou d’un "
            "agent ; seules 5 communes tiennent un tableau, rarement mis à jour depuis le "
            "dernier plan départemental.",
        ),
        InterviewItem(
            "Que se passe-t-il quand une parcelle traversée change de propriétaire ?",
            "Personne n’est prévenu : la mairie l’apprend quand le nouveau propriétaire pose "
            "une clôture. Trois communes ont dû dévier un itinéraire en 2025.",
        ),
        InterviewItem(
            "Où sont rangées les conventions de passage signées ?",
            "Dans des classeurs papier, à la mairie ou au département ; plusieurs conventions "
            "signées dans les années 1990 sont introuvables.",
        ),
        InterviewItem(
            "Combien de temps vous demande le renouvellement d’une convention ?",
            "Entre une demi-journée et trois jours, surtout pour retrouver l’adresse du "
            "propriétaire et rédiger le courrier ; la démarche est souvent repoussée.",
        ),
        InterviewItem(
            "Quels outils utilisez-vous déjà pour consulter le cadastre ?",
            "Le cadastre en ligne est connu de tous, mais personne ne le croise avec les "
            "tracés des sentiers ; les départements ont les tracés, pas les parcelles.",
        ),
        InterviewItem(
            "Qu’attendriez-vous d’un service pour vous aider ?",
            "Une alerte à chaque vente d’une parcelle traversée, une convention type prête à "
            "signer et une carte partagée avec le département.",
        ),
    ),
    interview_conclusions=(
        "Le problème prioritaire n’est pas la cartographie mais la détection des changements "
        "de propriétaire.",
        "Les secrétaires de mairie, qui portent la démarche, consacrent moins d’une heure par "
        "mois aux sentiers : le service doit tenir en quelques clics.",
        "Le département est le relais naturel pour diffuser le service aux communes.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine(
                    "Équipe produit", 180_000, "Intrapreneuse à temps plein, coach à mi-temps"
                ),
                BudgetLine("Développement", 240_000, "Deux développeurs"),
                BudgetLine("Design et recherche utilisateur", 90_000, "Designer à 60 %, terrain"),
                BudgetLine("Hébergement et données", 15_000, "Hébergement, croisement cadastral"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 185_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 250_000, "Deux développeurs"),
                BudgetLine("Design et recherche utilisateur", 70_000, "Designer à 50 %"),
                BudgetLine("Déploiement", 60_000, "Formation de 10 services départementaux"),
                BudgetLine("Hébergement et données", 18_000, "Montée en charge"),
            ),
        ),
    ),
    budget_notes=(
        "Les coûts d’équipe sont calculés au taux journalier d’un marché interministériel "
        "fictif de développement agile.",
        "Le déploiement suppose l’adhésion de 10 départements pilotes en 2027, soit environ "
        "1 200 communes.",
        "Indicateur d’impact suivi : kilomètres de sentiers dont toutes les conventions sont "
        "à jour.",
        "Un cofinancement de 5 000 € par an est demandé à chaque département pilote à partir "
        "de 2027.",
    ),
    screens=(
        Screen(
            "Tableau de bord de la commune",
            (
                ScreenField("Commune", "Saint-Fictif-les-Monts"),
                ScreenField("Sentiers suivis", "7 itinéraires · 42 km"),
                ScreenField("Parcelles traversées", "118"),
                ScreenField("Conventions à renouveler", "9, dont 3 urgentes"),
            ),
        ),
        Screen(
            "Renouveler une convention de passage",
            (
                ScreenField("Parcelle", "Section B n° 412"),
                ScreenField("Propriétaire", "Jean Exemple"),
                ScreenField("Sentier concerné", "Boucle des Trois Fontaines"),
                ScreenField("Échéance de la convention", "31 mars 2027"),
                ScreenField("Modèle de courrier", "Convention type départementale"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Des sentiers qui traversent des parcelles privées",
                "Des conventions de passage perdues ou échues",
                "Une vente de parcelle suffit à fermer un itinéraire",
            ),
        ),
        Slide(
            "Nos usagers",
            (
                "Secrétaires de mairie et élus des petites communes",
                "Services randonnée des départements",
                "Propriétaires des parcelles traversées",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "24 entretiens de février à mai 2026",
                "Aucune commune n’est prévenue d’un changement de propriétaire",
                "Moins d’une heure par mois consacrée aux sentiers",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Croisement automatique des tracés et du cadastre",
                "Une alerte à chaque vente d’une parcelle traversée",
                "Une convention type pré-remplie, signée en ligne",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "38 communes pilotes dans 2 départements",
                "310 km de sentiers aux conventions toutes à jour",
                "Renouvellement d’une convention : de 3 semaines à 4 jours",
            ),
        ),
        Slide(
            "Déploiement",
            (
                "10 départements pilotes en 2027",
                "Formation des services randonnée par l’équipe",
                "Reprise envisagée par les services départementaux",
            ),
        ),
        Slide(
            "L’équipe",
            (
                "Zoë Lefèvre, intrapreneuse, ancienne secrétaire de mairie",
                "Deux développeurs, une designer, un coach",
                "Un comité de pilotage avec deux départements",
            ),
        ),
        Slide(
            "Nos besoins",
            (
                "Financer la phase d’accélération jusqu’à fin 2027",
                "Un accès régulier aux données des ventes de parcelles",
                "Un relais identifié dans chaque département",
            ),
        ),
    ),
    accent="#000091",
)

_CIRCUIT_CANTINE = DemoStartup(
    slug="circuit-cantine",
    name="Circuit-Cantine",
    tagline="Aider les petits producteurs locaux à répondre aux marchés des cantines scolaires.",
    candidate_name="Łukasz Nowak-Bernard",
    candidate_role="Intrapreneur",
    incubator="Fabrique numérique du ministère de l’Alimentation et des Territoires ruraux "
    "(fictif)",
    problem="Les cantines scolaires doivent servir davantage de produits durables et locaux, "
    "mais les petits producteurs renoncent aux marchés publics : les avis sont dispersés, "
    "les lots trop gros pour eux et les acheteurs ne les connaissent pas.",
    users="Producteurs et artisans de l’alimentation de moins de 10 salariés, gestionnaires "
    "de la restauration scolaire des communes et des collèges.",
    site_url="https://circuit-cantine.example/",
    product_sheet_url="https://fiches.example/startups/circuit-cantine",
    interviewees=31,
    interview_period="de janvier à avril 2026",
    interviews=(
        InterviewItem(
            "Avez-vous déjà répondu à un marché public de restauration scolaire ?",
            "22 des 31 personnes rencontrées n’ont jamais répondu ; les autres l’ont fait une "
            "ou deux fois, souvent avec l’aide de leur chambre d’agriculture.",
        ),
        InterviewItem(
            "Comment apprenez-vous qu’un marché est ouvert ?",
            "Par le bouche-à-oreille, et souvent trop tard : les avis paraissent sur plusieurs "
            "plateformes que les producteurs ne consultent pas.",
        ),
        InterviewItem(
            "Qu’est-ce qui vous a fait renoncer à répondre ?",
            "La taille des lots, supérieure à leur production, et le nombre de pièces à "
            "fournir pour un marché de quelques milliers d’euros.",
        ),
        InterviewItem(
            "Côté acheteur, comment trouvez-vous des fournisseurs locaux ?",
            "Les gestionnaires connaissent peu de producteurs au-delà de leur commune et "
            "reçoivent souvent moins de trois offres par lot.",
        ),
        InterviewItem(
            "Quelles informations vous manquent pour découper les marchés en lots plus petits ?",
            "Les volumes que les producteurs voisins peuvent livrer chaque semaine et leurs "
            "contraintes de livraison.",
        ),
        InterviewItem(
            "Comment livreriez-vous plusieurs cantines à la fois ?",
            "La plupart accepteraient une tournée groupée si quelqu’un l’organise ; les "
            "plateformes logistiques départementales sont citées 11 fois.",
        ),
    ),
    interview_conclusions=(
        "Le premier frein est l’accès à l’information et la taille des lots, bien plus que la "
        "rédaction du dossier de candidature.",
        "Le service doit servir les deux côtés du marché : producteurs et acheteurs.",
        "Les chambres d’agriculture sont des relais prêts à s’engager.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine("Équipe produit", 170_000, "Intrapreneur, coach à mi-temps"),
                BudgetLine("Développement", 220_000, "Deux développeurs"),
                BudgetLine("Design et recherche utilisateur", 80_000, "Ateliers producteurs"),
                BudgetLine("Animation des réseaux", 45_000, "Ateliers en chambre d’agriculture"),
                BudgetLine("Hébergement", 12_000, "Hébergement et supervision"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 175_000, "Intrapreneur, coach à mi-temps"),
                BudgetLine("Développement", 230_000, "Deux développeurs"),
                BudgetLine("Design et recherche utilisateur", 60_000, "Designer à 50 %"),
                BudgetLine("Déploiement régional", 90_000, "Trois régions, deux chargés"),
                BudgetLine("Hébergement", 15_000, "Montée en charge"),
            ),
        ),
        BudgetYear(
            2028,
            (
                BudgetLine("Équipe produit", 120_000, "Transmission à l’administration"),
                BudgetLine("Développement", 150_000, "Un développeur, maintenance"),
                BudgetLine("Déploiement national", 80_000, "Réseau des chambres d’agriculture"),
                BudgetLine("Hébergement", 18_000, "Service national"),
            ),
        ),
    ),
    budget_notes=(
        "Les montants de 2028 préparent la reprise du service par la direction d’administration "
        "centrale commanditaire.",
        "Hypothèse de déploiement : 3 régions en 2027, couverture nationale en 2028.",
        "Indicateur d’impact suivi : part des lots attribués à des producteurs de moins de 10 "
        "salariés.",
        "Les chambres d’agriculture apportent en nature l’animation des ateliers locaux.",
    ),
    screens=(
        Screen(
            "Marchés ouverts près de chez moi",
            (
                ScreenField("Département", "Haute-Fictivie"),
                ScreenField("Produits", "Fruits et légumes de saison"),
                ScreenField("Marchés ouverts", "12 lots · 4 acheteurs"),
                ScreenField("Alerte par courriel", "Activée"),
            ),
        ),
        Screen(
            "Mon profil de producteur",
            (
                ScreenField("Exploitation", "GAEC des Trois Vergers"),
                ScreenField("Volume livrable par semaine", "350 kg"),
                ScreenField("Zone de livraison", "30 km autour de l’exploitation"),
                ScreenField("Signes de qualité", "Agriculture biologique"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Des cantines tenues de servir plus de produits locaux",
                "Des producteurs qui ne répondent jamais aux marchés",
                "Moins de trois offres par lot en moyenne",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "31 entretiens avec producteurs et gestionnaires",
                "Les avis de marché ne parviennent pas aux producteurs",
                "Des lots trop gros pour une exploitation familiale",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Une alerte quand un marché proche correspond à ma production",
                "Un profil de producteur réutilisé d’un marché à l’autre",
                "Des volumes locaux visibles par les acheteurs pour allotir",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "140 producteurs inscrits dans 2 départements",
                "27 lots remportés par des producteurs de moins de 10 salariés",
                "4,2 offres par lot en moyenne, contre 2,6 avant",
            ),
        ),
        Slide(
            "Déploiement",
            (
                "3 régions en 2027 avec les chambres d’agriculture",
                "Un module pour les acheteurs des collèges",
                "Couverture nationale visée en 2028",
            ),
        ),
        Slide(
            "L’équipe",
            (
                "Łukasz Nowak-Bernard, intrapreneur, ancien acheteur public",
                "Deux développeurs, une designer, un coach",
                "Des ateliers mensuels avec des producteurs",
            ),
        ),
        Slide(
            "Nos besoins",
            (
                "Financer le déploiement dans 3 régions",
                "Un accès aux avis de marché en données ouvertes",
                "Un sponsor à la direction commanditaire",
            ),
        ),
    ),
    accent="#18753C",
)

_BIP_VOLONTAIRES = DemoStartup(
    slug="bip-volontaires",
    name="Bip-Volontaires",
    tagline="Savoir en temps réel quels sapeurs-pompiers volontaires sont disponibles.",
    candidate_name="Nguyễn Thị Mai",
    candidate_role="Intrapreneuse",
    incubator="Laboratoire numérique du ministère de la Sécurité civile et des Secours (fictif)",
    problem="Dans les centres de secours ruraux, les chefs de centre reconstituent chaque jour "
    "les disponibilités des sapeurs-pompiers volontaires par téléphone et par messages ; "
    "faute de visibilité, des départs en intervention sont retardés et des engins restent "
    "au centre.",
    users="Sapeurs-pompiers volontaires, chefs de centre d’incendie et de secours, opérateurs "
    "des centres de traitement de l’alerte.",
    site_url="https://bip-volontaires.example/",
    product_sheet_url="https://fiches.example/startups/bip-volontaires",
    interviewees=27,
    interview_period="de mars à juin 2026",
    interviews=(
        InterviewItem(
            "Comment signalez-vous vos disponibilités aujourd’hui ?",
            "Par un planning papier au centre, des messages dans un groupe de discussion ou un "
            "appel au chef de centre ; chaque centre a son propre usage.",
        ),
        InterviewItem(
            "Que se passe-t-il quand votre disponibilité change au dernier moment ?",
            "Le changement n’est souvent pas signalé : le chef de centre découvre l’absence au "
            "moment de l’alerte.",
        ),
        InterviewItem(
            "Combien de temps passez-vous à constituer les équipes ?",
            "Les 6 chefs de centre rencontrés y consacrent de 30 à 45 minutes par jour, "
            "souvent le soir.",
        ),
        InterviewItem(
            "Qu’est-ce qui vous empêcherait d’utiliser une application ?",
            "La crainte d’être appelé en dehors de ses créneaux et la complexité : la saisie "
            "doit prendre moins de 10 secondes.",
        ),
        InterviewItem(
            "De quoi l’opérateur du centre de traitement de l’alerte a-t-il besoin ?",
            "Du nombre de volontaires disponibles par qualification (chef d’agrès, conducteur, "
            "équipier), pas de leur identité.",
        ),
        InterviewItem(
            "Comment conciliez-vous volontariat et activité professionnelle ?",
            "Les employeurs demandent de la prévisibilité : les volontaires veulent déclarer "
            "des créneaux récurrents.",
        ),
        InterviewItem(
            "Qu’attendez-vous d’un tel service ?",
            "Un bouton « disponible / indisponible » sur le téléphone, des créneaux récurrents "
            "et un tableau par qualification pour le centre.",
        ),
    ),
    interview_conclusions=(
        "Le besoin central est la visibilité des disponibilités par qualification, en temps "
        "réel, et non un outil de planning complet.",
        "L’adhésion des volontaires dépend de la rapidité de saisie et du respect de leurs "
        "créneaux.",
        "Les opérateurs de l’alerte n’ont besoin que de données agrégées, ce qui limite les "
        "données personnelles traitées.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine("Équipe produit", 175_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 260_000, "Deux développeurs, application mobile"),
                BudgetLine("Design et recherche utilisateur", 75_000, "Tests en centre de secours"),
                BudgetLine("Sécurité et homologation", 40_000, "Audit, analyse de risques"),
                BudgetLine("Hébergement", 20_000, "Haute disponibilité"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 180_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 270_000, "Interfaçage avec les systèmes d’alerte"),
                BudgetLine("Design et recherche utilisateur", 55_000, "Designer à 40 %"),
                BudgetLine("Déploiement", 85_000, "Accompagnement de 8 services départementaux"),
                BudgetLine("Hébergement", 24_000, "Haute disponibilité"),
            ),
        ),
    ),
    budget_notes=(
        "Le service doit fonctionner à toute heure : l’hébergement prévoit deux sites et une "
        "astreinte.",
        "L’homologation de sécurité est un préalable à l’interfaçage avec les systèmes d’alerte.",
        "Indicateur d’impact suivi : délai moyen entre l’alerte et le départ de l’engin dans "
        "les centres équipés.",
        "Les services départementaux pilotes financent la formation de leurs chefs de centre.",
    ),
    screens=(
        Screen(
            "Ma disponibilité",
            (
                ScreenField("Statut", "Disponible jusqu’à 19 h"),
                ScreenField("Créneaux récurrents", "Lundi et jeudi, 18 h – 7 h"),
                ScreenField("Qualifications", "Équipier, conducteur"),
                ScreenField("Centre de rattachement", "CIS de Valfictif"),
            ),
        ),
        Screen(
            "Tableau du centre de secours",
            (
                ScreenField("Disponibles maintenant", "11 volontaires"),
                ScreenField("Chefs d’agrès", "2"),
                ScreenField("Conducteurs", "4"),
                ScreenField("Engins armables", "VSAV, FPT"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Des disponibilités reconstituées chaque jour à la main",
                "Des absences découvertes au moment de l’alerte",
                "Des engins qui ne peuvent pas partir faute d’équipage",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "27 entretiens dans 9 centres de secours",
                "Saisir sa disponibilité doit prendre moins de 10 secondes",
                "L’alerte a besoin de chiffres par qualification",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Un bouton « disponible » sur le téléphone du volontaire",
                "Des créneaux récurrents compatibles avec l’emploi",
                "Un tableau par qualification pour le centre et l’alerte",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "12 centres pilotes, 340 volontaires actifs",
                "Constitution des équipes : de 40 à 5 minutes par jour",
                "Départs retardés faute d’équipage : –35 %",
            ),
        ),
        Slide(
            "Déploiement",
            (
                "8 services départementaux en 2027",
                "Interfaçage avec les systèmes de traitement de l’alerte",
                "Homologation de sécurité obtenue en septembre 2026",
            ),
        ),
        Slide(
            "L’équipe",
            (
                "Nguyễn Thị Mai, intrapreneuse, sapeuse-pompière volontaire",
                "Deux développeurs, un designer, une coach",
                "Un chef de centre associé à chaque sprint",
            ),
        ),
    ),
    accent="#C9191E",
)

_RENOUV_CARTE = DemoStartup(
    slug="renouv-carte",
    name="Renouv’Carte",
    tagline="Simuler le renouvellement de sa carte mobilité inclusion avant de déposer son "
    "dossier.",
    candidate_name="Aïssatou Diallo",
    candidate_role="Intrapreneuse",
    incubator="Incubateur du ministère des Solidarités et de l’Autonomie (fictif)",
    problem="Une demande de renouvellement sur trois arrive incomplète ou trop tard à la "
    "maison départementale des personnes handicapées : les personnes ne savent ni quelles "
    "pièces fournir ni quand déposer, et leurs droits s’interrompent pendant des mois.",
    users="Titulaires d’une carte arrivant à échéance et leurs aidants, agents d’accueil des "
    "maisons départementales des personnes handicapées.",
    site_url="https://renouv-carte.example/",
    product_sheet_url="https://fiches.example/startups/renouv-carte",
    interviewees=22,
    interview_period="d’avril à juillet 2026",
    interviews=(
        InterviewItem(
            "Comment avez-vous appris que votre carte arrivait à échéance ?",
            "Souvent au moment de s’en servir : 14 des 18 titulaires rencontrés n’avaient reçu "
            "aucun rappel.",
        ),
        InterviewItem(
            "Qu’est-ce qui a été le plus difficile dans votre dernière demande ?",
            "Savoir quelles pièces joindre et obtenir à temps un certificat médical récent ; "
            "plusieurs personnes ont dû redéposer leur dossier.",
        ),
        InterviewItem(
            "Qui vous a aidé à remplir la demande ?",
            "Un proche aidant dans la moitié des cas, sinon un travailleur social ; l’aidant "
            "cherche surtout une liste claire des pièces.",
        ),
        InterviewItem(
            "Côté accueil, quelles demandes reviennent le plus souvent ?",
            "Les 4 agents d’accueil citent d’abord les questions sur les délais et sur les "
            "pièces manquantes, qui occupent une grande part des appels.",
        ),
        InterviewItem(
            "Combien de temps vos droits ont-ils été interrompus ?",
            "De quelques semaines à six mois ; pendant ce temps, certaines personnes ont perdu "
            "l’accès au stationnement réservé.",
        ),
        InterviewItem(
            "Que vous aurait-il fallu pour déposer à temps ?",
            "Un rappel six mois avant l’échéance, une date de dépôt conseillée et une liste "
            "personnalisée des pièces.",
        ),
    ),
    interview_conclusions=(
        "Le problème n’est pas le formulaire mais l’anticipation : il faut déposer six mois "
        "avant l’échéance.",
        "L’aidant est un usager à part entière ; le service doit pouvoir être utilisé pour "
        "quelqu’un d’autre.",
        "L’accessibilité est une exigence première : lecteurs d’écran, langage clair, "
        "navigation au clavier.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine("Équipe produit", 165_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 200_000, "Deux développeurs"),
                BudgetLine("Design et accessibilité", 110_000, "Designer, audits d’accessibilité"),
                BudgetLine("Hébergement", 10_000, "Simulateur sans compte"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 170_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 210_000, "Rappels et échanges avec les MDPH"),
                BudgetLine("Design et accessibilité", 90_000, "Tests avec des associations"),
                BudgetLine("Déploiement", 70_000, "Formation des agents d’accueil"),
                BudgetLine("Hébergement", 14_000, "Montée en charge"),
            ),
        ),
    ),
    budget_notes=(
        "Le simulateur ne conserve aucune donnée de santé : aucune pièce n’est transmise par "
        "le service en 2026.",
        "Deux audits d’accessibilité externes sont prévus chaque année.",
        "Indicateur d’impact suivi : part des demandes de renouvellement complètes au premier "
        "dépôt dans les départements pilotes.",
        "Hypothèse de déploiement : 6 maisons départementales pilotes en 2027.",
    ),
    screens=(
        Screen(
            "Simuler mon renouvellement",
            (
                ScreenField("Fin de validité de la carte", "15 février 2027"),
                ScreenField("Mention demandée", "Priorité"),
                ScreenField("Votre situation a-t-elle changé ?", "Non"),
                ScreenField("Date de dépôt conseillée", "Avant le 15 août 2026"),
            ),
        ),
        Screen(
            "Mes pièces à fournir",
            (
                ScreenField("Formulaire de demande", "À compléter en ligne"),
                ScreenField("Certificat médical", "Daté de moins d’un an"),
                ScreenField("Justificatif d’identité", "Déjà fourni, encore valable"),
                ScreenField("Justificatif de domicile", "De moins de 3 mois"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Une demande de renouvellement sur trois incomplète",
                "Des droits interrompus pendant des mois",
                "Des accueils saturés de questions sur les pièces",
            ),
        ),
        Slide(
            "Nos usagers",
            (
                "Titulaires d’une carte arrivant à échéance",
                "Leurs aidants, qui font souvent la démarche",
                "Agents d’accueil des maisons départementales",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "22 entretiens d’avril à juillet 2026",
                "14 titulaires sur 18 n’avaient reçu aucun rappel",
                "Il faut déposer six mois avant l’échéance",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Un simulateur en langage clair, sans compte",
                "Une date de dépôt conseillée et une liste de pièces personnalisée",
                "Un rappel par courriel ou SMS six mois avant",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "9 800 simulations en trois mois",
                "Demandes complètes au premier dépôt : de 66 % à 84 %",
                "Service conforme au RGAA à 100 % après audit",
            ),
        ),
        Slide(
            "L’équipe et la suite",
            (
                "Aïssatou Diallo, intrapreneuse, ancienne agente d’accueil",
                "Deux développeurs, une designer, un coach",
                "6 maisons départementales pilotes en 2027",
            ),
        ),
    ),
    accent="#6A6AF4",
)

_ALERTE_RIVIERES = DemoStartup(
    slug="alerte-rivieres",
    name="Alerte Rivières",
    tagline="Prévenir baigneurs et pêcheurs quand la qualité de l’eau d’une rivière se dégrade.",
    candidate_name="Inès Haddad-Çelik",
    candidate_role="Intrapreneuse",
    incubator="Atelier numérique du ministère de l’Eau et des Milieux aquatiques (fictif)",
    problem="Les résultats d’analyse de la qualité des rivières sont publiés avec plusieurs "
    "jours de retard, dans des tableaux peu lisibles : les mairies ferment les sites de "
    "baignade trop tard et personne n’est prévenu des pollutions après un orage.",
    users="Mairies gestionnaires de sites de baignade en rivière, baigneurs, pêcheurs et "
    "associations de pêche, agents des agences de l’eau.",
    site_url="https://alerte-rivieres.example/",
    product_sheet_url="https://fiches.example/startups/alerte-rivieres",
    interviewees=29,
    interview_period="de mars à juin 2026",
    interviews=(
        InterviewItem(
            "Comment savez-vous si l’on peut se baigner aujourd’hui ?",
            "Par le panneau affiché sur le site, souvent daté de plusieurs jours ; 12 baigneurs "
            "sur 15 ignorent que la qualité peut changer après un orage.",
        ),
        InterviewItem(
            "Côté mairie, comment recevez-vous les résultats d’analyse ?",
            "Par courriel, sous forme de tableau, trois à cinq jours après le prélèvement ; "
            "l’interprétation repose sur un seul agent.",
        ),
        InterviewItem(
            "Qu’avez-vous fait lors de la dernière pollution ?",
            "Les 6 mairies rencontrées ont fermé le site après coup ; deux ont été prévenues "
            "par des pêcheurs avant les résultats officiels.",
        ),
        InterviewItem(
            "Comment aimeriez-vous être prévenu ?",
            "Par SMS pour les pêcheurs et les associations, par un affichage à jour et une "
            "carte en ligne pour les baigneurs.",
        ),
        InterviewItem(
            "Quelles données les agences de l’eau pourraient-elles partager plus tôt ?",
            "Les mesures automatiques de turbidité et les alertes de débordement des réseaux, "
            "disponibles en quelques heures.",
        ),
        InterviewItem(
            "Qui doit décider de fermer un site ?",
            "Le maire, toujours : le service doit l’aider à décider vite, pas décider à sa place.",
        ),
    ),
    interview_conclusions=(
        "Le délai de publication, plus que la qualité des mesures, empêche d’agir à temps.",
        "Les mesures automatiques permettent une alerte précoce, confirmée ensuite par l’analyse.",
        "La décision reste au maire : le service prépare la décision et l’affichage.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine("Équipe produit", 170_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 230_000, "Deux développeurs"),
                BudgetLine("Données", 60_000, "Intégration des mesures automatiques"),
                BudgetLine("Design et recherche utilisateur", 70_000, "Tests sur les sites"),
                BudgetLine("Envoi de SMS et hébergement", 25_000, "Alertes pendant l’été"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 175_000, "Intrapreneuse, coach à mi-temps"),
                BudgetLine("Développement", 220_000, "Deux développeurs"),
                BudgetLine("Données", 40_000, "Deux nouveaux bassins"),
                BudgetLine("Déploiement", 65_000, "Accompagnement de 150 communes"),
                BudgetLine("Envoi de SMS et hébergement", 35_000, "Plus d’abonnés"),
            ),
        ),
    ),
    budget_notes=(
        "Le coût des SMS est estimé à 0,05 € par message, pour 400 000 messages en 2027.",
        "Les agences de l’eau fournissent les données sans contrepartie financière.",
        "Indicateur d’impact suivi : délai entre une dégradation mesurée et l’information "
        "des usagers du site.",
        "Hypothèse de déploiement : trois bassins couverts fin 2027.",
    ),
    screens=(
        Screen(
            "Carte des sites de baignade",
            (
                ScreenField("Rivière", "La Fictive"),
                ScreenField("Site", "Plage du Moulin"),
                ScreenField("Qualité de l’eau", "Baignade déconseillée"),
                ScreenField("Dernière mesure", "Aujourd’hui, 8 h 40"),
            ),
        ),
        Screen(
            "M’abonner aux alertes",
            (
                ScreenField("Sites suivis", "Plage du Moulin, Gué des Saules"),
                ScreenField("Canal", "SMS"),
                ScreenField("Numéro de téléphone", "06 00 00 00 00"),
                ScreenField("Alertes", "Fermeture et réouverture"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Des résultats d’analyse publiés trois à cinq jours plus tard",
                "Des sites de baignade fermés après coup",
                "Des usagers jamais prévenus après un orage",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "29 entretiens : mairies, baigneurs, pêcheurs, agences",
                "Les mesures automatiques existent déjà",
                "Le maire veut décider vite, pas être remplacé",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Une alerte précoce à partir des mesures automatiques",
                "Une aide à la décision et un affichage prêt pour le maire",
                "Des alertes par SMS pour les usagers abonnés",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "46 sites de baignade suivis pendant l’été 2026",
                "Information des usagers : de 4 jours à 6 heures",
                "8 300 abonnés aux alertes",
            ),
        ),
        Slide(
            "Déploiement",
            (
                "Trois bassins couverts fin 2027",
                "Les fédérations de pêche comme relais",
                "Des données ouvertes pour les autres services",
            ),
        ),
        Slide(
            "L’équipe",
            (
                "Inès Haddad-Çelik, intrapreneuse, ingénieure de l’eau",
                "Deux développeurs, une designer, un coach",
                "Une correspondante dans chaque agence de l’eau",
            ),
        ),
        Slide(
            "Nos besoins",
            (
                "Financer la saison 2027 et deux nouveaux bassins",
                "Un accès en continu aux mesures automatiques",
                "Un cadre commun d’affichage avec les préfectures",
            ),
        ),
    ),
    accent="#0063CB",
)

_TOIT_SAISONNIER = DemoStartup(
    slug="toit-saisonnier",
    name="Toit Saisonnier",
    tagline="Un logement abordable pour les travailleurs saisonniers, près de leur lieu de "
    "travail.",
    candidate_name="Mathéo Rakotomalala",
    candidate_role="Intrapreneur",
    incubator="Incubateur du ministère du Logement et du Tourisme durable (fictif)",
    problem="En montagne comme dans les zones agricoles, les employeurs peinent à recruter "
    "faute de logements pour les saisonniers : les offres sont dispersées, les logements "
    "vacants des communes restent inconnus et des saisonniers dorment dans leur véhicule.",
    users="Travailleurs saisonniers, employeurs du tourisme et de l’agriculture, communes "
    "touristiques et bailleurs sociaux.",
    site_url="https://toit-saisonnier.example/",
    product_sheet_url="https://fiches.example/startups/toit-saisonnier",
    interviewees=33,
    interview_period="de janvier à mai 2026",
    interviews=(
        InterviewItem(
            "Comment avez-vous trouvé votre logement pour la dernière saison ?",
            "Par relation ou par l’employeur dans deux tiers des cas ; 5 saisonniers sur 20 "
            "ont dormi au moins une semaine dans leur véhicule.",
        ),
        InterviewItem(
            "Quel loyer pouvez-vous payer ?",
            "Entre 250 et 400 € par mois en moyenne, loin des loyers touristiques de la saison.",
        ),
        InterviewItem(
            "Côté employeur, le logement a-t-il freiné vos recrutements ?",
            "Oui pour 9 des 10 employeurs rencontrés ; trois ont renoncé à ouvrir un service "
            "faute de personnel logé.",
        ),
        InterviewItem(
            "Côté commune, disposez-vous de logements vacants ?",
            "Les 3 communes rencontrées ont des logements communaux ou d’anciens "
            "logements de fonction vides, sans moyen simple de les proposer.",
        ),
        InterviewItem(
            "Qu’est-ce qui vous rassurerait pour louer à un saisonnier ?",
            "Un contrat type de courte durée, une garantie de loyer et un interlocuteur en "
            "cas de problème.",
        ),
        InterviewItem(
            "À quel moment cherchez-vous un logement ?",
            "Deux à trois mois avant le début du contrat, au moment de la signature avec "
            "l’employeur.",
        ),
    ),
    interview_conclusions=(
        "L’offre existe en partie mais reste invisible : logements communaux, bailleurs "
        "sociaux, particuliers hésitants.",
        "Le moment clé est la signature du contrat de travail : l’employeur est le bon relais.",
        "La garantie de loyer conditionne l’engagement des propriétaires.",
    ),
    budget=(
        BudgetYear(
            2026,
            (
                BudgetLine("Équipe produit", 175_000, "Intrapreneur, coach à mi-temps"),
                BudgetLine("Développement", 210_000, "Deux développeurs"),
                BudgetLine("Design et recherche utilisateur", 85_000, "Terrain en stations"),
                BudgetLine("Partenariats", 40_000, "Communes, bailleurs, employeurs"),
                BudgetLine("Hébergement", 10_000, "Hébergement et supervision"),
            ),
        ),
        BudgetYear(
            2027,
            (
                BudgetLine("Équipe produit", 180_000, "Intrapreneur, coach à mi-temps"),
                BudgetLine("Développement", 220_000, "Garantie de loyer intégrée"),
                BudgetLine("Design et recherche utilisateur", 60_000, "Designer à 50 %"),
                BudgetLine("Déploiement", 95_000, "Deux massifs et une région agricole"),
                BudgetLine("Hébergement", 14_000, "Montée en charge"),
            ),
        ),
        BudgetYear(
            2028,
            (
                BudgetLine("Équipe produit", 110_000, "Transmission au service repreneur"),
                BudgetLine("Développement", 140_000, "Un développeur, maintenance"),
                BudgetLine("Déploiement", 60_000, "Zones touristiques du littoral"),
                BudgetLine("Hébergement", 16_000, "Service national"),
            ),
        ),
    ),
    budget_notes=(
        "La garantie de loyer elle-même n’est pas financée par la start-up : elle relève d’un "
        "organisme partenaire.",
        "Hypothèse : 1 500 logements proposés et 4 000 saisonniers logés à l’hiver 2027–2028.",
        "Indicateur d’impact suivi : nombre de saisonniers logés à moins de 30 minutes de "
        "leur lieu de travail.",
        "Les communes pilotes mettent à disposition des logements communaux vacants.",
    ),
    screens=(
        Screen(
            "Rechercher un logement",
            (
                ScreenField("Lieu de travail", "Val-Fictif 1800"),
                ScreenField("Dates du contrat", "Du 14 décembre 2026 au 18 avril 2027"),
                ScreenField("Loyer maximum", "350 € par mois"),
                ScreenField("Type de logement", "Chambre ou studio partagé"),
            ),
        ),
        Screen(
            "Proposer un logement",
            (
                ScreenField("Adresse", "12 rue de l’Exemple, Val-Fictif"),
                ScreenField("Nombre de places", "4"),
                ScreenField("Loyer mensuel par place", "280 €"),
                ScreenField("Disponibilité", "Saison d’hiver 2026–2027"),
                ScreenField("Garantie de loyer", "Demandée"),
            ),
        ),
    ),
    slides=(
        Slide(
            "Le problème",
            (
                "Des saisonniers sans logement abordable",
                "Des employeurs qui renoncent à recruter",
                "Des logements vacants que personne ne propose",
            ),
        ),
        Slide(
            "Nos usagers",
            (
                "Travailleurs saisonniers du tourisme et de l’agriculture",
                "Employeurs des stations et des exploitations",
                "Communes touristiques et bailleurs sociaux",
            ),
        ),
        Slide(
            "Ce que le terrain nous a appris",
            (
                "33 entretiens de janvier à mai 2026",
                "Un saisonnier sur quatre a dormi dans son véhicule",
                "L’employeur est présent au moment où tout se décide",
            ),
        ),
        Slide(
            "Notre solution",
            (
                "Une recherche par lieu de travail et dates de contrat",
                "Des logements communaux et sociaux enfin visibles",
                "Un contrat type et une garantie de loyer",
            ),
        ),
        Slide(
            "Impact mesuré",
            (
                "620 saisonniers logés pendant l’hiver 2025–2026",
                "210 logements proposés, dont 70 logements communaux",
                "Loyer moyen : 310 € par mois",
            ),
        ),
        Slide(
            "Déploiement",
            (
                "Deux massifs et une région agricole en 2027",
                "Les employeurs comme premier relais",
                "Reprise par un service de l’État en 2028",
            ),
        ),
        Slide(
            "L’équipe",
            (
                "Mathéo Rakotomalala, intrapreneur, ancien saisonnier",
                "Deux développeurs, un designer, une coach",
                "Un comité de suivi avec les communes pilotes",
            ),
        ),
    ),
    accent="#B34000",
)

DEMO_STARTUPS: tuple[DemoStartup, ...] = tuple(
    _typeset_startup(startup)
    for startup in (
        _RANDO_CADASTRE,
        _CIRCUIT_CANTINE,
        _BIP_VOLONTAIRES,
        _RENOUV_CARTE,
        _ALERTE_RIVIERES,
        _TOIT_SAISONNIER,
    )
)
