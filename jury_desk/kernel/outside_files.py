"""Reading a file that comes from outside: a regular file only, never more than its cap.

A sheet, the minutes or a backup is chosen by a person, or sent by someone else:
it may be a named pipe (reading blocks for ever), a device (/dev/zero never ends),
a folder, a sparse file of terabytes, or a file that grows while it is read.
`read_outside_file` looks at what the path is before opening it, opens it without
blocking and looks again at what it opened (a swap in between is caught), refuses a
size over the caller's cap at once, and reads in pieces, stopping one byte past the
cap whatever the size said. Every refusal is one line naming the file and, in words,
its size and the cap.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB
_PIECE = MIB  # read a megabyte at a time: few system calls, little beyond the cap

# O_NONBLOCK: opening a FIFO swapped in after the check returns at once instead of
# waiting for a writer. O_NOCTTY: a terminal device never becomes ours. Neither
# exists on Windows, which has no FIFOs to open; O_BINARY exists only there.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class FileCap:
    """What a file from outside is, in words (a marked phrase), and the most it may weigh."""

    what: str
    max_bytes: int


class OutsideFileError(UserError):
    """A file from outside is refused before (or while) being read; the message says why."""


def read_outside_file(path: Path, cap: FileCap) -> bytes:
    """The bytes of the regular file at `path`, at most `cap.max_bytes`; else OutsideFileError."""
    try:
        _check(path, path.stat(), cap)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        _check(path, os.fstat(fd), cap)  # what was opened, not what the path named before
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: O_NONBLOCK was for the open alone
        data = _read_to_cap(fd, path, cap)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(fd)
    return data


def require_regular_file(path: Path) -> None:
    """OutsideFileError unless `path` is a regular file: for files read as a stream (a
    bundle), which must never be a named pipe that blocks the reader or a device."""
    try:
        status = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not stat.S_ISREG(status.st_mode):
        raise _not_a_file(path, status.st_mode)


def size_in_words(size: int) -> Phrase:
    """`size` bytes as people read it: « 812 bytes », « 20 MiB », « 3.2 GiB » (rounded up)."""
    if size < KIB:
        return Phrase(QT_TRANSLATE_NOOP("messages", "{count} bytes"), count=size)
    unit, whole_template, tenth_template = next(row for row in _UNITS if size >= row[0])
    # Rounded up to a tenth (in integers: exact at any size), so a file one byte over a
    # cap never reads as the cap itself.
    whole, tenth = divmod(-(-size * 10 // unit), 10)
    if tenth == 0:
        return Phrase(whole_template, whole=whole)
    return Phrase(tenth_template, whole=whole, tenth=tenth)


# Largest unit first: the unit, its whole number, its number with a tenth.
_UNITS = (
    (
        GIB,
        QT_TRANSLATE_NOOP("messages", "{whole} GiB"),
        QT_TRANSLATE_NOOP("messages", "{whole}.{tenth} GiB"),
    ),
    (
        MIB,
        QT_TRANSLATE_NOOP("messages", "{whole} MiB"),
        QT_TRANSLATE_NOOP("messages", "{whole}.{tenth} MiB"),
    ),
    (
        KIB,
        QT_TRANSLATE_NOOP("messages", "{whole} KiB"),
        QT_TRANSLATE_NOOP("messages", "{whole}.{tenth} KiB"),
    ),
)


def _check(path: Path, status: os.stat_result, cap: FileCap) -> None:
    """A regular file of at most the cap, by what the system says before any byte is read."""
    if not stat.S_ISREG(status.st_mode):
        raise _not_a_file(path, status.st_mode)
    if status.st_size > cap.max_bytes:
        raise OutsideFileError(
            QT_TRANSLATE_NOOP("messages", "{path} is {size}, over the {cap} allowed for {what}."),
            path=path,
            size=size_in_words(status.st_size),
            cap=size_in_words(cap.max_bytes),
            what=Phrase(cap.what),
        )


def _read_to_cap(fd: int, path: Path, cap: FileCap) -> bytes:
    """Every byte up to the end, refused as soon as there is one more than the cap."""
    data = bytearray()
    while True:
        piece = os.read(fd, min(_PIECE, cap.max_bytes + 1 - len(data)))
        if not piece:
            return bytes(data)
        data += piece
        if len(data) > cap.max_bytes:
            # More than its size said: the file grows, or the system does not know its size.
            raise OutsideFileError(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} grew past the {cap} allowed for {what} while it was read."
                ),
                path=path,
                cap=size_in_words(cap.max_bytes),
                what=Phrase(cap.what),
            )


def _not_a_file(path: Path, mode: int) -> OutsideFileError:
    kind = next((words for test, words in _KINDS if test(mode)), None)
    if kind is None:
        return OutsideFileError(
            QT_TRANSLATE_NOOP("messages", "{path} is not an ordinary file."), path=path
        )
    return OutsideFileError(
        QT_TRANSLATE_NOOP("messages", "{path} is {kind}, not an ordinary file."),
        path=path,
        kind=Phrase(kind),
    )


_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("messages", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("messages", "a named pipe")),
    (
        lambda mode: stat.S_ISCHR(mode) or stat.S_ISBLK(mode),
        QT_TRANSLATE_NOOP("messages", "a device"),
    ),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("messages", "a socket")),
)


def _unreadable(path: Path, exc: OSError) -> OutsideFileError:
    if isinstance(exc, FileNotFoundError):
        return OutsideFileError(
            QT_TRANSLATE_NOOP("messages", "There is no file {path}."), path=path
        )
    return OutsideFileError(
        QT_TRANSLATE_NOOP("messages", "Cannot read {path} ({reason})."),
        path=path,
        reason=exc.strerror or type(exc).__name__,
    )
