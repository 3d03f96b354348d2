"""Make ReportLab's Paragraph keep U+202F NARROW NO-BREAK SPACE unbroken, while a sheet is laid out.

French typography puts a narrow no-break space before ; : ! ? » and after «.
Unicode says no line may break there (UAX #14, class GL), but ReportLab 4 and 5
list U+202F among the spaces its Paragraph breaks words at: "identifié !"
could end a line before "!", and the narrow space would be drawn as a plain
space. ReportLab offers no setting for this. Its word splitter is a module
function looked up at each call, so `narrow_no_break_spaces()` swaps in one that
splits at the same spaces except U+202F (as ReportLab already does for U+00A0)
and puts ReportLab's own back on exit.

The swap is scoped so that other documents (the demo dossiers, whose bytes must
not depend on what ran before in the process) keep ReportLab's behaviour; a
lock keeps two sheets from swapping at once. Another thread laying out a
Paragraph during a sheet's build would see the same no-break rule.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.platypus import paragraph

NARROW_NBSP = "\u202f"

_lock = threading.Lock()


@contextmanager
def narrow_no_break_spaces() -> Iterator[None]:
    """Within the block, Paragraph never breaks a line at U+202F."""
    with _lock:
        original: Callable[..., list[str]] = paragraph.split
        paragraph.split = _splitter(original)
        try:
            yield
        finally:
            paragraph.split = original


def _splitter(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    breaking = re.compile(f"[{re.escape(paragraph._wsc.replace(NARROW_NBSP, ''))}]+")

    def split(text: Any, delim: Any = None) -> list[str]:
        if delim is not None:
            return original(text, delim)
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        # Like str.split(): no empty words at either end.
        return [word for word in breaking.split(text) if word]

    return split
