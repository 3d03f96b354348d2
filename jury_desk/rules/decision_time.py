"""When a decision may be taken: not before the candidate's interview has begun."""

from __future__ import annotations

from datetime import datetime

from jury_desk.models.enums import Outcome
from jury_desk.rules.deadlines import SESSION_TIMEZONE

# Outcomes that say what happened at the interview, so it must have begun (postponed needs not).
AFTER_SLOT_START = frozenset({Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT})


def too_early(outcome: Outcome, slot_start: datetime, now: datetime) -> bool:
    """Whether deciding `outcome` at `now` comes before the interview starting at `slot_start`."""
    return outcome in AFTER_SLOT_START and now < slot_start


def slot_text(slot_start: datetime) -> str:
    """The slot as the jurors read it on their schedule: the day and time in Paris.

    Only the figures ("2026-12-01 09:00"): the message saying it is Paris time is the caller's,
    so that it can be translated.
    """
    return f"{slot_start.astimezone(SESSION_TIMEZONE):%Y-%m-%d %H:%M}"
