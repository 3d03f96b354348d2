"""When the jury's answer is due."""

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if shorter (31 Dec + 2 → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def decision_due_date(interview_day: date, delay_months: int = 2) -> date:
    """The final answer is due within two months of the interview (design.md §1)."""
    return add_months(interview_day, delay_months)


# The certification is French: an interview's day is its day in Paris.
SESSION_TIMEZONE = ZoneInfo("Europe/Paris")


def interview_day(slot_start: datetime) -> date:
    return slot_start.astimezone(SESSION_TIMEZONE).date()
