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

from collections.abc import Collection, Set
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


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


@dataclass(frozen=True)
class CandidateFacts:
    """What the next step depends on, for one candidate."""

    decided: bool  # a deliberation with an outcome
    decided_at: datetime | None  # its time, if decided
    signed_by: frozenset[str]  # the jurors who signed a sheet for the candidate (any version)


@dataclass(frozen=True)
class MinutesFacts:
    """The latest signed minutes of the session."""

    revision: int
    signed_at: datetime
    cosigned: bool


def next_step(
    candidates: Collection[CandidateFacts],
    me: str,
    chair: bool,
    jurors: Set[str],
    latest_minutes: MinutesFacts | None,
) -> Progress:
    """The step for the juror `me` (the chair if `chair`), among `jurors`."""
    undecided = [c for c in candidates if not c.decided]
    unsigned = [c for c in undecided if me not in c.signed_by]
    if unsigned:
        return Progress(Step.SIGN_SHEETS, len(unsigned))
    if not chair:
        return Progress(Step.SEND_SHEETS)
    others = jurors - {me}
    missing = [c for c in undecided if not (c.signed_by & others)]
    if missing:
        return Progress(Step.IMPORT_SHEETS, len(missing))
    if undecided:
        return Progress(Step.DELIBERATE, len(undecided))
    return _minutes_progress(candidates, latest_minutes)


def _minutes_progress(
    candidates: Collection[CandidateFacts], latest: MinutesFacts | None
) -> Progress:
    """Every candidate decided: the minutes, their co-signature, then the results."""
    if latest is None:
        return Progress(Step.SIGN_MINUTES)
    if any(c.decided_at is not None and c.decided_at > latest.signed_at for c in candidates):
        return Progress(Step.SIGN_MINUTES, minutes_revision=latest.revision)
    if not latest.cosigned:
        return Progress(Step.COSIGNATURE, minutes_revision=latest.revision)
    return Progress(Step.EXPORT_RESULTS, minutes_revision=latest.revision)
