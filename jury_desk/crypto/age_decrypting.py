"""An age payload decrypted ahead on a thread and read in order, in bounded memory.

The thread reads a batch of sealed chunks, opens them into one of a few
plaintext buffers and hands the buffer over; the reader (the bundle opener,
which parses the tar and hashes every document) gives it back once consumed.
ChaCha20-Poly1305 and SHA-256 both release the GIL on large buffers, so
decryption and hashing run on two cores at once; the buffers bound memory to
a few MiB whatever the size of the payload.

Everything read is provisional until the last chunk has been authenticated:
a damaged chunk is reported when the reader reaches it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from io import RawIOBase

from jury_desk.crypto.age_payload import (
    CHUNK,
    SEALED_CHUNK,
    TAG,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.messages import QT_TRANSLATE_NOOP

BATCH_CHUNKS = 16  # 1 MiB of plaintext per hand-over: few thread switches, little memory
BUFFERS = 4
# A tar header (pax records included) is read whole: a bigger one is refused, not allocated.
MAX_SMALL_READ = 1 << 20

_END = object()


class DecryptedStream:
    """The plaintext of the payload laid out by `layout` in `source`, read in order.

    `source` is a binary file open for reading, used only by the decrypting
    thread (positioned with seek); `base` is where the age file starts in it.
    Call `close()` when done, whatever happened: it stops the thread.
    """

    def __init__(
        self, source: RawIOBase, base: int, layout: StreamLayout, cipher: PayloadCipher
    ) -> None:
        self._free: queue.Queue[bytearray | None] = queue.Queue()
        self._full: queue.Queue[object] = queue.Queue()
        for _ in range(BUFFERS):
            self._free.put(bytearray(BATCH_CHUNKS * CHUNK))
        self._stop = threading.Event()
        self._current: bytearray | None = None
        self._view = memoryview(b"")
        self._position = 0  # in self._view
        self._offset = 0  # plaintext bytes consumed before self._view
        self._ended = False
        self.plaintext_bytes = layout.plaintext_bytes
        self._thread = threading.Thread(
            target=self._decrypt_all,
            args=(source, base, layout, cipher),
            name="age-payload-decrypt",
            daemon=True,
        )
        self._thread.start()

    # ------------------------------------------------------------ the reader's side

    def tell(self) -> int:
        return self._offset + self._position

    def read(self, size: int) -> bytes:
        """Up to `size` bytes (fewer only at the end): for headers, never for content."""
        if size > MAX_SMALL_READ:
            raise PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "a header of the payload is larger than {limit}"),
                limit=MAX_SMALL_READ,
            )
        return b"".join(bytes(piece) for piece in self.pieces(size))

    def pieces(self, size: int) -> Iterator[memoryview]:
        """The next `size` bytes, as views valid until the next call on this stream."""
        while size > 0 and self._available():
            end = min(len(self._view), self._position + size)
            piece = self._view[self._position : end]
            size -= end - self._position
            self._position = end
            yield piece

    def skip(self, size: int) -> int:
        """Pass over `size` bytes (still decrypted and authenticated); how many there were."""
        return sum(len(piece) for piece in self.pieces(size))

    def rest_is_zero(self) -> bool:
        """Read to the end: are all the remaining bytes zero (a tar's end padding)?"""
        zero = True
        for piece in self.pieces(self.plaintext_bytes):
            zero = zero and piece == bytes(len(piece))
        return zero

    def close(self) -> None:
        self._stop.set()
        self._free.put(None)  # wakes the thread if it waits for a buffer
        self._thread.join()

    def _available(self) -> bool:
        if self._position < len(self._view):
            return True
        if self._ended:
            return False
        self._offset += len(self._view)
        if self._current is not None:
            self._free.put(self._current)
            self._current = None
        item = self._full.get()
        if item is _END:
            self._ended = True
            self._view, self._position = memoryview(b""), 0
            return False
        if isinstance(item, BaseException):
            self._ended = True
            self._view, self._position = memoryview(b""), 0
            raise item
        assert isinstance(item, tuple)
        self._current, length = item
        self._view, self._position = memoryview(self._current)[:length], 0
        return length > 0 or self._available()

    # ------------------------------------------------------------ the decrypting thread

    def _decrypt_all(
        self, source: RawIOBase, base: int, layout: StreamLayout, cipher: PayloadCipher
    ) -> None:
        sealed_view = memoryview(bytearray(BATCH_CHUNKS * SEALED_CHUNK))
        try:
            source.seek(base + layout.body_at)
            for first in range(0, layout.chunks, BATCH_CHUNKS):
                count = min(BATCH_CHUNKS, layout.chunks - first)
                wanted = sum(layout.sealed_length(first + n) for n in range(count))
                if _read_exactly(source, sealed_view[:wanted]) < wanted:
                    raise PayloadDamagedError(
                        QT_TRANSLATE_NOOP("messages", "the payload is truncated")
                    )
                plain = self._free.get()
                if plain is None or self._stop.is_set():
                    return
                length, damage = _open_batch(
                    cipher, layout, first, count, sealed_view, memoryview(plain)
                )
                # The chunks before a damaged one are handed over, as a stream would.
                self._full.put((plain, length))
                if damage is not None:
                    raise damage
            self._full.put(_END)
        except PayloadDamagedError as error:
            self._full.put(error)
        except OSError as error:
            damage = PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "the payload cannot be read ({reason})"),
                reason=error.strerror,
            )
            self._full.put(damage)


def _open_batch(
    cipher: PayloadCipher,
    layout: StreamLayout,
    first: int,
    count: int,
    sealed: memoryview,
    plain: memoryview,
) -> tuple[int, PayloadDamagedError | None]:
    """Open chunks `first` … `first + count - 1`, laid end to end in `sealed`, into `plain`:
    the plaintext bytes opened, and the damage that stopped it, if any."""
    read = written = 0
    for index in range(first, first + count):
        length = layout.sealed_length(index)
        try:
            cipher.open_into(
                index,
                layout.is_last(index),
                sealed[read : read + length],
                plain[written : written + length - TAG],
            )
        except PayloadDamagedError as damage:
            return written, damage
        read += length
        written += length - TAG
    return written, None


def _read_exactly(source: RawIOBase, into: memoryview) -> int:
    done = 0
    while done < len(into):
        count = source.readinto(into[done:])
        if not count:
            break
        done += count
    return done
