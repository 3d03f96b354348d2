"""Spreadsheets and ZIPs for the intake tests, made the way their writers make them.

The ODS is written by hand (no ODS writer is installed): a ZIP whose first
entry is the stored « mimetype », then META-INF/manifest.xml and content.xml,
which is what an ODS needs to be read.
"""

from __future__ import annotations

import io
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pytest

from jury_desk.kernel.errors import UserError

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Candidats">{rows}'
    "</table:table></office:spreadsheet></office:body></office:document-content>"
)


def ods_cell(value: str | float | tuple[str, str]) -> str:
    """A cell: text, a number, or ("date", "1990-05-17")."""
    if isinstance(value, tuple):
        kind, iso = value
        return (
            f'<table:table-cell office:value-type="{kind}" office:{kind}-value="{iso}">'
            f"<text:p>{iso}</text:p></table:table-cell>"
        )
    if isinstance(value, float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value!r}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    if not value:
        return "<table:table-cell/>"
    return (
        '<table:table-cell office:value-type="string">'
        f"<text:p>{escape(value)}</text:p></table:table-cell>"
    )


def ods_bytes(rows: Sequence[Sequence[str | float | tuple[str, str]]], tail: str = "") -> bytes:
    """An ODS of one table; `tail` is raw XML put after the rows (repeats, as LibreOffice)."""
    xml_rows = "".join(
        "<table:table-row>" + "".join(ods_cell(cell) for cell in row) + "</table:table-row>"
        for row in rows
    )
    return ods_from_content(_CONTENT.format(rows=xml_rows + tail))


def ods_from_content(content: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", ODS_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@dataclass(frozen=True)
class Member:
    """A ZIP entry as a hostile writer may make it: any name, mode, flags."""

    name: str
    data: bytes = b"%PDF-1.7 demo"
    mode: int = stat.S_IFREG | 0o644
    flag_bits: int = 0
    compress_type: int = zipfile.ZIP_DEFLATED


def zip_bytes(members: Sequence[Member]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, warnings.catch_warnings():
        # Two entries of one name are what some tests make on purpose.
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
        for member in members:
            info = zipfile.ZipInfo(member.name, date_time=(2026, 11, 2, 9, 0, 0))
            info.create_system = 3
            info.external_attr = member.mode << 16
            info.compress_type = member.compress_type
            info.flag_bits |= member.flag_bits
            archive.writestr(info, member.data)
    return _with_flags(buffer.getvalue(), [member.flag_bits for member in members])


def _with_flags(data: bytes, flags: list[int]) -> bytes:
    """The flags set in each entry's two headers: zipfile's writer resets them."""
    patched = bytearray(data)
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    central = patched.index(b"PK\x01\x02")
    for info, flag in zip(infos, flags, strict=True):
        for at in (info.header_offset + 6, central + 8):
            patched[at : at + 2] = (int.from_bytes(patched[at : at + 2], "little") | flag).to_bytes(
                2, "little"
            )
        name_length, extra_length, comment_length = struct.unpack_from(
            "<HHH", patched, central + 28
        )
        central += 46 + name_length + extra_length + comment_length
    return bytes(patched)


def refusal(read: Callable[[], object], file_name: str) -> str:
    """The message of the UserError `read` raises; asserts one line naming `file_name`."""
    with pytest.raises(UserError) as caught:
        read()
    message = str(caught.value)
    assert "\n" not in message, message
    assert file_name in message, message
    return message
