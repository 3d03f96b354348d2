"""Checks on certificates and signatures, used when opening bundles and verifying signed PDFs.

Each check raises TrustError naming what is wrong; returning means the check passed.
"""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtensionOID, NameOID

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import is_p256_public_key
from jury_desk.trust.timing import format_time

AGE_URI_PREFIX = "age:"
_SIGNATURE_ALGORITHM = ec.ECDSA(hashes.SHA256())
# Extensions this code understands; an unknown critical one must make the certificate fail.
_KNOWN_CRITICAL = frozenset(
    {
        ExtensionOID.BASIC_CONSTRAINTS,
        ExtensionOID.KEY_USAGE,
        ExtensionOID.EXTENDED_KEY_USAGE,
        ExtensionOID.SUBJECT_ALTERNATIVE_NAME,
        ExtensionOID.SUBJECT_KEY_IDENTIFIER,
        ExtensionOID.AUTHORITY_KEY_IDENTIFIER,
    }
)


def verify_authority_certificate(ca: x509.Certificate, at: datetime) -> None:
    """TrustError unless `ca` is a self-signed authority certificate valid at `at`."""
    check_authority_structure(ca)
    _check_validity(
        ca,
        at,
        QT_TRANSLATE_NOOP(
            "messages",
            "The organiser authority {name} is valid from {start} to {end}, not at {at}.",
        ),
    )


def check_authority_structure(ca: x509.Certificate) -> None:
    """Everything `verify_authority_certificate` checks except the dates."""
    name = _describe(ca)
    _check_extensions(
        ca,
        malformed=QT_TRANSLATE_NOOP(
            "messages", "The organiser authority {name} has malformed extensions."
        ),
        unknown=QT_TRANSLATE_NOOP(
            "messages",
            "The organiser authority {name} has a critical extension jury-desk does not know.",
        ),
    )
    if not is_p256_public_key(ca.public_key()):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The organiser authority {name} does not hold an ECDSA P-256 key."
            ),
            name=name,
        )
    if not _is_issued_by(ca, ca):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The organiser authority {name} is not validly self-signed."
            ),
            name=name,
        )
    if not _is_ca(ca):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The organiser authority {name} is not marked as a certificate authority.",
            ),
            name=name,
        )
    usage = _key_usage(ca)
    if usage is None or not usage.key_cert_sign:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The organiser authority {name} is not allowed to sign certificates."
            ),
            name=name,
        )


def verify_juror_certificate(cert: x509.Certificate, ca: x509.Certificate, at: datetime) -> None:
    """TrustError unless `cert` is a juror certificate issued by `ca`, both valid at `at`."""
    verify_authority_certificate(ca, at)
    name = _describe(cert)
    if not _is_issued_by(cert, ca):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The certificate of {name} was not issued by the organiser authority {authority}.",
            ),
            name=name,
            authority=_describe(ca),
        )
    _check_extensions(
        cert,
        malformed=QT_TRANSLATE_NOOP(
            "messages", "The certificate of {name} has malformed extensions."
        ),
        unknown=QT_TRANSLATE_NOOP(
            "messages",
            "The certificate of {name} has a critical extension jury-desk does not know.",
        ),
    )
    _check_validity(
        cert,
        at,
        QT_TRANSLATE_NOOP(
            "messages", "The certificate of {name} is valid from {start} to {end}, not at {at}."
        ),
    )
    if _is_ca(cert):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The certificate of {name} is a certificate authority, not a juror's certificate.",
            ),
            name=name,
        )
    usage = _key_usage(cert)
    if usage is None or not usage.digital_signature:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The certificate of {name} is not allowed to make signatures."
            ),
            name=name,
        )
    if not is_p256_public_key(cert.public_key()):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The certificate of {name} does not hold an ECDSA P-256 key."
            ),
            name=name,
        )


def juror_age_recipient(cert: x509.Certificate) -> str | None:
    """The age recipient the certificate binds (its `age:` URI), or None if it has exactly none."""
    uris = _alternative_names(cert, x509.UniformResourceIdentifier)
    recipients = [uri[len(AGE_URI_PREFIX) :] for uri in uris if uri.startswith(AGE_URI_PREFIX)]
    # Two recipients would leave it open which one the juror really holds.
    return recipients[0] if len(recipients) == 1 else None


def juror_email(cert: x509.Certificate) -> str | None:
    """The email address the certificate binds, or None."""
    emails = _alternative_names(cert, x509.RFC822Name)
    return emails[0] if len(emails) == 1 else None


def sign_bytes(private_key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    """An ECDSA SHA-256 signature of `data`, DER-encoded."""
    return private_key.sign(data, _SIGNATURE_ALGORITHM)


def verify_signature(
    cert_or_public_key: x509.Certificate | ec.EllipticCurvePublicKey, data: bytes, signature: bytes
) -> None:
    """TrustError unless `signature` is the key's ECDSA SHA-256 signature of `data`."""
    key = (
        cert_or_public_key.public_key()
        if isinstance(cert_or_public_key, x509.Certificate)
        else cert_or_public_key
    )
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "The signer's certificate does not hold an ECDSA key.")
        )
    try:
        key.verify(signature, data, _SIGNATURE_ALGORITHM)
    except InvalidSignature:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The signature does not match the signed data and signer."
            )
        ) from None


def _is_issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Issuer name matches and the signature verifies with the issuer's key."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _check_validity(cert: x509.Certificate, at: datetime, outside: str) -> None:
    """TrustError `outside` (a template with {name}, {start}, {end}, {at}) unless valid `at`."""
    if at.tzinfo is None:
        raise ValueError("a timezone-aware datetime is required")
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if not start <= at <= end:
        raise TrustError(
            outside,
            name=_describe(cert),
            start=format_time(start),
            end=format_time(end),
            at=format_time(at),
        )


def _check_extensions(cert: x509.Certificate, *, malformed: str, unknown: str) -> None:
    """TrustError `malformed` or `unknown` (templates with {name}) for untrusted extensions."""
    try:
        extensions = cert.extensions
    except ValueError:  # duplicated or malformed extensions
        raise TrustError(malformed, name=_describe(cert)) from None
    for extension in extensions:
        if extension.critical and extension.oid not in _KNOWN_CRITICAL:
            raise TrustError(unknown, name=_describe(cert))


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False  # RFC 5280: without basic constraints, a certificate is not a CA


def _key_usage(cert: x509.Certificate) -> x509.KeyUsage | None:
    try:
        return cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None


def _alternative_names(
    cert: x509.Certificate, kind: type[x509.RFC822Name] | type[x509.UniformResourceIdentifier]
) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):
        return []
    return [str(value) for value in san.get_values_for_type(kind)]


def _describe(cert: x509.Certificate) -> str:
    """The certificate's name in quotes, or the phrase "(no name)" (marked for translation)."""
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return f"“{names[0].value!s}”" if names else QT_TRANSLATE_NOOP("messages", "(no name)")
