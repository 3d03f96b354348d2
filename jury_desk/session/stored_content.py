"""A document's stored content read and checked, without the ORM.

Shared by the ORM's route (documents.py) and the juror's plain reads
(jury_desk/juror/reading/documents.py), so that both read a payload copy the
same way and refuse a damaged one with the same one-line message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from jury_desk.crypto.age_payload import PayloadDamagedError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.session.payloads import StoredPayload, short_payload_name
from jury_desk.store.errors import CorruptWorkspaceError


def payload_pieces(
    path: Path, file_key: bytes, payload_size: int, offset: int, size: int, title: str
) -> Iterator[bytes]:
    """A document's plaintext from the payload copy at `path`, piece by piece.

    A copy that is missing or does not authenticate raises `CorruptWorkspaceError`
    (one line) when the pieces concerned are reached.
    """
    try:
        with StoredPayload(path, file_key, payload_size) as stored:
            yield from stored.pieces(offset, size)
    except (PayloadDamagedError, OSError) as error:
        detail: object = error
        if isinstance(error, OSError):
            detail = error.strerror or str(error)
        # The copy's short name: its full one (64 hex digits) cannot wrap in the window.
        raise CorruptWorkspaceError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The workspace {folder} is damaged: « {title} » cannot be read from its copy "
                "of the session bundle ({copy}: {reason}); open the session bundle again (it "
                "writes the copy anew), or restore the workspace from a backup.",
            ),
            folder=path.parent,
            title=title,
            copy=short_payload_name(path.name),
            reason=detail,
        ) from None


def checked_content(content: bytes, sha256: str, title: str) -> bytes:
    """`content`, if it has the SHA-256 its document declares (kept in the database)."""
    if hashlib.sha256(content).hexdigest() != sha256:
        # Only someone holding the bundle's file key could forge chunks that authenticate.
        raise CorruptWorkspaceError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The workspace of « {title} » is damaged: its content differs from its "
                "SHA-256; restore it from a backup.",
            ),
            title=title,
        )
    return content
