"""The convocations' French words: a moment with its zone, a duration, a list of names.

Shared by the letter and the calendar files, so that both say the same thing
the same way: « mardi 18 mai 2027 à 9 h 00, heure de Paris ».
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from jury_desk.kernel.clock import SESSION_TIMEZONE
from jury_desk.pdf.wording import NBSP, long_date

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Where the French State holds interviews: the zone said as people say it.
# Elsewhere the zone's IANA name is given, which is exact if not pretty.
_ZONE_WORDS = {
    "Europe/Paris": "heure de Paris",
    "America/Guadeloupe": "heure de la Guadeloupe",
    "America/Martinique": "heure de la Martinique",
    "America/Cayenne": "heure de la Guyane",
    "Indian/Reunion": "heure de La Réunion",
    "Indian/Mayotte": "heure de Mayotte",
    "America/Miquelon": "heure de Saint-Pierre-et-Miquelon",
    "Pacific/Noumea": "heure de Nouméa",
    "Pacific/Tahiti": "heure de Tahiti",
    "Pacific/Wallis": "heure de Wallis-et-Futuna",
    "UTC": "temps universel (UTC)",
}


def zone_words(zone: str) -> str:
    """« heure de Paris », or « heure locale (Europe/Berlin) » for a zone without French words."""
    return _ZONE_WORDS.get(zone, f"heure locale ({zone})")


def clock_time(moment: datetime) -> str:
    """« 9 h 00 »: the time of day as the moment gives it (no conversion)."""
    return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"


def day_words(moment: datetime) -> str:
    """« mardi 18 mai 2027 »: the day of the moment as it gives it (no conversion)."""
    return f"{_WEEKDAYS[moment.weekday()]} {long_date(moment.date())}"


def moment_words(moment: datetime, zone: str) -> str:
    """« mardi 18 mai 2027 à 9 h 00, heure de Paris », in `zone`.

    Outside Paris, the time in Paris follows in brackets: the jury and the
    organiser read Paris time, and a candidate overseas must not have to convert.
    """
    local = moment.astimezone(ZoneInfo(zone))
    words = f"{day_words(local)} à {clock_time(local)}, {zone_words(zone)}"
    if zone == "Europe/Paris":
        return words
    paris = moment.astimezone(SESSION_TIMEZONE)
    same_day = paris.date() == local.date()
    in_paris = clock_time(paris) if same_day else f"{day_words(paris)} à {clock_time(paris)}"
    return f"{words} (soit {in_paris}, heure de Paris)"


def duration_words(minutes: int) -> str:
    """« 1 heure », « 2 heures », « 45 minutes », « 1 h 30 »."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}{NBSP}minute" + ("s" if rest > 1 else "")
    if not rest:
        return f"{hours}{NBSP}heure" + ("s" if hours > 1 else "")
    return f"{hours}{NBSP}h{NBSP}{rest:02d}"


def names_words(names: Sequence[str]) -> str:
    """« Camille Martin », « Camille Martin et Louis Dupont », « A, B et C »."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} et {names[-1]}"
