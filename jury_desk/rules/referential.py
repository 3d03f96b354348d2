"""What a session's referential is: the level scale, the competencies, the interview plan, the rule.

Plain, immutable data with its own consistency checks; the real RS6247
referential is in rules/rs6247.py, a session carries one (session/spec.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.models.enums import DecisionRuleKind


@dataclass(frozen=True)
class LevelSpec:
    """One step of the level scale; rank 0 is the lowest."""

    rank: int
    label: str
    passing: bool


@dataclass(frozen=True)
class CompetencySpec:
    code: str
    title: str
    description: str
    criteria: tuple[str, ...]
    # One descriptor per level of the scale, in rank order.
    descriptors: tuple[str, ...]


@dataclass(frozen=True)
class ReferentialSpec:
    levels: tuple[LevelSpec, ...]
    competencies: tuple[CompetencySpec, ...]

    def __post_init__(self) -> None:
        ranks = [level.rank for level in self.levels]
        if ranks != list(range(len(ranks))):
            raise ValueError("level ranks must be 0, 1, 2… in order")
        if not any(level.passing for level in self.levels):
            raise ValueError("at least one level must pass")
        passing = [level.passing for level in self.levels]
        if passing != sorted(passing):
            raise ValueError("passing levels must be the upper ones")
        for competency in self.competencies:
            if len(competency.descriptors) != len(self.levels):
                raise ValueError(
                    f"competency {competency.code}: {len(competency.descriptors)} descriptors "
                    f"for {len(self.levels)} levels"
                )


@dataclass(frozen=True)
class PhaseSpec:
    code: str
    title: str
    minutes: int


@dataclass(frozen=True)
class InterviewPlanSpec:
    phases: tuple[PhaseSpec, ...]
    # Minutes left at which the clock warns (e.g. 10 and 5).
    warning_marks_minutes: tuple[int, ...] = (10, 5)

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)


@dataclass(frozen=True)
class DecisionRuleSpec:
    kind: DecisionRuleKind = DecisionRuleKind.ALL_PASSING
    # Only for MINIMUM_PASSING: how many competencies must pass.
    minimum_passing: int | None = None
