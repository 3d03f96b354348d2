"""What every signed document's data must hold beyond its JSON Schema: the checks they share.

A scale in rank order, each level printed as the scale says, nothing listed
twice. Each check returns what is wrong as an `Inconsistency` (where, and why as
a marked template with its fields) or None; each document's codec turns it into
its own format error, so the wording is the same in the sheet, the minutes and
the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

T = TypeVar("T")


@dataclass(frozen=True)
class PrintedLevel:
    """One level of the scale as a signed document prints it."""

    rank: int
    label: str
    passing: bool


@dataclass(frozen=True)
class Inconsistency:
    """Where a document's data contradicts itself, and why (a marked template)."""

    where: str
    why: str
    fields: Mapping[str, object] = field(default_factory=dict)


def printed_scale(levels: Iterable[Mapping[str, Any]]) -> tuple[PrintedLevel, ...]:
    """The scale as a document's JSON holds it (its schema checked the shape)."""
    return tuple(PrintedLevel(lv["rank"], lv["label"], lv["passing"]) for lv in levels)


def scale_inconsistency(
    scale: Sequence[PrintedLevel], where: str = "scale"
) -> Inconsistency | None:
    ranks = [level.rank for level in scale]
    if ranks == list(range(len(ranks))):
        return None
    return Inconsistency(
        where,
        QT_TRANSLATE_NOOP("messages", "the ranks {ranks} should be 0 to {top} in order"),
        {"ranks": ranks, "top": len(ranks) - 1},
    )


def level_inconsistency(
    rank: int | None,
    label: str | None,
    passing: bool | None,
    scale: Sequence[PrintedLevel],
    where: str,
    rank_where: str | None = None,
) -> Inconsistency | None:
    """A level (None: not scored) printed with the label and the passing flag of its rank.

    `rank_where` names the rank's own place, where the document has one.
    """
    if rank is None:
        return None
    if rank >= len(scale):
        return Inconsistency(
            rank_where or where,
            QT_TRANSLATE_NOOP("messages", "level {level} is not on the scale"),
            {"level": rank},
        )
    on_scale = scale[rank]
    if (label, passing) == (on_scale.label, on_scale.passing):
        return None
    return Inconsistency(
        where,
        QT_TRANSLATE_NOOP("messages", "level {rank} is {label!r} on the scale"),
        {"rank": on_scale.rank, "label": on_scale.label},
    )


def first_repeated(values: Iterable[T]) -> T | None:
    """The first value seen twice, if any."""
    seen: set[T] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None
