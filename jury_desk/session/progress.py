"""Where a session stands for the person using this workspace: the next step, in order.

The juror signs a sheet for every candidate still to decide; the chair then
imports the member's sheets, deliberates every candidate, signs the minutes,
has them co-signed and exports the results for the organiser. The member,
once every sheet is signed, sends them to the chair and co-signs the minutes
when they come. A decision revised after the minutes were signed calls for
new minutes. The window shows the step on the session page and offers the
results' export only at its step.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models import (
    AssessmentStatus,
    Candidate,
    CertificationSession,
    JurorRole,
    SignedMinutes,
)
from jury_desk.store.queries import me, the_session


class Step(StrEnum):
    SIGN_SHEETS = "sign_sheets"  # mine, for candidates still to decide
    SEND_SHEETS = "send_sheets"  # the member: to the chair; then co-sign the minutes
    IMPORT_SHEETS = "import_sheets"  # the chair: the member's signed sheets
    DELIBERATE = "deliberate"
    SIGN_MINUTES = "sign_minutes"  # none yet, or decisions changed since
    COSIGNATURE = "cosignature"  # the member's signature, brought back
    EXPORT_RESULTS = "export_results"


@dataclass(frozen=True)
class Progress:
    step: Step
    # How many candidates the step still concerns (sheets, deliberations); 0 otherwise.
    pending: int = 0
    # The revision of the latest signed minutes, if any.
    minutes_revision: int | None = None


def session_progress(session: Session) -> Progress:
    row = the_session(session)
    mine = me(session)
    undecided = [
        c for c in row.candidates if c.deliberation is None or c.deliberation.outcome is None
    ]
    unsigned = [c for c in undecided if not _signed_by(c, {mine.id})]
    if unsigned:
        return Progress(Step.SIGN_SHEETS, len(unsigned))
    if mine.role is not JurorRole.CHAIR:
        return Progress(Step.SEND_SHEETS)
    others = {juror.id for juror in row.jurors if juror.id != mine.id}
    missing = [c for c in undecided if not _signed_by(c, others)]
    if missing:
        return Progress(Step.IMPORT_SHEETS, len(missing))
    if undecided:
        return Progress(Step.DELIBERATE, len(undecided))
    return _minutes_progress(session, row)


def _minutes_progress(session: Session, row: CertificationSession) -> Progress:
    """Every candidate decided: the minutes, their co-signature, then the results."""
    latest = session.scalars(
        select(SignedMinutes)
        .where(SignedMinutes.session_id == row.id)
        .order_by(SignedMinutes.revision.desc())
        .limit(1)
    ).first()
    if latest is None:
        return Progress(Step.SIGN_MINUTES)
    decided_at = [c.deliberation.decided_at for c in row.candidates if c.deliberation]
    if any(moment is not None and moment > latest.signed_at for moment in decided_at):
        return Progress(Step.SIGN_MINUTES, minutes_revision=latest.revision)
    if not latest.cosigned:
        return Progress(Step.COSIGNATURE, minutes_revision=latest.revision)
    return Progress(Step.EXPORT_RESULTS, minutes_revision=latest.revision)


def _signed_by(candidate: Candidate, juror_ids: set[str]) -> bool:
    """Whether one of these jurors' signed sheets for the candidate is in the workspace."""
    return any(
        a.juror_id in juror_ids and a.status is AssessmentStatus.SIGNED
        for a in candidate.assessments
    )
