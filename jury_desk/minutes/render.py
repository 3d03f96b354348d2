"""The minutes as a person reads them: an A4 PDF/A-3b « Procès-verbal de délibération ».

`render_minutes_pdf` lays out the certification and the session, the jury, the
table of candidates with their outcome and validated competencies, each
decision with its consolidated levels and reasons, and the session's
statistics (pass rate, agreement of the jurors per competency, distribution of
the consolidated levels). The rules applied (the scale, the casting vote, the
decision rule) are stated before the results; outcomes are worded about the
certification, never guessing a person's gender. Cohen's kappa stays in the
data and in the window's overview: with a handful of candidates it says little,
and a clerk cannot read it. It attaches the data as
`minutes.json`. Every page's footer gives the session, the revision and the
SHA-256 of that JSON; the last page ends with two empty signature boxes, the
chair's (`CHAIR_BOX`, signed first) then the member's (`MEMBER_BOX`).

Text is DejaVu Sans, embedded; reasons flow from page to page, never cut. The
same data gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, Table

from jury_desk.minutes.data import (
    ATTACHMENT_NAME,
    RULED_OUTCOMES,
    MinutesCandidate,
    MinutesData,
)
from jury_desk.minutes.render_words import (
    JURY_ROLE,
    OUTCOME,
    outcome_summary,
    pass_rate_sentence,
    percent,
    rules_paragraphs,
)
from jury_desk.pdf.document import render_document
from jury_desk.pdf.flow import (
    PlacedBox,
    free_text,
    last_page_box,
    para,
    ruled_table,
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
)
from jury_desk.pdf.wording import drawable, french, long_date, paris_date, paris_time

TITLE = "Procès-verbal de délibération"

# The two signature boxes, in PDF points on the last page, at the height of the
# scoring sheet's single box: the chair's on the left, the member's on the right.
CHAIR_BOX: tuple[float, float, float, float] = (57.0, SIGNATURE_BOX[1], 247.0, SIGNATURE_BOX[3])
MEMBER_BOX: tuple[float, float, float, float] = (348.0, SIGNATURE_BOX[1], 538.0, SIGNATURE_BOX[3])

# Room the closing statement needs above the signature boxes: with less, both
# start a new page together.
_CLOSING_ROOM = 95 * mm


def render_minutes_pdf(data: MinutesData) -> bytes:
    """The unsigned minutes: PDF/A-3b, `data.to_json()` attached as `minutes.json`."""
    return render_document(
        title=f"{TITLE} — {data.session.title}",
        author=data.chair.name,
        session=data.session,
        created=data.prepared_at,
        story=lambda: _story(data),
        page_texts=_page_texts(data),
        attachment_name=ATTACHMENT_NAME,
        data=data.to_json(),
        data_description=f"Données du procès-verbal de la session {data.session.id}, "
        f"révision {data.revision}",
    )


def chair_box(pdf: bytes) -> PlacedBox:
    """Where the chair's signature goes: the left box of the last page."""
    return last_page_box(pdf, CHAIR_BOX)


def member_box(pdf: bytes) -> PlacedBox:
    """Where the member's co-signature goes: the right box of the last page."""
    return last_page_box(pdf, MEMBER_BOX)


# --- Layout ---------------------------------------------------------------------


def _page_texts(data: MinutesData) -> PageTexts:
    prepared = data.prepared_at
    when = f"le {long_date(paris_date(prepared))} à {paris_time(prepared)}"
    session = data.session
    return PageTexts(
        running_header=drawable(f"{TITLE} — {session.title} — {session.rs_code}"),
        sheet_line=drawable(
            f"Session {session.id} · révision {data.revision} · données préparées {when}"
        ),
        digest_line=french(f"SHA-256 des données : {data.sha256}"),
        # The names are in the closing statement above: a label is one short line.
        signature_slots=(
            SignatureSlot(JURY_ROLE[data.chair.role], CHAIR_BOX),
            SignatureSlot(JURY_ROLE[data.member.role], MEMBER_BOX),
        ),
    )


