"""Which time zone names a session may give: IANA names this computer knows, nothing else.

`ZoneInfo(name)` is not a check: it opens a file under the zone folders, so it
takes "posix/Europe/Paris", "right/UTC" or "localtime" (this computer's own
zone, whatever it is), and a name such as "../../etc/passwd" is refused only by
its own path checks. A session's zone is the same on every juror's computer:
a plain IANA name ("Europe/Paris", "America/Argentina/Buenos_Aires", "UTC"),
listed among the zones Python finds (the system's, or the tzdata package's).
"""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

# Area/Location[/Sub-location], or a single word (UTC, CET); never "." or "..".
_IANA_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,29}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,29}){0,2}")
# Files of the zone folders that are no zone of their own.
_NOT_ZONES = frozenset(("localtime", "posixrules", "Factory"))


def is_time_zone_name(name: str) -> bool:
    """Whether `name` is an IANA time zone name this computer knows."""
    return (
        _IANA_NAME.fullmatch(name) is not None and name not in _NOT_ZONES and name in _known_zones()
    )


@cache
def _known_zones() -> frozenset[str]:
    # available_timezones() walks the zone folders (about 50 ms): once per process.
    return frozenset(zoneinfo.available_timezones())
