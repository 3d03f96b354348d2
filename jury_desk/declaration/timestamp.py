"""The flow's `horodatage`: Paris time, 24-hour clock, the offset of that day, no fraction.

Other certifiers' files were rejected for a 12-hour clock and for a « +01:00 » written
all year round (summer time is +02:00). The schema's pattern also refuses « Z » and
fractions of a second.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def flow_timestamp(moment: datetime) -> str:
    """`moment` (aware) as the CDC writes it: 2026-07-01T14:05:09+02:00."""
    if moment.tzinfo is None:
        raise ValueError("flow_timestamp needs an aware datetime")
    return moment.astimezone(PARIS).replace(microsecond=0).isoformat(timespec="seconds")
