"""Opening a bundle: verify everything, then import it whole into a workspace, or nothing.

The same reading serves `bundle inspect` (verify and summarise, store nothing)
and `open` (verify and import). Nothing is committed before the payload has
been authenticated to its last byte.

Opening keeps the bundle's encrypted payload itself as the store of the
documents: it is copied into the workspace's folder while it is decrypted and
every document hashed, and each document's place in it is recorded, with the
file key, in the workspace's database (docs/workspace-format.md). Opening
the same version again changes nothing, except that a missing or damaged
copy of that bundle's payload is written anew ("repaired").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from jury_desk.bundle.container import Unlock, reading_payload
from jury_desk.bundle.document_hashes import DocumentHashes, HashedDocument, hashing_documents
from jury_desk.bundle.limits import DEFAULT_LIMITS, BundleLimits
from jury_desk.bundle.manifest import Manifest
from jury_desk.bundle.payload_copy import (
    PayloadCopy,
    PayloadPlace,
    holds_payload_of,
    remove_unreferenced,
)
from jury_desk.bundle.payload_reader import BundleError, PayloadReader, PayloadSource
from jury_desk.bundle.verification import verified_manifest
from jury_desk.crypto.age_decrypting import PieceSink
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import workspace_path, workspaces_dir
from jury_desk.models import (
    BundlePayload,
    CertificationSession,
    DocumentLocation,
    DossierDocument,
)
from jury_desk.rules.deadlines import workspace_kept_until
from jury_desk.secrets import SecretStore
from jury_desk.session.importer import add_session
from jury_desk.session.payloads import payload_file_name
from jury_desk.session.recent import remember_recent
from jury_desk.session.spec import JurorSpec
from jury_desk.session.update import update_session
from jury_desk.session.workspaces import key_name, remove_workspace_files
from jury_desk.store.workspace import Workspace, new_workspace_key, store_errors
from jury_desk.trust.identity import JurorIdentity
from jury_desk.trust.keys import cert_fingerprint
from jury_desk.trust.trusted import TrustedAuthorities

TrustCheck = Callable[[x509.Certificate], bool]
# "repaired": the same version again, whose payload copy was missing or damaged and is
# written anew; nothing else changes.
OpenOutcome = Literal["created", "updated", "unchanged", "repaired"]


class NotAJurorError(UserError):
    pass


@dataclass(frozen=True)
class InspectReport:
    manifest: Manifest
    authority_fingerprint: str
    documents: int
    document_bytes: int


@dataclass(frozen=True)
class OpenResult:
    manifest: Manifest
    workspace: Path
    outcome: OpenOutcome
    me: JurorSpec


def inspect_bundle(
    bundle: Path,
    unlock: Unlock,
    at: datetime,
    is_trusted: TrustCheck,
    organiser_fingerprint: str | None = None,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> InspectReport:
    """Decrypt, check the signature and every document's hash; store nothing."""
    count = total = 0
    with reading_payload(bundle, unlock, limits) as reader:
        manifest, authority = _verified(reader, at, is_trusted, organiser_fingerprint)
        declared = _declared_documents(manifest)
        for entry in reader.documents():
            if entry.sha256() != declared[entry.name][1]:
                raise BundleError(
                    QT_TRANSLATE_NOOP("messages", "{name} differs from the manifest (SHA-256)."),
                    name=entry.name,
                )
            count += 1
            total += entry.size
    return InspectReport(manifest, cert_fingerprint(authority), count, total)


def open_bundle(
    home: Path,
    bundle: Path,
    unlock: Unlock,
    identity: JurorIdentity,
    secrets: SecretStore,
    clock: Clock,
    organiser_fingerprint: str | None = None,
    extra_trust: TrustCheck = lambda _certificate: False,
    limits: BundleLimits = DEFAULT_LIMITS,
    already_open: Workspace | None = None,
) -> OpenResult:
    """Import the bundle into this juror's workspace for its session (created or updated).

    `already_open` is a workspace this process holds (the window's): if the
    bundle is of its session, it is updated through it rather than reopened.
    """
    trusted = TrustedAuthorities(home)

    def is_trusted(certificate: x509.Certificate) -> bool:
        return trusted.is_trusted(certificate) or extra_trust(certificate)

    job = _OpenJob(home, secrets, clock, already_open)
    try:
        with reading_payload(bundle, unlock, limits, job.start_copy) as reader:
            manifest, authority = _verified(reader, clock.now(), is_trusted, organiser_fingerprint)
            me = _me(manifest, identity)
            # The documents are hashed on a thread while the workspace is made ready.
            with (
                hashing_documents(reader) as hashes,
                store_errors(workspace_path(home, manifest.spec.id)),
            ):
                outcome = job.run(reader, manifest, me, hashes)
        with store_errors(job.path):
            job.commit()
    except BaseException:
        job.abandon()
        raise
    if not is_trusted(authority):
        trusted.trust(authority)  # the person confirmed its fingerprint
    spec = manifest.spec
    # Listed on the welcome page (and by workspace list) with when it may be deleted.
    remember_recent(
        home,
        spec.id,
        spec.title,
        clock.now(),
        workspace_kept_until(spec.ends_on, spec.decision_delay_months),
    )
    return OpenResult(manifest, job.path, outcome, me)


