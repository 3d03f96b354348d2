"""The payload of an age v1 file: STREAM chunks that can be opened one by one.

After the header comes a 16-byte nonce, then the plaintext in 64 KiB chunks,
each sealed with ChaCha20-Poly1305 (16-byte tag) under
payload key = HKDF-SHA256(ikm = file key, salt = nonce, info = "payload") and
the nonce counter (11 bytes, big-endian) || last-chunk flag (1 byte). Only the
last chunk may be shorter, and it is empty only when the whole plaintext is.
So any plaintext range maps to whole chunks that are decrypted and
authenticated on their own; a file cut at a chunk boundary fails too, since
its new last chunk was not sealed as the last one.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from jury_desk.crypto.age_header import AgeHeader
from jury_desk.crypto.age_keys import hkdf_sha256
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
NONCE_BYTES = 16


class PayloadDamagedError(UserError):
    """A chunk does not authenticate, or the payload's length is impossible."""


@dataclass(frozen=True)
class StreamLayout:
    """Where the sealed chunks lie in a file whose payload nonce starts at `nonce_at`."""

    nonce_at: int
    sealed_bytes: int  # after the nonce, to the end of the file

    @property
    def body_at(self) -> int:
        return self.nonce_at + NONCE_BYTES

    @property
    def chunks(self) -> int:
        return -(-self.sealed_bytes // SEALED_CHUNK)

    @property
    def plaintext_bytes(self) -> int:
        return self.sealed_bytes - self.chunks * TAG

    def chunk_at(self, index: int) -> int:
        """The file offset of chunk `index`."""
        return self.body_at + index * SEALED_CHUNK

    def sealed_length(self, index: int) -> int:
        return min(SEALED_CHUNK, self.sealed_bytes - index * SEALED_CHUNK)

    def is_last(self, index: int) -> bool:
        return index == self.chunks - 1

    @classmethod
    def of(cls, nonce_at: int, file_bytes: int) -> StreamLayout:
        """The layout of a file of `file_bytes` bytes; refuses a length no payload can have."""
        layout = cls(nonce_at, file_bytes - nonce_at - NONCE_BYTES)
        if layout.sealed_bytes < TAG:
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "the payload is truncated (no chunk)")
            )
        last = layout.sealed_length(layout.chunks - 1)
        if last < TAG or (last == TAG and layout.chunks > 1):
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "the payload is truncated (a chunk is cut short)")
            )
        return layout


class PayloadCipher:
    """Opens the sealed chunks of one payload."""

    def __init__(self, file_key: bytes, nonce: bytes) -> None:
        self._aead = ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))

    def open_into(self, index: int, last: bool, sealed: memoryview, out: memoryview) -> None:
        """Decrypt chunk `index` into `out` (its plaintext length); refuses a forged chunk."""
        nonce = index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            # Releases the GIL (cryptography >= 47): another thread hashes meanwhile.
            self._aead.decrypt_into(nonce, sealed, None, out)
        except InvalidTag:
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "chunk {index} of the payload does not authenticate (damaged or altered)",
                ),
                index=index,
            ) from None

    def open(self, index: int, last: bool, sealed: bytes) -> bytes:
        out = bytearray(len(sealed) - TAG)
        self.open_into(index, last, memoryview(sealed), memoryview(out))
        return bytes(out)


def decrypt_payload_in_memory(data: bytes, header: AgeHeader, file_key: bytes) -> bytes:
    """The whole plaintext of a small age file whose file key is known."""
    layout = StreamLayout.of(header.length, len(data))
    nonce = data[header.length : header.length + NONCE_BYTES]
    cipher = PayloadCipher(file_key, nonce)
    pieces = []
    for index in range(layout.chunks):
        start = layout.chunk_at(index)
        sealed = data[start : start + layout.sealed_length(index)]
        pieces.append(cipher.open(index, layout.is_last(index), sealed))
    return b"".join(pieces)
