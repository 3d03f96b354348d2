"""The scoring sheet as a person reads it: an A4 PDF/A-3b form carrying its own data.

`render_sheet_pdf` lays out the identity of the candidate and the juror, the
interview's timing, each competency (level, descriptor, comment, time
discussed), the overall recommendation and the conflict-of-interest statement,
and attaches the sheet's JSON as `scoring-sheet.json`. Every page's footer
gives the sheet id, version and the SHA-256 of that JSON. The last page ends
with an empty signature box at a fixed place (`signature_box`), which the
signer fills.

Text is DejaVu Sans, embedded. Free text flows from page to page: no juror's
comment is ever cut, whatever its length. The same data gives the same bytes.
"""

from __future__ import annotations

import functools
import io
from typing import Any

import pikepdf
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

import jury_desk
from jury_desk.demo.fonts import register_reportlab_fonts
from jury_desk.models import JurorRole, Recommendation
from jury_desk.sheets.data import SheetCompetency, SheetData
from jury_desk.sheets.pdfa import Attachment, DocumentInfo, make_pdfa3b
from jury_desk.sheets.render_nbsp import narrow_no_break_spaces
from jury_desk.sheets.render_page import (
    BLUE,
    BOTTOM_MARGIN,
    GREY,
    INK,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    RULE,
    SIGNATURE_BOX,
    TEXT_WIDTH,
    TINT,
    TOP_MARGIN,
    PageTexts,
    SheetCanvas,
    SignatureRoom,
    signature_lines,
)
from jury_desk.sheets.render_text import (
    drawable,
    duration,
    french,
    long_date,
    markup,
    paragraphs,
    paris_date,
    paris_time,
)

ATTACHMENT_NAME = "scoring-sheet.json"
ATTACHMENT_MIME_TYPE = "application/json"
LANGUAGE = "fr-FR"

_ROLE = {JurorRole.CHAIR: "Présidence du jury", JurorRole.MEMBER: "Membre du jury"}
_RECOMMENDATION = {
    Recommendation.FAVOURABLE: "Favorable",
    Recommendation.RESERVED: "Réservé",
    Recommendation.UNFAVOURABLE: "Défavorable",
}


# Room a competency's heading, level and first lines of comment need at the
# bottom of a page; with less, the block starts on the next page.
_BLOCK_ROOM = 40 * mm


class SignatureBoxError(ValueError):
    """The PDF given to `signature_box` is not a scoring sheet laid out by this module."""


def render_sheet_pdf(data: SheetData) -> bytes:
    """The unsigned scoring sheet: PDF/A-3b, `data.to_json()` attached as `ATTACHMENT_NAME`."""
    title = f"Grille d’évaluation — {data.candidate.name} — {data.juror.name}"
    info = DocumentInfo(
        title=title,
        author=data.juror.name,
        subject=french(
            f"Certification {data.session.rs_code} « {data.session.certification_title} » — "
            f"{data.session.title}"
        ),
        creator=f"jury-desk {jury_desk.__version__}",
        language=LANGUAGE,
        created=data.prepared_at,
    )
    attachment = Attachment(
        name=ATTACHMENT_NAME,
        data=data.to_json(),
        mime_type=ATTACHMENT_MIME_TYPE,
        description=f"Données de la grille {data.sheet_id}, version {data.version}",
    )
    return make_pdfa3b(_layout(data, info), info, attachment)


def signature_box(pdf: bytes) -> tuple[int, tuple[float, float, float, float]]:
    """Where the signer's visible signature goes: (page index from 0, (x1, y1, x2, y2)).

    Always the last page, at `SIGNATURE_BOX` in PDF points from the bottom-left
    corner of the A4 page.
    """
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            count = len(document.pages)
            box = [float(v) for v in document.pages[-1].mediabox]
    except pikepdf.PdfError as exc:
        raise SignatureBoxError(f"not a readable PDF: {exc}") from None
    if count == 0 or [round(v) for v in box] != [0, 0, round(PAGE_WIDTH), round(PAGE_HEIGHT)]:
        raise SignatureBoxError("the last page is not an A4 portrait page")
    return count - 1, SIGNATURE_BOX


# --- Layout ---------------------------------------------------------------------


def _layout(data: SheetData, info: DocumentInfo) -> bytes:
    regular, _bold = register_reportlab_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=info.creator,
        lang=info.language,
        # Invariant: no time stamp or random id, so the same data gives the same bytes.
        invariant=1,
        # The initial font is ours, so that no unembedded Helvetica is referenced.
        initialFontName=regular,
    )
    with narrow_no_break_spaces():
        doc.build(_story(data), canvasmaker=functools.partial(SheetCanvas, texts=_page_texts(data)))
    return buffer.getvalue()