class _OpenJob:
    """The workspace side of an opening: one transaction, undone whole on any failure."""

    def __init__(
        self, home: Path, secrets: SecretStore, clock: Clock, already_open: Workspace | None
    ) -> None:
        self._home, self._secrets, self._clock = home, secrets, clock
        self._already_open = already_open
        self._workspace: Workspace | None = None
        self._session: Session | None = None
        self._copy: PayloadCopy | None = None
        self._created = False
        self.path = Path()

    def start_copy(self, place: PayloadPlace) -> PieceSink | None:
        """The copy of the payload, begun before its workspace is known (where it can be)."""
        self._copy = PayloadCopy.staged(place, workspaces_dir(self._home))
        return self._copy

    def run(
        self, reader: PayloadReader, manifest: Manifest, me: JurorSpec, hashes: DocumentHashes
    ) -> OpenOutcome:
        spec = manifest.spec
        source = reader.source
        self.path = workspace_path(self._home, spec.id)
        workspace = self._open_existing(spec.id) if self.path.exists() else None
        stored_version = _stored_version(workspace) if workspace is not None else None
        if workspace is not None and stored_version is not None and spec.version == stored_version:
            self._session = workspace.unit_of_work()
            if _copy_to_repair(self._session, source, self.path.parent):
                # Written anew from this bundle, verified whole below; named at the commit.
                self._copy_into(self.path.parent, reader)
            elif self._copy is not None:
                self._copy.discard()  # the workspace's copy is sound: nothing to write
                self._copy = None
            declared = _declared_documents(manifest)
            for name, hashed in hashes.result().items():
                _check_hash(name, hashed, declared[name][1])
            # A workspace made before schema 0003 learns its organiser here.
            _record_organiser(self._session, manifest)
            return "unchanged" if self._copy is None else "repaired"
        # Copied on its own thread while the rest goes on; named only at the commit.
        copy = self._copy_into(self.path.parent, reader)
        outcome: OpenOutcome
        if workspace is not None and stored_version is not None:
            self._session = workspace.unit_of_work()
            awaited = update_session(self._session, self._clock, spec)
            outcome = "updated"
        else:
            # New, or left empty by an import that was killed: import the whole session.
            if workspace is None:
                workspace = self._create(spec.id)
            self._session = workspace.unit_of_work()
            awaited = add_session(self._session, self._clock, spec, me.id)
            outcome = "created"
        _record_organiser(self._session, manifest)
        payload = BundlePayload(
            file_name=copy.path.name, file_key=source.file_key, size=source.size
        )
        self._session.add(payload)
        _locate_documents(self._session, hashes.result(), awaited, payload)
        # The payload a replaced dossier lay in, if no document is left in it.
        self._session.execute(
            delete(BundlePayload).where(
                ~exists().where(DocumentLocation.payload_id == BundlePayload.id)
            )
        )
        return outcome

    def _copy_into(self, folder: Path, reader: PayloadReader) -> PayloadCopy:
        """The copy of the payload, to be named in `folder` at the commit."""
        if self._copy is None:  # none could be begun before: begun now, in its folder
            self._copy = PayloadCopy(PayloadPlace.of(reader.source), folder)
            reader.copy_pieces_to(self._copy)
        else:
            self._copy.move_to(folder)
        return self._copy

    def _create(self, session_id: str) -> Workspace:
        key = new_workspace_key()
        self._secrets.put(key_name(session_id), key)
        self._created = True
        self._workspace = Workspace.create(self.path, key, self._clock)
        return self._workspace

    def _open_existing(self, session_id: str) -> Workspace:
        if self._already_open is not None and self._already_open.path == self.path:
            return self._already_open  # not ours to close
        key = self._secrets.get(key_name(session_id))
        if key is None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A workspace for {session} exists at {path} but its key is not in {store}.",
                ),
                session=session_id,
                path=self.path,
                store=self._secrets.description,
            )
        self._workspace = Workspace.open(self.path, key, self._clock)
        return self._workspace

    def commit(self) -> None:
        if self._session is not None:
            if self._copy is not None:
                # Named only now that the payload is verified; removed again if the commit fails.
                self._copy.keep()
            self._session.commit()
            referenced = set(self._session.scalars(select(BundlePayload.file_name)))
            self._session.close()
            self._session = None
            # Copies of replaced payloads, or left by an opening killed before its commit.
            remove_unreferenced(self.path.parent, referenced)
        if self._copy is not None:
            self._copy.close()
            self._copy = None
        self._close_own_workspace()

    def abandon(self) -> None:
        if self._session is not None:
            self._session.rollback()
            self._session.close()
        if self._copy is not None:
            self._copy.discard()
        self._close_own_workspace()
        if self._created:
            remove_workspace_files(self.path)
            self._secrets.delete(key_name(self.path.parent.name))

    def _close_own_workspace(self) -> None:
        if self._workspace is not None and self._workspace is not self._already_open:
            self._workspace.close()


