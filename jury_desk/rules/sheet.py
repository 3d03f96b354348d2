"""When a scoring sheet can be signed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jury_desk.rules.scale import Scale


class SheetProblemKind(StrEnum):
    NOT_SCORED = "not_scored"
    COMMENT_REQUIRED = "comment_required"
    RECUSAL_WITHOUT_STATEMENT = "recusal_without_statement"


@dataclass(frozen=True)
class GridRow:
    competency_code: str
    level: int | None
    comment: str


@dataclass(frozen=True)
class SheetProblem:
    kind: SheetProblemKind
    competency_code: str | None = None


def sheet_problems(
    rows: list[GridRow], scale: Scale, *, recused: bool = False, conflict_statement: str = ""
) -> list[SheetProblem]:
    """What stops the sheet from being signed; an empty list means it can be signed.

    A juror who declared a conflict of interest and recused signs a sheet with
    no scores, but must say what the conflict is.
    """
    if recused:
        if not conflict_statement.strip():
            return [SheetProblem(SheetProblemKind.RECUSAL_WITHOUT_STATEMENT)]
        return []
    problems: list[SheetProblem] = []
    for row in rows:
        if row.level is None:
            problems.append(SheetProblem(SheetProblemKind.NOT_SCORED, row.competency_code))
        elif scale.needs_comment(row.level) and not row.comment.strip():
            problems.append(SheetProblem(SheetProblemKind.COMMENT_REQUIRED, row.competency_code))
    return problems
