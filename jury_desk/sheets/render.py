"""The scoring sheet as a person reads it: an A4 PDF/A-3b form carrying its own data.

`render_sheet_pdf` lays out, under the institutional header (« République
française », the certifier, the certification's registration), the identity of
the candidate and the juror, the interview's timing, each competency (level,
descriptor, comment, time discussed where the interview was timed), the
overall recommendation and the conflict-of-interest statement, and attaches
the sheet's JSON as `scoring-sheet.json`. Every page's footer names the
candidate, the juror and their role, the version, and gives the SHA-256 of that
JSON: words for the clerk who files it, no identifier. The last page ends
with an empty signature box at a fixed place (`signature_box`), which the
signer fills.

Text is DejaVu Sans, embedded. Free text flows from page to page: no juror's
comment is ever cut, whatever its length. The same data gives the same bytes.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from jury_desk.models import JurorRole, Recommendation
from jury_desk.pdf.document import render_document
from jury_desk.pdf.flow import (
    PlacedBox,
    SignatureBoxError,
    address,
    free_text,
    last_page_box,
    para,
    ruled_table,
    styles,
    table_style,
)
from jury_desk.pdf.header import institutional_header
from jury_desk.pdf.page import (
    BLUE,
    RULE,
    SIGNATURE_BOX,
    TEXT_WIDTH,
    TINT,
    PageTexts,
    SignatureRoom,
    SignatureSlot,
    signature_lines,
)
from jury_desk.pdf.wording import (
    drawable,
    duration,
    french,
    long_date,
    markup,
    paris_date,
    paris_time,
)
from jury_desk.sheets.data import ATTACHMENT_NAME, SheetCompetency, SheetData

__all__ = ["SignatureBoxError", "render_sheet_pdf", "signature_box"]


_ROLE = {JurorRole.CHAIR: "Présidence du jury", JurorRole.MEMBER: "Membre du jury"}
# The role in a line of words: the footer, the sentence beside the signature.
ROLE_WORD = {JurorRole.CHAIR: "présidence", JurorRole.MEMBER: "membre"}
_RECOMMENDATION = {
    Recommendation.FAVOURABLE: "Favorable",
    Recommendation.RESERVED: "Réservé",
    Recommendation.UNFAVOURABLE: "Défavorable",
}


# Room a competency's heading, level and first lines of comment need at the
# bottom of a page; with less, the block starts on the next page.
_BLOCK_ROOM = 40 * mm
# The identity table's right-hand value column (the juror's name, role, e-mail…).
_VALUE_WIDTH = TEXT_WIDTH - 113 * mm


def render_sheet_pdf(data: SheetData) -> bytes:
    """The unsigned scoring sheet: PDF/A-3b, `data.to_json()` attached as `ATTACHMENT_NAME`."""
    return render_document(
        title=f"Grille d’évaluation — {data.candidate.name} — {data.juror.name}",
        author=data.juror.name,
        session=data.session,
        created=data.prepared_at,
        story=lambda: _story(data),
        page_texts=_page_texts(data),
        attachment_name=ATTACHMENT_NAME,
        data=data.to_json(),
        data_description=f"Données de la grille {data.sheet_id}, version {data.version}",
    )


def signature_box(pdf: bytes) -> PlacedBox:
    """Where the signer's visible signature goes: (page index from 0, (x1, y1, x2, y2)).

    Always the last page, at `SIGNATURE_BOX` in PDF points from the bottom-left
    corner of the A4 page.
    """
    return last_page_box(pdf, SIGNATURE_BOX)


# --- Layout ---------------------------------------------------------------------


def _page_texts(data: SheetData) -> PageTexts:
    prepared = data.prepared_at
    when = f"le {long_date(paris_date(prepared))} à {paris_time(prepared)}"
    # The canvas draws these as they are: only characters the font has.
    candidate, juror = drawable(data.candidate.name), drawable(data.juror.name)
    return PageTexts(
        running_header=f"Grille d’évaluation — {candidate} — {juror} — {data.session.rs_code}",
        sheet_line=f"Grille de {candidate} · {juror} ({ROLE_WORD[data.juror.role]}) "
        f"· version {data.version}",
        digest_line=french(f"SHA-256 des données : {data.sha256}"),
        signature_slots=(SignatureSlot("Signature", SIGNATURE_BOX),),
        signature_lines=signature_lines(
            [
                f"Grille établie par {juror} ({_ROLE[data.juror.role].lower()}), "
                f"version {data.version}.",
                f"Données préparées {when} (heure de Paris).",
                french(
                    "La signature électronique porte sur ce document et sur les données "
                    f"jointes ({ATTACHMENT_NAME}) ; toute modification ultérieure la rend "
                    "invalide."
                ),
            ]
        ),
    )


def _story(data: SheetData) -> list[Any]:
    story: list[Any] = [
        *institutional_header(data.session.rs_code, data.session.certifier),
        para(data.session.title, "kicker"),
        para("Grille d’évaluation", "title"),
        para(f"« {data.session.certification_title} »", "subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=BLUE, spaceAfter=8),
        _identity(data),
        para("Entretien", "h2"),
        _interview(data),
        para("Synthèse", "h2"),
        _summary(data),
        # The section title never ends a page: the first competency follows it
        # (the title's 12 mm with its spaces, and the 3 mm above each block).
        CondPageBreak(_BLOCK_ROOM + 16 * mm),
        para("Appréciation par compétence", "h2"),
    ]
    for competency in data.competencies:
        story += _competency(competency, timed=data.interview is not None)
    recommendation = data.recommendation
    story += [
        para("Avis global", "h2"),
        Paragraph(
            f"{markup('Avis :')} <b>{markup(_recommendation(recommendation))}</b>",
            styles()["body"],
        ),
        *free_text(data.overall_comment, "Aucun commentaire général."),
        para("Conflit d’intérêts", "h2"),
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
        ("Candidat·e", candidate.name, "Membre du jury", juror.name),
        ("Start-up", candidate.startup, "Rôle", _ROLE[juror.role]),
        ("Incubateur", candidate.incubator or "—", "Courriel", juror.email),
        ("Phase", candidate.phase or "—", "Session", data.session.title),
        ("Fonction", candidate.role or "—", "Créneau prévu", slot),
    ]
    # The names stand out; every value wraps inside its cell, the e-mail address
    # only after « @ » or a dot (its cell's right padding is ReportLab's 6 points).
    cells = [
        [
            para(left_label, "label"),
            para(left, "cell_bold" if index == 0 else "cell"),
            para(right_label, "label"),
            para(right, "cell_bold" if index == 0 else "cell"),
        ]
        for index, (left_label, left, right_label, right) in enumerate(rows)
    ]
    cells[2][3] = address(juror.email, "cell", _VALUE_WIDTH - 6)
    table = Table(cells, colWidths=[22 * mm, 62 * mm, 29 * mm, _VALUE_WIDTH])
    table.setStyle(
        table_style(
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
        return para("Entretien non chronométré.", "empty")
    labels = ["Date", "Début", "Fin", "Durée", "Pauses"]
    values = [
        long_date(interview.date),
        paris_time(interview.started_at),
        paris_time(interview.ended_at),
        duration(interview.duration_s),
        duration(interview.paused_s) if interview.paused_s else "aucune",
    ]
    table = Table(
        [[para(x, "label") for x in labels], [para(x, "cell_bold") for x in values]],
        colWidths=[TEXT_WIDTH * w for w in (0.28, 0.16, 0.16, 0.22, 0.18)],
    )
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether(
        [table, para("Heures de Paris ; durée hors pauses.", "meta")],
    )


def _summary(data: SheetData) -> Table:
    """Level and result per competency; the time discussed only if the interview was timed."""
    timed = data.interview is not None
    heads = ("Compétence", "Niveau", "Résultat", "Temps")[: 4 if timed else 3]
    rows: list[list[Any]] = [[para(x, "head") for x in heads]]
    for c in data.competencies:
        result = "—" if c.level is None else "Validant" if c.passing else "Non validant"
        row = [
            para(f"{c.code} · {c.title}", "cell"),
            para(c.level_label or "Non noté", "cell_bold" if c.level_label else "empty"),
            para(result, "cell"),
        ]
        if timed:
            row.append(para(_time_discussed(c) or "—", "cell"))
        rows.append(row)
    widths = [TEXT_WIDTH - 100 * mm, 36 * mm, 34 * mm, 30 * mm]
    if not timed:
        widths = [TEXT_WIDTH - 70 * mm, 36 * mm, 34 * mm]
    return ruled_table(rows, widths)


def _time_discussed(c: SheetCompetency) -> str | None:
    """« 4 min 00 s »; None for a competency the clock never had in focus."""
    return duration(c.seconds_discussed) if c.seconds_discussed > 0 else None


def _competency(c: SheetCompetency, timed: bool) -> list[Any]:
    style = styles()
    heading = Table(
        [
            [
                para(f"{c.code} · {c.title}", "competency"),
                para(c.level_label or "Non noté", "level"),
            ]
        ],
        colWidths=[TEXT_WIDTH - 45 * mm, 45 * mm],
    )
    heading.setStyle(
        table_style(
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
        descriptor = Paragraph("Compétence non notée.", style["descriptor"])
    else:
        label = markup(f"Niveau « {c.level_label} »")
        passing = "validant" if c.passing else "non validant"
        descriptor = Paragraph(
            f"<b>{label}</b> ({passing})\u202f: {markup(c.descriptor or '')}",
            style["descriptor"],
        )
    kept: list[Any] = [heading, descriptor]
    # The time is said only where the clock gave this competency some.
    time = _time_discussed(c) if timed else None
    if time is not None:
        kept.append(para(f"Temps d’échange pendant l’entretien : {time}", "meta"))
    # A block starts on a new page rather than leave its heading alone at the
    # bottom; its comment then flows on, over as many pages as it needs.
    return [
        Spacer(1, 3 * mm),
        CondPageBreak(_BLOCK_ROOM),
        KeepTogether(kept),
        *free_text(c.comment, "Pas de commentaire."),
    ]


def _conflict(data: SheetData) -> list[Any]:
    conflict = data.conflict
    if not conflict.declared:
        return [para("Aucun conflit d’intérêts déclaré.", "body")]
    recusal = (
        "Récusation : oui. Ce membre du jury ne participe pas à l’évaluation de cette candidature."
        if conflict.recused
        else "Récusation : non."
    )
    return [
        # The label never ends a page: the statement follows it.
        Paragraph(f"<b>{markup('Conflit d’intérêts déclaré :')}</b>", _keep_with_next()),
        *free_text(conflict.statement, "Aucune précision donnée."),
        para(recusal, "body"),
    ]


@functools.cache
def _keep_with_next() -> ParagraphStyle:
    return ParagraphStyle("body_keep", styles()["body"], keepWithNext=1)
