"""The bundle's encrypted payload, copied into the workspace's folder while it is verified.

The copy is written on its own thread, a piece at a time (age_decrypting.PIECE
bytes), from the very buffers the decrypting thread has read the payload into
and opened: the file is read once, and where the file system allows it the
pieces go to disk with O_DIRECT, without passing through the page cache. A
piece nobody hands over is read here: the copy begins before the payload's key
is known (during the passphrase's key derivation, for one), and where the
decryption started before the copy.

It is written to an unnamed file (Linux `O_TMPFILE`: it vanishes if the
process is killed) or, elsewhere, to a `.payload-….tmp` file; it gets its name
only once the payload is verified, just before the workspace's transaction
commits, and the opener removes it again if that commit fails. A name given
and then a kill before the commit leaves a copy no row refers to: the next
opening of the workspace's bundle removes it (`remove_unreferenced`).

Opening the same bundle again writes its copy anew the same way when the
workspace's copy is missing or differs from it (`holds_payload_of`).
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import queue
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from io import RawIOBase
from pathlib import Path

from jury_desk.bundle.payload_reader import PayloadSource
from jury_desk.crypto.age_decrypting import PIECE
from jury_desk.kernel.atomic import fsync_directory
from jury_desk.session.payloads import (
    TEMPORARY_PREFIX,
    TEMPORARY_SUFFIX,
    payload_file_name,
    stored_payload_files,
)

COMPARED = 1 << 20
# O_DIRECT writes whole blocks from aligned memory: pages, a multiple of the usual block sizes
# (a file system that wants more refuses the write, and the copy goes through the page cache).
_DIRECT_BLOCK = mmap.PAGESIZE
_PROC_FD = Path("/proc/self/fd")

_Offer = tuple[int, memoryview, Callable[[], None]]


@dataclass(frozen=True)
class PayloadPlace:
    """Where a bundle's encrypted payload lies, and its identity: all that copying it needs."""

    bundle: Path
    offset: int  # of the age file (payload.age) in the bundle
    size: int
    identity: str

    @classmethod
    def of(cls, source: PayloadSource) -> PayloadPlace:
        return cls(source.bundle, source.offset, source.size, source.identity)


