"""The certifier's documents as people read them: A4 PDF/A-3b, in French, signed in one box.

`render_letter_pdf` lays out the decision letter (the addressee, the decision in
words about the certification, never guessing a gender, the jury's reasons as
the minutes give them, the means of recourse); `render_certificate_pdf` the
laureate's certificate (the holder, the certification and its registration by
France compétences, the session, the decision's date). Both print their
verification code, attach their data (`decision-letter.json`, `certificate.json`)
and end with one signature box, the certifier's signer's (`SIGNATURE_BOX`). The
document's title (metadata) carries the code too: `verify.py` reads it there.
The same data gives the same bytes.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, Spacer

from jury_desk.certificates.data import (
    CERTIFICATE_ATTACHMENT,
    LETTER_ATTACHMENT,
    Certificate,
    DecisionLetter,
    DocumentSession,
    shown_code,
)
from jury_desk.models import Outcome
from jury_desk.pdf.document import render_document
from jury_desk.pdf.flow import PlacedBox, free_text, last_page_box, styles
from jury_desk.pdf.header import institutional_header, registration_sentence
from jury_desk.pdf.page import BLUE, SIGNATURE_BOX, PageTexts, SignatureRoom, SignatureSlot
from jury_desk.pdf.wording import drawable, french, long_date, markup, paris_date

LETTER_TITLE = "Notification de la décision du jury"
CERTIFICATE_TITLE = "Certificat"
SIGNATURE_LABEL = "Pour le certificateur"

_DECISION = {
    Outcome.CERTIFIED: "a décidé de vous attribuer la certification",
    Outcome.NOT_CERTIFIED: "a décidé de ne pas vous attribuer la certification",
    Outcome.ABSENT: "a constaté votre absence à l'entretien : la certification ne peut vous "
    "être attribuée au titre de cette session",
    Outcome.POSTPONED: "a reporté votre évaluation : une nouvelle décision vous sera notifiée "
    "après votre entretien",
}


def document_title(kind: str, name: str, code: str) -> str:
    """The PDF's title: « Certificat — Zoë Lefèvre — code ABCDE-FGHJK »."""
    return f"{kind} — {name} — code {shown_code(code)}"


def render_letter_pdf(letter: DecisionLetter) -> bytes:
    """The unsigned letter: PDF/A-3b, `letter.to_json()` attached as `decision-letter.json`."""
    return render_document(
        title=document_title(LETTER_TITLE, letter.candidate_name, letter.code),
        author=letter.signer.name,
        session=letter.session,
        created=letter.issued_at,
        story=lambda: _letter_story(letter),
        page_texts=_page_texts(LETTER_TITLE, letter.session, letter.code, letter.sha256),
        attachment_name=LETTER_ATTACHMENT,
        data=letter.to_json(),
        data_description=f"Données de la notification de décision, code {shown_code(letter.code)}",
    )


def render_certificate_pdf(certificate: Certificate) -> bytes:
    """The unsigned certificate: PDF/A-3b, its data attached as `certificate.json`."""
    return render_document(
        title=document_title(CERTIFICATE_TITLE, certificate.holder_name, certificate.code),
        author=certificate.signer.name,
        session=certificate.session,
        created=certificate.issued_at,
        story=lambda: _certificate_story(certificate),
        page_texts=_page_texts(
            CERTIFICATE_TITLE, certificate.session, certificate.code, certificate.sha256
        ),
        attachment_name=CERTIFICATE_ATTACHMENT,
        data=certificate.to_json(),
        data_description=f"Données du certificat, code {shown_code(certificate.code)}",
    )


def signer_box(pdf: bytes) -> PlacedBox:
    """Where the signer's signature goes: the box of the last page."""
    return last_page_box(pdf, SIGNATURE_BOX)


def _page_texts(kind: str, session: DocumentSession, code: str, sha256: str) -> PageTexts:
    return PageTexts(
        running_header=drawable(f"{kind} — {session.title} — {session.rs_code}"),
        sheet_line=drawable(f"Session {session.id} · code de vérification {shown_code(code)}"),
        digest_line=french(f"SHA-256 des données : {sha256}"),
        signature_slots=(SignatureSlot(SIGNATURE_LABEL, SIGNATURE_BOX),),
    )


# --- The letter -----------------------------------------------------------------


