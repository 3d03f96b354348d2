"""The payload tar, read in order from its decrypted stream: manifest, signature, documents.

The tar headers are parsed by the standard library (`TarInfo.fromtarfile`,
which reads them from any object with `read` and `tell`), of only the forms
the format allows (`StrictTarInfo`: ustar and pax); the documents'
bytes never pass through `tarfile`: each one is handed to its reader as
views of the decrypted buffers, together with where it lies in the
payload's plaintext, so the opener can hash it and record its place.
"""

from __future__ import annotations

import hashlib
import tarfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jury_desk.bundle.limits import BundleLimits
from jury_desk.crypto.age_decrypting import DecryptedStream, PieceSink
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.strict_tar import StrictTarInfo, TarFormError

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"


# Raised by TarInfo.fromtarfile, but absent from typeshed's tarfile stubs.
_EOF_HEADER: type[tarfile.HeaderError] = getattr(tarfile, "EOFHeaderError")  # noqa: B009
_EMPTY_HEADER: type[tarfile.HeaderError] = getattr(tarfile, "EmptyHeaderError")  # noqa: B009


class BundleError(UserError):
    """The bundle is damaged, forged or over a limit; nothing was imported."""


@dataclass(frozen=True)
class PayloadSource:
    """Where the age-encrypted payload lies in the bundle file, and the key that opens it.

    The file key stays in memory only, until the opener stores it in the
    (encrypted) workspace beside its copy of the payload.
    """

    bundle: Path
    offset: int  # of the age file (payload.age) in the bundle
    size: int  # of the age file
    header: bytes  # the age header and the payload nonce: unique to this encryption
    file_key: bytes

    @property
    def identity(self) -> str:
        return payload_identity(self.header)


def payload_identity(header: bytes) -> str:
    """SHA-256 of the age header and payload nonce: names the payload (its stream key depends
    on both), and is known before its key."""
    return hashlib.sha256(header).hexdigest()


class _TarCursor:
    """What `TarInfo.fromtarfile` needs of a TarFile: the stream, the offset, the encoding."""

    encoding = "utf-8"
    errors = "surrogateescape"

    def __init__(self, stream: DecryptedStream) -> None:
        self.fileobj = stream
        self.offset = 0  # where the next header starts
        self.pax_headers: dict[str, str] = {}


class PayloadEntry:
    """A document file of the payload, being read: consume `pieces()` (once) to check it."""

    def __init__(self, info: tarfile.TarInfo, stream: DecryptedStream) -> None:
        self.name = info.name
        self.size = info.size
        # Where its first byte lies in the payload's plaintext.
        self.offset = info.offset_data
        self._stream = stream
        self._left = info.size

    def pieces(self) -> Iterator[memoryview]:
        """Its content, as views valid until the next piece is asked for."""
        for piece in self._stream.pieces(self._left):
            self._left -= len(piece)
            yield piece
        if self._left:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The payload is cut inside {name}."), name=self.name
            )

    def sha256(self) -> str:
        digest = hashlib.sha256()
        for piece in self.pieces():
            digest.update(piece)
        return digest.hexdigest()

    def skip(self) -> None:
        for _piece in self.pieces():
            pass


