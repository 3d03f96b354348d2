"""Tar headers of only the forms the formats document: POSIX ustar and pax, refused otherwise.

Each hostile header is made here by hand (or by tarfile's own GNU writer), then
read as jury-desk reads an archive: from a file ("r:", the bundle) and as a
stream ("r|", the results file).
"""

from __future__ import annotations

import io
import tarfile

import pytest

from jury_desk.kernel.strict_tar import (
    MAX_PAX_HEADER_BYTES,
    TAR_READ_ERRORS,
    StrictTarInfo,
    TarFormError,
)

DATA = b'{"format": 1}'


def archive(
    name: str = "a.json",
    *,
    tar_format: int = tarfile.PAX_FORMAT,
    pax: dict[str, str] | None = None,
    kind: bytes = tarfile.REGTYPE,
) -> bytearray:
    """A one-member archive written by tarfile itself."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tar_format) as tar:
        info = tarfile.TarInfo(name)
        info.size, info.type = len(DATA), kind
        if pax is not None:
            info.pax_headers = pax
        tar.addfile(info, io.BytesIO(DATA))
    return bytearray(buffer.getvalue())


def with_field(data: bytearray, start: int, value: bytes, header: int = 0) -> bytes:
    """`data` with bytes of a header block replaced, its checksum made right again."""
    block = header * tarfile.BLOCKSIZE
    data[block + start : block + start + len(value)] = value
    data[block + 148 : block + 156] = b" " * 8
    checksum = sum(data[block : block + tarfile.BLOCKSIZE])
    data[block + 148 : block + 156] = b"%06o\x00 " % checksum
    return bytes(data)


def read(data: bytes, mode: str) -> list[tuple[str, int]]:
    with tarfile.open(fileobj=io.BytesIO(data), mode=mode, tarinfo=StrictTarInfo) as tar:
        return [(info.name, info.size) for info in tar]


def pax_record(keyword: str, value: str) -> bytes:
    body = f" {keyword}={value}\n".encode()
    length = len(body) + len(str(len(body)))
    length = len(body) + len(str(length))
    return str(length).encode() + body


def pax_archive(records: bytes, *, pax_size: int | None = None) -> bytes:
    """A pax extended header of `records`, then a plain member."""
    header = tarfile.TarInfo("././@PaxHeader")
    header.type, header.size = tarfile.XHDTYPE, len(records) if pax_size is None else pax_size
    padding = b"\x00" * (-len(records) % tarfile.BLOCKSIZE)
    member = tarfile.TarInfo("a.json")
    member.size = len(DATA)
    body = DATA + b"\x00" * (-len(DATA) % tarfile.BLOCKSIZE)
    blocks = header.tobuf(tarfile.USTAR_FORMAT) + records + padding
    return blocks + member.tobuf(tarfile.USTAR_FORMAT) + body + b"\x00" * 1024


@pytest.mark.parametrize("mode", ["r:", "r|"])
def test_what_jury_desk_writes_is_read(mode: str) -> None:
    assert read(bytes(archive()), mode) == [("a.json", len(DATA))]
    # A name beyond ustar's 100 bytes, or not ASCII, goes in a pax record: accepted.
    long_name = "documents/cand-1/" + "é" * 120 + ".pdf"
    assert read(bytes(archive(long_name)), mode) == [(long_name, len(DATA))]
    # Links and folders pass the header check: their readers refuse them in their own words.
    for kind in (tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE):
        assert [name for name, _ in read(bytes(archive("other", kind=kind)), mode)] == ["other"]


HOSTILE: dict[str, tuple[bytes, str]] = {
    "base-256 size": (
        with_field(archive(), 124, b"\x80" + (len(DATA)).to_bytes(11, "big")),
        "a number in base-256",
    ),
    "negative base-256 size": (with_field(archive(), 124, b"\xff" * 12), "base-256"),
    "huge base-256 size": (with_field(archive(), 124, b"\x80" + b"\xff" * 11), "base-256"),
    "base-256 modification time": (with_field(archive(), 136, b"\x80" + b"\x00" * 11), "base-256"),
    "GNU header": (bytes(archive(tar_format=tarfile.GNU_FORMAT)), "not POSIX ustar"),
    "GNU long name": (
        bytes(archive("x" * 200, tar_format=tarfile.GNU_FORMAT)),
        "not POSIX ustar",
    ),
    "GNU long name in a ustar header": (
        with_field(archive(), 156, tarfile.GNUTYPE_LONGNAME),
        "a GNU long name",
    ),
    "GNU sparse type": (with_field(archive(), 156, tarfile.GNUTYPE_SPARSE), "GNU sparse records"),
    "GNU sparse 0.0 in pax": (
        bytes(archive(pax={"GNU.sparse.size": "13", "GNU.sparse.numblocks": "1"})),
        "GNU sparse records",
    ),
    "GNU sparse 0.1 in pax": (
        bytes(archive(pax={"GNU.sparse.map": "0,13", "GNU.sparse.size": "13"})),
        "GNU sparse records",
    ),
    "GNU sparse 1.0 in pax": (
        bytes(archive(pax={"GNU.sparse.major": "1", "GNU.sparse.minor": "0"})),
        "GNU sparse records",
    ),
    "GNU sparse name in pax": (
        bytes(archive(pax={"GNU.sparse.name": "other"})),
        "GNU sparse records",
    ),
    "unknown pax record": (bytes(archive(pax={"SCHILY.xattr.x": "1"})), "the pax record"),
    "pax link path": (bytes(archive(pax={"linkpath": "/etc/passwd"})), "the pax record"),
    "pax header charset": (bytes(archive(pax={"hdrcharset": "BINARY"})), "the pax record"),
    "negative pax size": (bytes(archive(pax={"size": "-5"})), "malformed pax record 'size'"),
    "pax size with an underscore": (bytes(archive(pax={"size": "1_3"})), "malformed pax record"),
    "pax time not a number": (bytes(archive(pax={"mtime": "nan"})), "malformed pax record"),
    "huge pax header": (
        pax_archive(pax_record("path", "a.json"), pax_size=MAX_PAX_HEADER_BYTES + 1),
        f"a pax header of over {MAX_PAX_HEADER_BYTES} bytes",
    ),
    "global pax header": (with_field(archive(), 156, tarfile.XGLTYPE), "the tar type 'g'"),
    "Solaris pax header": (with_field(archive(), 156, tarfile.SOLARIS_XHDTYPE), "tar type 'X'"),
    "contiguous file": (with_field(archive(), 156, tarfile.CONTTYPE), "the tar type '7'"),
    "unknown type": (with_field(archive(), 156, b"Z"), "the tar type 'Z'"),
}


@pytest.mark.parametrize("mode", ["r:", "r|"])
@pytest.mark.parametrize("case", list(HOSTILE))
def test_other_header_forms_are_refused_in_one_line(case: str, mode: str) -> None:
    data, words = HOSTILE[case]
    with pytest.raises(TarFormError) as caught:
        read(data, mode)
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert message.endswith("only POSIX ustar and pax headers are accepted")


def test_a_refused_header_after_the_first_is_not_taken_for_the_end() -> None:
    # tarfile ends the archive silently at a bad header after the first member.
    second = archive("b.json")
    second = bytearray(with_field(second, 124, b"\x80" + (len(DATA)).to_bytes(11, "big")))
    data = bytes(archive()[: 2 * tarfile.BLOCKSIZE]) + bytes(second)
    for mode in ("r:", "r|"):
        with pytest.raises(TarFormError, match=r"'b\.json' has a number in base-256"):
            read(data, mode)


def test_a_pax_length_of_thousands_of_digits_is_a_read_error() -> None:
    # Not a form question: tarfile's int() gives up (ValueError), which readers catch.
    data = pax_archive(b"9" * 5000 + b" path=a\n")
    with pytest.raises(TAR_READ_ERRORS):
        read(data, "r:")
