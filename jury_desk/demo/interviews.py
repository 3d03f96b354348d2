"""The demo's interviews, played on the interview clock at the time of each candidate's slot.

A demo sheet is signed after its interview, as a real one is: the clock was
started, the phases followed, each competency put under discussion in turn,
then the interview ended. The gestures go through `InterviewClock`, the calls
the window makes, on a clock set at the slot's start that moves only as this
script says, so the signed sheet holds a true record of a plausible hour.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from jury_desk.juror.interview.clock import InterviewClock
from jury_desk.store.queries import the_session
from jury_desk.store.workspace import Workspace

# The jury starts two minutes into the slot, once the candidate is settled.
_LATE_START_MINUTES = 2
# The questions phase (40 minutes) shared among the eight competencies; each
# candidate's interview turns the pattern, so no two spend their time alike.
_QUESTION_MINUTES = (6, 4, 5, 5, 6, 4, 5, 5)


class ScriptedClock:
    """A clock standing at a given time, moved only by `advance` (the script's minutes)."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._monotonic = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, minutes: float) -> None:
        self._now += timedelta(minutes=minutes)
        self._monotonic += minutes * 60


def play_interview(workspace: Workspace, candidate_id: str, turn: int) -> None:
    """Candidate's interview, from the start of the clock to its end, on the slot's day."""
    with workspace.reading() as session:
        certification = the_session(session)
        slot_start = next(c.slot_start for c in certification.candidates if c.id == candidate_id)
        phases = [(phase.code, phase.minutes) for phase in certification.phases]
        codes = [competency.code for competency in certification.competencies]
    clock = ScriptedClock(slot_start + timedelta(minutes=_LATE_START_MINUTES))
    interview = InterviewClock(workspace, candidate_id, clock, run_id=f"demo-{candidate_id}")
    interview.start()
    minutes = _QUESTION_MINUTES[turn % 8 :] + _QUESTION_MINUTES[: turn % 8]
    for index, (code, planned) in enumerate(phases):
        if index:
            interview.next_phase()
        if code != "questions":
            interview.focus(None)
            clock.advance(planned)
            continue
        for competency, spent in zip(codes, minutes, strict=True):
            interview.focus(competency)
            clock.advance(spent)
    interview.stop()
