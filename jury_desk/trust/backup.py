"""A juror's identity backup: both private keys in one file, encrypted under a passphrase.

To move to a new laptop, a juror exports the backup on the old one and imports
it on the new one. The file is an age passphrase file (scrypt, the same
work factor as age's own), so the reference `age -d` opens it too; inside, a
small JSON document:

    {"format": "jury-desk-identity-backup", "version": 1, "name": …, "email": …,
     "signing_key": "-----BEGIN PRIVATE KEY-----…", "age_identity": "AGE-SECRET-KEY-1…"}

Reading it back checks the format, the version, the keys (a P-256 signing key,
an age X25519 identity) and the name and address, as creating an identity does.
"""

from __future__ import annotations

from typing import Any

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import FileCap
from jury_desk.trust.backup_file import open_backup, seal_backup
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import JurorIdentity, check_email, check_name
from jury_desk.trust.keys import age_recipient_of, private_key_from_pem, private_key_to_pem

BACKUP_FORMAT = "jury-desk-identity-backup"
BACKUP_VERSION = 1
BACKUP_SUFFIX = ".jdidentity"
MAX_BACKUP_BYTES = 64 * 1024  # two keys and a name: a few kilobytes
BACKUP_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "an identity backup"), MAX_BACKUP_BYTES)


class WrongBackupPassphraseError(TrustError):
    """The passphrase does not open this backup: the person may try again."""


def identity_backup(identity: JurorIdentity, passphrase: str) -> bytes:
    """The backup file's bytes; the passphrase must have MIN_LENGTH characters at least."""
    document = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "name": identity.name,
        "email": identity.email,
        "signing_key": private_key_to_pem(identity.private_key).decode("ascii"),
        "age_identity": identity.age_identity,
    }
    return seal_backup(document, passphrase)


def read_identity_backup(data: bytes, passphrase: str) -> JurorIdentity:
    """The identity in a backup; a one-line TrustError (WrongBackupPassphraseError) if not."""
    document = open_backup(
        data,
        passphrase,
        kind=BACKUP_FORMAT,
        version=BACKUP_VERSION,
        max_bytes=MAX_BACKUP_BYTES,
        wrong_passphrase=lambda: WrongBackupPassphraseError(
            QT_TRANSLATE_NOOP("messages", "Wrong passphrase for this identity backup.")
        ),
        not_a_backup=_not_a_backup,
        newer=lambda found: TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This identity backup has version {version}; this jury-desk reads version "
                "{supported}: install a newer jury-desk.",
            ),
            version=found,
            supported=BACKUP_VERSION,
        ),
    )
    return _identity(document)


def _identity(document: dict[str, Any]) -> JurorIdentity:
    fields = ("name", "email", "signing_key", "age_identity")
    if not all(isinstance(document.get(field), str) for field in fields):
        raise _not_a_backup()
    age_identity = document["age_identity"]
    try:
        age_recipient_of(age_identity)
    except TrustError:
        raise _not_a_backup() from None
    key = private_key_from_pem(document["signing_key"].encode("ascii", errors="replace"))
    return JurorIdentity(
        check_name(document["name"]), check_email(document["email"]), key, age_identity
    )


def _not_a_backup() -> TrustError:
    return TrustError(
        QT_TRANSLATE_NOOP("messages", "This file is not a jury-desk identity backup.")
    )
