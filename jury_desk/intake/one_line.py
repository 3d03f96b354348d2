"""Text from outside put in a message: short, and on one line whatever it holds."""

from __future__ import annotations

_SHOWN_LENGTH = 100


def shown(text: str) -> str:
    """`text` cut to a hundred characters, its unprintable ones (line breaks included) escaped:
    a name in a ZIP or a header of a sheet may hold any character."""
    cut = text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"
    return "".join(c if c.isprintable() else _escaped(c) for c in cut)


def _escaped(character: str) -> str:
    return character.encode("unicode_escape").decode("ascii")
