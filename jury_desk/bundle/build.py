"""`bundle build`: from the organiser's folder to one encrypted, signed bundle file."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import serialization

from jury_desk.bundle.container import (
    MANIFEST,
    SIGNATURE,
    Member,
    Progress,
    regular_member,
    write_bundle,
)
from jury_desk.bundle.folder.layout import (
    LINK_MEDIA_TYPE,
    PRODUCT_SHEET_LINK_TITLE,
    SITE_LINK_TITLE,
)
from jury_desk.bundle.folder.loading import load_folder
from jury_desk.bundle.folder.model import FolderCandidate, FolderJuror, OrganiserFolder
from jury_desk.bundle.manifest import Manifest, OrganiserInfo, manifest_to_json
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import read_outside_file
from jury_desk.models.enums import DocumentKind
from jury_desk.rules.deadlines import add_months
from jury_desk.session.spec import CandidateSpec, DocumentSpec, JurorSpec
from jury_desk.trust.authority import Authority, issue_juror_certificate
from jury_desk.trust.enrolment import REQUEST_FILE, EnrolmentRequest
from jury_desk.trust.errors import TrustError
from jury_desk.trust.verify import sign_bytes

_HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class BuildResult:
    path: Path
    manifest: Manifest
    documents: int
    payload_bytes: int


def build_bundle(
    folder: Path,
    output: Path,
    authority: Authority,
    now: datetime,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    return build_bundle_from(load_folder(folder), output, authority, now, passphrase, progress)


def build_bundle_from(
    source: OrganiserFolder,
    output: Path,
    authority: Authority,
    now: datetime,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """The bundle of a session already loaded: from a folder, or laid out by the registry."""
    jurors = tuple(_enrolled(juror, source, authority, now) for juror in source.jurors)
    candidates: list[CandidateSpec] = []
    files: dict[str, DocumentSource] = {}
    for candidate in source.candidates:
        candidate_spec, candidate_files = _candidate(candidate)
        candidates.append(candidate_spec)
        files.update(candidate_files)
    spec = source.session_spec(now, jurors, tuple(candidates))
    manifest = Manifest(
        spec,
        OrganiserInfo(
            authority.name,
            authority.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            authority.age_recipient,
            authority.succession,  # after a renewal, so that jurors keep trusting it
        ),
        source.timezone,
    )
    manifest_bytes = manifest_to_json(manifest)
    signature = sign_bytes(authority.private_key, manifest_bytes)
    mtime = int(now.timestamp())
    members: list[Member] = [
        regular_member(MANIFEST, len(manifest_bytes), mtime, _bytes_source(manifest_bytes)),
        regular_member(SIGNATURE, len(signature), mtime, _bytes_source(signature)),
    ]
    for candidate_spec in spec.candidates:
        for document in candidate_spec.documents:
            assert document.path is not None
            members.append(
                regular_member(document.path, document.size, mtime, files[document.path].open)
            )
    recipients = [juror.age_recipient for juror in jurors if juror.age_recipient]
    write_bundle(output, members, recipients, passphrase, progress, session_id=spec.id)
    total = sum(d.size for c in spec.candidates for d in c.documents)
    return BuildResult(output, manifest, len(files), total)


def certificate_validity(source: OrganiserFolder, now: datetime) -> tuple[datetime, datetime]:
    """From now until the minutes can no longer be due: the session's end plus its delay."""
    end_day = add_months(source.ends_on, source.decision_delay_months + 1)
    not_after = datetime.combine(end_day, datetime.min.time(), tzinfo=now.tzinfo)
    return now - timedelta(minutes=5), not_after


def _enrolled(
    juror: FolderJuror, source: OrganiserFolder, authority: Authority, now: datetime
) -> JurorSpec:
    if juror.request is None:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages",
                "session.toml: juror {juror} has no enrolment request yet: ask {name} "
                "for the file made by `jury-desk identity request`.",
            ),
            juror=juror.id,
            name=juror.name,
        )
    data = read_outside_file(juror.request, REQUEST_FILE)  # a juror's file: bounded
    request = EnrolmentRequest.from_json(data, str(juror.request))
    if request.email.casefold() != juror.email.casefold():
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "{path}: the request is for {email}, session.toml says {expected}."
            ),
            path=juror.request,
            email=request.email,
            expected=juror.email,
        )
    not_before, not_after = certificate_validity(source, now)
    not_after = min(not_after, authority.certificate.not_valid_after_utc)
    certificate = issue_juror_certificate(authority, request, not_before, not_after)
    return JurorSpec(
        id=juror.id,
        name=juror.name,
        email=juror.email,
        role=juror.role,
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        age_recipient=request.age_recipient,
    )


@dataclass(frozen=True)
class DocumentSource:
    """Where a document's bytes come from when the payload is written."""

    path: Path | None
    data: bytes | None

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")


def _bytes_source(data: bytes) -> Callable[[], BinaryIO]:
    return DocumentSource(None, data).open


def _candidate(candidate: FolderCandidate) -> tuple[CandidateSpec, dict[str, DocumentSource]]:
    documents: list[DocumentSpec] = []
    files: dict[str, DocumentSource] = {}
    links = (
        (DocumentKind.SITE_LINK, SITE_LINK_TITLE, candidate.site_url),
        (DocumentKind.PRODUCT_SHEET_LINK, PRODUCT_SHEET_LINK_TITLE, candidate.product_sheet_url),
    )
    entries: list[tuple[DocumentKind, str, str, DocumentSource, int, str]] = []
    for kind, title, url in links:
        data = url.encode()  # the URL alone, as the window shows it
        entries.append(
            (kind, title, LINK_MEDIA_TYPE, DocumentSource(None, data), len(data), _sha256(data))
        )
    for document in candidate.documents:
        size, digest = _hash_file(document.path)
        entries.append(
            (
                document.kind,
                document.title,
                document.media_type,
                DocumentSource(document.path, None),
                size,
                digest,
            )
        )
    for position, (kind, title, media_type, source, size, digest) in enumerate(entries, start=1):
        extension = "url" if media_type == LINK_MEDIA_TYPE else _extension_of(source)
        path = f"documents/{candidate.id}/{position:02d}-{_slug(title)}.{extension}"
        documents.append(
            DocumentSpec(
                kind, title, media_type, declared_sha256=digest, declared_size=size, path=path
            )
        )
        files[path] = source
    spec = CandidateSpec(
        id=candidate.id,
        name=candidate.name,
        startup=candidate.startup,
        incubator=candidate.incubator,
        phase=candidate.phase,
        role=candidate.role,
        slot_start=candidate.slot_start,
        slot_minutes=candidate.slot_minutes,
        documents=tuple(documents),
    )
    return spec, files


def _extension_of(source: DocumentSource) -> str:
    suffix = source.path.suffix.lstrip(".").lower() if source.path else ""
    return suffix or "bin"


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()
    return slug[:60] or "document"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for piece in iter(lambda: handle.read(_HASH_CHUNK), b""):
            digest.update(piece)
            size += len(piece)
    return size, digest.hexdigest()
