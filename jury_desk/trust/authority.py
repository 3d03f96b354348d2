"""The organiser's certificate authority: it certifies each juror's signing key and age key.

A one-level authority (path length 0): it issues juror certificates and nothing else.
Its private keys live in the organiser's SecretStore; its certificate and age recipient
are public files that travel in every session bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.enrolment import EnrolmentRequest, expected_alternative_names
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import check_name
from jury_desk.trust.keys import (
    age_recipient_of,
    fingerprint,
    generate_age_identity,
    generate_signing_key,
    is_age_recipient,
    private_key_from_pem,
    private_key_to_pem,
)
from jury_desk.trust.storage import read_secret, store_key_pair
from jury_desk.trust.timing import add_years, format_time, to_utc_seconds
from jury_desk.trust.verify import check_authority_structure

# Names under which the SecretStore keeps the keys, not secrets themselves.
SIGNING_KEY_SECRET = "organiser/signing-key"  # noqa: S105
AGE_IDENTITY_SECRET = "organiser/age-identity"  # noqa: S105
CERTIFICATE_FILE = "authority.pem"
if TYPE_CHECKING:
    from jury_desk.trust.succession import Succession

RECIPIENT_FILE = "authority-recipient.txt"
ORGANISATION = "jury-desk organiser"
# id-kp-documentSigning (RFC 9336): the purpose PDF signature validators look for.
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
# Tolerates a juror's clock a little behind the organiser's.
BACKDATE = timedelta(minutes=5)


@dataclass(frozen=True)
class Authority:
    name: str
    certificate: x509.Certificate
    private_key: ec.EllipticCurvePrivateKey
    age_identity: str
    # After renewals: the old key's word for this certificate (carried by every bundle),
    # and the old certificates, which issued the jurors' certificates of earlier sessions.
    succession: Succession | None = None
    previous: tuple[x509.Certificate, ...] = ()

    @property
    def age_recipient(self) -> str:
        """Where results are encrypted to, for the organiser's eyes only."""
        return age_recipient_of(self.age_identity)


def create_authority(name: str, now: datetime, years: int = 3) -> Authority:
    """A new self-signed authority valid from just before `now` for `years` years."""
    name = check_name(name)
    if years < 1:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "An organiser authority must be valid for at least one year."
            )
        )
    start = to_utc_seconds(now)
    key = generate_signing_key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        ]
    )
    public_key = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - BACKDATE)
        .not_valid_after(add_years(start, years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(digital_signature=True, cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    age_identity, _ = generate_age_identity()
    return Authority(name, certificate, key, age_identity)


def save_authority(authority: Authority, secrets: SecretStore, folder: Path) -> None:
    """Private keys into `secrets`; certificate and age recipient into `folder`. Never replaces."""
    certificate_path = folder / CERTIFICATE_FILE
    if certificate_path.exists():
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "An organiser authority already exists in {folder}."),
            folder=folder,
        )
    store_key_pair(
        secrets,
        {
            SIGNING_KEY_SECRET: private_key_to_pem(authority.private_key),
            AGE_IDENTITY_SECRET: authority.age_identity.encode("ascii"),
        },
        # The certificate last: its presence is what says "an authority exists here".
        {
            folder / RECIPIENT_FILE: authority.age_recipient.encode("ascii") + b"\n",
            certificate_path: authority.certificate.public_bytes(serialization.Encoding.PEM),
        },
    )


def load_authority(secrets: SecretStore, folder: Path) -> Authority:
    """The authority saved in `folder`, its keys checked against its public files."""
    certificate = load_authority_certificate(folder)
    check_authority_structure(certificate)
    key_pem = read_secret(
        secrets,
        SIGNING_KEY_SECRET,
        QT_TRANSLATE_NOOP("messages", "The organiser's signing key"),
    )
    key = private_key_from_pem(key_pem)
    if fingerprint(key.public_key()) != fingerprint(certificate.public_key()):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The organiser's signing key in {store} does not match the certificate {path}.",
            ),
            store=secrets.description,
            path=folder / CERTIFICATE_FILE,
        )
    age_identity = _load_age_identity(secrets, folder)
    from jury_desk.trust.succession import load_succession, previous_certificates

    return Authority(
        _common_name(certificate),
        certificate,
        key,
        age_identity,
        load_succession(folder, certificate),
        tuple(previous_certificates(folder)),
    )


