"""How the values of jury-desk's signed documents are written: UTC times, NFC text.

The scoring sheet and the minutes attach their data as JSON (kernel/canonical_json)
whose SHA-256 is printed on every page, so the same data must always give the
same bytes: one form for every text and every time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def nfc(value: str) -> str:
    # One form for text typed on any system: the JSON and its SHA-256 do not
    # depend on it, and the PDF draws each accented letter as one precomposed glyph.
    return unicodedata.normalize("NFC", value)


# The schemas' longest "text" value.
TEXT_MAX_LENGTH = 500


def certifier_name(value: str | None) -> str | None:
    """The certifier's name as a document prints it: NFC, one line; None when unknown or blank."""
    if value is None:
        return None
    name = nfc(" ".join(value.split()))[:TEXT_MAX_LENGTH].strip()
    return name or None


def whole_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware UTC time")
    return moment.astimezone(UTC).replace(microsecond=0)


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


def parse_utc(text: str, refuse: Callable[[str], Exception]) -> datetime:
    """`text` ("2026-11-30T10:05:00Z") as an aware time; `refuse(why)` is raised if no such time.

    A schema checks the shape; the calendar (no 31 November) is checked here.
    """
    try:
        return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise refuse(f"no such time {text!r}") from None


def parse_date(text: str, refuse: Callable[[str], Exception]) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise refuse(f"no such day {text!r}") from None


# Rates and kappas to four decimals, in the minutes and in results.json alike:
# the organiser's check that the two agree compares them value for value.
RATE_DECIMALS = 4


def rounded_rate(value: float | None) -> float | None:
    return None if value is None else round(value, RATE_DECIMALS)
