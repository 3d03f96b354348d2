"""The workspace's copy of a bundle's encrypted payload, written from the pieces the decrypting
stream reads (O_DIRECT where it can), or read by the copy itself for the pieces nobody hands it:
begun before the key is known, begun late, never fed, through the page cache, on another file
system, stopped midway. Whatever the order, the copy is the payload byte for byte."""

from __future__ import annotations

import errno
import io
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jury_desk.bundle import payload_copy
from jury_desk.bundle.payload_copy import PayloadCopy, PayloadPlace
from jury_desk.bundle.payload_reader import payload_identity
from jury_desk.crypto.age_decrypting import PIECE, DecryptedStream
from jury_desk.crypto.age_header import MAX_HEADER_BYTES, check_recipient_header
from jury_desk.crypto.age_keys import unwrap_x25519
from jury_desk.crypto.age_payload import (
    NONCE_BYTES,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.crypto.age_stream import encrypt_to_file, generate_x25519
from jury_desk.session.payloads import stored_payload_files

MIB = 1 << 20
BEFORE = 3 * 512  # the payload lies inside the bundle at a tar block, not at a page
AFTER = 1000

needs_unnamed_files = pytest.mark.skipif(
    not hasattr(os, "O_TMPFILE"), reason="unnamed files (O_TMPFILE) are Linux's"
)


class _Bundle:
    """A file holding an age payload between other bytes, as a bundle holds payload.age."""

    def __init__(self, folder: Path, plaintext: bytes) -> None:
        identity, recipient = generate_x25519()
        age = folder / "payload.age"
        encrypt_to_file(io.BytesIO(plaintext), age, [recipient])
        self.payload = age.read_bytes()
        age.unlink()
        self.path = folder / "bundle.bin"
        self.path.write_bytes(b"\x01" * BEFORE + self.payload + b"\x02" * AFTER)
        prefix = self.payload[:MAX_HEADER_BYTES]
        self.header = check_recipient_header(prefix)
        self.file_key = unwrap_x25519(self.header, [identity])
        nonce_end = self.header.length + NONCE_BYTES
        self.nonce = prefix[self.header.length : nonce_end]
        self.place = PayloadPlace(
            self.path, BEFORE, len(self.payload), payload_identity(prefix[:nonce_end])
        )

    @contextmanager
    def stream(self, copy: PayloadCopy | None = None) -> Iterator[DecryptedStream]:
        layout = StreamLayout.of(self.header.length, len(self.payload))
        with self.path.open("rb", buffering=0) as raw:
            stream = DecryptedStream(
                raw, BEFORE, layout, PayloadCipher(self.file_key, self.nonce), copy
            )
            try:
                yield stream
            finally:
                stream.close()


def _plaintext(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def _read_all(stream: DecryptedStream) -> bytes:
    return b"".join(bytes(piece) for piece in stream.pieces(stream.plaintext_bytes))


# Under a piece; one piece and a tail that is no whole block; several pieces.
SIZES = [5 * 1024, PIECE - 3 * 65536 + 17, 2 * PIECE + 12345]


@pytest.mark.parametrize("size", SIZES, ids=["small", "one-piece", "three-pieces"])
def test_a_copy_fed_by_the_stream_is_the_payload(tmp_path: Path, size: int) -> None:
    plaintext = _plaintext(size)
    bundle = _Bundle(tmp_path, plaintext)
    folder = tmp_path / "workspace"
    copy = PayloadCopy(bundle.place, folder)
    with bundle.stream(copy) as stream:
        assert _read_all(stream) == plaintext
    path = copy.keep()
    copy.close()
    assert path == folder / f"payload-{bundle.place.identity}.age"
    assert path.read_bytes() == bundle.payload
    assert stored_payload_files(folder) == [path]


@needs_unnamed_files
def test_a_copy_staged_before_the_key_is_known_is_named_in_its_workspace(
    tmp_path: Path,
) -> None:
    plaintext = _plaintext(2 * PIECE + 777)
    bundle = _Bundle(tmp_path, plaintext)
    staging, folder = tmp_path / "workspaces", tmp_path / "workspaces" / "session"
    copy = PayloadCopy.staged(bundle.place, staging)
    assert copy is not None
    assert list(staging.iterdir()) == []  # unnamed until kept
    with bundle.stream(copy) as stream:  # it may have read everything already, or nothing
        assert _read_all(stream) == plaintext
    copy.move_to(folder)
    path = copy.keep()
    copy.close()
    assert path.parent == folder and path.read_bytes() == bundle.payload
    assert [p.name for p in staging.iterdir()] == ["session"]


def test_a_copy_begun_after_the_stream_reads_what_it_was_not_handed(tmp_path: Path) -> None:
    plaintext = _plaintext(3 * PIECE + 4321)
    bundle = _Bundle(tmp_path, plaintext)
    with bundle.stream() as stream:
        head = bytes(stream.read(MIB))  # pieces read, and given back, before the copy
        copy = PayloadCopy(bundle.place, tmp_path)
        stream.attach(copy)
        assert head + _read_all(stream) == plaintext
    assert copy.keep().read_bytes() == bundle.payload
    copy.close()


def test_a_copy_nobody_feeds_reads_the_payload_itself(tmp_path: Path) -> None:
    bundle = _Bundle(tmp_path, _plaintext(PIECE + 99))
    copy = PayloadCopy(bundle.place, tmp_path)
    assert copy.keep().read_bytes() == bundle.payload
    copy.close()


def test_a_copy_through_the_page_cache_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file system that refuses O_DIRECT.
    monkeypatch.setattr(payload_copy, "_set_direct", lambda _fd, *, on: False)
    plaintext = _plaintext(2 * PIECE + 5)
    bundle = _Bundle(tmp_path, plaintext)
    copy = PayloadCopy(bundle.place, tmp_path)
    with bundle.stream(copy) as stream:
        assert _read_all(stream) == plaintext
    assert copy.keep().read_bytes() == bundle.payload
    copy.close()


@needs_unnamed_files
def test_a_staged_copy_is_copied_to_a_workspace_on_another_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cross_device(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    plaintext = _plaintext(PIECE + 3)
    bundle = _Bundle(tmp_path, plaintext)
    copy = PayloadCopy.staged(bundle.place, tmp_path / "staging")
    assert copy is not None
    with bundle.stream(copy) as stream:
        assert _read_all(stream) == plaintext
    copy.move_to(tmp_path / "elsewhere")
    monkeypatch.setattr(os, "link", cross_device)
    path = copy.keep()
    copy.close()
    assert path.read_bytes() == bundle.payload
    assert stored_payload_files(path.parent) == [path]


def test_a_discarded_copy_leaves_nothing_and_the_stream_goes_on(tmp_path: Path) -> None:
    plaintext = _plaintext(3 * PIECE)
    bundle = _Bundle(tmp_path, plaintext)
    folder = tmp_path / "workspace"
    copy = PayloadCopy(bundle.place, folder)
    with bundle.stream(copy) as stream:
        head = bytes(stream.read(MIB))
        copy.discard()  # the stream's later pieces are given straight back
        assert head + _read_all(stream) == plaintext
    copy.discard()  # again: nothing more
    assert list(folder.iterdir()) == []


def test_a_damaged_chunk_stops_the_stream_and_the_copy_is_discarded(tmp_path: Path) -> None:
    bundle = _Bundle(tmp_path, _plaintext(2 * PIECE))
    data = bytearray(bundle.path.read_bytes())
    data[BEFORE + len(bundle.payload) // 2] ^= 0x01
    bundle.path.write_bytes(bytes(data))
    folder = tmp_path / "workspace"
    copy = PayloadCopy(bundle.place, folder)
    with bundle.stream(copy) as stream, pytest.raises(PayloadDamagedError, match="authenticate"):
        _read_all(stream)
    copy.discard()
    assert list(folder.iterdir()) == []


def test_a_bundle_cut_short_fails_the_copy(tmp_path: Path) -> None:
    bundle = _Bundle(tmp_path, _plaintext(PIECE + 10))
    with bundle.path.open("r+b") as handle:
        handle.truncate(BEFORE + len(bundle.payload) - 100)
    copy = PayloadCopy(bundle.place, tmp_path / "workspace")
    with pytest.raises(OSError, match="ended 100 bytes early"):
        copy.keep()
    copy.discard()
