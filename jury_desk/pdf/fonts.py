"""The TrueType font shipped with jury-desk, for generated PDFs and images.

ReportLab's bundled fonts cover Latin-1 only, and system fonts differ from one
machine to the next; DejaVu Sans, shipped in `jury_desk.resources.fonts`,
covers every name the demo uses (Ł, ễ, œ, « », narrow no-break spaces).
"""

from __future__ import annotations

import functools
import pathlib

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jury_desk.resources import shipped_file

REGULAR_NAME = "DejaVuSans"
BOLD_NAME = "DejaVuSans-Bold"

_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


@functools.cache
def font_path(bold: bool = False) -> pathlib.Path:
    """Path of the regular or bold DejaVu Sans file, on disk."""
    return shipped_file("fonts", _FILES[bold])  # ReportLab and FreeType need a real file


@functools.cache
def register_reportlab_fonts() -> tuple[str, str]:
    """Register DejaVu Sans with ReportLab once; return (regular, bold) font names."""
    pdfmetrics.registerFont(TTFont(REGULAR_NAME, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD_NAME, str(font_path(bold=True))))
    # Lets <b> inside Paragraph markup pick the bold face.
    for italic in (0, 1):
        addMapping(REGULAR_NAME, 0, italic, REGULAR_NAME)
        addMapping(REGULAR_NAME, 1, italic, BOLD_NAME)
    return REGULAR_NAME, BOLD_NAME
