"""Hashing the payload's documents on a thread while the opener prepares the workspace.

Decrypting (one thread) and hashing (this one) release the GIL on large
buffers, so they run on two cores; the workspace's creation or update runs
meanwhile on the calling thread, which then waits for the hashes.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from jury_desk.bundle.payload_reader import PayloadReader


@dataclass(frozen=True)
class HashedDocument:
    offset: int  # of its first byte in the payload's plaintext
    size: int
    sha256: str


class _Cancelled(Exception):
    pass


class DocumentHashes:
    """Every document of `reader`, hashed on a thread; `result()` waits for them."""

    def __init__(self, reader: PayloadReader) -> None:
        self._reader = reader
        self._cancel = threading.Event()
        self._hashes: dict[str, HashedDocument] = {}
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="document-hashes", daemon=True)
        self._thread.start()

    def result(self) -> dict[str, HashedDocument]:
        """Path in the payload → where the document lies and its SHA-256; raises the reader's
        error (a document not in the manifest, a damaged chunk…)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._hashes

    def cancel(self) -> None:
        self._cancel.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            for entry in self._reader.documents():
                digest = hashlib.sha256()
                for piece in entry.pieces():
                    if self._cancel.is_set():
                        raise _Cancelled
                    digest.update(piece)
                self._hashes[entry.name] = HashedDocument(
                    entry.offset, entry.size, digest.hexdigest()
                )
        except _Cancelled:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the thread calling result()
            self._error = exc


@contextmanager
def hashing_documents(reader: PayloadReader) -> Iterator[DocumentHashes]:
    """Hash on a thread for the duration of the block; stopped if the block fails."""
    hashes = DocumentHashes(reader)
    try:
        yield hashes
    except BaseException:
        hashes.cancel()
        raise
    hashes.result()
