"""An authority renewed without losing the jurors' trust: the old key vouches for the new one.

When the organiser's certificate nears its end, a new key and certificate are made (the
age key for results stays the same, so results already encrypted to it still open). The
old key signs a short statement naming the new certificate; every bundle the new
authority builds carries that statement and the old certificate. A juror's jury-desk
that trusts the old certificate then takes the new one without a phone call; one that
never trusted the old asks as for any new authority. The old certificates are kept,
so that what the old authority issued (the jurors' certificates of earlier sessions)
still verifies.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.canonical_json import journal_json
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.secrets import SecretStore
from jury_desk.trust.authority import (
    CERTIFICATE_FILE,
    SIGNING_KEY_SECRET,
    Authority,
    create_authority,
)
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import private_key_to_pem
from jury_desk.trust.storage import PUBLIC_FILE_MODE
from jury_desk.trust.verify import sign_bytes, verify_authority_certificate, verify_signature

FORMAT = "jury-desk-authority-succession"
SUCCESSION_FILE = "succession.json"
PREVIOUS_FOLDER = "previous-authorities"
# The old signing key, kept aside until the new certificate is in place (see save_renewal).
PREVIOUS_KEY_SECRET = "organiser/previous-signing-key"  # noqa: S105 - a secret's name


@dataclass(frozen=True)
class Succession:
    """The old authority's word that `new_fingerprint` is its successor, signed at `signed_at`."""

    previous_pem: str
    new_fingerprint: str  # SHA-256 of the new certificate's DER, in hex
    signed_at: datetime
    signature: bytes

    @property
    def previous(self) -> x509.Certificate:
        try:
            return x509.load_pem_x509_certificate(self.previous_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The authority's succession names a previous certificate that cannot be read.",
                )
            ) from None

    def statement(self) -> bytes:
        return statement_bytes(self.previous, self.new_fingerprint, self.signed_at)

    def to_document(self) -> dict[str, str]:
        return {
            "previous_certificate": self.previous_pem,
            "new_fingerprint": self.new_fingerprint,
            "signed_at": self.signed_at.isoformat(),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }

    @classmethod
    def from_document(cls, document: dict[str, str]) -> Succession:
        try:
            signed_at = datetime.fromisoformat(document["signed_at"])
            signature = base64.b64decode(document["signature"], validate=True)
        except (KeyError, ValueError, binascii.Error):
            raise TrustError(
                QT_TRANSLATE_NOOP("messages", "The authority's succession is damaged.")
            ) from None
        if signed_at.tzinfo is None:
            raise TrustError(
                QT_TRANSLATE_NOOP("messages", "The authority's succession is damaged.")
            )
        return cls(
            document["previous_certificate"], document["new_fingerprint"], signed_at, signature
        )


def der_fingerprint(certificate: x509.Certificate) -> str:
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def statement_bytes(previous: x509.Certificate, new_fingerprint: str, signed_at: datetime) -> bytes:
    return journal_json(
        {
            "format": FORMAT,
            "previous": der_fingerprint(previous),
            "successor": new_fingerprint,
            "signed_at": signed_at.isoformat(),
        }
    ).encode("utf-8")


def renew_authority(old: Authority, now: datetime, years: int = 3) -> tuple[Authority, Succession]:
    """A new key and certificate for the same authority, vouched for by the old key."""
    fresh = create_authority(old.name, now, years)
    # The age key stays: results encrypted to it by juries of earlier bundles still open.
    new = Authority(
        old.name,
        fresh.certificate,
        fresh.private_key,
        old.age_identity,
        previous=(old.certificate, *old.previous),
    )
    fingerprint = der_fingerprint(new.certificate)
    now = now.astimezone(UTC).replace(microsecond=0)  # as the manifest's schema writes it
    statement = statement_bytes(old.certificate, fingerprint, now)
    succession = Succession(
        old.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        fingerprint,
        now,
        sign_bytes(old.private_key, statement),
    )
    return new, succession


def save_renewal(
    new: Authority, succession: Succession, secrets: SecretStore, folder: Path
) -> None:
    """Put the renewed authority in place of the old one in `folder`, keeping the old public
    certificate among the previous ones and the succession beside the new certificate.

    The order lets a crash be repaired by renewing again: the old key is kept under its
    own name before the new one replaces it, and the new certificate is written last.
    """
    write_history(folder, succession, new.previous)
    old_key = secrets.get(SIGNING_KEY_SECRET)
    if old_key is not None:
        secrets.put(PREVIOUS_KEY_SECRET, old_key)
    secrets.put(SIGNING_KEY_SECRET, private_key_to_pem(new.private_key))
    write_atomically(
        folder / CERTIFICATE_FILE,
        new.certificate.public_bytes(serialization.Encoding.PEM),
        mode=PUBLIC_FILE_MODE,
    )


def write_history(
    folder: Path, succession: Succession | None, previous: tuple[x509.Certificate, ...]
) -> None:
    """The authority's past in `folder`: its previous certificates and the succession."""
    for certificate in previous:
        write_atomically(
            folder / PREVIOUS_FOLDER / f"{der_fingerprint(certificate)}.pem",
            certificate.public_bytes(serialization.Encoding.PEM),
            mode=PUBLIC_FILE_MODE,
        )
    if succession is not None:
        write_atomically(
            folder / SUCCESSION_FILE,
            (journal_json(succession.to_document()) + "\n").encode("utf-8"),
            mode=PUBLIC_FILE_MODE,
        )


def load_succession(folder: Path, current: x509.Certificate) -> Succession | None:
    """The succession that vouches for `current`, if the authority was renewed into it."""
    path = folder / SUCCESSION_FILE
    if not path.is_file():
        return None
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "{path} is damaged: it is not a succession."), path=path
        ) from None
    succession = Succession.from_document(document)
    return succession if succession.new_fingerprint == der_fingerprint(current) else None


def previous_certificates(folder: Path) -> list[x509.Certificate]:
    """The authority's certificates before its renewals, oldest name first."""
    found = []
    for path in sorted((folder / PREVIOUS_FOLDER).glob("*.pem")):
        try:
            found.append(x509.load_pem_x509_certificate(path.read_bytes()))
        except ValueError:
            continue  # a damaged copy vouches for nothing; the current one still works
    return found


def vouched_for(
    succession: Succession,
    successor: x509.Certificate,
    is_trusted: Callable[[x509.Certificate], bool],
) -> bool:
    """Whether a trusted authority signed, while it was valid, that `successor` follows it."""
    previous = succession.previous
    if succession.new_fingerprint != der_fingerprint(successor) or not is_trusted(previous):
        return False
    try:
        verify_authority_certificate(previous, succession.signed_at)
        verify_signature(previous, succession.statement(), succession.signature)
    except TrustError:
        return False
    return previous.subject == successor.subject
