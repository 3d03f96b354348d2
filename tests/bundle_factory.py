"""Real bundles for tests: an organiser, two enrolled jurors, a small session folder.

Secrets are kept in real passphrase-protected files (one scrypt derivation
per home); bundles are built and opened by the same code as the commands.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.container import (
    MANIFEST,
    SIGNATURE,
    Member,
    Unlock,
    regular_member,
    write_bundle,
)
from jury_desk.bundle.folder.writing import write_folder
from jury_desk.bundle.manifest import Manifest, manifest_to_json
from jury_desk.bundle.opening import OpenResult, open_bundle
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.paths import identity_dir, organiser_dir, secrets_file
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.spec import SessionSpec
from jury_desk.sheets.data import SheetData
from jury_desk.sheets.render import render_sheet_pdf, signature_box
from jury_desk.signing.pades import sign_pdf
from jury_desk.trust.authority import Authority, create_authority, save_authority
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity, create_identity, save_identity
from jury_desk.trust.trusted import TrustedAuthorities
from jury_desk.trust.verify import sign_bytes
from tests.factories import small_session_spec
from tests.helpers.fast_secrets import ready_fast

SECRETS_PASSPHRASE = "phrase de passe des secrets"
BUNDLE_PASSPHRASE = "phrase de passe du paquet"


def secret_store(home: Path) -> PassphraseFileSecretStore:
    """The secrets of `home`, a data folder made by the tests: if it has none yet, they are
    made now with a fast key slot (tests/helpers/fast_secrets.py)."""
    return ready_fast(
        PassphraseFileSecretStore(secrets_file(home), lambda _creating: SECRETS_PASSPHRASE)
    )


@dataclass
class Juror:
    home: Path
    identity: JurorIdentity
    secrets: PassphraseFileSecretStore

    def open(self, bundle: Path, clock: Clock, passphrase: str | None = None) -> OpenResult:
        unlock = Unlock((self.identity.age_identity,), passphrase)
        return open_bundle(self.home, bundle, unlock, self.identity, self.secrets, clock)


@dataclass
class Setting:
    """Everyone and everything of a small session, made once per test that asks."""

    root: Path
    authority: Authority
    chair: Juror
    member: Juror
    folder: Path
    spec: SessionSpec

    def build(self, name: str, clock: Clock, passphrase: str | None = BUNDLE_PASSPHRASE) -> Path:
        output = self.root / name
        build_bundle(self.folder, output, self.authority, clock.now(), passphrase)
        return output

    def rewrite_folder(self, spec: SessionSpec) -> None:
        """Replace the session folder (e.g. a later version, a late document)."""
        import shutil

        shutil.rmtree(self.folder)
        write_folder(self.folder, spec, self.requests())
        self.spec = spec

    def requests(self) -> dict[str, bytes]:
        return {
            "chair": make_request(self.chair.identity).to_json(),
            "member": make_request(self.member.identity).to_json(),
        }


def make_setting(
    root: Path, now: datetime, spec: SessionSpec | None = None, *, fast_secrets: bool = False
) -> Setting:
    """The organiser and both jurors under `root`, and the session folder.

    `fast_secrets`: their secrets files' key slots sealed at a small scrypt work factor
    (tests/helpers/fast_secrets.py), for the tests that are not about scrypt; otherwise at
    the production one (the benchmarks in bench/ make theirs so).
    """

    def new_store(home: Path) -> PassphraseFileSecretStore:
        store = PassphraseFileSecretStore(secrets_file(home), lambda _creating: SECRETS_PASSPHRASE)
        return ready_fast(store) if fast_secrets else store

    organiser_home = root / "organiser"
    authority = create_authority("Organisateur de test", now)
    save_authority(authority, new_store(organiser_home), organiser_dir(organiser_home))
    jurors = {}
    for juror_id, name, email in (
        ("chair", "Claire Présidente", "claire@jury.example.org"),
        ("member", "Łukasz Membre", "lukasz@jury.example.org"),
    ):
        home = root / juror_id
        identity = create_identity(name, email)
        store = new_store(home)
        save_identity(identity, store, identity_dir(home))
        TrustedAuthorities(home).trust(authority.certificate)
        jurors[juror_id] = Juror(home, identity, store)
    setting = Setting(
        root,
        authority,
        jurors["chair"],
        jurors["member"],
        root / "folder",
        spec or small_session_spec(),
    )
    write_folder(setting.folder, setting.spec, setting.requests())
    return setting


def craft_bundle(
    path: Path,
    manifest: Manifest | bytes,
    members: list[Member],
    recipients: list[str],
    *,
    signer: Authority | None,
    passphrase: str | None = BUNDLE_PASSPHRASE,
    mtime: int = 0,
) -> None:
    """A bundle made by hand: any manifest, any signer (or none), any payload members.

    Goes through the real writer, so only what the test changes differs from a
    genuine bundle.
    """
    manifest_bytes = manifest if isinstance(manifest, bytes) else manifest_to_json(manifest)
    head: list[Member] = [
        regular_member(MANIFEST, len(manifest_bytes), mtime, _source(manifest_bytes))
    ]
    if signer is not None:
        signature = sign_bytes(signer.private_key, manifest_bytes)
        head.append(regular_member(SIGNATURE, len(signature), mtime, _source(signature)))
    write_bundle(path, head + members, recipients, passphrase)


def _source(data: bytes) -> Callable[[], io.BytesIO]:
    return lambda: io.BytesIO(data)


def certificate_pem(authority: Authority) -> str:
    return authority.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def sign_sheet_data(
    juror: Juror,
    juror_id: str,
    certificate: x509.Certificate,
    authority: Authority,
    data: SheetData,
    signed_at: datetime,
) -> bytes:
    """Any sheet data rendered and signed with a juror's real key: forged sheets for tests."""
    unsigned = render_sheet_pdf(data)
    return sign_pdf(
        unsigned,
        key=juror.identity.private_key,
        certificate=certificate,
        chain=[authority.certificate],
        field_name=f"Signature_{juror_id}",
        signer_name=juror.identity.name,
        role="juré·e",
        reason="test",
        location=None,
        signed_at=signed_at,
        stamp_box=signature_box(unsigned),
    )
