"""Is this manifest the organiser's, unchanged, and is its jury the one certified?"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from cryptography import x509

from jury_desk.bundle.manifest import Manifest, manifest_from_json
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import cert_fingerprint
from jury_desk.trust.verify import (
    juror_age_recipient,
    juror_email,
    verify_authority_certificate,
    verify_juror_certificate,
    verify_signature,
)


class UntrustedAuthorityError(TrustError):
    """The authority is new here; the person may trust it after checking its fingerprint."""

    def __init__(self, message: str, authority_name: str, fingerprint: str) -> None:
        super().__init__(message)
        self.authority_name = authority_name
        self.fingerprint = fingerprint


def load_certificate(pem: str, what: str) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem.encode("ascii"))
    except ValueError:
        raise TrustError(f"The manifest's {what} certificate cannot be read.") from None


def same_fingerprint(a: str, b: str) -> bool:
    def normal(text: str) -> str:
        return "".join(text.split()).replace(":", "").upper()

    return normal(a) == normal(b)


def verified_manifest(
    manifest_bytes: bytes,
    signature: bytes,
    at: datetime,
    is_trusted: Callable[[x509.Certificate], bool],
    organiser_fingerprint: str | None = None,
) -> tuple[Manifest, x509.Certificate]:
    """The manifest, once its signature, authority and every juror certificate check out.

    `organiser_fingerprint`, read out by the organiser, lets a person trust an
    authority seen for the first time; the caller then remembers it.
    """
    if not signature:
        raise TrustError("The manifest is not signed.")
    manifest = manifest_from_json(manifest_bytes)
    authority = load_certificate(manifest.organiser.certificate_pem, "organiser")
    verify_authority_certificate(authority, at)
    try:
        verify_signature(authority, manifest_bytes, signature)
    except TrustError:
        raise TrustError(
            "The manifest's signature does not match its organiser's certificate: "
            "it was changed or signed by another authority."
        ) from None
    if not is_trusted(authority):
        fingerprint = cert_fingerprint(authority)
        if organiser_fingerprint is None or not same_fingerprint(
            organiser_fingerprint, fingerprint
        ):
            raise UntrustedAuthorityError(
                f"The bundle is signed by « {manifest.organiser.name} », an authority not trusted "
                f"here yet (fingerprint {fingerprint}): check it with the organiser, then give "
                "it with --organiser-fingerprint.",
                manifest.organiser.name,
                fingerprint,
            )
    for juror in manifest.spec.jurors:
        certificate = load_certificate(juror.certificate_pem or "", f"juror {juror.id}")
        try:
            verify_juror_certificate(certificate, authority, at)
        except TrustError as error:
            raise TrustError(f"Juror {juror.name}: {error}") from None
        if juror_age_recipient(certificate) != juror.age_recipient:
            raise TrustError(f"Juror {juror.name}: the age recipient is not the certified one.")
        email = juror_email(certificate) or ""
        if email.casefold() != juror.email.casefold():
            raise TrustError(f"Juror {juror.name}: the e-mail is not the certified one.")
    return manifest, authority
