"""What the certifier's documents say: a decision letter and a certificate, as plain values.

Each is built once (registry/issued_documents.py) and then only serialised: its
canonical JSON (`to_json`) is attached to the PDF and its SHA-256 printed on every
page. codec.py reads it back. Every document carries its own verification code,
ten characters of an alphabet without look-alikes (no 0/O, no 1/I), printed as
two groups of five (`ABCDE-FGHJK`) and recorded in the registry, where anyone
holding the paper can have it looked up.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.document_values import nfc, utc_text
from jury_desk.kernel.errors import UserError
from jury_desk.models import Outcome

LETTER_FORMAT = "jury-desk-decision-letter"
CERTIFICATE_FORMAT = "jury-desk-certificate"
SCHEMA_VERSION = 1
LETTER_ATTACHMENT = "decision-letter.json"
CERTIFICATE_ATTACHMENT = "certificate.json"

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 signs: 50 bits in ten
CODE_LENGTH = 10

# What the organiser's legal service confirms once (registry/issue_settings.py).
DEFAULT_RECOURSE = (
    "La présente décision peut faire l'objet d'un recours gracieux auprès du "
    "certificateur dans un délai de deux mois à compter de sa notification. Elle peut "
    "également être contestée devant le tribunal administratif compétent dans le même "
    "délai ; le tribunal peut être saisi par l'application Télérecours citoyens "
    "(www.telerecours.fr)."
)
# Printed « … du 30 mars 2023 » under the registration's number on every certificate.
DEFAULT_REGISTRATION_TEXT = "Décision d'enregistrement du directeur général de France compétences"


class CertifierDocumentError(UserError):
    """The data of a letter or certificate is not JSON, not of this version, or inconsistent."""


def new_code() -> str:
    """A fresh random verification code, ten signs of `CODE_ALPHABET`."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str | None:
    """The code as stored from what a person typed (any case, spaces, hyphens), or None."""
    code = "".join(c for c in text.upper() if c not in " -\u00a0\u202f")
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def shown_code(code: str) -> str:
    """« ABCDE-FGHJK »: the code as printed."""
    return f"{code[:5]}-{code[5:]}"


@dataclass(frozen=True)
class DocumentSession:
    """The certification and the session, as both documents name them."""

    id: str
    title: str
    certification_title: str
    rs_code: str
    certifier: str


@dataclass(frozen=True)
class DocumentSigner:
    """The person who signs for the certifier, as their certificate names them."""

    name: str
    email: str


@dataclass(frozen=True)
class Registration:
    """France compétences' registration decision: its wording and its date."""

    text: str
    decided_on: date


@dataclass(frozen=True)
class DecisionLetter:
    """The letter telling a candidate the jury's decision, its reasons and the recourse."""

    code: str
    decision_id: int
    candidate_id: str
    candidate_name: str
    address_lines: tuple[str, ...]
    session: DocumentSession
    outcome: Outcome
    decided_at: datetime
    reasons: str
    recourse: str
    issued_at: datetime
    signer: DocumentSigner
    # The code of the certificate issued with the letter (certified candidates only).
    certificate_code: str | None = None

    def to_json(self) -> bytes:
        return document_json(
            {
                "format": LETTER_FORMAT,
                "schema_version": SCHEMA_VERSION,
                "code": self.code,
                "decision_id": self.decision_id,
                "candidate": {
                    "id": self.candidate_id,
                    "name": nfc(self.candidate_name),
                    "address_lines": [nfc(line) for line in self.address_lines],
                },
                "session": _session(self.session),
                "outcome": self.outcome.value,
                "decided_at": utc_text(self.decided_at),
                "reasons": nfc(self.reasons),
                "recourse": nfc(self.recourse),
                "issued_at": utc_text(self.issued_at),
                "signer": _signer(self.signer),
                "certificate_code": self.certificate_code,
            }
        )

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.to_json()).hexdigest()


@dataclass(frozen=True)
class Certificate:
    """The laureate's certificate: the holder, the certification, its registration, the code."""

    code: str
    decision_id: int
    candidate_id: str
    holder_name: str
    session: DocumentSession
    registration: Registration
    decided_at: datetime
    issued_at: datetime
    signer: DocumentSigner

    def to_json(self) -> bytes:
        return document_json(
            {
                "format": CERTIFICATE_FORMAT,
                "schema_version": SCHEMA_VERSION,
                "code": self.code,
                "decision_id": self.decision_id,
                "holder": {"id": self.candidate_id, "name": nfc(self.holder_name)},
                "session": _session(self.session),
                "registration": {
                    "text": nfc(self.registration.text),
                    "decided_on": self.registration.decided_on.isoformat(),
                },
                "decided_at": utc_text(self.decided_at),
                "issued_at": utc_text(self.issued_at),
                "signer": _signer(self.signer),
            }
        )

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.to_json()).hexdigest()


CertifierDocument = DecisionLetter | Certificate


def _session(session: DocumentSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "title": nfc(session.title),
        "certification_title": nfc(session.certification_title),
        "rs_code": session.rs_code,
        "certifier": nfc(session.certifier),
    }


def _signer(signer: DocumentSigner) -> dict[str, str]:
    return {"name": nfc(signer.name), "email": signer.email}
