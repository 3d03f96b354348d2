"""A dossier document's content in plain SQL, as session/documents.py `read_content` reads it.

A document opened from a bundle lies in a payload copy beside the workspace
(`document_location`, `bundle_payload`); any other in `document_chunk` rows.
Either way the whole content is checked against the document's SHA-256, and a
copy that is missing or damaged is refused with the same one-line message
(session/stored_content.py, shared with the ORM's route).
"""

from __future__ import annotations

from pathlib import Path

from jury_desk.session.stored_content import checked_content, payload_pieces
from jury_desk.store.workspace import PlainReads


def content(sql: PlainReads, folder: Path, document_id: int) -> bytes:
    """The document's whole content; `folder` is the workspace file's folder."""
    document = sql.first(
        "SELECT title, sha256, size FROM dossier_document WHERE id = ?", (document_id,)
    )
    location = sql.first(
        "SELECT bundle_payload.file_name, bundle_payload.file_key, bundle_payload.size,"
        " document_location.plaintext_offset"
        " FROM document_location"
        " JOIN bundle_payload ON bundle_payload.id = document_location.payload_id"
        " WHERE document_location.document_id = ?",
        (document_id,),
    )
    if location is None:
        pieces = [
            piece
            for (piece,) in sql.all(
                "SELECT data FROM document_chunk WHERE document_id = ? ORDER BY seq",
                (document_id,),
            )
        ]
    else:
        assert document is not None  # the location's foreign key
        file_name, file_key, payload_size, offset = location
        pieces = list(
            payload_pieces(
                folder / file_name, file_key, payload_size, offset, document[2], document[0]
            )
        )
    assert document is not None
    title, sha256, _size = document
    return checked_content(b"".join(pieces), sha256, title)
