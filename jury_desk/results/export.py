"""`results export`: the chair's results file for the organiser, from the workspace.

Refused, with nothing written, while the organiser's key is unknown, a
candidate has no decision, there are no signed minutes, or the minutes do not
verify (both signatures) or no longer say what the workspace says.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from jury_desk.chair.deliberation import NotChairError
from jury_desk.chair.statistics import session_statistics
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.document_values import whole_utc
from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.minutes.verify import verify_minutes
from jury_desk.models import (
    Assessment,
    AssessmentStatus,
    JurorRole,
    SignedMinutes,
    SignedSheet,
)
from jury_desk.results.agreement import minutes_disagreements
from jury_desk.results.archive import write_results_file
from jury_desk.results.data import ResultsDocument, SheetEntry
from jury_desk.results.gather import build_results_json
from jury_desk.results.layout import MINUTES_PDF, RESULTS_CSV, RESULTS_JSON, sheet_member
from jury_desk.results.render import results_csv
from jury_desk.signing.authority import KnownSession
from jury_desk.store.queries import me, the_session
from jury_desk.store.workspace import Workspace


class ResultsExportError(UserError):
    """The results cannot be exported yet; the message says what to do first."""


@dataclass(frozen=True)
class ResultsExport:
    path: Path
    session_id: str
    organiser: str
    candidates: int
    sheets: int
    # The workspace's revision of the minutes used, or None for a file given by the chair.
    minutes_revision: int | None


def export_results(
    workspace: Workspace,
    output: Path,
    known: KnownSession,
    clock: Clock,
    minutes_pdf: bytes | None = None,
) -> ResultsExport:
    """Write the results file to `output`, encrypted to the organiser; all of it or nothing.

    `minutes_pdf` is the co-signed minutes; by default the latest stored in the workspace.
    """
    exported_at = whole_utc(clock.now())
    with workspace.reading() as session:
        row = the_session(session)
        recipient = row.organiser_age_recipient
        if recipient is None:
            raise ResultsExportError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This workspace does not know the organiser's key for the results: "
                    "re-open the session bundle to record the organiser's key.",
                )
            )
        _check_ready(session)
        minutes_revision = None
        if minutes_pdf is None:
            minutes_revision, minutes_pdf = _latest_minutes(session, row.id)
        sheets = _living_sheets(session)
    minutes = _verified_minutes(minutes_pdf, known)
    statistics = session_statistics(workspace)
    with workspace.reading() as session:
        row = the_session(session)
        results_json = build_results_json(
            row,
            statistics,
            [entry for entry, _ in sheets],
            hashlib.sha256(minutes_pdf).hexdigest(),
            exported_at,
        )
        organiser = row.organiser_name or ""
        session_id, candidates = row.id, len(row.candidates)
    document = ResultsDocument(json.loads(results_json))  # made just above: not outside JSON
    stale = minutes_disagreements(minutes, document.raw)
    if stale:
        raise ResultsExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The minutes no longer say what this workspace says about {differences}: "
                "export the minutes again and have them co-signed.",
            ),
            differences=joined(stale),
        )
    members = [
        (RESULTS_JSON, results_json),
        (RESULTS_CSV, results_csv(document)),
        (MINUTES_PDF, minutes_pdf),
        *((sheet_member(entry.file_name), pdf) for entry, pdf in sheets),
    ]
    write_results_file(output, members, recipient, int(exported_at.timestamp()))
    return ResultsExport(output, session_id, organiser, candidates, len(sheets), minutes_revision)


def _check_ready(session: Session) -> None:
    juror = me(session)
    if juror.role is not JurorRole.CHAIR:
        raise NotChairError(
            QT_TRANSLATE_NOOP(
                "messages", "Only the chair sends the results; {name} is a member of this jury."
            ),
            name=juror.name,
        )
    row = the_session(session)
    undecided = [
        c.name
        for c in sorted(row.candidates, key=lambda c: (c.slot_start, c.id))
        if c.deliberation is None or c.deliberation.outcome is None
    ]
    if undecided:
        raise ResultsExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Every candidate needs a decision before the results go out; none yet for {names}.",
            ),
            names=", ".join(undecided),
        )
    if any(not juror.certificate_pem for juror in row.jurors):
        raise ResultsExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A juror of this session has no certificate here: re-open the session bundle.",
            )
        )


def _latest_minutes(session: Session, session_id: str) -> tuple[int, bytes]:
    latest = session.scalars(
        select(SignedMinutes)
        .where(SignedMinutes.session_id == session_id)
        .order_by(SignedMinutes.revision.desc())
        .options(undefer(SignedMinutes.pdf))
        .limit(1)
    ).first()
    if latest is None:
        raise ResultsExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "There are no signed minutes in this workspace: export them (jury-desk minutes "
                "export), have them co-signed, or give the co-signed file with --minutes FILE.",
            )
        )
    if not latest.cosigned:
        raise ResultsExportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The latest minutes (revision {revision}) are not co-signed yet: have the "
                "member co-sign them and import their file, or give a co-signed file with "
                "--minutes FILE.",
            ),
            revision=latest.revision,
        )
    return latest.revision, latest.pdf


def _verified_minutes(pdf: bytes, known: KnownSession) -> dict[str, Any]:
    """The minutes' signed data, once both signatures verify for this session."""
    verdict = verify_minutes(pdf, {known.id: known}, require_cosigned=True)
    if not verdict.valid or verdict.data is None:
        raise ResultsExportError(
            QT_TRANSLATE_NOOP("messages", "The minutes do not verify: {problems}."),
            problems=verdict.refusal(),
        )
    data: dict[str, Any] = json.loads(verdict.data.to_json())
    return data


def _living_sheets(session: Session) -> list[tuple[SheetEntry, bytes]]:
    """Every signed sheet in force, the chair's own and the member's imported ones."""
    rows = session.execute(
        select(SignedSheet, Assessment)
        .join(Assessment, SignedSheet.assessment_id == Assessment.id)
        .where(Assessment.status == AssessmentStatus.SIGNED)
        .order_by(Assessment.candidate_id, Assessment.juror_id)
        .options(undefer(SignedSheet.pdf))
    )
    return [
        (
            SheetEntry(
                candidate_id=assessment.candidate_id,
                juror_id=assessment.juror_id,
                version=assessment.version,
                file_name=sheet.file_name,
                sha256=hashlib.sha256(sheet.pdf).hexdigest(),
            ),
            sheet.pdf,
        )
        for sheet, assessment in rows
    ]