def _page_texts(data: SheetData) -> PageTexts:
    prepared = data.prepared_at
    when = f"le {long_date(paris_date(prepared))} à {paris_time(prepared)}"
    # The canvas draws these as they are: only characters the font has.
    candidate, juror = drawable(data.candidate.name), drawable(data.juror.name)
    return PageTexts(
        running_header=f"Grille d’évaluation — {candidate} — {juror} — {data.session.rs_code}",
        sheet_line=f"Grille {data.sheet_id} · version {data.version} · données préparées {when}",
        digest_line=french(f"SHA-256 des données : {data.sha256}"),
        signature_label="Signature",
        signature_lines=signature_lines(
            [
                f"Grille établie par {juror} ({_ROLE[data.juror.role].lower()}).",
                f"Données préparées {when} (heure de Paris).",
                french(
                    "La signature électronique porte sur ce document et sur les données "
                    f"jointes ({ATTACHMENT_NAME}) ; toute modification ultérieure la rend "
                    "invalide."
                ),
            ]
        ),
    )


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_reportlab_fonts()
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=4
    )
    return {
        "body": body,
        "kicker": ParagraphStyle("kicker", body, fontSize=8.5, leading=11, textColor=GREY),
        "title": ParagraphStyle(
            "title", body, fontName=bold, fontSize=20, leading=25, textColor=BLUE, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=12, leading=16, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=bold,
            fontSize=12,
            leading=16,
            textColor=BLUE,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", body, fontSize=8, leading=10.5, textColor=GREY),
        "cell": ParagraphStyle("cell", body, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=bold, spaceAfter=0),
        "head": ParagraphStyle(
            "head", body, fontName=bold, fontSize=8.5, leading=11, textColor=INK, spaceAfter=0
        ),
        "competency": ParagraphStyle(
            "competency", body, fontName=bold, fontSize=10.5, leading=14, spaceAfter=0
        ),
        "level": ParagraphStyle(
            "level", body, fontName=bold, fontSize=10.5, leading=14, alignment=TA_RIGHT
        ),
        "descriptor": ParagraphStyle(
            "descriptor", body, fontSize=8.5, leading=12, textColor=GREY, spaceBefore=4
        ),
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=12, textColor=GREY),
        "empty": ParagraphStyle("empty", body, textColor=GREY),
    }


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    # A table sets its own font (Helvetica by default) even around Paragraph
    # cells; naming ours keeps every font of the file embedded.
    regular, _bold = register_reportlab_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def _para(text: str, style: str) -> Paragraph:
    """One paragraph of plain text (escaped and typeset)."""
    return Paragraph(markup(text), _styles()[style])


def _free_text(text: str, empty: str) -> list[Any]:
    """A juror's text as paragraphs that flow across pages, or `empty` in grey."""
    blocks = paragraphs(text)
    if not blocks:
        return [_para(empty, "empty")]
    return [Paragraph(block, _styles()["body"]) for block in blocks]


def _story(data: SheetData) -> list[Any]:
    story: list[Any] = [
        _para(f"Certification {data.session.rs_code} · {data.session.title}", "kicker"),
        _para("Grille d’évaluation", "title"),
        _para(f"« {data.session.certification_title} »", "subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=BLUE, spaceAfter=8),
        _identity(data),
        _para("Entretien", "h2"),
        _interview(data),
        _para("Synthèse", "h2"),
        _summary(data),
        # The section title never ends a page: the first competency follows it.
        CondPageBreak(_BLOCK_ROOM + 12 * mm),
        _para("Appréciation par compétence", "h2"),
    ]
    for competency in data.competencies:
        story += _competency(competency)
    recommendation = data.recommendation
    story += [
        _para("Avis global", "h2"),
        Paragraph(
            f"{markup('Avis :')} <b>{markup(_recommendation(recommendation))}</b>",
            _styles()["body"],
        ),
        *_free_text(data.overall_comment, "Aucun commentaire général."),
        _para("Conflit d’intérêts", "h2"),
        *_conflict(data),
        SignatureRoom(),
    ]
    return story


def _recommendation(recommendation: Recommendation | None) -> str:
    return _RECOMMENDATION[recommendation] if recommendation is not None else "Non renseigné"


def _identity(data: SheetData) -> Table:
    candidate, juror = data.candidate, data.juror
    slot = f"{long_date(paris_date(candidate.slot_start))}, {paris_time(candidate.slot_start)}"
    rows = [
        ("Candidat", candidate.name, "Membre du jury", juror.name),
        ("Start-up", candidate.startup, "Rôle", _ROLE[juror.role]),
        ("Incubateur", candidate.incubator or "—", "Courriel", juror.email),
        ("Phase", candidate.phase or "—", "Session", data.session.title),
        ("Fonction", candidate.role or "—", "Créneau prévu", slot),
    ]
    # The names stand out; every value wraps inside its cell.
    cells = [
        [
            _para(left_label, "label"),
            _para(left, "cell_bold" if index == 0 else "cell"),
            _para(right_label, "label"),
            _para(right, "cell_bold" if index == 0 else "cell"),
        ]
        for index, (left_label, left, right_label, right) in enumerate(rows)
    ]
    table = Table(cells, colWidths=[22 * mm, 62 * mm, 29 * mm, TEXT_WIDTH - 113 * mm])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("LEFTPADDING", (2, 0), (2, -1), 8),
            ]
        )
    )
    return table