def _story(data: MinutesData) -> list[Any]:
    session = data.session
    story: list[Any] = [
        *institutional_header(session.rs_code, session.certifier),
        para(f"Certification {session.rs_code} · {session.title}", "kicker"),
        para(TITLE, "title"),
        para(f"« {session.certification_title} »", "subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=BLUE, spaceAfter=8),
        _identity(data),
        para("Règles appliquées", "h2"),
        *_rules(data),
        para("Résultats", "h2"),
        para(outcome_summary(data.statistics.outcome_counts), "body"),
        _results(data),
        para("Décisions et motifs", "h2"),
    ]
    for candidate in data.candidates:
        story += _decision(data, candidate)
    story += [para("Statistiques de la session", "h2"), *_statistics(data)]
    story += _closing(data)
    return story


def _identity(data: MinutesData) -> Table:
    session = data.session
    dates = (
        long_date(session.starts_on)
        if session.starts_on == session.ends_on
        else f"du {long_date(session.starts_on)} au {long_date(session.ends_on)}"
    )
    rows = [
        ("Session", f"{session.title} ({session.id})"),
        ("Dates", dates),
        ("Délibération", long_date(data.deliberated_on)),
        *(
            (JURY_ROLE[juror.role], f"{juror.name} — {juror.email}")
            for juror in (data.chair, data.member)
        ),
    ]
    table = Table(
        [[para(label, "label"), para(value, "cell")] for label, value in rows],
        colWidths=[36 * mm, TEXT_WIDTH - 36 * mm],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table


def _rules(data: MinutesData) -> list[Any]:
    texts = rules_paragraphs(
        data.decision_rule, data.minimum_passing, data.scale, len(data.statistics.competencies)
    )
    return [para(text, "body") for text in texts]


def _results(data: MinutesData) -> Table:
    rows: list[list[Any]] = [
        [para(x, "head") for x in ("Candidat·e", "Décision", "Compétences validées")]
    ]
    for c in data.candidates:
        slot = f"Entretien du {long_date(paris_date(c.slot_start))}, {paris_time(c.slot_start)}"
        validated = ", ".join(v.code for v in c.validated) if c.validated else "—"
        rows.append(
            [
                [para(c.name, "cell_bold"), para(slot, "meta")],
                para(OUTCOME[c.outcome], "cell_bold"),
                para(validated, "cell"),
            ]
        )
    # Room for « Certification non obtenue » and eight codes on one line each: the last
    # column is flush with the text's right edge.
    table = ruled_table(rows, [TEXT_WIDTH - 106 * mm, 53 * mm, 53 * mm])
    table.setStyle([("RIGHTPADDING", (-1, 0), (-1, -1), 0)])
    return table


def _decision(data: MinutesData, c: MinutesCandidate) -> list[Any]:
    decided = f"{long_date(paris_date(c.decided_at))} à {paris_time(c.decided_at)}"
    revised = f", révisée (révision {c.decision_revision})" if c.decision_revision > 1 else ""
    heading = Table(
        [[para(c.name, "competency"), para(OUTCOME[c.outcome], "level")]],
        colWidths=[TEXT_WIDTH - 62 * mm, 62 * mm],
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
    block: list[Any] = [
        CondPageBreak(45 * mm),
        KeepTogether([heading, para(f"Décision du {decided} (heure de Paris){revised}.", "meta")]),
    ]
    # Levels validate competencies only where the decision rule judged them: an absent
    # or postponed candidate's levels stay in the data, not on the page.
    if c.outcome in RULED_OUTCOMES:
        block.append(_levels(c))
    block.append(para("Motifs", "h3"))
    block += free_text(c.reasons, "Aucun motif écrit.")
    return block


def _levels(c: MinutesCandidate) -> Table:
    rows: list[list[Any]] = [[para(x, "head") for x in ("Compétence", "Niveau retenu", "Résultat")]]
    for level in c.levels:
        result = "—" if level.level is None else "Validée" if level.passing else "Non validée"
        competency: list[Any] = [para(f"{level.code} · {level.title}", "cell")]
        if level.casting_note:
            competency.append(para(f"Voix prépondérante : {level.casting_note}", "meta"))
        rows.append(
            [
                competency,
                para(
                    level.level_label or "Non établi", "cell_bold" if level.level_label else "empty"
                ),
                para(result, "cell"),
            ]
        )
    widths = [TEXT_WIDTH - 72 * mm, 40 * mm, 32 * mm]
    return ruled_table(rows, widths, padding=1.5, head_rule=0.8, row_rule=0.3)


def _statistics(data: MinutesData) -> list[Any]:
    statistics = data.statistics
    agreement = (
        f"Accord des deux membres du jury sur les niveaux de leurs grilles signées, avant "
        f"délibération : {percent(statistics.agreement_rate)} des {statistics.pairs} niveaux "
        f"comparés (part des niveaux identiques)."
    )
    return [
        para(pass_rate_sentence(statistics.outcome_counts, statistics.pass_rate), "body"),
        para(agreement, "body"),
        _agreement_table(data),
        para("« — » : non calculable (aucun niveau comparé).", "meta"),
        para("Répartition des niveaux retenus après délibération", "h3"),
        _distribution_table(data),
    ]


def _agreement_table(data: MinutesData) -> Table:
    rows: list[list[Any]] = [
        [
            para("Compétence", "head"),
            *(para(x, "head_right") for x in ("Niveaux comparés", "Accord")),
        ]
    ]
    for c in data.statistics.competencies:
        rows.append(
            [
                para(f"{c.code} · {c.title}", "cell"),
                para(str(c.pairs), "cell_right"),
                para(percent(c.agreement_rate), "cell_right"),
            ]
        )
    return ruled_table(rows, [TEXT_WIDTH - 64 * mm, 34 * mm, 30 * mm], padding=2)


def _distribution_table(data: MinutesData) -> Table:
    levels = data.scale
    rows: list[list[Any]] = [
        [para("Compétence", "head"), *(para(level.label, "head_right") for level in levels)]
    ]
    for c in data.statistics.competencies:
        rows.append(
            [
                para(f"{c.code} · {c.title}", "cell"),
                *(para(str(count), "cell_right") for count in c.level_counts),
            ]
        )
    first = TEXT_WIDTH * 0.4
    widths = [first, *([(TEXT_WIDTH - first) / len(levels)] * len(levels))]
    return ruled_table(rows, widths, padding=2)


def _closing(data: MinutesData) -> list[Any]:
    return [
        # The statement and the boxes are read together: never a page apart.
        CondPageBreak(_CLOSING_ROOM),
        para("Signatures", "h2"),
        para(
            f"{_done_at(data)} Le présent procès-verbal est signé "
            f"électroniquement par {data.chair.name} ({JURY_ROLE[data.chair.role].lower()}), "
            f"puis contresigné par {data.member.name} ({JURY_ROLE[data.member.role].lower()}). "
            f"Les signatures portent sur ce document et sur les données jointes "
            f"({ATTACHMENT_NAME}) ; toute modification ultérieure les rend invalides.",
            "body",
        ),
        SignatureRoom(),
    ]


def _done_at(data: MinutesData) -> str:
    """« Fait à Paris, le 30 novembre 2026. », or « Fait le … » where no place was given."""
    day = long_date(data.deliberated_on)
    return f"Fait à {data.place}, le {day}." if data.place else f"Fait le {day}."
