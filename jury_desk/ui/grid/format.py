"""Small text helpers shared by the grid's widgets (no widget here)."""

from __future__ import annotations

import html
import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Replace Qt-style %1, %2… in a translated template, in one pass.

    Translators know Qt's placeholders; a value containing "%2" is left as it is.
    """
    return _PLACEHOLDER.sub(lambda match: str(values[int(match.group(1)) - 1]), template)


def minutes_and_seconds(seconds: int) -> tuple[int, str]:
    """(minutes, two-digit seconds) of a duration: 75 gives (1, "15")."""
    minutes, rest = divmod(max(seconds, 0), 60)
    return minutes, f"{rest:02d}"


def escaped(text: str) -> str:
    """Text from the bundle, safe inside a rich-text label."""
    return html.escape(text, quote=False)
