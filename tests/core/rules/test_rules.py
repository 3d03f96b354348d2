"""The domain rules, table by table (design.md §6)."""

from __future__ import annotations

from datetime import date

import pytest

from jury_desk.models.enums import DecisionRuleKind, Outcome
from jury_desk.rules import GridRow, Scale, consolidate, decide, decision_due_date, sheet_problems
from jury_desk.rules.sheet import SheetProblemKind

SCALE = Scale.default()


@pytest.mark.parametrize(
    ("level", "passing", "needs_comment"),
    [(None, False, False), (0, False, True), (1, False, True), (2, True, False), (3, True, False)],
)
def test_passing_and_mandatory_comment(
    level: int | None, passing: bool, needs_comment: bool
) -> None:
    assert SCALE.is_passing(level) is passing
    assert SCALE.needs_comment(level) is needs_comment


@pytest.mark.parametrize("level", [-1, 4])
def test_a_level_off_the_scale_is_refused(level: int) -> None:
    with pytest.raises(ValueError, match="not on this scale"):
        SCALE.is_passing(level)


@pytest.mark.parametrize(
    ("labels", "passing"),
    [((), ()), (("a", "b"), (True, False)), (("a", "b"), (False, False)), (("a",), (True, True))],
)
def test_malformed_scales_are_refused(labels: tuple[str, ...], passing: tuple[bool, ...]) -> None:
    with pytest.raises(ValueError):
        Scale(labels, passing)


def _rows(levels: list[int | None], comments: list[str] | None = None) -> list[GridRow]:
    comments = comments or [""] * len(levels)
    return [
        GridRow(f"C{i + 1}", lv, c) for i, (lv, c) in enumerate(zip(levels, comments, strict=True))
    ]


@pytest.mark.parametrize(
    ("levels", "comments", "expected"),
    [
        ([2] * 8, None, []),
        ([3, 2, 3, 2, 3, 2, 3, 2], None, []),
        ([2] * 7 + [None], None, [(SheetProblemKind.NOT_SCORED, "C8")]),
        (
            [None] * 2 + [2] * 6,
            None,
            [(SheetProblemKind.NOT_SCORED, "C1"), (SheetProblemKind.NOT_SCORED, "C2")],
        ),
        ([1] + [2] * 7, None, [(SheetProblemKind.COMMENT_REQUIRED, "C1")]),
        ([1] + [2] * 7, ["   "] + [""] * 7, [(SheetProblemKind.COMMENT_REQUIRED, "C1")]),
        ([0] + [2] * 7, ["Pas de preuve d’entretiens"] + [""] * 7, []),
    ],
)
def test_sheet_completeness(
    levels: list[int | None], comments: list[str] | None, expected: list[tuple[str, str]]
) -> None:
    problems = sheet_problems(_rows(levels, comments), SCALE)
    assert [(p.kind, p.competency_code) for p in problems] == expected


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("J’ai travaillé avec la candidate en 2024.", []),
        ("  ", [SheetProblemKind.RECUSAL_WITHOUT_STATEMENT]),
    ],
)
def test_recusal_signs_without_scores_but_needs_a_statement(
    statement: str, expected: list[SheetProblemKind]
) -> None:
    problems = sheet_problems(_rows([None] * 8), SCALE, recused=True, conflict_statement=statement)
    assert [p.kind for p in problems] == expected


@pytest.mark.parametrize(
    ("chair", "member", "casting", "level", "agreed", "crosses", "needs_vote"),
    [
        (2, 2, None, 2, True, False, False),
        (0, 0, None, 0, True, False, False),
        (2, 3, None, None, False, False, True),
        (2, 3, 3, 3, False, False, False),
        (1, 2, None, None, False, True, True),
        (1, 2, 1, 1, False, True, False),
        (None, 2, None, 2, True, False, False),  # one juror recused
        (3, None, None, 3, True, False, False),
    ],
)
def test_consolidation(
    chair: int | None,
    member: int | None,
    casting: int | None,
    level: int | None,
    agreed: bool,
    crosses: bool,
    needs_vote: bool,
) -> None:
    result = consolidate(SCALE, chair, member, casting)
    assert (result.level, result.agreed, result.crosses_threshold, result.needs_casting_vote) == (
        level,
        agreed,
        crosses,
        needs_vote,
    )


@pytest.mark.parametrize(
    ("levels", "rule", "minimum", "outcome"),
    [
        ([2] * 8, DecisionRuleKind.ALL_PASSING, None, Outcome.CERTIFIED),
        ([3] * 8, DecisionRuleKind.ALL_PASSING, None, Outcome.CERTIFIED),
        ([2] * 7 + [1], DecisionRuleKind.ALL_PASSING, None, Outcome.NOT_CERTIFIED),
        ([2] * 7 + [None], DecisionRuleKind.ALL_PASSING, None, None),
        ([2] * 6 + [1, 0], DecisionRuleKind.MINIMUM_PASSING, 6, Outcome.CERTIFIED),
        ([2] * 5 + [1, 0, 0], DecisionRuleKind.MINIMUM_PASSING, 6, Outcome.NOT_CERTIFIED),
    ],
)
def test_decision_rule(
    levels: list[int | None], rule: DecisionRuleKind, minimum: int | None, outcome: Outcome | None
) -> None:
    assert decide(SCALE, levels, rule, minimum) is outcome


@pytest.mark.parametrize(
    ("interview", "due"),
    [
        (date(2026, 11, 30), date(2027, 1, 30)),
        (date(2026, 12, 31), date(2027, 2, 28)),
        (date(2027, 12, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 5, 15), date(2026, 7, 15)),
        (date(2026, 11, 1), date(2027, 1, 1)),
    ],
)
def test_decision_due_two_months_after_interview(interview: date, due: date) -> None:
    assert decision_due_date(interview) == due
