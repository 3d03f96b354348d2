"""The referential of the certification RS6247 and its one-hour interview plan.

Four levels, the upper two passing (design.md §6), and the eight competencies
of RS6247 with their criteria and level descriptors: what a new session folder
starts from (bundle init) and what the demo session uses.
"""

from __future__ import annotations

from jury_desk.rules.referential import (
    CompetencySpec,
    InterviewPlanSpec,
    LevelSpec,
    PhaseSpec,
    ReferentialSpec,
)

RS6247_CODE = "RS6247"
RS6247_TITLE = "Concevoir un service public numérique au sein de l'État"

_LEVELS = (
    LevelSpec(rank=0, label="Insuffisant", passing=False),
    LevelSpec(rank=1, label="À consolider", passing=False),
    LevelSpec(rank=2, label="Maîtrisé", passing=True),
    LevelSpec(rank=3, label="Expert", passing=True),
)

_COMPETENCIES = (
    CompetencySpec(
        code="C1",
        title="Pitch",
        description=(
            "Présenter en quelques minutes le problème, les usagers, la solution et l’impact "
            "de la start-up d’État, de façon claire et convaincante pour un public non spécialiste."
        ),
        criteria=(
            "Clarté du problème et des usagers visés",
            "Impact démontré par des indicateurs",
            "Respect du temps imparti",
            "Capacité à susciter l’adhésion",
        ),
        descriptors=(
            "Le pitch ne permet pas de comprendre quel problème est traité ni pour qui, "
            "et le temps imparti n’est pas tenu.",
            "Le problème et la solution sont présentés, mais l’impact reste affirmé sans "
            "indicateur et le propos se disperse.",
            "Présente en moins de dix minutes le problème, ses usagers et l’impact mesuré du "
            "service, dans un propos structuré et accessible.",
            "Raconte le parcours de la start-up de façon percutante, appuie chaque affirmation "
            "sur des chiffres d’usage et adapte son propos aux réactions du jury.",
        ),
    ),
    CompetencySpec(
        code="C2",
        title="Investigation du problème",
        description=(
            "Identifier, comprendre et formuler le problème réel des usagers à partir d’une "
            "investigation de terrain, avant de concevoir une solution."
        ),
        criteria=(
            "Entretiens et observations de terrain",
            "Formulation du problème",
            "Mesure de l’ampleur du problème",
            "Remise en question des hypothèses",
        ),
        descriptors=(
            "Le problème est posé à partir d’une intuition ou d’une commande, sans contact "
            "direct avec les usagers.",
            "Quelques entretiens ont été menés, mais le problème reste vague ou est formulé "
            "comme une solution.",
            "A mené des entretiens utilisateurs réguliers et en tire un problème formulé, "
            "mesuré et partagé par l’équipe.",
            "A installé une investigation continue (entretiens, observation, données) qui a "
            "conduit à reformuler le problème et à abandonner des pistes infondées.",
        ),
    ),
    CompetencySpec(
        code="C3",
        title="Conception / Priorisation",
        description=(
            "Traduire le problème en une proposition de valeur et un produit minimal, puis "
            "arbitrer en continu ce qui est construit selon l’impact attendu."
        ),
        criteria=(
            "Proposition de valeur explicite",
            "Périmètre du produit minimal",
            "Arbitrages documentés",
            "Feuille de route fondée sur l’impact",
        ),
        descriptors=(
            "Les fonctionnalités s’accumulent au fil des demandes, sans critère de priorité.",
            "Une liste de priorités existe, mais elle suit l’ordre des demandes plutôt que la "
            "valeur pour les usagers.",
            "Priorise le backlog selon l’impact attendu sur le problème et justifie les "
            "fonctionnalités écartées.",
            "Fonde chaque arbitrage sur des données d’usage, renonce ouvertement à des "
            "fonctionnalités et fait partager ces choix aux commanditaires.",
        ),
    ),
    CompetencySpec(
        code="C4",
        title="Prototypage",
        description=(
            "Concevoir et faire évoluer rapidement des prototypes, du papier au service en "
            "ligne, pour confronter les idées aux usagers au moindre coût."
        ),
        criteria=(
            "Rapidité de la première mise en ligne",
            "Niveau de fidélité adapté à la question posée",
            "Itérations successives",
            "Prise en compte de l’accessibilité",
        ),
        descriptors=(
            "Aucun prototype n’a été montré aux usagers avant le développement complet du service.",
            "Un prototype existe, mais il a peu évolué ou n’a servi qu’à présenter le projet "
            "à la hiérarchie.",
            "A produit des prototypes de fidélité croissante, montrés aux usagers, et une "
            "première version en ligne en quelques semaines.",
            "Choisit le prototype le plus économe pour chaque question ouverte et documente "
            "les changements que chaque itération a provoqués, accessibilité comprise.",
        ),
    ),
    CompetencySpec(
        code="C5",
        title="Test",
        description=(
            "Vérifier par l’expérimentation que le service résout le problème\u00a0: tests "
            "utilisateurs, mesure de l’usage et décisions fondées sur les résultats."
        ),
        criteria=(
            "Tests avec des usagers réels",
            "Indicateurs d’impact suivis et publiés",
            "Décisions tirées des résultats",
        ),
        descriptors=(
            "Le service n’a pas été testé auprès d’usagers réels et aucun indicateur n’est suivi.",
            "Des tests ont eu lieu ponctuellement, mais leurs résultats n’ont pas modifié le "
            "produit.",
            "Organise des tests utilisateurs réguliers, suit des indicateurs d’impact publiés "
            "et modifie le produit en conséquence.",
            "A installé une boucle d’expérimentation continue et sait montrer une décision "
            "tirée d’un résultat négatif.",
        ),
    ),
    CompetencySpec(
        code="C6",
        title="Déploiement",
        description=(
            "Faire passer le service à l’échelle\u00a0: trouver les usagers, convaincre les "
            "relais, garantir la qualité et préparer la pérennité."
        ),
        criteria=(
            "Stratégie d’acquisition des usagers",
            "Mobilisation des relais et partenaires",
            "Sécurité, accessibilité et protection des données",
            "Trajectoire de pérennisation",
        ),
        descriptors=(
            "Le service n’est utilisé que sur le territoire d’expérimentation et aucune "
            "stratégie de diffusion n’est définie.",
            "Une stratégie de diffusion existe sur le papier, mais la croissance de l’usage "
            "repose sur la seule équipe.",
            "Étend l’usage en s’appuyant sur des relais identifiés et tient compte de la "
            "sécurité, de l’accessibilité et du RGPD.",
            "Fait croître l’usage de façon maîtrisée, a obtenu l’homologation de sécurité et "
            "prépare avec l’administration la reprise du service.",
        ),
    ),
    CompetencySpec(
        code="C7",
        title="Financement",
        description=(
            "Obtenir et justifier les moyens de la start-up auprès des financeurs, en reliant "
            "les dépenses à l’impact obtenu et attendu."
        ),
        criteria=(
            "Budget construit et justifié",
            "Lien entre moyens et impact",
            "Diversité des financeurs",
            "Suivi de l’exécution budgétaire",
        ),
        descriptors=(
            "Ne sait pas présenter le budget de la start-up ni ses sources de financement.",
            "Présente un budget, mais sans lien explicite entre les montants demandés et les "
            "résultats attendus.",
            "Présente au comité d’investissement un budget détaillé, relié aux objectifs "
            "d’impact, et en suit l’exécution.",
            "A obtenu des cofinancements de plusieurs administrations en démontrant l’impact "
            "et anticipe le financement après la phase d’accélération.",
        ),
    ),
    CompetencySpec(
        code="C8",
        title="Mettre en place et maintenir une cohésion d’équipe",
        description=(
            "Constituer une équipe pluridisciplinaire et autonome, la faire travailler "
            "ensemble et préserver sa dynamique dans la durée."
        ),
        criteria=(
            "Composition pluridisciplinaire",
            "Rituels et organisation du travail",
            "Gestion des tensions et des départs",
            "Lien avec l’administration porteuse",
        ),
        descriptors=(
            "L’équipe travaille en silos et les rôles de chacun ne sont pas clairs.",
            "Des rituels existent, mais les tensions ou les départs ont désorganisé le "
            "travail sans être traités.",
            "Anime une équipe pluridisciplinaire aux rôles clairs, avec des rituels réguliers, "
            "et traite les désaccords ouvertement.",
            "Maintient la cohésion à travers les arrivées, départs et réorganisations, et "
            "associe l’administration porteuse à la vie de l’équipe.",
        ),
    ),
)

_PHASES = (
    PhaseSpec(code="pitch", title="Pitch du candidat", minutes=10),
    PhaseSpec(code="questions", title="Questions sur les compétences", minutes=40),
    PhaseSpec(code="cloture", title="Questions du candidat et clôture", minutes=10),
)


def rs6247_referential() -> ReferentialSpec:
    """The 4-level scale and the 8 competencies of the certification."""
    return ReferentialSpec(levels=_LEVELS, competencies=_COMPETENCIES)


def rs6247_interview_plan() -> InterviewPlanSpec:
    """A one-hour interview: pitch, questions, then the candidate's own questions."""
    return InterviewPlanSpec(phases=_PHASES, warning_marks_minutes=(10, 5))
