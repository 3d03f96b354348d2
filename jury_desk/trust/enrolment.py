"""The enrolment request a juror sends to the organiser: who they are and their two public keys.

The certificate signing request (CSR) binds the name, the email address and the age
recipient to the juror's signing key: editing any of them in the JSON is detected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import JurorIdentity, email_problem, name_problem
from jury_desk.trust.keys import fingerprint, is_age_recipient, is_p256_public_key
from jury_desk.trust.verify import AGE_URI_PREFIX

FORMAT = "jury-desk-enrolment-request"
VERSION = 1
# A request is a few kilobytes; refusing big files early keeps a hostile one cheap.
MAX_REQUEST_BYTES = 64 * 1024
REQUEST_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "an enrolment request"), MAX_REQUEST_BYTES)


@dataclass(frozen=True)
class EnrolmentRequest:
    name: str
    email: str
    age_recipient: str
    csr: x509.CertificateSigningRequest

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the juror's signing key, to compare with the juror's own."""
        return fingerprint(self.csr.public_key())

    def verify(self) -> None:
        """TrustError unless the CSR is validly signed and binds exactly these fields."""
        problem = self._problem()
        if problem is not None:
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "The enrolment request of {name!r} is refused because {problem}."
                ),
                name=self.name,
                problem=problem,
            )

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "email": self.email,
            "age_recipient": self.age_recipient,
            "csr": self.csr.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        }
        return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    @classmethod
    def from_json(cls, data: bytes, source: str) -> EnrolmentRequest:
        """The request in `data` (read from `source`, named in errors), verified."""
        parsed = _parse(data)
        if isinstance(parsed, TrustError):
            raise TrustError(
                QT_TRANSLATE_NOOP("messages", "{source}: {problem}."), source=source, problem=parsed
            )
        problem = parsed._problem()
        if problem is not None:
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "{source}: the enrolment request is refused because {problem}."
                ),
                source=source,
                problem=problem,
            )
        return parsed

    def _problem(self) -> TrustError | None:
        """What is wrong with the request, as a clause (not raised), or None if it is sound."""
        csr = self.csr
        if not is_p256_public_key(csr.public_key()):
            return TrustError(QT_TRANSLATE_NOOP("messages", "its key is not an ECDSA P-256 key"))
        if not csr.is_signature_valid:
            return TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "the signature of its certificate request is not valid"
                )
            )
        field_problem = name_problem(self.name) or email_problem(self.email)
        if field_problem is not None:
            return field_problem
        if not is_age_recipient(self.age_recipient):
            return TrustError(
                QT_TRANSLATE_NOOP("messages", "its age recipient is not a valid age public key")
            )
        if _subject_values(csr, NameOID.COMMON_NAME) != [self.name]:
            return TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "its name differs from the name in its certificate request"
                )
            )
        if _subject_values(csr, NameOID.EMAIL_ADDRESS) != [self.email]:
            return TrustError(
                QT_TRANSLATE_NOOP(
                    "messages", "its email address differs from the one in its certificate request"
                )
            )
        if _alternative_names(csr) != expected_alternative_names(self.email, self.age_recipient):
            return TrustError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "its email address or age recipient differs from its certificate request",
                )
            )
        return None


def make_request(identity: JurorIdentity) -> EnrolmentRequest:
    """The request for `identity`, its CSR signed with the juror's own signing key."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, identity.name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, identity.email),
        ]
    )
    san = x509.SubjectAlternativeName(
        expected_alternative_names(identity.email, identity.age_recipient)
    )
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(subject)
        .add_extension(san, critical=False)
        .sign(identity.private_key, hashes.SHA256())
    )
    return EnrolmentRequest(identity.name, identity.email, identity.age_recipient, csr)


def expected_alternative_names(email: str, age_recipient: str) -> list[x509.GeneralName]:
    """The SAN entries of a juror: the email, and the age recipient as an `age:` URI."""
    return [
        x509.RFC822Name(email),
        x509.UniformResourceIdentifier(AGE_URI_PREFIX + age_recipient),
    ]


def _subject_values(csr: x509.CertificateSigningRequest, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(attribute.value) for attribute in csr.subject.get_attributes_for_oid(oid)]


def _alternative_names(csr: x509.CertificateSigningRequest) -> list[x509.GeneralName] | None:
    try:
        extension = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (x509.ExtensionNotFound, ValueError):
        return None
    return list(extension.value)


def _parse(data: bytes) -> EnrolmentRequest | TrustError:
    """The request read from JSON, not yet verified, or what is wrong with the file (a clause)."""
    if len(data) > MAX_REQUEST_BYTES:
        return TrustError(
            QT_TRANSLATE_NOOP("messages", "the file is too large to be an enrolment request")
        )
    try:
        document: Any = load_outside_json(data, max_bytes=MAX_REQUEST_BYTES)
    except OutsideJsonError as error:
        return TrustError(
            QT_TRANSLATE_NOOP("messages", "the file is not an enrolment request: {reason}"),
            reason=error,
        )
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return TrustError(
            QT_TRANSLATE_NOOP("messages", "the file is not a jury-desk enrolment request")
        )
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        return TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "the enrolment request has version {version!r}, expected {expected}"
            ),
            version=version,
            expected=VERSION,
        )
    for field in ("name", "email", "age_recipient", "csr"):
        if not isinstance(document.get(field), str):
            return TrustError(
                QT_TRANSLATE_NOOP("messages", "the enrolment request has no “{field}” text field"),
                field=field,
            )
    try:
        csr = x509.load_pem_x509_csr(document["csr"].encode("ascii"))
    except (UnicodeEncodeError, ValueError):
        return TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "the certificate request in the enrolment request is damaged"
            )
        )
    return EnrolmentRequest(document["name"], document["email"], document["age_recipient"], csr)
