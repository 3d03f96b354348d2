"""Interviews under way in a workspace: one candidate at a time is interviewed.

The window asks before starting or resuming a candidate's clock while another
one runs (pause it, or end it), before signing a sheet whose interview is
still under way, and before quitting during an interview.
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.juror.interview.loaded import under_way
from jury_desk.juror.interview.state import ClockStatus
from jury_desk.kernel.clock import Clock
from jury_desk.store.workspace import Workspace


@dataclass(frozen=True)
class InterviewUnderWay:
    candidate_id: str
    name: str
    status: ClockStatus  # RUNNING or PAUSED


def interviews_under_way(workspace: Workspace, clock: Clock) -> list[InterviewUnderWay]:
    """Every candidate whose interview has started and not ended, in schedule order."""
    with workspace.plain_reading() as sql:
        candidates = under_way(sql)
    found = []
    for candidate_id, name in candidates:
        status = InterviewClock(workspace, candidate_id, clock).state().status
        if status in (ClockStatus.RUNNING, ClockStatus.PAUSED):
            found.append(InterviewUnderWay(candidate_id, name, status))
    return found


def running_elsewhere(
    workspace: Workspace, clock: Clock, candidate_id: str
) -> InterviewUnderWay | None:
    """Another candidate's interview whose clock runs now, if any."""
    return next(
        (
            interview
            for interview in interviews_under_way(workspace, clock)
            if interview.candidate_id != candidate_id and interview.status is ClockStatus.RUNNING
        ),
        None,
    )
