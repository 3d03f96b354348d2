"""The autosave's path: one score's edit in a handful of plain statements.

A juror's level or comment is written after every pause in typing, so this
path skips the ORM's unit of work (identity map, autoflush, lazy loading of
the whole assessment): it reads only the columns the edit needs and writes
exactly the rows the ORM would. `juror.editing` falls back to the ORM for
everything else, such as the first edit, which creates the assessment.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from jury_desk.models import AssessmentStatus
from jury_desk.rules.scale import Scale
from jury_desk.store.engine import PlainStatements
from jury_desk.store.queries import unknown_competency

ScoreColumn = Literal["level_rank", "comment"]

_LIVING = (
    "SELECT assessment.id, assessment.juror_id, assessment.version, assessment.status,"
    " candidate.name"
    " FROM juror"
    " JOIN assessment ON assessment.juror_id = juror.id AND assessment.status != ?"
    " JOIN candidate ON candidate.id = assessment.candidate_id"
    " WHERE juror.is_me = 1 AND assessment.candidate_id = ?"
    " LIMIT 1"
)
_SCALE = (
    "SELECT label, passing FROM scale_level"
    " WHERE session_id = (SELECT id FROM certification_session LIMIT 1)"
    " ORDER BY rank"
)
_COMPETENCY = "SELECT id FROM competency WHERE code = ? LIMIT 1"
# One statement per column: a column name cannot be a parameter.
_WRITE: dict[ScoreColumn, str] = {
    "level_rank": "UPDATE competency_score SET level_rank = ?"
    " WHERE assessment_id = ? AND competency_id = ?",
    "comment": "UPDATE competency_score SET comment = ?"
    " WHERE assessment_id = ? AND competency_id = ?",
}


class LivingAssessment(NamedTuple):
    """What an edit needs of my draft or signed assessment of a candidate."""

    id: int
    juror_id: str
    version: int
    status: AssessmentStatus
    candidate_name: str


def living_assessment(sql: PlainStatements, candidate_id: str) -> LivingAssessment | None:
    """My living assessment of the candidate; None when it, the candidate or "me" is missing."""
    row = sql.first(_LIVING, (AssessmentStatus.SUPERSEDED.value, candidate_id))
    if row is None:
        return None
    return LivingAssessment(row[0], row[1], row[2], AssessmentStatus(row[3]), row[4])


def session_scale(sql: PlainStatements) -> Scale:
    """The scale of the workspace's session, as `queries.scale_of` gives it."""
    rows = sql.all(_SCALE)
    return Scale(tuple(row[0] for row in rows), tuple(bool(row[1]) for row in rows))


def competency_id(sql: PlainStatements, code: str) -> int:
    """The row id of a competency, refused as `queries.competency_by_code` refuses it."""
    row = sql.first(_COMPETENCY, (code,))
    if row is None:
        raise unknown_competency(code)
    return int(row[0])


def write_score(
    sql: PlainStatements,
    assessment_id: int,
    competency_code: str,
    column: ScoreColumn,
    value: int | str | None,
) -> None:
    """Set one column of one row of the grid (the competency is looked up first)."""
    competency = competency_id(sql, competency_code)
    if sql.execute(_WRITE[column], (value, assessment_id, competency)) != 1:
        raise AssertionError(f"assessment {assessment_id} has no row for {competency_code}")