class PayloadCopy:
    """A copy of the payload at `place` being written into `folder`; `keep()` names it `path`.

    It is a `PieceSink` for the decrypting stream (`offer`): the pieces it is
    handed are written as they come; the others are read from the bundle here.
    """

    def __init__(self, place: PayloadPlace, folder: Path, *, staged: int | None = None) -> None:
        self.path = folder / payload_file_name(place.identity)
        self._place = place
        if staged is None:
            self._fd, self._temporary = _unnamed_file(folder)
        else:
            self._fd, self._temporary = staged, None
        self._direct = _set_direct(self._fd, on=True)
        self._pieces = -(-place.size // PIECE)
        self._written = 0  # pieces 0 … _written - 1 are written
        self._offers: queue.Queue[_Offer | None] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False  # no longer takes offers (its thread has ended)
        self._fed = False  # a stream hands its pieces over: they are no longer read here
        self._finishing = threading.Event()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._own: mmap.mmap | None = None  # for the pieces read here
        self._kept = False
        self._thread = threading.Thread(target=self._write, name="payload-copy", daemon=True)
        self._thread.start()

    @classmethod
    def staged(cls, place: PayloadPlace, folder: Path) -> PayloadCopy | None:
        """A copy begun in an unnamed file of `folder` before its own folder is known (`move_to`),
        where unnamed files exist (Linux); else None: a named file would be left by a kill where
        no later opening looks."""
        fd = _unnamed_only(folder)
        return None if fd is None else cls(place, folder, staged=fd)

    def move_to(self, folder: Path) -> None:
        """Name it in `folder` rather (at `keep()`): a staged copy, given its workspace's folder."""
        assert self._temporary is None, "only an unnamed file can be named elsewhere"
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / self.path.name

    def offer(self, index: int, piece: memoryview, release: Callable[[], None]) -> None:
        """Piece `index` of the payload, as the decrypting stream read it (a `PieceSink`)."""
        with self._lock:
            if not self._closed:
                self._offers.put((index, piece, release))
                return
        release()

    def keep(self) -> Path:
        """Wait for the copy, make it durable and give it its name (replacing a stale one)."""
        self._finishing.set()  # nothing more will be handed over: the rest is read here
        self._offers.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        os.fsync(self._fd)
        if self._temporary is None:
            # Linked under a temporary name first: os.replace then swaps it in atomically.
            linked = self.path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}{TEMPORARY_SUFFIX}")
            linked.unlink(missing_ok=True)
            _link_unnamed(self._fd, linked, self._place.size)
        else:
            linked = self._temporary
        linked.replace(self.path)
        self._kept = True
        self._temporary = None
        fsync_directory(self.path.parent)
        return self.path

    def discard(self) -> None:
        """Stop and remove the copy, named or not (again: nothing more)."""
        self._stop.set()
        self._offers.put(None)
        self._thread.join()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None
        if self._kept:
            self.path.unlink(missing_ok=True)
            self._kept = False

    def close(self) -> None:
        """After `keep()` and the commit: release the file."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    # ------------------------------------------------------------ the copying thread

    def _write(self) -> None:
        try:
            with self._place.bundle.open("rb", buffering=0) as bundle:
                self._write_pieces(bundle)
        except BaseException as exc:  # noqa: BLE001 - handed to the thread calling keep()
            self._error = exc
        finally:
            with self._lock:
                self._closed = True
            # Given back: the stream reuses its buffers.
            with contextlib.suppress(queue.Empty):
                while True:
                    offer = self._offers.get_nowait()
                    if offer is not None:
                        offer[2]()

    def _write_pieces(self, bundle: RawIOBase) -> None:
        while self._written < self._pieces and not self._stop.is_set():
            # Once a stream hands its pieces over, wait for them, until keep() is called.
            waiting = self._fed and not self._finishing.is_set()
            try:
                offer = self._offers.get(block=waiting)
            except queue.Empty:  # none handed over yet: read the next piece here
                self._write_piece(self._read_piece(bundle))
                continue
            if offer is None:  # woken by keep() or discard()
                continue
            index, piece, release = offer
            self._fed = True
            try:
                while self._written < index:  # read before the copy began
                    self._write_piece(self._read_piece(bundle))
                if index == self._written:
                    self._write_piece(piece)
            finally:
                release()

    def _read_piece(self, bundle: RawIOBase) -> memoryview:
        if self._own is None:
            self._own = mmap.mmap(-1, PIECE)  # page-aligned, as O_DIRECT wants
        at = self._written * PIECE
        view = memoryview(self._own)[: min(PIECE, self._place.size - at)]
        bundle.seek(self._place.offset + at)
        done = 0
        while done < len(view):
            count = bundle.readinto(view[done:])
            if not count:
                raise OSError(
                    errno.EIO, f"the bundle ended {self._place.size - at - done} bytes early"
                )
            done += count
        return view

    def _write_piece(self, piece: memoryview) -> None:
        at = self._written * PIECE
        direct = len(piece) - len(piece) % _DIRECT_BLOCK if self._direct else 0
        if direct:
            try:
                _write_at(self._fd, piece[:direct], at)
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                direct = 0  # refused after all: through the page cache from now on
                self._direct = _set_direct(self._fd, on=False)
        if direct < len(piece):
            # The last piece's tail is no whole block: O_DIRECT is turned off for it.
            if self._direct:
                self._direct = _set_direct(self._fd, on=False)
            _write_at(self._fd, piece[direct:], at + direct)
            _start_writing_back(self._fd, at + direct, len(piece) - direct)
        self._written += 1


def holds_payload_of(path: Path, source: PayloadSource) -> bool:
    """Whether `path` is `source`'s payload byte for byte (compared a piece at a time).

    No decryption: the opening authenticates the bundle's payload to its last
    byte, so a copy equal to it is sound. Missing or unreadable: not a copy.
    """
    try:
        copy = path.open("rb")
    except OSError:
        return False
    with copy, source.bundle.open("rb") as bundle:
        if os.fstat(copy.fileno()).st_size != source.size:
            return False
        bundle.seek(source.offset)
        left = source.size
        while left:
            count = min(COMPARED, left)
            expected = bundle.read(count)
            try:
                actual = copy.read(count)
            except OSError:
                return False  # unreadable: written anew
            if actual != expected:
                return False
            left -= count
    return True


def remove_unreferenced(folder: Path, referenced: set[str]) -> None:
    """Remove the payload copies of `folder` whose names no row refers to."""
    for path in stored_payload_files(folder):
        if path.name not in referenced:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _link_unnamed(fd: int, path: Path, size: int) -> None:
    """Give the O_TMPFILE file `fd` the name `path` (linkat through /proc, following the link).

    A file staged in another folder on another file system (a workspace folder
    mounted elsewhere) cannot be linked there: it is copied to `path` instead.
    """
    # With a directory descriptor os.link calls linkat(…, AT_SYMLINK_FOLLOW); without one it
    # calls link(), which would link /proc's symbolic link itself.
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.link(_PROC_FD / str(fd), path.name, dst_dir_fd=folder, follow_symlinks=True)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        _copy_into(fd, size, path)
    finally:
        os.close(folder)


def _copy_into(fd: int, size: int, path: Path) -> None:
    with path.open("xb") as target:
        _set_direct(fd, on=False)
        os.lseek(fd, 0, os.SEEK_SET)
        with os.fdopen(os.dup(fd), "rb", buffering=0) as source:
            done = 0
            while done < size:
                data = source.read(min(COMPARED, size - done))
                if not data:
                    raise OSError(errno.EIO, f"the payload copy ended {size - done} bytes early")
                target.write(data)
                done += len(data)
        target.flush()
        os.fsync(target.fileno())


def _unnamed_only(folder: Path) -> int | None:
    """A new unnamed file in `folder`, where the system has them (Linux), else None."""
    tmpfile = getattr(os, "O_TMPFILE", None)
    if tmpfile is None or not _PROC_FD.is_dir():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return os.open(folder, tmpfile | os.O_RDWR, 0o600)
    except OSError:  # a file system without O_TMPFILE
        return None


def _unnamed_file(folder: Path) -> tuple[int, Path | None]:
    """A new file in `folder`: unnamed where the system allows it, else a temporary name."""
    fd = _unnamed_only(folder)
    if fd is not None:
        return fd, None
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=folder)
    return fd, Path(name)


def _set_direct(fd: int, *, on: bool) -> bool:
    """Turn O_DIRECT on or off for `fd` (Linux); whether it is on now."""
    flag = getattr(os, "O_DIRECT", 0)
    if not flag or sys.platform == "win32":
        return False
    import fcntl  # POSIX only

    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags | flag if on else flags & ~flag)
    except OSError:  # a file system that refuses it: through the page cache
        return False
    return on


def _write_at(fd: int, data: memoryview, at: int) -> None:
    # The descriptor is used by one thread at a time: seeking it is safe (and works on Windows).
    os.lseek(fd, at, os.SEEK_SET)
    while data:
        data = data[os.write(fd, data) :]


def _start_writing_back(fd: int, offset: int, length: int) -> None:
    """Start writing this piece to disk now (Linux), so the fsync before the commit is short.

    POSIX_FADV_DONTNEED starts the write-back of dirty pages without waiting for it
    (and then drops clean ones from the cache: the copy is read only a document at a time).
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):  # advice only
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)
