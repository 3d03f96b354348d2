"""Is this manifest the organiser's, unchanged, and is its jury the one certified?"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.bundle.manifest import Manifest, manifest_from_json
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import cert_fingerprint, comparison_code_of
from jury_desk.trust.succession import vouched_for
from jury_desk.trust.verify import (
    juror_age_recipient,
    juror_email,
    verify_authority_certificate,
    verify_juror_certificate,
    verify_signature,
)


class UntrustedAuthorityError(TrustError):
    """The authority is new here; the person may trust it after checking its fingerprint.

    `authority_name`, `fingerprint` and `comparison_code` (what is read by phone) are
    also fields of the message's template.
    """

    def __init__(
        self,
        template: str,
        /,
        authority_name: str,
        fingerprint: str,
        comparison_code: str | None = None,
        **params: object,
    ) -> None:
        code = comparison_code or comparison_code_of(fingerprint)
        super().__init__(
            template,
            authority_name=authority_name,
            fingerprint=fingerprint,
            comparison_code=code,
            **params,
        )
        self.authority_name = authority_name
        self.fingerprint = fingerprint
        self.comparison_code = code


def load_certificate(pem: str, unreadable: str, /, **fields: object) -> x509.Certificate:
    """The certificate; if it cannot be read, a TrustError with the message `unreadable`."""
    try:
        return x509.load_pem_x509_certificate(pem.encode("ascii"))
    except ValueError:
        raise TrustError(unreadable, **fields) from None


def same_fingerprint(given: str, fingerprint: str) -> bool:
    """Whether what a person typed is this fingerprint, or its comparison code."""

    def normal(text: str) -> str:
        return "".join(text.split()).replace(":", "").replace("-", "").upper()

    typed = normal(given)
    return typed in (normal(fingerprint), normal(comparison_code_of(fingerprint)))


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
        raise TrustError(QT_TRANSLATE_NOOP("messages", "The manifest is not signed."))
    manifest = manifest_from_json(manifest_bytes)
    authority = load_certificate(
        manifest.organiser.certificate_pem,
        QT_TRANSLATE_NOOP("messages", "The manifest's organiser certificate cannot be read."),
    )
    verify_authority_certificate(authority, at)
    try:
        verify_signature(authority, manifest_bytes, signature)
    except TrustError:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The manifest's signature does not match its organiser's certificate: "
                "it was changed or signed by another authority.",
            )
        ) from None
    if not is_trusted(authority) and not _vouched(manifest, authority, is_trusted):
        fingerprint = cert_fingerprint(authority)
        if organiser_fingerprint is None or not same_fingerprint(
            organiser_fingerprint, fingerprint
        ):
            raise UntrustedAuthorityError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The bundle is signed by « {authority_name} », an authority not trusted "
                    "here yet (comparison code {comparison_code}, fingerprint {fingerprint}): "
                    "check it with the organiser, then give it with --organiser-fingerprint.",
                ),
                authority_name=manifest.organiser.name,
                fingerprint=fingerprint,
                comparison_code=comparison_code_of(fingerprint),
            )
    keys: dict[bytes, str] = {}  # each juror's public key, and whose it is
    for juror in manifest.spec.jurors:
        certificate = load_certificate(
            juror.certificate_pem or "",
            QT_TRANSLATE_NOOP(
                "messages", "The manifest's juror {juror} certificate cannot be read."
            ),
            juror=juror.id,
        )
        try:
            verify_juror_certificate(certificate, authority, at)
        except TrustError as error:
            raise TrustError(
                QT_TRANSLATE_NOOP("messages", "Juror {name}: {error}"), name=juror.name, error=error
            ) from None
        if juror_age_recipient(certificate) != juror.age_recipient:
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "Juror {name}: the age recipient is not the certified one."
                ),
                name=juror.name,
            )
        email = juror_email(certificate) or ""
        if email.casefold() != juror.email.casefold():
            raise TrustError(
                QT_TRANSLATE_NOOP("messages", "Juror {name}: the e-mail is not the certified one."),
                name=juror.name,
            )
        key = certificate.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if key in keys:
            # Two certificates of one key: one person could sign as both jurors.
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "Jurors {first} and {second} are certified for the same key."
                ),
                first=keys[key],
                second=juror.name,
            )
        keys[key] = juror.name
    return manifest, authority


def _vouched(
    manifest: Manifest,
    authority: x509.Certificate,
    is_trusted: Callable[[x509.Certificate], bool],
) -> bool:
    """A renewed authority: the one trusted here signed that this one follows it."""
    succession = manifest.organiser.succession
    return succession is not None and vouched_for(succession, authority, is_trusted)
