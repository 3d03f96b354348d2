"""Checking a workspace's documents whole, for `jury-desk workspace check`.

Reading a document for the window decrypts only the chunks that hold it.
This check reads every payload copy from end to end instead: the file is
there and of its recorded size, its header authenticates, every chunk
authenticates under the file key, and every document located in it has the
SHA-256 the database keeps. Each copy is streamed 1 MiB at a time, every
document hashed on the way, so memory stays bounded whatever the size.
Documents kept in `document_chunk` rows (older workspaces) are hashed too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jury_desk.crypto.age_payload import PayloadDamagedError
from jury_desk.models import BundlePayload, DocumentLocation, DossierDocument
from jury_desk.session.documents import iter_content, workspace_database
from jury_desk.session.payloads import StoredPayload


@dataclass(frozen=True)
class StoreReport:
    """What was checked, and one line per problem (each naming its file)."""

    documents: int
    payload_copies: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class _Located:
    offset: int
    document: DossierDocument


def check_documents(session: Session) -> StoreReport:
    """Every payload copy and every document of the workspace `session` is bound to."""
    database = workspace_database(session)
    folder = database.parent
    problems: list[str] = []
    payloads = session.scalars(select(BundlePayload).order_by(BundlePayload.file_name)).all()
    for payload in payloads:
        located = [
            _Located(location.plaintext_offset, location.document)
            for location in session.scalars(
                select(DocumentLocation)
                .where(DocumentLocation.payload_id == payload.id)
                .order_by(DocumentLocation.plaintext_offset)
            )
        ]
        problems += _check_copy(folder / payload.file_name, payload, located)
    in_rows = session.scalars(
        select(DossierDocument).where(~DossierDocument.location.has()).order_by(DossierDocument.id)
    ).all()
    for document in in_rows:
        problems += _check_rows(session, database, document)
    count = session.scalar(select(func.count()).select_from(DossierDocument)) or 0
    return StoreReport(count, len(payloads), tuple(problems))


def _check_copy(path: Path, payload: BundlePayload, located: list[_Located]) -> list[str]:
    if not path.is_file():
        return [f"{path}: missing ({len(located)} document(s) lie in it)"]
    digests = [hashlib.sha256() for _ in located]
    try:
        with StoredPayload(path, payload.file_key, payload.size) as stored:
            end = stored.plaintext_bytes
            outside = [item for item in located if item.offset + item.document.size > end]
            if outside:
                title = outside[0].document.title
                return [f"{path}: « {title} » lies outside it (a shorter payload)"]
            position = 0
            for piece in stored.pieces(0, end):
                _feed(digests, located, position, memoryview(piece))
                position += len(piece)
    except PayloadDamagedError as error:
        return [f"{path}: {error}"]
    except OSError as error:
        return [f"{path}: cannot be read ({error.strerror or error})"]
    return [
        f"{path}: « {item.document.title} » ({item.document.candidate_id}) differs from its SHA-256"
        for item, digest in zip(located, digests, strict=True)
        if digest.hexdigest() != item.document.sha256
    ]


def _feed(
    # hashlib._Hash: typeshed's name for what hashlib.sha256() returns (no public one).
    digests: list[hashlib._Hash],
    located: list[_Located],
    position: int,
    piece: memoryview,
) -> None:
    """Hand each document the part of `piece` (plaintext from `position`) that is its own."""
    end = position + len(piece)
    for digest, item in zip(digests, located, strict=True):
        start, stop = max(item.offset, position), min(item.offset + item.document.size, end)
        if start < stop:
            digest.update(piece[start - position : stop - position])


def _check_rows(session: Session, database: Path, document: DossierDocument) -> list[str]:
    digest = hashlib.sha256()
    size = 0
    for piece in iter_content(session, document.id):
        digest.update(piece)
        size += len(piece)
    if size != document.size or digest.hexdigest() != document.sha256:
        return [
            f"{database}: « {document.title} » ({document.candidate_id}) differs from its SHA-256"
        ]
    return []
