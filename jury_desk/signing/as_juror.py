"""Signing a document as a juror of the session: the juror's key, certificate and visible stamp.

Scoring sheets and minutes are signed the same way: with the key of the identity in use,
which must be the one the organiser certified for that juror, the organiser's authority
embedded beside the certificate, and a stamp naming the juror and their role.
"""

from __future__ import annotations

from datetime import datetime

from cryptography import x509

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models import Juror, JurorRole
from jury_desk.signing.pades import StampBox, sign_pdf
from jury_desk.trust.identity import JurorIdentity

ROLE_WORDS = {JurorRole.CHAIR: "président·e du jury", JurorRole.MEMBER: "membre du jury"}


class SigningIdentityError(UserError):
    """The identity in use cannot sign for this juror: no certificate, or another key."""


def sign_as_juror(
    pdf: bytes,
    juror: Juror,
    identity: JurorIdentity,
    authority: x509.Certificate,
    *,
    reason: str,
    signed_at: datetime,
    stamp_box: StampBox,
) -> bytes:
    """`pdf` signed by `juror` in a new field `Signature_<juror id>`, stamped in `stamp_box`."""
    return sign_pdf(
        pdf,
        key=identity.private_key,
        certificate=juror_certificate(juror.certificate_pem, identity),
        chain=[authority],
        field_name=f"Signature_{juror.id}",
        signer_name=juror.name,
        role=ROLE_WORDS[juror.role],
        reason=reason,
        location=None,
        signed_at=signed_at,
        stamp_box=stamp_box,
    )


def juror_certificate(pem: str | None, identity: JurorIdentity) -> x509.Certificate:
    """The juror's certificate from the workspace, checked to be the identity's key."""
    if pem is None:
        raise SigningIdentityError(
            QT_TRANSLATE_NOOP(
                "messages", "This workspace holds no certificate for you: open the bundle again."
            )
        )
    certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
    if certificate.public_key() != identity.private_key.public_key():
        raise SigningIdentityError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Your key is not the one your certificate was issued for: use the identity you "
                "enrolled with.",
            )
        )
    return certificate
