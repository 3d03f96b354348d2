"""An age payload decrypted ahead on a thread and read in order, in bounded memory.

The thread reads the age file in pieces of PIECE bytes, opens the sealed
chunks they hold into one of a few plaintext buffers and hands each buffer
over; the reader (the bundle opener, which parses the tar and hashes every
document) gives it back once consumed. ChaCha20-Poly1305 and SHA-256 both
release the GIL on large buffers, so decryption and hashing run on two cores
at once; the buffers bound memory to a few MiB whatever the size of the payload.

Each piece, once its chunks are opened, can be handed as it was read to a
`PieceSink` (the workspace's copy of the encrypted payload), so that the file
is read once for both. A piece starts at a multiple of PIECE in the age file
and lies at a page boundary in memory: the sink can write it with O_DIRECT.

Everything read is provisional until the last chunk has been authenticated:
a damaged chunk is reported when the reader reaches it.
"""

from __future__ import annotations

import mmap
import queue
import threading
from collections.abc import Callable, Iterator
from io import RawIOBase
from typing import Protocol

from jury_desk.crypto.age_payload import (
    CHUNK,
    SEALED_CHUNK,
    TAG,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

BATCH_CHUNKS = 16  # 1 MiB of plaintext per hand-over: few thread switches, little memory
BUFFERS = 4
# Age-file bytes per read: large reads, and large O_DIRECT writes for a sink (a page multiple).
PIECE = 4 << 20
READ_BUFFERS = 4  # so a sink may be writing up to three pieces while the next one is opened
# A tar header (pax records included) is read whole: a bigger one is refused, not allocated.
MAX_SMALL_READ = 1 << 20

# Before each piece in its buffer, room for the start of a chunk that the previous piece cut:
# whole pages, so that the piece itself starts at a page boundary.
_CARRY = -(-SEALED_CHUNK // mmap.PAGESIZE) * mmap.PAGESIZE
_END = object()


class PieceSink(Protocol):
    """Takes the pieces of the age file as they are read (the workspace's copy of it)."""

    def offer(self, index: int, piece: memoryview, release: Callable[[], None]) -> None:
        """Bytes `index * PIECE` … of the age file, in order (whole, but the last): valid until
        `release()`, which the sink calls once, from any thread, when done with them."""


class DecryptedStream:
    """The plaintext of the payload laid out by `layout` in `source`, read in order.

    `source` is a binary file open for reading, used only by the decrypting
    thread (positioned with seek); `base` is where the age file starts in it.
    `sink`, if given (or attached later), is handed each piece of the age file
    once its chunks are opened. Call `close()` when done, whatever happened:
    it stops the thread.
    """

    def __init__(
        self,
        source: RawIOBase,
        base: int,
        layout: StreamLayout,
        cipher: PayloadCipher,
        sink: PieceSink | None = None,
    ) -> None:
        self._free: queue.Queue[bytearray | None] = queue.Queue()
        self._full: queue.Queue[object] = queue.Queue()
        for _ in range(BUFFERS):
            self._free.put(bytearray(BATCH_CHUNKS * CHUNK))
        # Anonymous mappings: page-aligned, as O_DIRECT wants them.
        self._readable: queue.Queue[mmap.mmap | None] = queue.Queue()
        for _ in range(READ_BUFFERS):
            self._readable.put(mmap.mmap(-1, _CARRY + PIECE))
        self._sink = sink
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

    def attach(self, sink: PieceSink) -> None:
        """Hand the pieces read from now on to `sink` (it reads the earlier ones itself)."""
        self._sink = sink

    def close(self) -> None:
        self._stop.set()
        self._free.put(None)  # wakes the thread if it waits for a buffer
        self._readable.put(None)
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
        try:
            self._open_pieces(source, base, layout, cipher)
            self._full.put(_END)
        except _Stopped:
            pass
        except PayloadDamagedError as error:
            self._full.put(error)
        except OSError as error:
            damage = PayloadDamagedError(
                QT_TRANSLATE_NOOP("messages", "the payload cannot be read ({reason})"),
                reason=error.strerror,
            )
            self._full.put(damage)

    def _open_pieces(
        self, source: RawIOBase, base: int, layout: StreamLayout, cipher: PayloadCipher
    ) -> None:
        """Read the age file piece by piece and open its chunks, in order, into plaintext."""
        total = layout.body_at + layout.sealed_bytes
        carry = b""  # the start of a chunk that the previous piece cut
        chunk = 0  # the next chunk to open
        plain: _Plain | None = None
        source.seek(base)
        for index in range(-(-total // PIECE)):
            buffer = self._readable.get()
            if buffer is None or self._stop.is_set():
                raise _Stopped
            view = memoryview(buffer)
            length = min(PIECE, total - index * PIECE)
            if _read_exactly(source, view[_CARRY : _CARRY + length]) < length:
                raise PayloadDamagedError(QT_TRANSLATE_NOOP("messages", "the payload is truncated"))
            # The first piece starts with the header and the nonce, read for the sink only.
            at = _CARRY + (layout.body_at if index == 0 else 0) - len(carry)
            view[at : at + len(carry)] = carry
            end = _CARRY + length
            while chunk < layout.chunks and at + layout.sealed_length(chunk) <= end:
                sealed = view[at : at + layout.sealed_length(chunk)]
                if plain is None:
                    plain = self._plain_buffer()
                try:
                    plain.open(cipher, layout, chunk, sealed)
                except PayloadDamagedError:
                    # The chunks before a damaged one are handed over, as a stream would.
                    self._full.put((plain.buffer, plain.length))
                    raise
                at += len(sealed)
                chunk += 1
                if plain.is_full() or chunk == layout.chunks:
                    self._full.put((plain.buffer, plain.length))
                    plain = None
            carry = bytes(view[at:end])
            self._hand_over(index, buffer, length)
        if chunk < layout.chunks:
            raise PayloadDamagedError(QT_TRANSLATE_NOOP("messages", "the payload is truncated"))

    def _plain_buffer(self) -> _Plain:
        buffer = self._free.get()
        if buffer is None or self._stop.is_set():
            raise _Stopped
        return _Plain(buffer)

    def _hand_over(self, index: int, buffer: mmap.mmap, length: int) -> None:
        """Piece `index`, opened: to the sink, else straight back to be read into again."""
        sink = self._sink
        if sink is None:
            self._readable.put(buffer)
            return
        # Piece and release, bound now: the sink may keep them past this loop's next turn.
        piece = memoryview(buffer)[_CARRY : _CARRY + length]
        sink.offer(index, piece, lambda: self._readable.put(buffer))


class _Stopped(Exception):
    """close() was called: the decrypting thread ends without a word."""


class _Plain:
    """A plaintext buffer being filled with opened chunks, handed over when full."""

    def __init__(self, buffer: bytearray) -> None:
        self.buffer = buffer
        self.length = 0

    def is_full(self) -> bool:
        return self.length == len(self.buffer)

    def open(
        self, cipher: PayloadCipher, layout: StreamLayout, chunk: int, sealed: memoryview
    ) -> None:
        out = memoryview(self.buffer)[self.length : self.length + len(sealed) - TAG]
        cipher.open_into(chunk, layout.is_last(chunk), sealed, out)
        self.length += len(out)


def _read_exactly(source: RawIOBase, into: memoryview) -> int:
    done = 0
    while done < len(into):
        count = source.readinto(into[done:])
        if not count:
            break
        done += count
    return done
