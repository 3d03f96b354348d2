"""The convocation letter: one candidate's interview, as an A4 PDF/A-3b in French.

Under the institutional header: to whom, the date and time in words with the
zone (« mardi 18 mai 2027 à 9 h 00, heure de Paris »), the duration, the jury,
the place or the video link, what to prepare, and whom to ask. The letter
carries its data as `convocation.json` (the project's documents all carry
theirs) and is not signed: it announces, it decides nothing.

A video link is printed as text, never as a clickable link. The letter is
forwarded, archived and printed; a link annotation can point elsewhere than the
text shown, which is how phishing letters work, and candidates are rightly
told not to click links in attachments. The text is what they compare with
the organiser's e-mail and copy, and the calendar file carries the same link
for their calendar to open.

The same convocation gives the same bytes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Table

from jury_desk.convocations.data import ATTACHMENT_NAME, CandidateConvocation
from jury_desk.convocations.words import duration_words, moment_words, names_words
from jury_desk.kernel.clock import SESSION_TIMEZONE
from jury_desk.pdf.document import render_document
from jury_desk.pdf.flow import address, para, styles, table_style
from jury_desk.pdf.header import institutional_header
from jury_desk.pdf.page import BLUE, RULE, TEXT_WIDTH, PageTexts
from jury_desk.pdf.wording import drawable, french, long_date, markup

TITLE = "Convocation à l'entretien avec le jury"

_LABEL_WIDTH = 38 * mm
_VALUE_WIDTH = TEXT_WIDTH - _LABEL_WIDTH
# Where a link may end a line: after a separator of its path or query.
_LINK_BREAK = re.compile(r"(?<=[/.?&=#_-])")


@dataclass(frozen=True)
class _Session:
    """The names `render_document` prints in the PDF's metadata."""

    title: str
    certification_title: str
    rs_code: str


def render_convocation(convocation: CandidateConvocation) -> bytes:
    """The letter to `convocation`'s candidate: PDF/A-3b, its data attached, unsigned."""
    session = _Session(
        convocation.session_title, convocation.certification_title, convocation.rs_code
    )
    return render_document(
        title=f"{TITLE} — {convocation.candidate_name}",
        author=convocation.organiser_name,
        session=session,
        # The letter is dated by its day: midnight in Paris keeps the bytes the same all day.
        created=datetime.combine(convocation.issued_on, time(0), tzinfo=SESSION_TIMEZONE),
        story=lambda: _story(convocation),
        page_texts=_page_texts(convocation),
        attachment_name=ATTACHMENT_NAME,
        data=convocation.to_json(),
        data_description=f"Données de la convocation de {convocation.candidate_name}, "
        f"session {convocation.interview.session_id}",
    )


def _page_texts(convocation: CandidateConvocation) -> PageTexts:
    return PageTexts(
        running_header=drawable(f"{TITLE} — {convocation.candidate_name}"),
        sheet_line=drawable(
            french(f"Convocation · {convocation.candidate_name} · {convocation.session_title}")
        ),
        digest_line=drawable(
            french(
                f"Émise le {long_date(convocation.issued_on)} par {convocation.organiser_name} "
                "· courrier non signé"
            )
        ),
        signature_slots=(),
    )


