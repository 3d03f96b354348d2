"""The certifier's signer: their own key, certified by the organiser's authority, kept apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from jury_desk.kernel.paths import organiser_dir
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import (
    DOCUMENT_SIGNING,
    Authority,
    create_authority,
    issue_juror_certificate,
    save_authority,
)
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.errors import TrustError
from jury_desk.trust.identity import create_identity
from jury_desk.trust.keys import fingerprint
from jury_desk.trust.signer import (
    SIGNER_KEY_SECRET,
    check_signer_certificate,
    create_signer,
    is_signer_certificate,
    load_signer,
)
from jury_desk.trust.verify import verify_juror_certificate
from tests.bundle_factory import secret_store

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    return secret_store(tmp_path / "organiser")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = organiser_dir(tmp_path / "organiser")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def authority(secrets: SecretStore, folder: Path) -> Authority:
    made = create_authority("Organisateur RS6247", NOW)
    save_authority(made, secrets, folder)
    return made


def test_the_signer_has_their_own_key_certified_by_the_authority(
    authority: Authority, secrets: SecretStore, folder: Path
) -> None:
    signer = create_signer(
        authority, " Camille Signataire ", "camille@numerique.gouv.fr", NOW, secrets, folder
    )
    assert (signer.name, signer.email) == ("Camille Signataire", "camille@numerique.gouv.fr")
    certificate = signer.certificate
    # Not the authority's key: a key of its own, in the store under its own name.
    assert fingerprint(certificate.public_key()) != fingerprint(authority.certificate.public_key())
    assert secrets.get(SIGNER_KEY_SECRET) is not None
    certificate.verify_directly_issued_by(authority.certificate)
    verify_juror_certificate(certificate, authority.certificate, at=NOW + timedelta(days=1))
    purposes = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert DOCUMENT_SIGNING in purposes and ExtendedKeyUsageOID.EMAIL_PROTECTION in purposes
    assert not certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert certificate.not_valid_after_utc <= authority.certificate.not_valid_after_utc
    assert is_signer_certificate(certificate)
    assert (folder / "signer.pem").exists()

    loaded = load_signer(secrets, folder)
    assert loaded.certificate == certificate
    assert fingerprint(loaded.private_key.public_key()) == fingerprint(certificate.public_key())
    assert loaded.chain == (authority.certificate,)


def test_a_second_signer_is_refused_and_a_foreign_key_detected(
    authority: Authority, secrets: SecretStore, folder: Path, tmp_path: Path
) -> None:
    create_signer(
        authority, "Camille Signataire", "camille@numerique.gouv.fr", NOW, secrets, folder
    )
    with pytest.raises(TrustError, match="already exists"):
        create_signer(authority, "Autre Personne", "autre@numerique.gouv.fr", NOW, secrets, folder)
    other = secret_store(tmp_path / "elsewhere")
    with pytest.raises(TrustError, match="signer's key is missing"):
        load_signer(other, folder)


def test_a_jurors_certificate_or_anothers_authority_is_not_the_signers(
    authority: Authority, secrets: SecretStore, folder: Path
) -> None:
    signer = create_signer(
        authority, "Camille Signataire", "camille@numerique.gouv.fr", NOW, secrets, folder
    )
    stranger = create_authority("Un autre organisateur", NOW)
    with pytest.raises(TrustError, match="not issued by the organiser authority"):
        check_signer_certificate(signer.certificate, stranger.certificate)
    # A juror's certificate from the same authority cannot pass for the signer's.
    juror = create_identity("Claire Présidente", "claire@jury.example.org")
    certificate = issue_juror_certificate(
        authority, make_request(juror), NOW, NOW + timedelta(days=90)
    )
    assert not is_signer_certificate(certificate)
    with pytest.raises(TrustError, match="not issued to sign for the certifier"):
        check_signer_certificate(certificate, authority.certificate)


def test_no_signer_yet_says_how_to_make_one(folder: Path, secrets: SecretStore) -> None:
    with pytest.raises(TrustError, match="registry signer create"):
        load_signer(secrets, folder)
