"""Both jurors' sheets for one candidate in the chair's workspace, without the PDF round trip.

The chair scores through the editor and the sheet is then marked signed; the
member's signed sheet is written as an import would leave it. Tests of
deliberation use these where signing and importing real PDFs is not the point
(tests/core/sheets/test_import.py covers that).
"""

from __future__ import annotations

from sqlalchemy import select

from jury_desk.juror.editing import ScoringEditor
from jury_desk.models import Assessment, AssessmentStatus, Candidate, CompetencyScore, Juror
from jury_desk.store.workspace import Workspace
from tests.factories import COMPETENCY_CODES

ALL_EXPERT = (3,) * 8


def with_level(levels: tuple[int, ...], index: int, level: int) -> tuple[int, ...]:
    """`levels` with the one at `index` replaced."""
    return (*levels[:index], level, *levels[index + 1 :])


def chair_sheet(
    workspace: Workspace, candidate_id: str, levels: tuple[int, ...], *, sign: bool = True
) -> None:
    """The chair scores through the editor (a comment on each level below passing)."""
    editor = ScoringEditor(workspace)
    for code, level in zip(COMPETENCY_CODES, levels, strict=True):
        editor.set_level(candidate_id, code, level)
        if level < 2:
            editor.set_comment(candidate_id, code, f"{code} à retravailler")
    if sign:
        mark_chair_sheet_signed(workspace, candidate_id)


def mark_chair_sheet_signed(workspace: Workspace, candidate_id: str) -> None:
    """The chair's sheet marked signed, as a signature leaves it, without the PDF."""
    with workspace.session() as session:
        assessment = session.scalars(
            select(Assessment).where(
                Assessment.juror_id == "chair", Assessment.candidate_id == candidate_id
            )
        ).one()
        assessment.signed_at = workspace.clock.now()
        assessment.status = AssessmentStatus.SIGNED


def member_sheet(
    workspace: Workspace,
    candidate_id: str,
    levels: tuple[int | None, ...],
    *,
    recused: bool = False,
    comment: str = "membre",
) -> None:
    """The member's signed sheet, as an import would leave it."""
    with workspace.session() as session:
        candidate = session.get(Candidate, candidate_id)
        juror = session.get(Juror, "member")
        assert candidate is not None and juror is not None
        competencies = candidate.session.competencies
        assessment = Assessment(
            candidate=candidate,
            juror=juror,
            version=1,
            conflict_declared=recused,
            recused=recused,
            scores=[
                CompetencyScore(competency=competency, level_rank=level, comment=comment)
                for competency, level in zip(competencies, levels, strict=True)
            ],
        )
        # Signed last: a signed sheet refuses further edits.
        assessment.signed_at = workspace.clock.now()
        assessment.status = AssessmentStatus.SIGNED
        session.add(assessment)
