"""The authority backup: certificate and keys under a passphrase, read back only whole and
right, and restored without ever replacing another authority."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from jury_desk.crypto.age_stream import encrypt_small_with_passphrase
from jury_desk.kernel.paths import organiser_dir, secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import Authority, create_authority, load_authority, save_authority
from jury_desk.trust.authority_backup import (
    BACKUP_FORMAT,
    BACKUP_VERSION,
    WrongAuthorityBackupPassphraseError,
    authority_backup,
    read_authority_backup,
    restore_authority,
)
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import private_key_to_pem

PASSPHRASE = "phrase de passe de l’autorité"
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def authority() -> Authority:
    return create_authority("Équipe de certification", NOW)


@pytest.fixture(scope="module")
def backup(authority: Authority) -> bytes:
    return authority_backup(authority, PASSPHRASE)


def _secrets(home: Path) -> PassphraseFileSecretStore:
    return PassphraseFileSecretStore(secrets_file(home), lambda _creating: "secrets de test")


def _document(authority: Authority, **changes: object) -> bytes:
    document = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "name": authority.name,
        "certificate": authority.certificate.public_bytes(serialization.Encoding.PEM).decode(),
        "signing_key": private_key_to_pem(authority.private_key).decode(),
        "age_identity": authority.age_identity,
        **changes,
    }
    return encrypt_small_with_passphrase(json.dumps(document).encode(), PASSPHRASE)


def test_a_backup_gives_back_the_same_authority(authority: Authority, backup: bytes) -> None:
    assert backup.startswith(b"age-encryption.org/v1\n-> scrypt ")  # age -d opens it too
    restored = read_authority_backup(backup, PASSPHRASE)
    assert restored.name == authority.name
    assert restored.certificate == authority.certificate
    assert restored.age_identity == authority.age_identity
    assert private_key_to_pem(restored.private_key) == private_key_to_pem(authority.private_key)


def test_a_wrong_passphrase_is_its_own_error(backup: bytes) -> None:
    with pytest.raises(WrongAuthorityBackupPassphraseError, match="Wrong passphrase"):
        read_authority_backup(backup, "une autre phrase")


def test_a_short_passphrase_is_refused_before_writing(authority: Authority) -> None:
    with pytest.raises(TrustError, match="at least 8 characters"):
        authority_backup(authority, "court")


def _damaged(backup: bytes) -> bytes:
    flipped = bytearray(backup)
    flipped[-5] ^= 0x01
    return bytes(flipped)


@pytest.mark.parametrize(
    "make",
    [
        lambda _a, _b: b"",
        lambda _a, _b: b"not an age file at all",
        lambda _a, b: _damaged(b),
        lambda _a, b: b[: len(b) // 2],
        lambda _a, _b: encrypt_small_with_passphrase(b"{not json", PASSPHRASE),
        lambda _a, _b: encrypt_small_with_passphrase(b'{"format": "other"}', PASSPHRASE),
        lambda _a, _b: encrypt_small_with_passphrase(
            json.dumps({"format": BACKUP_FORMAT, "version": 1}).encode(), PASSPHRASE
        ),
        lambda a, _b: _document(a, certificate="-----BEGIN CERTIFICATE-----\nnope\n"),
        lambda a, _b: _document(a, age_identity="AGE-SECRET-KEY-1NOPE"),
        lambda _a, _b: b"x" * 100_000,
    ],
    ids=[
        "empty",
        "text",
        "damaged",
        "truncated",
        "not-json",
        "other-format",
        "no-keys",
        "bad-certificate",
        "bad-age-key",
        "too-large",
    ],
)
def test_anything_else_is_not_a_backup(make: object, authority: Authority, backup: bytes) -> None:
    data = make(authority, backup)  # type: ignore[operator]
    with pytest.raises(TrustError, match="not a jury-desk authority backup, or it is damaged"):
        read_authority_backup(data, PASSPHRASE)


def test_a_key_that_is_not_the_certificates_is_refused(authority: Authority) -> None:
    other = create_authority("Une autre autorité", NOW)
    data = _document(authority, signing_key=private_key_to_pem(other.private_key).decode())
    with pytest.raises(TrustError, match="its signing key is not its certificate's"):
        read_authority_backup(data, PASSPHRASE)


def test_a_newer_version_asks_for_a_newer_jury_desk() -> None:
    document = {"format": BACKUP_FORMAT, "version": 2}
    data = encrypt_small_with_passphrase(json.dumps(document).encode(), PASSPHRASE)
    with pytest.raises(TrustError, match="install a newer jury-desk"):
        read_authority_backup(data, PASSPHRASE)


def test_restoring_on_a_new_computer_saves_the_authority(
    tmp_path: Path, authority: Authority, backup: bytes
) -> None:
    home = tmp_path / "new"
    restored = read_authority_backup(backup, PASSPHRASE)
    assert restore_authority(restored, _secrets(home), organiser_dir(home)) is True
    loaded = load_authority(_secrets(home), organiser_dir(home))
    assert loaded.certificate == authority.certificate
    assert loaded.age_identity == authority.age_identity


def test_restoring_the_same_authority_puts_its_keys_back(
    tmp_path: Path, authority: Authority, backup: bytes
) -> None:
    home = tmp_path / "same"
    save_authority(authority, _secrets(home), organiser_dir(home))
    secrets_file(home).unlink()  # the keys lost, the public files left
    restored = read_authority_backup(backup, PASSPHRASE)
    assert restore_authority(restored, _secrets(home), organiser_dir(home)) is False
    assert load_authority(_secrets(home), organiser_dir(home)).name == authority.name


def test_restoring_never_replaces_another_authority(
    tmp_path: Path, authority: Authority, backup: bytes
) -> None:
    home = tmp_path / "other"
    other = create_authority("Autorité déjà là", NOW)
    save_authority(other, _secrets(home), organiser_dir(home))
    with pytest.raises(TrustError, match=r"another organiser authority \(Autorité déjà là\)"):
        restore_authority(
            read_authority_backup(backup, PASSPHRASE), _secrets(home), organiser_dir(home)
        )
    assert load_authority(_secrets(home), organiser_dir(home)).certificate == other.certificate