class PayloadReader:
    """The payload's members in order: the manifest, its signature, then the documents.

    Every name, type, size and count is checked against the limits and against
    what the manifest declares before a byte of it is used.
    """

    def __init__(
        self, stream: DecryptedStream, limits: BundleLimits, source: PayloadSource
    ) -> None:
        # Where the encrypted payload lies and its file key, to keep a copy of it.
        self.source = source
        self._stream = stream
        self._cursor = _TarCursor(stream)
        self._limits = limits
        self._seen: set[str] = set()
        self._count = 0
        self._total = 0
        self._expected: dict[str, int] | None = None
        self._ended = False

    def read_manifest(self) -> tuple[bytes, bytes]:
        manifest = self._next_small(MANIFEST, self._limits.max_manifest_bytes)
        signature = self._next_small(SIGNATURE, self._limits.max_signature_bytes)
        return manifest, signature

    def copy_pieces_to(self, sink: PieceSink) -> None:
        """Hand the pieces of the encrypted payload read from now on to `sink` too."""
        self._stream.attach(sink)

    def expect_documents(self, sizes: dict[str, int]) -> None:
        """The document paths and sizes the (verified) manifest declares."""
        self._expected = dict(sizes)

    def documents(self) -> Iterator[PayloadEntry]:
        assert self._expected is not None, "expect_documents first"
        while (info := self._next_member()) is not None:
            self._check_member(info)
            if info.name not in self._expected:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The bundle holds a file the manifest does not list: {name}"
                    ),
                    name=info.name,
                )
            if info.size != self._expected[info.name]:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} has {size} bytes, the manifest says {declared}."
                    ),
                    name=info.name,
                    size=info.size,
                    declared=self._expected[info.name],
                )
            del self._expected[info.name]
            entry = PayloadEntry(info, self._stream)
            yield entry
            entry.skip()  # whatever the caller left unread
            self._to_next_header()

    def finish(self) -> None:
        """After the last document: nothing missing, and only the tar's zero padding left."""
        if self._expected:
            missing = sorted(self._expected)
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "The bundle lacks {count} listed file(s), first {name}."
                ),
                count=len(missing),
                name=missing[0],
            )
        if not self._ended and self._next_member() is not None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "The bundle's payload holds more than its manifest lists."
                )
            )
        # Read (and so authenticate) to the payload's last byte.
        if not self._stream.rest_is_zero():
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "The bundle's payload is damaged: data follows its archive's end."
                )
            )

    def _next_small(self, name: str, cap: int) -> bytes:
        info = self._next_member()
        if info is None or info.name != name:
            if info is None:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The bundle's payload should hold {name} here, not nothing: unsigned?",
                    ),
                    name=name,
                )
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The bundle's payload should hold {name} here, not {found!r}: unsigned?",
                ),
                name=name,
                found=info.name,
            )
        self._check_member(info)
        if info.size > cap:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{name} is larger than {cap} bytes."),
                name=name,
                cap=cap,
            )
        data = self._stream.read(info.size)
        if len(data) != info.size:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The payload is cut inside {name}."), name=name
            )
        self._to_next_header()
        return data

    def _to_next_header(self) -> None:
        """Pass the padding after a member's content, up to the next header block."""
        missing = self._cursor.offset - self._stream.tell()
        if self._stream.skip(missing) != missing:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "The bundle's payload is cut (inside a file's padding)."
                )
            )

    def _next_member(self) -> tarfile.TarInfo | None:
        if self._ended:
            return None
        start = self._stream.tell()
        try:
            # Only ustar and pax headers (StrictTarInfo): base-256 numbers, sparse files and
            # GNU long names are refused on their header.
            return StrictTarInfo.fromtarfile(self._cursor)  # type: ignore[arg-type]
        except TarFormError as error:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The bundle's payload is refused: {reason}."),
                reason=error,
            ) from None
        except _EOF_HEADER:
            self._ended = True  # a zero block: the archive's end
            return None
        except _EMPTY_HEADER:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "The bundle's payload is cut: its archive has no end."
                )
            ) from None
        except (tarfile.HeaderError, ValueError, OverflowError) as exc:
            if start == 0:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The bundle's payload is not an archive ({reason})."
                    ),
                    reason=str(exc),
                ) from None
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The bundle's payload is damaged ({reason})."),
                reason=str(exc),
            ) from None

    def _check_member(self, info: tarfile.TarInfo) -> None:
        check_member_name(info.name)
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "{name}: only plain files may be in a bundle ({kind})."
                ),
                name=info.name,
                kind=_kind(info),
            )
        key = unicodedata.normalize("NFC", info.name).casefold()
        if key in self._seen:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} appears twice (names differing only by case count)."
                ),
                name=info.name,
            )
        self._seen.add(key)
        self._count += 1
        self._total += info.size
        limits = self._limits
        if self._count > limits.max_entries:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The bundle holds more than {count} files."),
                count=limits.max_entries,
            )
        if info.size > limits.max_document_bytes:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "{name} is larger than {cap} bytes."),
                name=info.name,
                cap=limits.max_document_bytes,
            )
        if self._total > limits.max_total_bytes:
            raise BundleError(
                QT_TRANSLATE_NOOP("messages", "The bundle's files weigh more than {cap} bytes."),
                cap=limits.max_total_bytes,
            )


def check_member_name(name: str) -> None:
    """Refuse any name that could land outside its folder or mean two things."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "Refused file name in the bundle: {name!r}."), name=name
        )
    parts = PurePosixPath(name).parts
    if any(part in ("", ".", "..") for part in name.split("/")) or len(parts) > 3:
        raise BundleError(
            QT_TRANSLATE_NOOP("messages", "Refused file name in the bundle: {name!r}."), name=name
        )
    if unicodedata.normalize("NFC", name) != name:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "messages", "Refused file name in the bundle (not in Unicode NFC form): {name!r}."
            ),
            name=name,
        )


def _kind(info: tarfile.TarInfo) -> str:
    """What the member is, in words marked for translation."""
    for test, word in (
        (info.issym, QT_TRANSLATE_NOOP("messages", "a symbolic link")),
        (info.islnk, QT_TRANSLATE_NOOP("messages", "a hard link")),
        (info.isdir, QT_TRANSLATE_NOOP("messages", "a folder")),
        (info.ischr, QT_TRANSLATE_NOOP("messages", "a character device")),
        (info.isblk, QT_TRANSLATE_NOOP("messages", "a block device")),
        (info.isfifo, QT_TRANSLATE_NOOP("messages", "a pipe")),
    ):
        if test():
            return word
    return QT_TRANSLATE_NOOP("messages", "not a regular file")
