"""How the interview clock's times are written on screen (text only, no widget here)."""

from __future__ import annotations

import math

# Float sums of clock readings can land a hair beside a whole second (599.9999999).
_EPSILON = 1e-3


def whole_seconds(seconds: float) -> int:
    """A duration counted in whole seconds, rounded down (never negative)."""
    return max(0, math.floor(seconds + _EPSILON))


def mm_ss(seconds: int) -> str:
    """ "07:05" for 425 s; minutes go on past 59 ("75:00"), as on a stopwatch."""
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes:02d}:{rest:02d}"


def remaining_text(remaining_s: float) -> str:
    """The big figure: time left counting down ("42:17"), then "+01:05" counting up.

    Left time is rounded up, so the display shows "60:00" for the whole first
    second and reaches "00:00" at the planned end, not one second early.
    """
    shown = math.ceil(remaining_s - _EPSILON)
    return mm_ss(shown) if shown >= 0 else "+" + mm_ss(-shown)


def elapsed_stamp(elapsed_s: float) -> str:
    """The mark inserted into notes: "[12:04] "."""
    return f"[{mm_ss(whole_seconds(elapsed_s))}] "


def minutes_part(seconds: float) -> tuple[int, str]:
    """(minutes, two-digit seconds) of a duration, for "3 min 20 s"."""
    minutes, rest = divmod(whole_seconds(seconds), 60)
    return minutes, f"{rest:02d}"
