"""Replacing the certifier's signer: a new key certified by the authority becomes the current
one; the previous certificate is kept, marked replaced; what the previous signer signed still
verifies (jury-desk and pdfsig), what is signed afterwards bears the new signer's name."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from jury_desk.certificates.export import signed_document
from jury_desk.certificates.verify import verify_certificate_document
from jury_desk.kernel.paths import organiser_dir
from jury_desk.secrets.store import SecretStore
from jury_desk.trust.authority import Authority, create_authority, save_authority
from jury_desk.trust.errors import TrustError
from jury_desk.trust.keys import fingerprint
from jury_desk.trust.signer import SIGNER_FILE, create_signer, load_signer
from jury_desk.trust.signer_replacement import (
    PREVIOUS_SIGNERS_FOLDER,
    replace_signer,
    replaced_signers,
)
from jury_desk.trust.succession import der_fingerprint
from tests.bundle_factory import secret_store
from tests.conftest import require_tool
from tests.core.certificates.test_certificate_documents import _certificate

NOW = datetime(2027, 6, 10, 9, 30, tzinfo=UTC)
LATER = NOW + timedelta(days=40)


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
    made = create_authority("Organisateur RS6247", NOW - timedelta(days=30))
    save_authority(made, secrets, folder)
    return made


def _pdfsig_valid(pdf: bytes, path: Path) -> bool:
    path.write_bytes(pdf)
    report = subprocess.run(
        [require_tool("pdfsig"), str(path)], capture_output=True, text=True, check=False
    ).stdout
    return report.count("Signature is Valid.") == 1


def test_the_new_signer_signs_and_what_the_previous_signed_still_verifies(
    authority: Authority, secrets: SecretStore, folder: Path, tmp_path: Path
) -> None:
    first = create_signer(
        authority, "Camille Signataire", "camille@numerique.gouv.fr", NOW, secrets, folder
    )
    before = signed_document(_certificate(first), first, NOW)

    replacement = replace_signer(
        authority,
        "Dominique Relève",
        "dominique@numerique.gouv.fr",
        LATER,
        " départ de Camille ",
        secrets,
        folder,
    )
    assert replacement.previous == first.certificate and replacement.reason == "départ de Camille"
    current = load_signer(secrets, folder)  # the new key kept as the current one is
    assert current.certificate == replacement.signer.certificate
    assert (current.name, current.email) == ("Dominique Relève", "dominique@numerique.gouv.fr")
    assert fingerprint(current.private_key.public_key()) != fingerprint(
        first.certificate.public_key()
    )
    current.certificate.verify_directly_issued_by(authority.certificate)

    # The previous certificate kept, marked replaced: when, why, by whom.
    stem = der_fingerprint(first.certificate)
    kept = folder / PREVIOUS_SIGNERS_FOLDER / f"{stem}.pem"
    assert kept.read_bytes() == first.certificate.public_bytes(serialization.Encoding.PEM)
    note = json.loads((folder / PREVIOUS_SIGNERS_FOLDER / f"{stem}.json").read_text("utf-8"))
    assert note["reason"] == "départ de Camille" and note["successor_name"] == "Dominique Relève"
    assert note["successor"] == der_fingerprint(current.certificate)
    [replaced] = replaced_signers(folder)
    assert replaced.certificate == first.certificate and replaced.reason == "départ de Camille"

    # Signed before: still valid, by Camille; signed after: by Dominique.
    verdict = verify_certificate_document(before, authority.certificate)
    assert verdict.valid, verdict.problems
    assert verdict.signer_name == "Camille Signataire"
    after = signed_document(_certificate(current), current, LATER)
    verdict = verify_certificate_document(after, authority.certificate)
    assert verdict.valid, verdict.problems
    assert verdict.signer_name == "Dominique Relève"
    assert _pdfsig_valid(before, tmp_path / "avant.pdf")
    assert _pdfsig_valid(after, tmp_path / "après.pdf")


def test_a_replacement_needs_a_signer_and_a_reason(
    authority: Authority, secrets: SecretStore, folder: Path
) -> None:
    with pytest.raises(TrustError, match="No signer for the certifier"):
        replace_signer(
            authority, "Dominique Relève", "d@numerique.gouv.fr", NOW, "x", secrets, folder
        )
    create_signer(authority, "Camille Signataire", "c@numerique.gouv.fr", NOW, secrets, folder)
    signed_by = (folder / SIGNER_FILE).read_bytes()
    with pytest.raises(TrustError, match="Say why the signer is replaced"):
        replace_signer(
            authority, "Dominique Relève", "d@numerique.gouv.fr", NOW, " ", secrets, folder
        )
    assert (folder / SIGNER_FILE).read_bytes() == signed_by  # nothing changed
    assert not (folder / PREVIOUS_SIGNERS_FOLDER).exists()
    # Creating still refuses a second signer: replacing is the way.
    with pytest.raises(TrustError, match="already exists"):
        create_signer(authority, "Dominique Relève", "d@numerique.gouv.fr", NOW, secrets, folder)


def test_the_same_person_renewed_before_the_certificate_ends(
    authority: Authority, secrets: SecretStore, folder: Path
) -> None:
    first = create_signer(
        authority, "Camille Signataire", "camille@numerique.gouv.fr", NOW, secrets, folder
    )
    replacement = replace_signer(
        authority,
        "Camille Signataire",
        "camille@numerique.gouv.fr",
        LATER,
        "certificat bientôt échu",
        secrets,
        folder,
    )
    assert replacement.signer.certificate.not_valid_before_utc == LATER
    assert replacement.signer.certificate != first.certificate
    assert [r.certificate for r in replaced_signers(folder)] == [first.certificate]
