"""From two jurors' levels to one level per competency, and from those to an outcome."""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.models.enums import DecisionRuleKind, Outcome
from jury_desk.rules.scale import Scale


@dataclass(frozen=True)
class Consolidation:
    """The level that stands for one competency, and whether the chair had to decide."""

    level: int | None
    agreed: bool
    # The two jurors disagree on whether the competency passes, not just on the level.
    crosses_threshold: bool
    needs_casting_vote: bool


def consolidate(
    scale: Scale, chair_level: int | None, member_level: int | None, casting_vote: int | None = None
) -> Consolidation:
    """Agreement stands; a disagreement is settled by the chair's casting vote.

    When one juror recused (None), the other juror's level stands alone.
    """
    for level in (chair_level, member_level, casting_vote):
        scale.check_rank(level)
    if chair_level is None or member_level is None or chair_level == member_level:
        level = chair_level if chair_level is not None else member_level
        return Consolidation(level, True, False, False)
    crosses = scale.is_passing(chair_level) != scale.is_passing(member_level)
    return Consolidation(casting_vote, False, crosses, casting_vote is None)


def decide(
    scale: Scale,
    levels: list[int | None],
    rule: DecisionRuleKind = DecisionRuleKind.ALL_PASSING,
    minimum_passing: int | None = None,
) -> Outcome | None:
    """The outcome the decision rule gives, or None while a competency has no level yet.

    Absent and postponed are set by the jury, not derived from levels.
    """
    if any(level is None for level in levels):
        return None
    passed = sum(scale.is_passing(level) for level in levels)
    if rule is DecisionRuleKind.ALL_PASSING:
        required = len(levels)
    else:
        if minimum_passing is None:
            raise ValueError("the minimum_passing rule needs a minimum")
        required = minimum_passing
    return Outcome.CERTIFIED if passed >= required else Outcome.NOT_CERTIFIED
