"""What an identity backup and an authority backup share: a small JSON document sealed in an
age passphrase file (scrypt, age's own work factor, so `age -d` opens it too), and read back
within bounds, its format and version checked before anything else is trusted."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jury_desk.crypto.age_header import AgeHeaderError, TooCostlyError
from jury_desk.crypto.age_passphrase import (
    PassphraseFileError,
    WrongPassphraseError,
    decrypt_passphrase_file,
)
from jury_desk.crypto.age_stream import encrypt_small_with_passphrase
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_json import OutsideJsonError, load_outside_json
from jury_desk.secrets.passphrase import MIN_LENGTH
from jury_desk.trust.errors import TrustError


def seal_backup(document: dict[str, Any], passphrase: str) -> bytes:
    """The backup file's bytes; the passphrase must have MIN_LENGTH characters at least."""
    if len(passphrase) < MIN_LENGTH:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase must have at least {minimum} characters."
            ),
            minimum=MIN_LENGTH,
        )
    return encrypt_small_with_passphrase(json.dumps(document).encode("utf-8"), passphrase)


def open_backup(
    data: bytes,
    passphrase: str,
    *,
    kind: str,
    version: int,
    max_bytes: int,
    wrong_passphrase: Callable[[], TrustError],
    not_a_backup: Callable[[], TrustError],
    newer: Callable[[object], TrustError],
) -> dict[str, Any]:
    """The document of a backup of `kind` (its "format"), at `version`; else the error the
    caller words for its kind (a wrong passphrase, not a backup, a newer version)."""
    if len(data) > max_bytes:
        raise not_a_backup()
    try:
        plaintext = decrypt_passphrase_file(data, passphrase)
    except WrongPassphraseError:
        raise wrong_passphrase() from None
    except TooCostlyError:
        raise  # its own words: the file asks for more work than jury-desk accepts
    except (PassphraseFileError, AgeHeaderError):  # not an age passphrase file, or damaged
        raise not_a_backup() from None
    try:
        # Authenticated by the passphrase, yet a file from outside all the same.
        document: Any = load_outside_json(plaintext, max_bytes=max_bytes)
    except OutsideJsonError:
        raise not_a_backup() from None
    if not isinstance(document, dict) or document.get("format") != kind:
        raise not_a_backup()
    if document.get("version") != version:
        raise newer(document.get("version"))
    return document
