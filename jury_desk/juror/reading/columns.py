"""Stored values given back as the models' column types give them (models/base.py).

SQLAlchemy stores a `Date` as ISO text, a `DateTime` as "YYYY-MM-DD HH:MM:SS.ffffff"
(naive UTC, made aware again by `UtcDateTime`), a bool as 0 or 1, an enum by value.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def utc_or_none(text: str | None) -> datetime | None:
    return None if text is None else utc(text)


def day(text: str) -> date:
    return date.fromisoformat(text)
