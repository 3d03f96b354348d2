"""The interview clock's colours for each time level, from the theme in force.

Always paired with words (« Attention : 10 minutes restantes », « Temps prévu
dépassé »): the colour only repeats what the text says.
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.juror.interview.state import TimeLevel
from jury_desk.ui.theme.colours import Colours


@dataclass(frozen=True)
class LevelColours:
    text: str
    background: str
    accent: str


def level_colours(level: TimeLevel, colours: Colours) -> LevelColours:
    """Calm grey, then the DSFR warning orange from the first mark, then error red past the plan."""
    if level is TimeLevel.WARNING:
        return LevelColours(colours.warning, colours.warning_background, colours.warning)
    if level is TimeLevel.OVERRUN:
        return LevelColours(colours.error, colours.error_background, colours.error)
    return LevelColours(colours.text, colours.base, colours.border)
