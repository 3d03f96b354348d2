"""Time, injected: the core never reads the system clock directly, so tests need not sleep."""

import time
from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

# The certification is French: an interview's day is its day in Paris (rules/deadlines.py).
SESSION_TIMEZONE = ZoneInfo("Europe/Paris")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences mean anything."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()
