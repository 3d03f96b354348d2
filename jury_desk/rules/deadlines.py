"""When the jury's answer is due."""

import calendar
from datetime import date, datetime

# The certification is French: an interview's day is its day in Paris. Kept in the
# kernel so that the window's first frame shows dates without loading the rules.
from jury_desk.kernel.clock import SESSION_TIMEZONE as SESSION_TIMEZONE


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if shorter (31 Dec + 2 → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def decision_due_date(interview_day: date, delay_months: int = 2) -> date:
    """The final answer is due within two months of the interview (design.md §1)."""
    return add_months(interview_day, delay_months)


def interview_day(slot_start: datetime) -> date:
    return slot_start.astimezone(SESSION_TIMEZONE).date()


# A decision can be contested for two months once notified (the letter's means of recourse).
RECOURSE_MONTHS = 2


def workspace_kept_until(ends_on: date, delay_months: int) -> date:
    """When a juror's workspace of a session may be deleted: the decisions are due by the
    session's end plus the delay, and can no longer be contested two months after that (the
    signed sheets and minutes are the organiser's to keep)."""
    return add_months(ends_on, delay_months + RECOURSE_MONTHS)