def _story(convocation: CandidateConvocation) -> list[Any]:
    story: list[Any] = [
        *institutional_header(convocation.rs_code, convocation.certifier),
        para(f"Certification {convocation.rs_code} · {convocation.session_title}", "kicker"),
        para(TITLE, "title"),
        para(f"« {convocation.certification_title} »", "subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=BLUE, spaceAfter=8),
        _addressee(convocation),
        para(
            f"Nous vous invitons à l'entretien avec le jury de la certification "
            f"{convocation.rs_code} « {convocation.certification_title} » "
            f"({convocation.session_title}).",
            "body",
        ),
        para("Votre entretien", "h2"),
        _facts(convocation),
        para(_arrival_sentence(convocation), "body"),
    ]
    if convocation.to_prepare:
        story += [
            para("À préparer", "h2"),
            para("Merci de préparer pour l'entretien :", "body"),
            *(_bullet(item) for item in convocation.to_prepare),
        ]
    story += _contact(convocation)
    return story


def _addressee(convocation: CandidateConvocation) -> Table:
    rows = [
        [
            para("À l'attention de", "label"),
            [
                para(convocation.candidate_name, "cell_bold"),
                address(convocation.candidate_email, "cell", _VALUE_WIDTH - 12),
            ],
        ],
        [para("Date du courrier", "label"), para(long_date(convocation.issued_on), "cell")],
    ]
    return _label_table(rows, ruled=False)


def _facts(convocation: CandidateConvocation) -> Table:
    interview = convocation.interview
    where_label = "Lien de connexion" if interview.is_online else "Lieu"
    jury = f"{interview.jury_label} : {names_words(interview.juror_names)}"
    rows = [
        [
            para("Date et heure", "label"),
            para(moment_words(interview.start, interview.zone), "cell_bold"),
        ],
        [para("Durée", "label"), para(duration_words(interview.minutes), "cell")],
        [
            para("Modalité", "label"),
            para("En visioconférence" if interview.is_online else "En présentiel", "cell"),
        ],
        [para(where_label, "label"), _place(interview.place, interview.is_online)],
        [para("Jury", "label"), para(jury, "cell")],
    ]
    return _label_table(rows, ruled=True)


def _place(place: str, online: bool) -> Paragraph:
    if online:
        return link_text(place.strip(), "cell", _VALUE_WIDTH - 12)
    return para(place, "cell")


def _arrival_sentence(convocation: CandidateConvocation) -> str:
    if convocation.interview.is_online:
        return (
            "Le lien est imprimé en toutes lettres, sans lien cliquable : vérifiez qu'il est "
            "identique à celui du courriel de l'organisation, puis recopiez-le dans votre "
            "navigateur ou ouvrez-le depuis le fichier de calendrier joint. Merci de vous "
            "connecter quelques minutes avant l'heure indiquée, caméra et micro vérifiés."
        )
    return "Merci d'arriver quelques minutes avant l'heure indiquée."


def _contact(convocation: CandidateConvocation) -> list[Any]:
    return [
        KeepTogether(
            [
                para("Contact", "h2"),
                para(
                    "Pour toute question, ou en cas d'empêchement, écrivez dès que possible à "
                    "l'organisation de la certification :",
                    "body",
                ),
                para(convocation.organiser_name, "cell_bold"),
                address(convocation.organiser_email, "body", TEXT_WIDTH),
            ]
        )
    ]


def _label_table(rows: list[list[Any]], *, ruled: bool) -> Table:
    table = Table(rows, colWidths=[_LABEL_WIDTH, _VALUE_WIDTH])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]
    if ruled:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE))
    table.setStyle(table_style(commands))
    return table


def _bullet(item: str) -> Paragraph:
    return Paragraph(markup(item), _bullet_style(), bulletText="•")


@functools.cache
def _bullet_style() -> ParagraphStyle:
    body = styles()["body"]
    # The bullet's own font defaults to Helvetica, which PDF/A would need embedded.
    return ParagraphStyle(
        "bullet",
        body,
        leftIndent=5 * mm,
        bulletIndent=1.5 * mm,
        bulletFontName=body.fontName,
        spaceAfter=2,
    )


def link_text(link: str, style: str, width: float) -> Paragraph:
    """A web address as plain text, broken only after a separator (/ . ? & = # _ -).

    ReportLab breaks lines at spaces only and would cut a long address
    anywhere; here the lines are made beforehand, and a piece wider than the
    column alone is cut where it must. No typography: the address is printed
    exactly as it is, to be copied.
    """
    base = styles()[style]

    def fits(line: str) -> bool:
        return bool(stringWidth(line, base.fontName, base.fontSize) <= width)

    lines: list[str] = []
    for piece in (piece for piece in _LINK_BREAK.split(drawable(link)) if piece):
        if lines and fits(lines[-1] + piece):
            lines[-1] += piece
            continue
        while not fits(piece):
            cut = next((n for n in range(len(piece) - 1, 0, -1) if fits(piece[:n])), 1)
            lines.append(piece[:cut])
            piece = piece[cut:]
        lines.append(piece)
    return Paragraph("<br/>".join(escape(line) for line in lines), base)
