"""Stored bundle payloads: the encrypted copies beside a workspace that hold its documents.

A workspace's folder holds, beside `workspace.db`, one `payload-<id>.age` per
bundle whose documents it shows: the bundle's `payload.age` byte for byte
(`<id>` is the SHA-256 of its age header and payload nonce). Its file key is
in the database (`bundle_payload`), so the workspace key protects it as it
protects everything else; a document is read by decrypting and
authenticating only the 64 KiB chunks that hold it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from jury_desk.crypto.age_header import MAX_HEADER_BYTES, AgeHeaderError, parse_header
from jury_desk.crypto.age_keys import HeaderMacError, check_header_mac
from jury_desk.crypto.age_payload import (
    CHUNK,
    NONCE_BYTES,
    TAG,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

PREFIX = "payload-"
SUFFIX = ".age"
# A copy being written where unnamed files are not available (not Linux): never kept.
TEMPORARY_PREFIX = ".payload-"
TEMPORARY_SUFFIX = ".tmp"
READ_CHUNKS = 16  # 1 MiB of plaintext per read


def payload_file_name(identity: str) -> str:
    return f"{PREFIX}{identity}{SUFFIX}"


def short_payload_name(file_name: str) -> str:
    """`payload-342179d8….age`: enough to tell copies apart in a sentence that must wrap."""
    identity = file_name.removeprefix(PREFIX).removesuffix(SUFFIX)
    return f"{PREFIX}{identity[:8]}…{SUFFIX}"


def stored_payload_files(folder: Path) -> list[Path]:
    """The payload copies in a workspace's folder, kept or left by an interrupted opening."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if (path.name.startswith(PREFIX) and path.name.endswith(SUFFIX))
        or (path.name.startswith(TEMPORARY_PREFIX) and path.name.endswith(TEMPORARY_SUFFIX))
    )


class StoredPayload:
    """One payload copy, open for reading ranges of its plaintext.

    Raises `PayloadDamagedError` (or `OSError`) when the copy is missing, cut,
    or does not authenticate under its file key.
    """

    def __init__(self, path: Path, file_key: bytes, size: int) -> None:
        self.path = path
        self._handle = path.open("rb")
        try:
            self._cipher, self._layout = self._check(file_key, size)
        except BaseException:
            self._handle.close()
            raise

    def _check(self, file_key: bytes, size: int) -> tuple[PayloadCipher, StreamLayout]:
        actual = os.fstat(self._handle.fileno()).st_size
        if actual != size:
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "it has {actual} bytes instead of {size}"),
                actual=actual,
                size=size,
            )
        prefix = self._handle.read(min(size, MAX_HEADER_BYTES))
        try:
            header = parse_header(prefix)
            check_header_mac(prefix, header, file_key)
        except (AgeHeaderError, HeaderMacError):
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "its age header is damaged")
            ) from None
        nonce = prefix[header.length : header.length + NONCE_BYTES]
        layout = StreamLayout.of(header.length, size)
        return PayloadCipher(file_key, nonce), layout

    @property
    def plaintext_bytes(self) -> int:
        """The length of the payload's plaintext (the tar)."""
        return self._layout.plaintext_bytes

    def pieces(self, offset: int, size: int) -> Iterator[bytes]:
        """Plaintext bytes `offset` … `offset + size - 1`, in pieces of at most 1 MiB."""
        if offset < 0 or size < 0 or offset + size > self._layout.plaintext_bytes:
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "a document lies outside its stored payload")
            )
        end = offset + size
        first = offset // CHUNK
        while offset < end:
            last = min((end - 1) // CHUNK, first + READ_CHUNKS - 1)
            plaintext = self._open_chunks(first, last)
            start = offset - first * CHUNK
            piece = plaintext[start : start + min(end - offset, len(plaintext) - start)]
            yield piece
            offset += len(piece)
            first = last + 1

    def _open_chunks(self, first: int, last: int) -> bytes:
        layout = self._layout
        self._handle.seek(layout.chunk_at(first))
        wanted = sum(layout.sealed_length(index) for index in range(first, last + 1))
        sealed = self._handle.read(wanted)
        if len(sealed) != wanted:
            raise PayloadDamagedError(QT_TRANSLATE_NOOP("messages", "it is cut short"))
        plaintext = bytearray(wanted - (last - first + 1) * TAG)
        sealed_view, plain_view = memoryview(sealed), memoryview(plaintext)
        read = written = 0
        for index in range(first, last + 1):
            length = layout.sealed_length(index)
            self._cipher.open_into(
                index,
                layout.is_last(index),
                sealed_view[read : read + length],
                plain_view[written : written + length - TAG],
            )
            read += length
            written += length - TAG
        return bytes(plaintext)

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> StoredPayload:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
