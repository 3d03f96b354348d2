"""What breaks a plan's rules, said in words the organiser can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase, render


class ProblemKind(StrEnum):
    UNKNOWN_REFERENCE = "unknown_reference"
    JURY_COMPOSITION = "jury_composition"
    OFF_THE_GRID = "off_the_grid"
    CANDIDATE_PLACED_TWICE = "candidate_placed_twice"
    JUROR_DOUBLE_BOOKED = "juror_double_booked"
    MISSING_BREAK = "missing_break"
    CONFLICT_OF_INTEREST = "conflict_of_interest"
    # Only from a proposal: a placement it was asked to keep, or a candidate it could not place.
    PLACEMENT_NOT_KEPT = "placement_not_kept"
    CANDIDATE_NOT_PLACED = "candidate_not_placed"


@dataclass(frozen=True)
class Problem:
    """One broken rule: an English template and its fields, and the ids it is about.

    `subjects` holds the ids of the candidates, jurors and juries concerned, so
    that a view can point at them; `text` is the English message.
    """

    kind: ProblemKind
    template: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    subjects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def text(self) -> str:
        return render(self.template, self.params)

    def as_phrase(self) -> Phrase:
        """This problem's message, to be given as a field of another message."""
        return Phrase(self.template, **self.params)


def joined_phrases(phrases: Sequence[Phrase]) -> Phrase:
    """`phrases` one after the other, separated by "; ", each translated on its own."""
    first, *others = phrases
    if not others:
        return first
    return Phrase(
        QT_TRANSLATE_NOOP("messages", "{reason}; {others}"),
        reason=first,
        others=joined_phrases(others),
    )
