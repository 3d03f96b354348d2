"""The person who signs for the certifier: their own key, certified by the organiser's authority.

Decision letters and certificates are signed by a person, not by the authority: the
authority only certifies that person's ECDSA P-256 key (a documentSigning certificate
naming them, with their e-mail address, marked by `SIGNER_UNIT` so that no juror's
certificate passes for it). The private key lives in the organiser's SecretStore under
its own name; the certificate is a public file beside the authority's (`signer.pem`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import (
    SIGNER_UNIT,
    Authority,
    issue_signer_certificate,
    load_authority_certificate,
)
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import check_email, check_name
from jury_desk.trust.keys import (
    fingerprint,
    generate_signing_key,
    private_key_from_pem,
    private_key_to_pem,
)
from jury_desk.trust.storage import read_secret, store_key_pair
from jury_desk.trust.timing import add_years, to_utc_seconds
from jury_desk.trust.verify import juror_age_recipient, juror_email

# The name under which the SecretStore keeps the signer's key, not a secret itself.
SIGNER_KEY_SECRET = "organiser/certifier-signer-key"  # noqa: S105
SIGNER_FILE = "signer.pem"
# A signer's certificate lasts at most this long, and never beyond its authority.
SIGNER_YEARS = 3


@dataclass(frozen=True)
class Signer:
    """The certifier's signer: their key, their certificate, and the authority above it."""

    certificate: x509.Certificate
    private_key: ec.EllipticCurvePrivateKey
    authority: x509.Certificate

    @property
    def name(self) -> str:
        return _attribute(self.certificate, NameOID.COMMON_NAME)

    @property
    def email(self) -> str:
        return juror_email(self.certificate) or _attribute(self.certificate, NameOID.EMAIL_ADDRESS)

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        """What a signed document embeds beside the signer's certificate."""
        return (self.authority,)


def create_signer(
    authority: Authority,
    name: str,
    email: str,
    now: datetime,
    secrets: SecretStore,
    folder: Path,
) -> Signer:
    """A new key for `name`, certified by `authority` from `now`, saved; never replaces one
    (signer_replacement does, keeping the previous certificate)."""
    refuse_a_second_signer(folder)
    signer = issue_signer(authority, name, email, now)
    save_signer(signer, secrets, folder)
    return signer


def refuse_a_second_signer(folder: Path) -> None:
    """TrustError if `folder` holds a signer already: one is replaced, never overwritten."""
    path = folder / SIGNER_FILE
    if path.exists():
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "A signer for the certifier already exists in {path}."),
            path=path,
        )


def issue_signer(authority: Authority, name: str, email: str, now: datetime) -> Signer:
    """A new key for `name`, certified by `authority` from `now`; nothing saved yet."""
    name, email = check_name(name), check_email(email)
    start = to_utc_seconds(now)
    end = min(add_years(start, SIGNER_YEARS), authority.certificate.not_valid_after_utc)
    key = generate_signing_key()
    certificate = issue_signer_certificate(authority, name, email, key.public_key(), start, end)
    return Signer(certificate, key, authority.certificate)


def save_signer(signer: Signer, secrets: SecretStore, folder: Path) -> None:
    """Make `signer` the current one: its key in `secrets`, its certificate in `folder`."""
    store_key_pair(
        secrets,
        {SIGNER_KEY_SECRET: private_key_to_pem(signer.private_key)},
        {folder / SIGNER_FILE: signer.certificate.public_bytes(serialization.Encoding.PEM)},
    )


def load_signer(secrets: SecretStore, folder: Path) -> Signer:
    """The signer saved in `folder`: its key checked against its certificate, its authority's."""
    certificate = load_signer_certificate(folder)
    authority = load_authority_certificate(folder)
    check_signer_certificate(certificate, authority)
    key = private_key_from_pem(
        read_secret(
            secrets,
            SIGNER_KEY_SECRET,
            QT_TRANSLATE_NOOP("messages", "The certifier's signer's key"),
        )
    )
    if fingerprint(key.public_key()) != fingerprint(certificate.public_key()):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The signer's key in {store} does not match the certificate {path}.",
            ),
            store=secrets.description,
            path=folder / SIGNER_FILE,
        )
    return Signer(certificate, key, authority)


def load_signer_certificate(folder: Path) -> x509.Certificate:
    path = folder / SIGNER_FILE
    if not path.exists():
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No signer for the certifier in {folder}: create one first "
                "(jury-desk registry signer create).",
            ),
            folder=folder,
        )
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not a certificate."), path=path
        ) from None


def is_signer_certificate(certificate: x509.Certificate) -> bool:
    """Whether `certificate` was issued as the certifier's signer's (not as a juror's)."""
    units = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    marked = [str(unit.value) for unit in units] == [SIGNER_UNIT]
    return marked and juror_age_recipient(certificate) is None


def check_signer_certificate(certificate: x509.Certificate, authority: x509.Certificate) -> None:
    """TrustError unless `certificate` is a signer's certificate issued by `authority`."""
    if not is_signer_certificate(certificate):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The certificate of {name} was not issued to sign for the certifier."
            ),
            name=_attribute(certificate, NameOID.COMMON_NAME),
        )
    try:
        certificate.verify_directly_issued_by(authority)
    except (ValueError, TypeError, InvalidSignature):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The certificate of {name} was not issued by the organiser authority.",
            ),
            name=_attribute(certificate, NameOID.COMMON_NAME),
        ) from None


def holder_name(certificate: x509.Certificate) -> str:
    """The name a signer's certificate is issued to."""
    return _attribute(certificate, NameOID.COMMON_NAME)


def _attribute(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""
