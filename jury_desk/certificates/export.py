"""A letter or a certificate rendered and signed by the certifier's signer, bytes out.

The signature is a PAdES baseline B-B one (signing/pades.py), made with the signer's
own key (never the authority's), the authority embedded beside the signer's
certificate, and a stamp in the last page's box naming the signer « pour le
certificateur ». The data travels inside, attached as the other signed documents do.
"""

from __future__ import annotations

from datetime import datetime

from jury_desk.certificates.data import Certificate, CertifierDocument, DecisionLetter, shown_code
from jury_desk.certificates.render import (
    render_certificate_pdf,
    render_letter_pdf,
    signer_box,
)
from jury_desk.signing.pades import sign_pdf
from jury_desk.trust.signer import Signer

FIELD_NAME = "Signature_certificateur"
SIGNER_ROLE = "pour le certificateur"


def signed_document(document: CertifierDocument, signer: Signer, signed_at: datetime) -> bytes:
    """`document` as a signed PDF/A: its letter or certificate layout, the signer's stamp."""
    if isinstance(document, DecisionLetter):
        unsigned = render_letter_pdf(document)
        reason = f"Notification de décision, code de vérification {shown_code(document.code)}"
    else:
        unsigned = render_certificate_pdf(document)
        reason = f"Certificat, code de vérification {shown_code(document.code)}"
    return sign_pdf(
        unsigned,
        key=signer.private_key,
        certificate=signer.certificate,
        chain=list(signer.chain),
        field_name=FIELD_NAME,
        signer_name=signer.name,
        role=SIGNER_ROLE,
        reason=reason,
        location=None,
        signed_at=signed_at,
        stamp_box=signer_box(unsigned),
    )


def file_name(document: CertifierDocument) -> str:
    """« decision-ABCDEFGHJK.pdf », « certificat-ABCDEFGHJK.pdf »."""
    kind = "certificat" if isinstance(document, Certificate) else "decision"
    return f"{kind}-{document.code}.pdf"