def _interview(data: SheetData) -> Any:
    interview = data.interview
    if interview is None:
        return _para("Entretien non chronométré.", "empty")
    labels = ["Date", "Début", "Fin", "Durée", "Pauses"]
    values = [
        long_date(interview.date),
        paris_time(interview.started_at),
        paris_time(interview.ended_at),
        duration(interview.duration_s),
        duration(interview.paused_s),
    ]
    table = Table(
        [[_para(x, "label") for x in labels], [_para(x, "cell_bold") for x in values]],
        colWidths=[TEXT_WIDTH * w for w in (0.28, 0.16, 0.16, 0.22, 0.18)],
    )
    table.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether(
        [table, _para("Heures de Paris ; durée hors pauses.", "meta")],
    )


def _summary(data: SheetData) -> Table:
    rows: list[list[Any]] = [
        [_para(x, "head") for x in ("Compétence", "Niveau", "Résultat", "Temps")]
    ]
    for c in data.competencies:
        result = "—" if c.level is None else "Validant" if c.passing else "Non validant"
        rows.append(
            [
                _para(f"{c.code} · {c.title}", "cell"),
                _para(c.level_label or "Non noté", "cell_bold" if c.level_label else "empty"),
                _para(result, "cell"),
                _para(duration(c.seconds_discussed), "cell"),
            ]
        )
    table = Table(
        rows,
        colWidths=[TEXT_WIDTH - 100 * mm, 36 * mm, 34 * mm, 30 * mm],
        repeatRows=1,
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, BLUE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _competency(c: SheetCompetency) -> list[Any]:
    styles = _styles()
    heading = Table(
        [
            [
                _para(f"{c.code} · {c.title}", "competency"),
                _para(c.level_label or "Non noté", "level"),
            ]
        ],
        colWidths=[TEXT_WIDTH - 45 * mm, 45 * mm],
    )
    heading.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, BLUE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if c.level is None:
        descriptor = Paragraph("Compétence non notée.", styles["descriptor"])
    else:
        label = markup(f"Niveau « {c.level_label} »")
        passing = "validant" if c.passing else "non validant"
        descriptor = Paragraph(
            f"<b>{label}</b> ({passing})\u202f: {markup(c.descriptor or '')}",
            styles["descriptor"],
        )
    meta = _para(f"Temps d’échange pendant l’entretien : {duration(c.seconds_discussed)}", "meta")
    # A block starts on a new page rather than leave its heading alone at the
    # bottom; its comment then flows on, over as many pages as it needs.
    return [
        Spacer(1, 3 * mm),
        CondPageBreak(_BLOCK_ROOM),
        KeepTogether([heading, descriptor, meta]),
        *_free_text(c.comment, "Pas de commentaire."),
    ]


def _conflict(data: SheetData) -> list[Any]:
    conflict = data.conflict
    if not conflict.declared:
        return [_para("Aucun conflit d’intérêts déclaré.", "body")]
    recusal = (
        "Récusation : oui. Ce membre du jury ne participe pas à l’évaluation de cette candidature."
        if conflict.recused
        else "Récusation : non."
    )
    return [
        Paragraph(f"<b>{markup('Conflit d’intérêts déclaré :')}</b>", _styles()["body"]),
        *_free_text(conflict.statement, "Aucune précision donnée."),
        _para(recusal, "body"),
    ]
