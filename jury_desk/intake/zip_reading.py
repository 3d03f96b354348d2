"""Reading a ZIP from outside with the guards the bundles have: names, links, sizes, counts.

Python's `zipfile` trusts too much (docs/facts: it rewrites « ../x » and « /x »
instead of refusing them, returns the last of two entries of the same name, and
before 3.11.8 lets entries overlap into a zip bomb). Here every name is checked
on its raw bytes, links and special files are refused, encrypted entries too,
and sizes are counted on the bytes actually unpacked, never on what the archive
declares: a bomb stops one piece past the cap.
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import ZipCaps
from jury_desk.intake.one_line import shown
from jury_desk.intake.relative_paths import UniqueNames, checked_parts, is_junk
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, size_in_words

# What reading a damaged ZIP may raise besides our own refusals.
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    struct.error,
)
_ENCRYPTED_FLAG = 0x1
_UNIX_SYSTEM = 3  # create_system: the mode is in the upper half of external_attr
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_END_RECORD = b"PK\x05\x06"
_ZIP64_END_RECORD = b"PK\x06\x06"
_END_SEARCH = 22 + 65535  # the end record and the longest comment


@dataclass(frozen=True)
class ZipEntry:
    """A regular file of the archive: its path (NFC, "/"-separated, relative), its bytes."""

    path: str
    data: bytes


def read_zip(file: BinaryIO, source: object, caps: ZipCaps) -> tuple[ZipEntry, ...]:
    """The regular files of the ZIP in `file`, junk left out; IntakeError naming `source`."""
    try:
        _check_declared_count(file, source, caps)
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > caps.max_entries:
                raise _too_many(source, len(infos), caps)
            return tuple(_read_entries(archive, infos, source, caps))
    except ZIP_READ_ERRORS as exc:
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} is not a readable ZIP archive ({reason})."),
            source=source,
            reason=shown(str(exc)) or type(exc).__name__,
        ) from None


def _read_entries(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], source: object, caps: ZipCaps
) -> Iterator[ZipEntry]:
    register = UniqueNames(source)
    unpacked = 0
    for info in infos:
        name = info.orig_filename  # zipfile's `filename` is already rewritten on Windows
        parts = checked_parts(name.rstrip("/"), source)
        _check_kind(info, name, source)
        register.add("/".join(parts))
        if info.is_dir() or is_junk(parts):
            continue
        data = _unpack(archive, info, source, caps, caps.max_total_bytes - unpacked)
        unpacked += len(data)
        yield ZipEntry("/".join(parts), data)


def _check_kind(info: zipfile.ZipInfo, name: str, source: object) -> None:
    """No link, device or pipe (a Unix mode says so), no encryption, no exotic compression."""
    mode = info.external_attr >> 16 if info.create_system == _UNIX_SYSTEM else 0
    if stat.S_ISLNK(mode):
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} holds a link, {name}: links are refused."),
            source=source,
            name=shown(name),
        )
    if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} holds {name}, which is not an ordinary file."),
            source=source,
            name=shown(name),
        )
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{source} holds an encrypted entry, {name}: encrypted files are refused.",
            ),
            source=source,
            name=shown(name),
        )
    if info.compress_type not in _METHODS:
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{source} holds {name}, compressed with a method other than deflate.",
            ),
            source=source,
            name=shown(name),
        )


def _unpack(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: object, caps: ZipCaps, left: int
) -> bytes:
    """The entry's bytes, counted as they come out: the declared size is not believed."""
    allowed = min(caps.max_file_bytes, left)
    data = bytearray()
    with archive.open(info) as stream:
        while piece := stream.read(min(MIB, allowed + 1 - len(data))):
            data += piece
            if len(data) > allowed:
                raise _too_big(source, info.orig_filename, caps, allowed)
    return bytes(data)


def _too_big(source: object, name: str, caps: ZipCaps, allowed: int) -> IntakeError:
    if allowed == caps.max_file_bytes:
        return IntakeError(
            QT_TRANSLATE_NOOP(
                "messages", "{source}: {name} unpacks to more than the {cap} allowed for one file."
            ),
            source=source,
            name=shown(name),
            cap=size_in_words(caps.max_file_bytes),
        )
    return IntakeError(
        QT_TRANSLATE_NOOP("messages", "{source} unpacks to more than the {cap} allowed in all."),
        source=source,
        cap=size_in_words(caps.max_total_bytes),
    )


def _too_many(source: object, count: int, caps: ZipCaps) -> IntakeError:
    return IntakeError(
        QT_TRANSLATE_NOOP("messages", "{source} lists {count} entries, over the {limit} allowed."),
        source=source,
        count=count,
        limit=caps.max_entries,
    )


def _check_declared_count(file: BinaryIO, source: object, caps: ZipCaps) -> None:
    """The entry count of the end record, checked before zipfile builds one object per entry:
    a central directory of millions of entries would take gigabytes to list."""
    size = file.seek(0, 2)
    start = max(0, size - _END_SEARCH)
    file.seek(start)
    tail = file.read()
    at = len(tail) - 22 if tail[-22:-18] == _END_RECORD else tail.rfind(_END_RECORD)
    if at < 0 or len(tail) - at < 22:
        return  # no end record: zipfile refuses the archive itself
    count = struct.unpack_from("<H", tail, at + 10)[0]
    if count == 0xFFFF:  # ZIP64: the count is in the ZIP64 end record the locator points to
        count = _zip64_count(file, tail, at)
    file.seek(0)
    if count > caps.max_entries:
        raise _too_many(source, count, caps)


def _zip64_count(file: BinaryIO, tail: bytes, at: int) -> int:
    if at < 20:
        return 0
    (record_offset,) = struct.unpack_from("<Q", tail, at - 20 + 8)
    file.seek(record_offset)
    record = file.read(56)
    if len(record) < 56 or record[:4] != _ZIP64_END_RECORD:
        return 0  # zipfile refuses a broken ZIP64 end record itself
    return int(struct.unpack_from("<Q", record, 32)[0])
