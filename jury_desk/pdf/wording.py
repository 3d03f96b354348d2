"""French wording for the printed sheet: typography, dates, times and durations."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from jury_desk.pdf.fonts import register_reportlab_fonts
from jury_desk.rules.deadlines import SESSION_TIMEZONE

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
REPLACEMENT = "\ufffd"

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# Only spaces already typed are changed, except inside « »: inserting a space
# before a bare ":" or "?" would break URLs and times such as "https://…?q=1".
_TYPOGRAPHY = (
    (re.compile(r"(?<=\w)'(?=\w)"), "’"),
    (re.compile(r"[ \u00a0\u202f]+([;:!?»])"), NARROW_NBSP + r"\1"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NARROW_NBSP),
    (re.compile(r"(?<=\S)»"), NARROW_NBSP + "»"),
)
# Control characters cannot be drawn and are not allowed in Paragraph markup.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def french(text: str) -> str:
    """`text` with French typography: ’ in words, narrow no-break spaces at ; : ! ? « »."""
    for pattern, replacement in _TYPOGRAPHY:
        text = pattern.sub(replacement, text)
    return text


def drawable(text: str) -> str:
    """`text` with each character DejaVu Sans cannot draw (emoji, CJK…) replaced by �.

    A missing glyph would be drawn as the font's empty box (.notdef), which PDF/A
    forbids; the attached JSON keeps the text exactly as typed.
    """
    covered = _covered()
    return "".join(c if ord(c) in covered or c in "\n\t" else REPLACEMENT for c in text)


@functools.cache
def _covered() -> frozenset[int]:
    # Both faces: the same text may be set in regular or in bold.
    regular, bold = register_reportlab_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (regular, bold)]
    return frozenset(faces[0]).intersection(faces[1])


def markup(text: str) -> str:
    """Paragraph markup for one paragraph of plain text: typeset, escaped, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = drawable(_CONTROL.sub("", french(text))).split("\n")
    return "<br/>".join(escape(line) for line in lines)


def paragraphs(text: str) -> list[str]:
    """The blank-line separated paragraphs of `text`, as markup; none if it is blank."""
    blocks = re.split(r"\n(?:[ \t\u00a0]*\n)+", text.replace("\r\n", "\n"))
    return [markup(block.strip()) for block in blocks if block.strip()]


def long_date(day: date) -> str:
    """« 30 novembre 2026 »."""
    return f"{day.day}{NBSP}{_MONTHS[day.month - 1]}{NBSP}{day.year}"


def paris_time(moment: datetime) -> str:
    """« 10 h 05 », the time of day in Paris."""
    local = moment.astimezone(SESSION_TIMEZONE)
    return f"{local.hour}{NBSP}h{NBSP}{local.minute:02d}"


def paris_date(moment: datetime) -> date:
    return moment.astimezone(SESSION_TIMEZONE).date()


def duration(seconds: int) -> str:
    """« 12 min 05 s », « 1 h 02 min 05 s », « 0 s »."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}{NBSP}h{NBSP}{minutes:02d}{NBSP}min{NBSP}{secs:02d}{NBSP}s"
    if minutes:
        return f"{minutes}{NBSP}min{NBSP}{secs:02d}{NBSP}s"
    return f"{secs}{NBSP}s"
