"""My grid for one candidate, in plain SQL: the referential, my levels, comments and sheet."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from jury_desk.juror.reading.session import levels, me, the_session
from jury_desk.juror.snapshots import GridRowState, GridState, LevelInfo
from jury_desk.models.enums import AssessmentStatus, Recommendation
from jury_desk.rules.scale import Scale
from jury_desk.rules.sheet import GridRow, sheet_problems
from jury_desk.store.workspace import PlainReads

_ASSESSMENT = (
    "SELECT id, status, recommendation, overall_comment, preparation_notes,"
    " conflict_declared, conflict_statement, recused"
    " FROM assessment WHERE candidate_id = ? AND juror_id = ? AND status != ? LIMIT 1"
)


@dataclass(frozen=True)
class _Sheet:
    """My living assessment of the candidate, or what the grid shows without one."""

    id: int | None = None
    status: AssessmentStatus | None = None
    recommendation: Recommendation | None = None
    overall_comment: str = ""
    preparation_notes: str = ""
    conflict_declared: bool = False
    conflict_statement: str = ""
    recused: bool = False


def _my_sheet(sql: PlainReads, candidate_id: str) -> _Sheet:
    row = sql.first(_ASSESSMENT, (candidate_id, me(sql).id, AssessmentStatus.SUPERSEDED.value))
    if row is None:
        return _Sheet()
    sheet_id, status, recommendation, overall, notes, conflict, statement, recused = row
    return _Sheet(
        id=sheet_id,
        status=AssessmentStatus(status),
        recommendation=None if recommendation is None else Recommendation(recommendation),
        overall_comment=overall,
        preparation_notes=notes,
        conflict_declared=bool(conflict),
        conflict_statement=statement,
        recused=bool(recused),
    )


def grid(sql: PlainReads, candidate_id: str) -> GridState:
    session_id = the_session(sql).id
    scale_levels = levels(sql, session_id)
    scale = Scale(
        tuple(label for _, label, _ in scale_levels), tuple(passing for *_, passing in scale_levels)
    )
    sheet = _my_sheet(sql, candidate_id)
    scores: dict[int, tuple[int | None, str, int]] = {}
    if sheet.id is not None:
        for competency_id, level, comment, seconds in sql.all(
            "SELECT competency_id, level_rank, comment, seconds_discussed FROM competency_score"
            " WHERE assessment_id = ?",
            (sheet.id,),
        ):
            scores[competency_id] = (level, comment, seconds)
    rows = _rows(sql, session_id, scale_levels, scale, scores)
    problems = sheet_problems(
        [GridRow(r.code, r.level, r.comment) for r in rows],
        scale,
        recused=sheet.recused,
        conflict_statement=sheet.conflict_statement,
    )
    return GridState(
        candidate_id=candidate_id,
        rows=tuple(rows),
        recommendation=sheet.recommendation,
        overall_comment=sheet.overall_comment,
        preparation_notes=sheet.preparation_notes,
        conflict_declared=sheet.conflict_declared,
        conflict_statement=sheet.conflict_statement,
        recused=sheet.recused,
        frozen=sheet.status is not None and sheet.status is not AssessmentStatus.DRAFT,
        problems=tuple(problems),
    )


def _rows(
    sql: PlainReads,
    session_id: str,
    scale_levels: list[tuple[int, str, bool]],
    scale: Scale,
    scores: dict[int, tuple[int | None, str, int]],
) -> list[GridRowState]:
    """Each competency of the grid, in the referential's order, with my level and comment."""
    descriptors: dict[int, list[str]] = defaultdict(list)
    for competency_id, text in sql.all(
        "SELECT level_descriptor.competency_id, level_descriptor.text FROM level_descriptor"
        " JOIN competency ON competency.id = level_descriptor.competency_id"
        " WHERE competency.session_id = ? ORDER BY level_descriptor.rank",
        (session_id,),
    ):
        descriptors[competency_id].append(text)
    rows = []
    for competency_id, code, title, description, criteria in sql.all(
        "SELECT id, code, title, description, criteria FROM competency"
        " WHERE session_id = ? ORDER BY position",
        (session_id,),
    ):
        level, comment, seconds = scores.get(competency_id, (None, "", 0))
        rows.append(
            GridRowState(
                code=code,
                title=title,
                description=description,
                criteria=tuple(line for line in criteria.splitlines() if line.strip()),
                levels=tuple(
                    LevelInfo(rank, label, passing, text)
                    for (rank, label, passing), text in zip(
                        scale_levels, descriptors[competency_id], strict=True
                    )
                ),
                level=level,
                comment=comment,
                seconds_discussed=seconds,
                comment_required=scale.needs_comment(level) and not comment.strip(),
            )
        )
    return rows
