"""The institutional header at the top of a signed document's first page, in text.

« République française », then the certifier's name as the session bundle gives
it, then the certification's registration in France compétences' Répertoire
spécifique. No emblem is drawn: the Marianne logo is reserved to the State's
services. Where the certifier is unknown (a workspace opened from an older
bundle), the header says only « République française »: a name is never made up.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph

from jury_desk.pdf.flow import styles
from jury_desk.pdf.page import INK, RULE
from jury_desk.pdf.wording import markup

REPUBLIC = "République française"


def registration_sentence(rs_code: str) -> str:
    """The registration line: « Certification enregistrée … sous le numéro RS6247 »."""
    return (
        "Certification enregistrée au Répertoire spécifique de France compétences "
        f"sous le numéro {rs_code}"
    )


def institutional_header(rs_code: str, certifier: str | None) -> list[Any]:
    """The header's flowables: the State, the certifier (if known), the registration, a rule."""
    style = _styles()
    lines: list[Any] = [Paragraph(markup(REPUBLIC), style["republic"])]
    if certifier and certifier.strip():
        lines.append(Paragraph(markup(certifier.strip()), style["certifier"]))
    lines += [
        Paragraph(markup(registration_sentence(rs_code)), style["registration"]),
        HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=4 * mm),
    ]
    return lines


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    body = styles()["body"]
    bold = styles()["cell_bold"].fontName
    return {
        "republic": ParagraphStyle(
            "republic", body, fontName=bold, fontSize=11, leading=14, textColor=INK, spaceAfter=1
        ),
        "certifier": ParagraphStyle("certifier", body, fontSize=9.5, leading=12.5, spaceAfter=1),
        "registration": ParagraphStyle(
            "registration", styles()["kicker"], fontSize=8, leading=10.5, spaceAfter=2
        ),
    }
