"""A demo juror interviews, scores and signs, through the calls the window makes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cryptography import x509

from jury_desk.demo.assessments import DEMO_ASSESSMENTS, DemoAssessment
from jury_desk.demo.interviews import play_interview
from jury_desk.demo.session import demo_candidate_ids
from jury_desk.juror.editing import ScoringEditor
from jury_desk.kernel.clock import Clock
from jury_desk.models.enums import JurorRole
from jury_desk.sheets.export import sign_sheet, signed_sheets, write_sheet
from jury_desk.store.workspace import Workspace
from jury_desk.trust.identity import JurorIdentity


def fill_sheet(workspace: Workspace, candidate_id: str, assessment: DemoAssessment) -> None:
    """Every level and comment of the sheet, then the overall view, one edit at a time."""
    editor = ScoringEditor(workspace)
    for score in assessment.scores:
        editor.set_level(candidate_id, score.code, score.level)
        editor.set_comment(candidate_id, score.code, score.comment)
    editor.set_overall(candidate_id, assessment.recommendation, assessment.overall_comment)


def score_and_sign(
    workspace: Workspace,
    role: JurorRole,
    slugs: Iterable[str],
    identity: JurorIdentity,
    authority: x509.Certificate,
    clock: Clock,
) -> None:
    """The juror's demo sheets for these start-ups, filled in and signed."""
    candidate_ids = demo_candidate_ids()
    turns = {slug: turn for turn, slug in enumerate(candidate_ids)}
    for slug in slugs:
        candidate_id = candidate_ids[slug]
        play_interview(workspace, candidate_id, turns[slug])
        fill_sheet(workspace, candidate_id, DEMO_ASSESSMENTS[slug][role])
        sign_sheet(workspace, candidate_id, identity, authority, clock)


def export_sheets(workspace: Workspace, folder: Path) -> list[Path]:
    """Every sheet the juror signed, written into `folder` under its own name."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_sheet(sheet, folder) for sheet in signed_sheets(workspace)]
