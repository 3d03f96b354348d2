"""Dates as certificates hold them: aware UTC, whole seconds."""

from __future__ import annotations

from datetime import UTC, datetime


def to_utc_seconds(moment: datetime) -> datetime:
    """`moment` in UTC without its microseconds, which certificates cannot hold."""
    if moment.tzinfo is None:
        # A naive time is a programming error: the clock gives aware UTC times.
        raise ValueError("a timezone-aware datetime is required")
    return moment.astimezone(UTC).replace(microsecond=0)


def add_years(moment: datetime, years: int) -> datetime:
    """The same day and time `years` later; 29 February becomes 28 February."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def format_time(moment: datetime) -> str:
    """A date for messages: "2026-11-30 08:00 UTC"."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