def _load_age_identity(secrets: SecretStore, folder: Path) -> str:
    age_secret = read_secret(
        secrets, AGE_IDENTITY_SECRET, QT_TRANSLATE_NOOP("messages", "The organiser's age key")
    )
    age_identity = age_secret.decode("ascii", errors="replace")
    recipient = age_recipient_of(age_identity)  # also refuses a damaged identity
    # Results encrypted to the published recipient must be readable with this identity.
    published = folder / RECIPIENT_FILE
    if published.exists() and published.read_text("ascii", "replace").strip() != recipient:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The organiser's age key in {store} does not match {path}."
            ),
            store=secrets.description,
            path=published,
        )
    return age_identity


def load_authority_recipient(folder: Path) -> str:
    """The authority's published age recipient (age1…): what seals data for the organiser's
    eyes (a social security number) without opening their secrets."""
    load_authority_certificate(folder)  # says "create one first" when there is none
    path = folder / RECIPIENT_FILE
    try:
        text = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if not is_age_recipient(text):
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not an age recipient."),
            path=path,
        )
    return text


def load_authority_certificate(folder: Path) -> x509.Certificate:
    """The public certificate of the authority saved in `folder`."""
    path = folder / CERTIFICATE_FILE
    if not path.exists():
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "No organiser authority in {folder}: create one first."),
            folder=folder,
        )
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not a certificate."), path=path
        ) from None


def issue_juror_certificate(
    authority: Authority,
    request: EnrolmentRequest,
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    """The juror's certificate: it binds their name, email, signing key and age recipient."""
    request.verify()
    start, end = _juror_validity(authority.certificate, not_before, not_after)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, request.name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, request.email),
        ]
    )
    public_key = request.csr.public_key()
    san = expected_alternative_names(request.email, request.age_recipient)
    purposes = [ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(authority.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, non_repudiation=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage(purposes), critical=False)
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(_authority_key_identifier(authority.certificate), critical=False)
        .sign(authority.private_key, hashes.SHA256())
    )


# The organisational unit that marks the certifier's signer: jurors' certificates carry
# none, so a juror's key cannot pass for the certifier's (trust/signer.py checks it).
SIGNER_UNIT = "jury-desk certifier signer"


def issue_signer_certificate(
    authority: Authority,
    name: str,
    email: str,
    public_key: ec.EllipticCurvePublicKey,
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    """The certificate of the person who signs for the certifier: name, e-mail, signing key."""
    start, end = _juror_validity(authority.certificate, not_before, not_after)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SIGNER_UNIT),
        ]
    )
    purposes = [ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(authority.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, non_repudiation=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage(purposes), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(_authority_key_identifier(authority.certificate), critical=False)
        .sign(authority.private_key, hashes.SHA256())
    )


def _juror_validity(
    ca: x509.Certificate, not_before: datetime, not_after: datetime
) -> tuple[datetime, datetime]:
    # A juror certificate outliving its authority would fail every chain check after that.
    start, end = to_utc_seconds(not_before), to_utc_seconds(not_after)
    if start >= end:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The end of the certificate's validity is not after its start."
            )
        )
    if start < ca.not_valid_before_utc:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The certificate cannot start before its authority, valid from {start}."
            ),
            start=format_time(ca.not_valid_before_utc),
        )
    if end > ca.not_valid_after_utc:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The certificate cannot last beyond its authority, valid until {end}."
            ),
            end=format_time(ca.not_valid_after_utc),
        )
    return start, end


def _key_usage(
    *, digital_signature: bool, non_repudiation: bool = False, cert_sign: bool = False
) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _authority_key_identifier(ca: x509.Certificate) -> x509.AuthorityKeyIdentifier:
    try:
        ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    except x509.ExtensionNotFound:
        return x509.AuthorityKeyIdentifier.from_issuer_public_key(_ec_public_key(ca))
    return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski)


def _ec_public_key(certificate: x509.Certificate) -> ec.EllipticCurvePublicKey:
    key = certificate.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "The authority's certificate does not hold an ECDSA key.")
        )
    return key


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""
