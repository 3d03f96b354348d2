"""The organiser's authority backup: its certificate and both private keys in one file,
encrypted under a passphrase.

Losing the authority means every juror must be enrolled again and told to trust a new
one: the organiser keeps a backup somewhere safe, and restores it on a new computer.
The file is an age passphrase file (scrypt, the same work factor as age's own), so the
reference `age -d` opens it too; inside, a small JSON document:

    {"format": "jury-desk-authority-backup", "version": 1, "name": …,
     "certificate": "-----BEGIN CERTIFICATE-----…",
     "signing_key": "-----BEGIN PRIVATE KEY-----…", "age_identity": "AGE-SECRET-KEY-1…"}

Reading it back checks the format, the version, the certificate's structure (a
self-signed P-256 authority), that the signing key is the certificate's and that the age
identity is one. Restoring never replaces a different authority already on the computer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import (
    AGE_IDENTITY_SECRET,
    CERTIFICATE_FILE,
    RECIPIENT_FILE,
    SIGNING_KEY_SECRET,
    Authority,
    load_authority_certificate,
    save_authority,
)
from jury_desk.trust.backup_file import open_backup, seal_backup
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import (
    age_recipient_of,
    cert_fingerprint,
    fingerprint,
    private_key_from_pem,
    private_key_to_pem,
)
from jury_desk.trust.storage import store_key_pair
from jury_desk.trust.succession import Succession, der_fingerprint, write_history
from jury_desk.trust.verify import check_authority_structure

BACKUP_FORMAT = "jury-desk-authority-backup"
BACKUP_VERSION = 1
BACKUP_SUFFIX = ".jdauthority"
MAX_BACKUP_BYTES = 64 * 1024  # a certificate and two keys: a few kilobytes
BACKUP_FILE = FileCap(
    QT_TRANSLATE_NOOP("messages", "an organiser authority backup"), MAX_BACKUP_BYTES
)


class WrongAuthorityBackupPassphraseError(TrustError):
    """The passphrase does not open this backup: the person may try again."""


def authority_backup(authority: Authority, passphrase: str) -> bytes:
    """The backup file's bytes; the passphrase must have MIN_LENGTH characters at least."""
    document: dict[str, Any] = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "name": authority.name,
        "certificate": authority.certificate.public_bytes(serialization.Encoding.PEM).decode(
            "ascii"
        ),
        "signing_key": private_key_to_pem(authority.private_key).decode("ascii"),
        "age_identity": authority.age_identity,
        # After renewals: what lets a restored authority keep the jurors' trust and check
        # what its earlier certificates issued.
        "previous": [
            c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in authority.previous
        ],
    }
    if authority.succession is not None:
        document["succession"] = authority.succession.to_document()
    return seal_backup(document, passphrase)


def read_authority_backup(data: bytes, passphrase: str) -> Authority:
    """The authority in a backup; a one-line TrustError (its wrong-passphrase kind) if not."""
    document = open_backup(
        data,
        passphrase,
        kind=BACKUP_FORMAT,
        version=BACKUP_VERSION,
        max_bytes=MAX_BACKUP_BYTES,
        wrong_passphrase=lambda: WrongAuthorityBackupPassphraseError(
            QT_TRANSLATE_NOOP("messages", "Wrong passphrase for this authority backup.")
        ),
        not_a_backup=_not_a_backup,
        newer=lambda found: TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This authority backup has version {version}; this jury-desk reads version "
                "{supported}: install a newer jury-desk.",
            ),
            version=found,
            supported=BACKUP_VERSION,
        ),
    )
    return _authority(document)


def restore_authority(authority: Authority, secrets: SecretStore, folder: Path) -> bool:
    """Keep the backup's authority on this computer; True if it was not here yet.

    The same authority already here has its keys put back (a keyring emptied since);
    a different one is never replaced: the jurors trust it, and its keys would be lost.
    """
    if not (folder / CERTIFICATE_FILE).exists():
        save_authority(authority, secrets, folder)
        write_history(folder, authority.succession, authority.previous)
        return True
    present = load_authority_certificate(folder)
    if cert_fingerprint(present) != cert_fingerprint(authority.certificate):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This computer already has another organiser authority ({present}); the "
                "backup of {name} does not replace it.",
            ),
            present=_common_name(present),
            name=authority.name,
        )
    store_key_pair(
        secrets,
        {
            SIGNING_KEY_SECRET: private_key_to_pem(authority.private_key),
            AGE_IDENTITY_SECRET: authority.age_identity.encode("ascii"),
        },
        {folder / RECIPIENT_FILE: authority.age_recipient.encode("ascii") + b"\n"},
    )
    write_history(folder, authority.succession, authority.previous)
    return False


def _authority(document: dict[str, Any]) -> Authority:
    fields = ("name", "certificate", "signing_key", "age_identity")
    if not all(isinstance(document.get(field), str) for field in fields):
        raise _not_a_backup()
    try:
        certificate = x509.load_pem_x509_certificate(
            document["certificate"].encode("ascii", errors="replace")
        )
    except ValueError:
        raise _not_a_backup() from None
    check_authority_structure(certificate)
    key = private_key_from_pem(document["signing_key"].encode("ascii", errors="replace"))
    if fingerprint(key.public_key()) != cert_fingerprint(certificate):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This authority backup is damaged: its signing key is not its certificate's.",
            )
        )
    age_identity = document["age_identity"]
    try:
        age_recipient_of(age_identity)
    except TrustError:
        raise _not_a_backup() from None
    return Authority(
        _common_name(certificate), certificate, key, age_identity, *_history(document, certificate)
    )


def _history(
    document: dict[str, Any], certificate: x509.Certificate
) -> tuple[Succession | None, tuple[x509.Certificate, ...]]:
    """The backup's succession and previous certificates (absent from backups made before
    a renewal, and from those of earlier versions)."""
    previous = document.get("previous", [])
    succession = document.get("succession")
    if not isinstance(previous, list) or not all(isinstance(p, str) for p in previous):
        raise _not_a_backup()
    if succession is not None and not isinstance(succession, dict):
        raise _not_a_backup()
    try:
        certificates = tuple(x509.load_pem_x509_certificate(p.encode("ascii")) for p in previous)
        found = Succession.from_document(succession) if succession is not None else None
    except (ValueError, UnicodeEncodeError, TrustError):
        raise _not_a_backup() from None
    if found is not None and found.new_fingerprint != der_fingerprint(certificate):
        found = None  # the word of another certificate: not this one's
    return found, certificates


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def _not_a_backup() -> TrustError:
    return TrustError(
        QT_TRANSLATE_NOOP(
            "messages", "This file is not a jury-desk authority backup, or it is damaged."
        )
    )
