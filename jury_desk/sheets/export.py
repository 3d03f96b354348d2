"""Signing a juror's assessment: check, render, sign, freeze, keep; and export it again.

Signing freezes the assessment and keeps the signed PDF in the workspace, so
the same bytes can be exported any number of times. Editing a signed sheet
starts version n+1 (`reopen_for_edit`), which supersedes it once signed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.juror.editing import current_assessment
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    CompetencyScore,
    SignedSheet,
)
from jury_desk.rules.sheet import GridRow, SheetProblem, SheetProblemKind, sheet_problems
from jury_desk.sheets.file_name import sheet_file_name
from jury_desk.sheets.gather import sheet_data_from_workspace
from jury_desk.sheets.render import render_sheet_pdf, signature_box
from jury_desk.signing.as_juror import sign_as_juror
from jury_desk.store import journal
from jury_desk.store.queries import scale_of
from jury_desk.store.workspace import Workspace
from jury_desk.trust.identity import JurorIdentity


class SheetNotReadyError(UserError):
    """The sheet cannot be signed yet: the message lists what is missing."""


@dataclass(frozen=True)
class SignedSheetFile:
    candidate_id: str
    version: int
    file_name: str
    pdf: bytes


def sign_sheet(
    workspace: Workspace,
    candidate_id: str,
    identity: JurorIdentity,
    authority: x509.Certificate,
    clock: Clock,
) -> SignedSheetFile:
    """Sign my sheet for the candidate and freeze it; refused if incomplete or already signed."""
    with workspace.session() as session:
        assessment = current_assessment(session, candidate_id)
        if assessment.status is AssessmentStatus.SIGNED:
            raise SheetNotReadyError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The sheet for {candidate} is already signed (version {version}): "
                    "export it, or edit it to make version {next}.",
                ),
                candidate=assessment.candidate.name,
                version=assessment.version,
                next=assessment.version + 1,
            )
        _check_complete(session, assessment)
        juror = assessment.juror
        signed_at = clock.now().replace(microsecond=0)
        data = sheet_data_from_workspace(session, candidate_id, now=signed_at)
        name = sheet_file_name(session, data)
        unsigned = render_sheet_pdf(data)
        pdf = sign_as_juror(
            unsigned,
            juror,
            identity,
            authority,
            reason="Grille d’évaluation signée",
            signed_at=signed_at,
            stamp_box=signature_box(unsigned),
        )
        assessment.status = AssessmentStatus.SIGNED
        assessment.signed_at = signed_at
        assessment.signed_data_sha256 = data.sha256
        session.add(
            SignedSheet(
                assessment=assessment,
                file_name=name,
                signed_at=signed_at,
                pdf_sha256=hashlib.sha256(pdf).hexdigest(),
                pdf=pdf,
            )
        )
        journal.append(
            session,
            clock,
            actor=juror.id,
            action="assessment.sign",
            subject=f"{candidate_id}/v{assessment.version}",
            payload={"data_sha256": data.sha256, "pdf_sha256": hashlib.sha256(pdf).hexdigest()},
        )
        return SignedSheetFile(candidate_id, assessment.version, name, pdf)


def reopen_for_edit(workspace: Workspace, candidate_id: str, clock: Clock) -> int:
    """Start version n+1 of my signed sheet as a draft copy; returns the new version.

    The signed version is superseded at once: the workspace has one living
    version, and the signed PDF of version n stays exportable and valid.
    """
    with workspace.session() as session:
        signed = current_assessment(session, candidate_id)
        if signed.status is not AssessmentStatus.SIGNED:
            return signed.version
        signed.status = AssessmentStatus.SUPERSEDED
        session.flush()
        draft = Assessment(
            candidate=signed.candidate,
            juror=signed.juror,
            version=signed.version + 1,
            status=AssessmentStatus.DRAFT,
            conflict_declared=signed.conflict_declared,
            conflict_statement=signed.conflict_statement,
            recused=signed.recused,
            recommendation=signed.recommendation,
            overall_comment=signed.overall_comment,
            preparation_notes=signed.preparation_notes,
            scores=[
                CompetencyScore(
                    competency=score.competency,
                    level_rank=score.level_rank,
                    comment=score.comment,
                    seconds_discussed=score.seconds_discussed,
                )
                for score in signed.scores
            ],
        )
        session.add(draft)
        journal.append(
            session,
            clock,
            actor=signed.juror_id,
            action="assessment.reopen",
            subject=f"{candidate_id}/v{draft.version}",
            payload={"supersedes": signed.version},
        )
        return draft.version


def signed_sheets(workspace: Workspace, candidate_id: str | None = None) -> list[SignedSheetFile]:
    """My signed sheets (every version), for export."""
    with workspace.reading() as session:
        query = (
            select(SignedSheet, Assessment)
            .join(Assessment, SignedSheet.assessment_id == Assessment.id)
            .order_by(Assessment.candidate_id, Assessment.version)
        )
        if candidate_id is not None:
            query = query.where(Assessment.candidate_id == candidate_id)
        return [
            SignedSheetFile(assessment.candidate_id, assessment.version, sheet.file_name, sheet.pdf)
            for sheet, assessment in session.execute(query)
            if assessment.juror.is_me
        ]


def write_sheet(sheet: SignedSheetFile, destination: Path) -> Path:
    """Write to `destination` (a file, or a folder for the sheet's own name), atomically."""
    path = destination / sheet.file_name if destination.is_dir() else destination
    write_atomically(path, sheet.pdf, mode=0o644)
    return path


def _check_complete(session: Session, assessment: Assessment) -> None:
    rows = [GridRow(s.competency.code, s.level_rank, s.comment) for s in assessment.scores]
    problems = sheet_problems(
        rows,
        scale_of(session),
        recused=assessment.recused,
        conflict_statement=assessment.conflict_statement,
    )
    if not problems:
        return
    raise SheetNotReadyError(
        QT_TRANSLATE_NOOP(
            "messages", "The sheet for {candidate} cannot be signed yet ({problems})."
        ),
        candidate=assessment.candidate.name,
        problems=joined(_what_is_missing(problems)),
    )


def _what_is_missing(problems: list[SheetProblem]) -> list[SheetNotReadyError]:
    """The problems in three phrases: levels not scored, comments missing, a recusal unsaid."""
    missing = [p.competency_code for p in problems if p.kind is SheetProblemKind.NOT_SCORED]
    comments = [p.competency_code for p in problems if p.kind is SheetProblemKind.COMMENT_REQUIRED]
    parts: list[SheetNotReadyError] = []
    if missing:
        parts.append(
            SheetNotReadyError(
                QT_TRANSLATE_NOOP("messages", "not scored: {codes}"),
                codes=", ".join(c or "" for c in missing),
            )
        )
    if comments:
        parts.append(
            SheetNotReadyError(
                QT_TRANSLATE_NOOP("messages", "comment required below a passing level: {codes}"),
                codes=", ".join(c or "" for c in comments),
            )
        )
    if any(p.kind is SheetProblemKind.RECUSAL_WITHOUT_STATEMENT for p in problems):
        parts.append(
            SheetNotReadyError(
                QT_TRANSLATE_NOOP(
                    "messages", "a recusal needs the statement of the conflict of interest"
                )
            )
        )
    return parts
