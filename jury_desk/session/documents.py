"""Dossier documents' content, stored and read in bounded pieces.

A document opened from a bundle lies in a stored copy of that bundle's
encrypted payload (`document_payloads`); a document given directly, or kept
by a workspace made before schema 0004, lies in `document_chunk` rows. Both
read the same way from here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models import BundlePayload, DocumentChunk, DocumentLocation, DossierDocument
from jury_desk.session.stored_content import checked_content, payload_pieces

CHUNK_BYTES = 1 << 20


class DocumentMismatchError(ValueError):
    """The content read does not have the size or SHA-256 the document declares."""


def store_content(session: Session, document: DossierDocument, source: IO[bytes]) -> None:
    """Write `source` into the document's chunks, checking it against its declared hash."""
    session.flush()  # the document needs its id
    digest = hashlib.sha256()
    size = 0
    for seq, piece in enumerate(iter(lambda: source.read(CHUNK_BYTES), b"")):
        digest.update(piece)
        size += len(piece)
        chunk = DocumentChunk(document_id=document.id, seq=seq, data=piece)
        session.add(chunk)
        # Written and forgotten now, so that one piece at a time is held in memory.
        session.flush()
        session.expunge(chunk)
    if size != document.size or digest.hexdigest() != document.sha256:
        raise DocumentMismatchError(
            f"{document.title}: content differs from its declared size and SHA-256"
        )


def iter_content(session: Session, document_id: int) -> Iterator[bytes]:
    """The content piece by piece, in order, without loading the whole file.

    A stored payload that is missing or does not authenticate raises
    `CorruptWorkspaceError` (one line) when the pieces concerned are reached.
    """
    location = session.get(DocumentLocation, document_id)
    if location is None:
        yield from _chunks(session, document_id)
        return
    document = session.get(DossierDocument, document_id)
    assert document is not None  # the location's foreign key
    payload = session.get(BundlePayload, location.payload_id)
    assert payload is not None
    yield from payload_pieces(
        workspace_folder(session) / payload.file_name,
        payload.file_key,
        payload.size,
        location.plaintext_offset,
        document.size,
        document.title,
    )


def read_content(session: Session, document_id: int) -> bytes:
    """The whole content, checked against the document's SHA-256 (kept in the database)."""
    content = b"".join(iter_content(session, document_id))
    document = session.get(DossierDocument, document_id)
    assert document is not None
    return checked_content(content, document.sha256, document.title)


def workspace_folder(session: Session) -> Path:
    """The folder of the workspace file this session is bound to."""
    return workspace_database(session).parent


def workspace_database(session: Session) -> Path:
    """The workspace file this session is bound to."""
    database = session.get_bind().engine.url.database
    assert database, "a workspace session is bound to a file"
    return Path(database)


def _chunks(session: Session, document_id: int) -> Iterator[bytes]:
    query = (
        select(DocumentChunk.data)
        .where(DocumentChunk.document_id == document_id)
        .order_by(DocumentChunk.seq)
    )
    for (piece,) in session.execute(query.execution_options(yield_per=1)):
        yield piece
