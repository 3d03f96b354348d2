"""The bundle's encrypted payload, copied into the workspace's folder while it is verified.

The copy runs on its own thread (in the kernel with `copy_file_range` where
there is one), beside the decryption and hashing of the same bytes. It is
written to an unnamed file (Linux `O_TMPFILE`: it vanishes if the process is
killed) or, elsewhere, to a `.payload-….tmp` file; it gets its name only once
the payload is verified, just before the workspace's transaction commits,
and the opener removes it again if that commit fails. A name given and then
a kill before the commit leaves a copy no row refers to: the next opening of
the workspace's bundle removes it (`remove_unreferenced`).

Opening the same bundle again writes its copy anew the same way when the
workspace's copy is missing or differs from it (`holds_payload_of`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from pathlib import Path

from jury_desk.atomic import fsync_directory
from jury_desk.bundle.payload_reader import PayloadSource
from jury_desk.document_payloads import (
    TEMPORARY_PREFIX,
    TEMPORARY_SUFFIX,
    payload_file_name,
    stored_payload_files,
)

PIECE = 8 << 20
COMPARED = 1 << 20
_PROC_FD = Path("/proc/self/fd")


class PayloadCopy:
    """A copy of `source`'s bytes being written into `folder`; `keep()` names it."""

    def __init__(self, source: PayloadSource, folder: Path) -> None:
        self.path = folder / payload_file_name(source.identity)
        self._source = source
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._fd, self._temporary = _unnamed_file(folder)
        self._kept = False
        self._thread = threading.Thread(target=self._copy, name="payload-copy", daemon=True)
        self._thread.start()

    def keep(self) -> Path:
        """Wait for the copy, make it durable and give it its name (replacing a stale one)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        os.fsync(self._fd)
        if self._temporary is None:
            # Linked under a temporary name first: os.replace then swaps it in atomically.
            linked = self.path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}{TEMPORARY_SUFFIX}")
            linked.unlink(missing_ok=True)
            _link_unnamed(self._fd, linked)
        else:
            linked = self._temporary
        linked.replace(self.path)
        self._kept = True
        self._temporary = None
        fsync_directory(self.path.parent)
        return self.path

    def discard(self) -> None:
        """Stop and remove the copy, named or not."""
        self._stop.set()
        self._thread.join()
        os.close(self._fd)
        self._fd = -1
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
        if self._kept:
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """After `keep()` and the commit: release the file."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _copy(self) -> None:
        try:
            with self._source.bundle.open("rb") as bundle:
                _copy_range(
                    bundle.fileno(), self._source.offset, self._source.size, self._fd, self._stop
                )
        except BaseException as exc:  # noqa: BLE001 - handed to the thread calling keep()
            self._error = exc


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


def _link_unnamed(fd: int, path: Path) -> None:
    """Give the O_TMPFILE file `fd` the name `path` (linkat through /proc, following the link)."""
    # With a directory descriptor os.link calls linkat(…, AT_SYMLINK_FOLLOW); without one it
    # calls link(), which would link /proc's symbolic link itself.
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.link(_PROC_FD / str(fd), path.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _unnamed_file(folder: Path) -> tuple[int, Path | None]:
    """A new file in `folder`: unnamed where the system allows it, else a temporary name."""
    folder.mkdir(parents=True, exist_ok=True)
    tmpfile = getattr(os, "O_TMPFILE", None)
    if tmpfile is not None and _PROC_FD.is_dir():
        with contextlib.suppress(OSError):  # a file system without O_TMPFILE
            return os.open(folder, tmpfile | os.O_WRONLY, 0o600), None
    fd, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=folder)
    return fd, Path(name)


def _copy_range(source: int, offset: int, size: int, target: int, stop: threading.Event) -> None:
    """Bytes `offset` … `offset + size - 1` of `source` to the start of `target`."""
    done = 0
    in_kernel = hasattr(os, "copy_file_range")
    while done < size and not stop.is_set():
        count = min(PIECE, size - done)
        copied = 0
        if in_kernel:
            try:
                copied = os.copy_file_range(source, target, count, offset + done, done)
            except OSError as exc:
                if exc.errno not in _NO_COPY_FILE_RANGE:
                    raise
                in_kernel = False
        if not in_kernel:
            copied = _copy_piece(source, offset + done, count, target, done)
        if copied <= 0:
            raise OSError(errno.EIO, f"the bundle ended {size - done} bytes early")
        _start_writing_back(target, done, copied)
        done += copied


def _start_writing_back(fd: int, offset: int, length: int) -> None:
    """Start writing this piece to disk now (Linux), so the fsync before the commit is short.

    POSIX_FADV_DONTNEED starts the write-back of dirty pages without waiting for it
    (and then drops clean ones from the cache: the copy is read only a document at a time).
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):  # advice only
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


# copy_file_range refused for these file systems or kernels: copied through memory instead.
_NO_COPY_FILE_RANGE = {errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL}


def _copy_piece(source: int, at: int, count: int, target: int, to: int) -> int:
    # Each descriptor is used by this thread alone: seeking it is safe (and works on Windows).
    os.lseek(source, at, os.SEEK_SET)
    data = os.read(source, count)
    os.lseek(target, to, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(target, view) :]
    return len(data)
