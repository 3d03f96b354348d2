"""Dossier documents' content, stored and read in bounded pieces."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.models import DocumentChunk, DossierDocument

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
    """The content piece by piece, in order, without loading the whole file."""
    query = (
        select(DocumentChunk.data)
        .where(DocumentChunk.document_id == document_id)
        .order_by(DocumentChunk.seq)
    )
    for (piece,) in session.execute(query.execution_options(yield_per=1)):
        yield piece


def read_content(session: Session, document_id: int) -> bytes:
    return b"".join(iter_content(session, document_id))
