"""The identity backup: both keys under a passphrase, read back only whole and right."""

from __future__ import annotations

import json

import pytest

from jury_desk.crypto.age_stream import encrypt_small_with_passphrase
from jury_desk.trust.backup import (
    WrongBackupPassphraseError,
    identity_backup,
    read_identity_backup,
)
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import JurorIdentity, create_identity
from jury_desk.trust.keys import fingerprint

PASSPHRASE = "phrase de passe de la sauvegarde"


@pytest.fixture(scope="module")
def identity() -> JurorIdentity:
    return create_identity("Anaïs Juré-Ferrand", "anais@jury.example.org")


@pytest.fixture(scope="module")
def backup(identity: JurorIdentity) -> bytes:
    return identity_backup(identity, PASSPHRASE)


def test_a_backup_gives_back_the_same_identity(identity: JurorIdentity, backup: bytes) -> None:
    assert backup.startswith(b"age-encryption.org/v1\n-> scrypt ")  # age -d opens it too
    restored = read_identity_backup(backup, PASSPHRASE)
    assert (restored.name, restored.email) == (identity.name, identity.email)
    assert restored.age_identity == identity.age_identity
    assert fingerprint(restored.private_key.public_key()) == fingerprint(
        identity.private_key.public_key()
    )


def test_a_wrong_passphrase_is_its_own_error(backup: bytes) -> None:
    with pytest.raises(WrongBackupPassphraseError, match="Wrong passphrase"):
        read_identity_backup(backup, "une autre phrase")


def test_a_short_passphrase_is_refused_before_writing(identity: JurorIdentity) -> None:
    with pytest.raises(TrustError, match="at least 8 characters"):
        identity_backup(identity, "court")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an age file at all",
        encrypt_small_with_passphrase(b"{not json", PASSPHRASE),
        encrypt_small_with_passphrase(json.dumps({"format": "other"}).encode(), PASSPHRASE),
        encrypt_small_with_passphrase(
            json.dumps({"format": "jury-desk-identity-backup", "version": 1}).encode(), PASSPHRASE
        ),
        b"x" * 100_000,
    ],
    ids=["empty", "text", "not-json", "other-format", "no-keys", "too-large"],
)
def test_anything_else_is_not_a_backup(data: bytes) -> None:
    with pytest.raises(TrustError, match="not a jury-desk identity backup"):
        read_identity_backup(data, PASSPHRASE)


def test_a_newer_version_asks_for_a_newer_jury_desk() -> None:
    document = {"format": "jury-desk-identity-backup", "version": 2}
    data = encrypt_small_with_passphrase(json.dumps(document).encode(), PASSPHRASE)
    with pytest.raises(TrustError, match="install a newer jury-desk"):
        read_identity_backup(data, PASSPHRASE)