def _record_organiser(session: Session, manifest: Manifest) -> None:
    """Who the results go back to, and the age key they are encrypted to."""
    row = session.scalars(select(CertificationSession)).one()
    row.organiser_name = manifest.organiser.name
    row.organiser_age_recipient = manifest.organiser.age_recipient


def _copy_to_repair(session: Session, source: PayloadSource, folder: Path) -> bool:
    """Whether the workspace keeps its documents in this very bundle's payload, and its copy
    of it is missing or differs from it.

    A copy of another encryption of the session (a bundle built again at the same
    version) is another file: opening this one does not replace it.
    """
    name = payload_file_name(source.identity)
    stored = session.scalars(select(BundlePayload).where(BundlePayload.file_name == name)).first()
    return stored is not None and not holds_payload_of(folder / name, source)


def _stored_version(workspace: Workspace) -> int | None:
    with workspace.reading() as peek:
        row = peek.scalars(select(CertificationSession)).first()
        return None if row is None else row.bundle_version


def _verified(
    reader: PayloadReader, at: datetime, is_trusted: TrustCheck, fingerprint: str | None
) -> tuple[Manifest, x509.Certificate]:
    manifest_bytes, signature = reader.read_manifest()
    manifest, authority = verified_manifest(manifest_bytes, signature, at, is_trusted, fingerprint)
    reader.expect_documents(
        {path: size for path, (size, _) in _declared_documents(manifest).items()}
    )
    return manifest, authority


def _declared_documents(manifest: Manifest) -> dict[str, tuple[int, str]]:
    return {
        document.path or "": (document.size, document.sha256)
        for candidate in manifest.spec.candidates
        for document in candidate.documents
    }


def _me(manifest: Manifest, identity: JurorIdentity) -> JurorSpec:
    mine = identity.private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    for juror in manifest.spec.jurors:
        assert juror.certificate_pem is not None
        certificate = x509.load_pem_x509_certificate(juror.certificate_pem.encode("ascii"))
        theirs = certificate.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if theirs == mine:
            return juror
    raise NotAJurorError(
        QT_TRANSLATE_NOOP(
            "messages",
            "You ({name}) are not a juror of « {session} »: "
            "your key is not among the jury's certificates.",
        ),
        name=identity.name,
        session=manifest.spec.title,
    )


def _locate_documents(
    session: Session,
    hashed: dict[str, HashedDocument],
    awaited: dict[str, DossierDocument],
    payload: BundlePayload,
) -> None:
    """Check each document's hash and record where it lies in the stored payload.

    A document missing from the payload is reported when the payload's end is
    checked (PayloadReader.finish), before anything is committed.
    """
    session.flush()  # the documents and the payload need their ids
    for name, document in awaited.items():
        if name not in hashed:
            continue
        _check_hash(name, hashed[name], document.sha256)
        session.add(
            DocumentLocation(
                document_id=document.id,
                payload_id=payload.id,
                plaintext_offset=hashed[name].offset,
            )
        )


def _check_hash(name: str, hashed: HashedDocument, expected: str) -> None:
    if hashed.sha256 != expected:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "{name} differs from the manifest (SHA-256)."), name=name
        )
