"""The French words and numbers of the printed minutes: outcomes, roles, rates, the rule."""

from __future__ import annotations

from jury_desk.models import DecisionRuleKind, JurorRole, Outcome
from jury_desk.pdf.wording import NARROW_NBSP

OUTCOME = {
    Outcome.CERTIFIED: "Certifié·e",
    Outcome.NOT_CERTIFIED: "Non certifié·e",
    Outcome.ABSENT: "Absent·e",
    Outcome.POSTPONED: "Décision reportée",
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


def rule_sentence(rule: DecisionRuleKind, minimum_passing: int | None) -> str:
    if rule is DecisionRuleKind.ALL_PASSING:
        return "certification lorsque toutes les compétences sont à un niveau validant"
    return f"certification lorsqu’au moins {minimum_passing} compétences sont à un niveau validant"
