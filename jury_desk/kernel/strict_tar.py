"""Reading tar headers of only the forms jury-desk's formats document: POSIX ustar and pax.

Python's `tarfile` reads much more than jury-desk writes: GNU base-256
numbers (a size of 10^26 bytes, or a negative one), GNU sparse files in
three versions, GNU long names, global pax headers, Solaris headers. Each
is more parser to trust, and some fail with errors no caller expects
(OverflowError on a base-256 size). `StrictTarInfo`, given to `tarfile` as
its `tarinfo` class, refuses them all on the header, before anything else
is read, with a `TarFormError` (one line).

What stays: ustar headers (magic "ustar", version "00") with octal numbers,
each optionally preceded by one pax extended header of the records Python's
writer makes (path, size, times, owner). Links, folders and devices still
pass here: their callers refuse them with their own words.

`TarFormError` is not a `tarfile.HeaderError` on purpose: `TarFile.next()`
takes a bad header after the first one for the archive's end, and would
silently drop the rest; this error goes through.
"""

from __future__ import annotations

import re
import tarfile
from typing import Any

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase

# Name, link, owner and times in a pax header: Python writes a few hundred bytes at most.
MAX_PAX_HEADER_BYTES = 64 * 1024

# The types callers may meet (and refuse, but for links and such in their own words).
_BUILTIN_TYPES = frozenset(
    (
        tarfile.REGTYPE,
        tarfile.AREGTYPE,
        tarfile.LNKTYPE,
        tarfile.SYMTYPE,
        tarfile.CHRTYPE,
        tarfile.BLKTYPE,
        tarfile.DIRTYPE,
        tarfile.FIFOTYPE,
    )
)
# The header's numeric fields (mode, uid, gid, size, mtime, checksum, device numbers):
# a first byte 0x80 or 0xff makes it a GNU base-256 number.
_NUMBER_FIELDS = (100, 108, 116, 124, 136, 148, 329, 337)
_COUNT = re.compile(r"[0-9]{1,20}")
_TIME = re.compile(r"-?[0-9]{1,20}(?:\.[0-9]{1,20})?")
# The pax records Python's writer makes, and how their values must look.
_PAX_RECORDS = {
    "path": None,
    "uname": None,
    "gname": None,
    "size": _COUNT,
    "uid": _COUNT,
    "gid": _COUNT,
    "mtime": _TIME,
    "atime": _TIME,
    "ctime": _TIME,
}


class TarFormError(UserError):
    """A header of a form the format does not allow; the message is a clause, for the
    caller to put after what it was reading."""

    def __init__(self, name: str, form: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages", "{name!r} has {form}: only POSIX ustar and pax headers are accepted"
            ),
            name=name if len(name) <= 100 else name[:99] + "…",
            form=form,
        )


class StrictTarInfo(tarfile.TarInfo):
    """A tar header read by `tarfile`, refused unless it is plain ustar or pax."""

    @classmethod
    def frombuf(cls, buf: bytes | bytearray, encoding: str, errors: str) -> StrictTarInfo:
        info = super().frombuf(buf, encoding, errors)  # the checksum is checked there
        if any(buf[start] in (0o200, 0o377) for start in _NUMBER_FIELDS):
            raise TarFormError(
                info.name, QT_TRANSLATE_NOOP("messages", "a number in base-256, a GNU extension")
            )
        if buf[257:265] != tarfile.POSIX_MAGIC:
            raise TarFormError(
                info.name, QT_TRANSLATE_NOOP("messages", "a header that is not POSIX ustar")
            )
        return info

    # tarfile's own hooks, called on each header as it is read (not in typeshed).

    def _proc_member(self, tarfile_: Any) -> Any:
        if self.type == tarfile.XHDTYPE:
            if self.size > MAX_PAX_HEADER_BYTES:
                raise TarFormError(
                    self.name,
                    Phrase(
                        QT_TRANSLATE_NOOP("messages", "a pax header of over {limit} bytes"),
                        limit=MAX_PAX_HEADER_BYTES,
                    ),
                )
        elif self.type in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            raise TarFormError(self.name, QT_TRANSLATE_NOOP("messages", "a GNU long name"))
        elif self.type == tarfile.GNUTYPE_SPARSE:
            raise _sparse(self.name)
        elif self.type not in _BUILTIN_TYPES:
            # Global pax headers, contiguous files, Solaris and other GNU types.
            raise TarFormError(
                self.name,
                Phrase(
                    QT_TRANSLATE_NOOP("messages", "the tar type {type!r}"),
                    type=self.type.decode("ascii", "backslashreplace"),
                ),
            )
        return super()._proc_member(tarfile_)  # type: ignore[misc]  # private: not in typeshed

    def _apply_pax_info(self, pax_headers: dict[str, str], encoding: str, errors: str) -> None:
        for keyword, value in pax_headers.items():
            if keyword.startswith("GNU.sparse."):
                raise _sparse(self.name)
            if keyword not in _PAX_RECORDS:
                raise TarFormError(
                    self.name,
                    Phrase(
                        QT_TRANSLATE_NOOP("messages", "the pax record {keyword!r}"),
                        keyword=keyword[:64],
                    ),
                )
            pattern = _PAX_RECORDS[keyword]
            if pattern is not None and not pattern.fullmatch(value):
                raise TarFormError(
                    self.name,
                    Phrase(
                        QT_TRANSLATE_NOOP("messages", "a malformed pax record {keyword!r}"),
                        keyword=keyword,
                    ),
                )
        super()._apply_pax_info(pax_headers, encoding, errors)  # type: ignore[misc]  # idem

    # GNU sparse maps given in pax records: tarfile would read them before the record check.

    def _proc_gnusparse_00(self, *_args: object) -> None:
        raise _sparse(self.name)

    def _proc_gnusparse_01(self, *_args: object) -> None:
        raise _sparse(self.name)

    def _proc_gnusparse_10(self, *_args: object) -> None:
        raise _sparse(self.name)


def _sparse(name: str) -> TarFormError:
    return TarFormError(name, QT_TRANSLATE_NOOP("messages", "GNU sparse records"))


# What reading a tar may still raise besides TarFormError: tarfile's own errors, and a few
# it lets through (a pax record length of thousands of digits gives a ValueError).
TAR_READ_ERRORS = (tarfile.TarError, ValueError, OverflowError, EOFError)
