"""The French words and numbers of the printed minutes: outcomes, roles, rates, the rules.

Outcomes are worded about the certification, never about the person: « Certification
obtenue », not « Certifié·e », so no gender is guessed from a name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jury_desk.models import DecisionRuleKind, JurorRole, Outcome
from jury_desk.pdf.wording import NARROW_NBSP
from jury_desk.rules.document_checks import PrintedLevel

OUTCOME = {
    Outcome.CERTIFIED: "Certification obtenue",
    Outcome.NOT_CERTIFIED: "Certification non obtenue",
    Outcome.ABSENT: "Absence à l’entretien",
    Outcome.POSTPONED: "Décision reportée",
}
# « 2 certifications obtenues », « 1 absence à l’entretien »: the outcome as a count.
_COUNTED = {
    Outcome.CERTIFIED: ("certification", " obtenue"),
    Outcome.NOT_CERTIFIED: ("certification", " non obtenue"),
    Outcome.ABSENT: ("absence", " à l’entretien"),
    Outcome.POSTPONED: ("décision", " reportée"),
}
JURY_ROLE = {JurorRole.CHAIR: "Présidence du jury", JurorRole.MEMBER: "Membre du jury"}
NOT_COMPUTABLE = "—"
_MINUS = "\u2212"


def percent(rate: float | None) -> str:
    """« 87,5 % », « 100 % »; « — » where there is nothing to count."""
    if rate is None:
        return NOT_COMPUTABLE
    text = f"{rate * 100:.1f}".removesuffix(".0").replace(".", ",")
    return f"{text}{NARROW_NBSP}%"


def decimal(value: float | None) -> str:
    """« 0,72 », « −0,15 »; « — » where undefined."""
    if value is None:
        return NOT_COMPUTABLE
    text = f"{abs(value):.2f}".replace(".", ",")
    return f"{_MINUS}{text}" if round(value, 2) < 0 else text


def plural(count: int) -> str:
    """The French plural mark: « 1 candidature », « 0 candidature », « 2 candidatures »."""
    return "s" if count > 1 else ""


def inclusive_plural(count: int) -> str:
    """The inclusive plural mark: « 1 absent·e », « 2 absent·e·s »."""
    return "·s" if count > 1 else ""


def french_list(items: Sequence[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def outcome_count(outcome: Outcome, count: int) -> str:
    """« 1 certification obtenue », « 2 décisions reportées »."""
    noun, rest = _COUNTED[outcome]
    mark = plural(count)
    # The words after the noun agree with it; « à l’entretien » does not.
    rest = rest if outcome is Outcome.ABSENT else f"{rest}{mark}"
    return f"{count} {noun}{mark}{rest}"


def outcome_summary(counts: Mapping[Outcome, int]) -> str:
    """« 6 candidatures examinées : 4 certifications obtenues et 2 certifications non
    obtenues. » Outcomes no candidate had are left out."""
    total = sum(counts.values())
    parts = [outcome_count(outcome, counts[outcome]) for outcome in Outcome if counts[outcome]]
    return f"{total} candidature{plural(total)} examinée{plural(total)} : {french_list(parts)}."


def pass_rate_sentence(counts: Mapping[Outcome, int], rate: float | None) -> str:
    """« Taux de réussite : 100 % (1 candidat·e certifié·e sur 1 ayant passé l’entretien ;
    5 absent·e·s). » Absences and postponed decisions are said apart, never counted."""
    certified = counts[Outcome.CERTIFIED]
    ruled = certified + counts[Outcome.NOT_CERTIFIED]
    if ruled:
        mark = inclusive_plural(certified)
        parts = [
            f"{certified} candidat·e{mark} certifié·e{mark} sur {ruled} ayant passé l’entretien"
        ]
    else:
        parts = ["aucun·e candidat·e n’a passé l’entretien"]
    absent, postponed = counts[Outcome.ABSENT], counts[Outcome.POSTPONED]
    if absent:
        parts.append(f"{absent} absent·e{inclusive_plural(absent)}")
    if postponed:
        parts.append(outcome_count(Outcome.POSTPONED, postponed))
    rate_text = percent(rate) if rate is not None else "non calculable"
    return f"Taux de réussite : {rate_text} ({' ; '.join(parts)})."


def rule_sentence(rule: DecisionRuleKind, minimum_passing: int | None, competencies: int) -> str:
    """When the certification is obtained, by the session's decision rule."""
    if rule is DecisionRuleKind.ALL_PASSING:
        return (
            f"la certification est obtenue lorsque chacune des {competencies} compétences "
            f"est à un niveau validant."
        )
    return (
        f"la certification est obtenue lorsqu’au moins {minimum_passing} des {competencies} "
        f"compétences sont à un niveau validant."
    )


def rules_paragraphs(
    rule: DecisionRuleKind,
    minimum_passing: int | None,
    scale: Sequence[PrintedLevel],
    competencies: int,
) -> list[str]:
    """The rules the minutes apply: the scale, the casting vote, the decision rule."""
    ordered = sorted(scale, key=lambda level: level.rank)
    labels = [f"« {level.label} »" for level in ordered]
    passing = [f"« {level.label} »" for level in ordered if level.passing]
    validate = "valide" if len(passing) == 1 else "valident"
    return [
        f"Échelle : chaque compétence est évaluée selon les niveaux {french_list(labels)}, "
        f"du plus faible au plus élevé ; {french_list(passing)} {validate} la compétence.",
        "Niveau retenu : le niveau donné par les deux membres du jury lorsqu’ils s’accordent "
        "(celui de l’un seul lorsque l’autre s’est récusé) ; sinon, la présidence du jury "
        "retient par voix prépondérante l’un des deux niveaux donnés, en motivant son choix.",
        f"Décision : {rule_sentence(rule, minimum_passing, competencies)} L’absence à "
        "l’entretien et le report de la décision sont prononcés par le jury hors de "
        "cette règle ; ils ne comptent pas dans le taux de réussite.",
    ]