def _letter_story(letter: DecisionLetter) -> list[Any]:
    session = letter.session
    decided = long_date(paris_date(letter.decided_at))
    story: list[Any] = [
        *institutional_header(session.rs_code, session.certifier),
        para("\n".join([letter.candidate_name, *letter.address_lines]), "addressee"),
        para(f"Le {long_date(paris_date(letter.issued_at))}", "date_line"),
        para(f"Objet : {LETTER_TITLE.lower()} — certification {session.rs_code}", "h3"),
        para("Madame, Monsieur,", "body"),
        para(
            f"Le jury de la certification « {session.certification_title} » "
            f"({session.rs_code}), réuni le {decided} ({session.title}), "
            f"{_DECISION[letter.outcome]}.",
            "body",
        ),
    ]
    if letter.certificate_code is not None:
        story.append(
            para(
                "Votre certificat accompagne le présent courrier ; son code de vérification "
                f"est {shown_code(letter.certificate_code)}.",
                "body",
            )
        )
    story += [para("Motifs de la décision du jury", "h2")]
    story += free_text(letter.reasons, "Aucun motif écrit.")
    story += [para("Voies et délais de recours", "h2")]
    story += free_text(letter.recourse, "—")
    story.append(
        para(
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.",
            "body",
        )
    )
    story += _closing(letter.signer.name, letter.code, LETTER_ATTACHMENT, "courrier")
    return story


# --- The certificate ------------------------------------------------------------


def _certificate_story(certificate: Certificate) -> list[Any]:
    session = certificate.session
    registration = certificate.registration
    return [
        *institutional_header(session.rs_code, session.certifier),
        Spacer(1, 10 * mm),
        para(CERTIFICATE_TITLE, "centre_title"),
        HRFlowable(width="40%", thickness=1.2, color=BLUE, spaceAfter=8 * mm),
        para(f"{session.certifier} atteste que", "centre"),
        para(certificate.holder_name, "holder"),
        para("a obtenu la certification", "centre"),
        para(f"« {session.certification_title} »", "centre_subtitle"),
        para(f"{registration_sentence(session.rs_code)}.", "centre"),
        para(
            f"{registration.text} du {long_date(registration.decided_on)}.",
            "centre_meta",
        ),
        Spacer(1, 6 * mm),
        para(
            f"{session.title} — décision du jury du "
            f"{long_date(paris_date(certificate.decided_at))}.",
            "centre",
        ),
        *_closing(certificate.signer.name, certificate.code, CERTIFICATE_ATTACHMENT, "certificat"),
    ]


def _closing(signer: str, code: str, attachment: str, what: str) -> list[Any]:
    return [
        para("Vérification", "h2"),
        para(
            f"Code de vérification du présent {what} : {shown_code(code)}. Le certificateur "
            f"confirme sur demande qu'un document portant ce code a été délivré. Le document "
            f"est signé électroniquement par {signer}, pour le certificateur ; la signature "
            f"porte sur ce document et sur les données jointes ({attachment}) : toute "
            "modification ultérieure la rend invalide.",
            "body",
        ),
        SignatureRoom(),
    ]


# The styles of these two documents alone, on the shared ones.
@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    bold = base["cell_bold"].fontName
    centre = ParagraphStyle("centre", base["body"], alignment=TA_CENTER, fontSize=11, leading=16)
    return {
        "addressee": ParagraphStyle(
            "addressee", base["body"], leftIndent=95 * mm, spaceBefore=4 * mm, spaceAfter=6 * mm
        ),
        "date_line": ParagraphStyle(
            "date_line", base["body"], leftIndent=95 * mm, spaceAfter=6 * mm
        ),
        "centre": centre,
        "centre_meta": ParagraphStyle("centre_meta", base["meta"], alignment=TA_CENTER),
        "centre_title": ParagraphStyle(
            "centre_title", base["title"], alignment=TA_CENTER, fontSize=28, leading=34
        ),
        "centre_subtitle": ParagraphStyle(
            "centre_subtitle", centre, fontName=bold, fontSize=13, leading=18, spaceAfter=6
        ),
        "holder": ParagraphStyle(
            "holder",
            centre,
            fontName=bold,
            fontSize=20,
            leading=26,
            textColor=BLUE,
            spaceBefore=4 * mm,
            spaceAfter=4 * mm,
        ),
    }


def para(text: str, style: str) -> Paragraph:
    """One paragraph of plain text in a shared style or one of these documents'."""
    own = _styles().get(style)
    return Paragraph(markup(text), own if own is not None else styles()[style])
