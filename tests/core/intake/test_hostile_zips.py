"""ZIPs a hostile or careless sender could make: each refused with one line naming the file.

Also each at the spreadsheet's door: an XLSX is a ZIP and goes through the same guard.
"""

from __future__ import annotations

import stat
import struct
import unicodedata
import zipfile
from pathlib import Path

import pytest

from jury_desk.intake.attachment_sources import source_files
from jury_desk.intake.attachments import read_attachments
from jury_desk.intake.limits import ATTACHMENTS_CAPS, ZipCaps
from jury_desk.intake.one_line import shown
from jury_desk.intake.spreadsheet import read_table
from tests.core.intake.builders import Member, refusal, zip_bytes

KEYS = ("Martin",)
_MIB = 1024 * 1024


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../.bashrc", "a parent folder (..)"),
        ("Martin/../../x.pdf", "a parent folder (..)"),
        ("/etc/cron.d/x", "an absolute path"),
        ("Martin\\..\\..\\x.pdf", "a backslash"),
        ("C:/Windows/x.pdf", "a drive letter"),
        ("Martin//x.pdf", "an empty folder name"),
        ("Martin/./x.pdf", "an empty folder name"),
        ("Martin/x\x01.pdf", "a control character"),
        ("Martin/" + "x" * 1000 + ".pdf", "a name too long"),
    ],
)
def test_an_entry_that_could_land_elsewhere_is_refused(
    tmp_path: Path, name: str, reason: str
) -> None:
    source = tmp_path / "pieces.zip"
    source.write_bytes(zip_bytes([Member("Martin/cv.pdf"), Member(name)]))
    message = refusal(lambda: read_attachments(source, KEYS), "pieces.zip")
    assert f"unsafe name, {shown(name)[:20]}" in message  # escaped: one line
    assert message.endswith(f"{reason}.")


@pytest.mark.parametrize(
    ("member", "words"),
    [
        (
            Member("Martin/cv.pdf", b"/etc/passwd", mode=stat.S_IFLNK | 0o777),
            "a link, Martin/cv.pdf",
        ),
        (Member("Martin/dev", b"", mode=stat.S_IFCHR | 0o644), "not an ordinary file"),
        (Member("Martin/fifo", b"", mode=stat.S_IFIFO | 0o644), "not an ordinary file"),
        (Member("Martin/cv.pdf", flag_bits=0x1), "an encrypted entry, Martin/cv.pdf"),
        (Member("Martin/cv.pdf", compress_type=zipfile.ZIP_BZIP2), "other than deflate"),
    ],
)
def test_a_link_a_special_file_an_encrypted_or_exotic_entry_is_refused(
    tmp_path: Path, member: Member, words: str
) -> None:
    source = tmp_path / "pieces.zip"
    source.write_bytes(zip_bytes([member]))
    assert words in refusal(lambda: read_attachments(source, KEYS), "pieces.zip")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Martin/cv.pdf", "Martin/cv.pdf"),
        ("Martin/CV.pdf", "martin/cv.PDF"),
        ("Martin/Zoé.pdf", unicodedata.normalize("NFD", "Martin/Zoé.pdf")),
    ],
)
def test_names_that_collide_once_normalised_are_refused(
    tmp_path: Path, first: str, second: str
) -> None:
    source = tmp_path / "pieces.zip"
    source.write_bytes(zip_bytes([Member(first), Member(second)]))
    message = refusal(lambda: read_attachments(source, KEYS), "pieces.zip")
    assert "differ only by case or accents" in message


def test_too_many_entries_are_refused_before_they_are_listed(tmp_path: Path) -> None:
    count = ATTACHMENTS_CAPS.max_entries + 1
    source = tmp_path / "many.zip"
    source.write_bytes(zip_bytes([Member(f"Martin/{i}.txt", b"") for i in range(count)]))
    assert f"lists {count} entries, over the 2000" in refusal(
        lambda: read_attachments(source, KEYS), "many.zip"
    )


def test_a_zip_bomb_stops_at_the_cap_whatever_it_declares(tmp_path: Path) -> None:
    """101 MiB of zeros in about 100 KiB: refused once 100 MiB came out, not before."""
    source = tmp_path / "bomb.zip"
    zeros = bytes(ATTACHMENTS_CAPS.max_file_bytes + _MIB)
    source.write_bytes(zip_bytes([Member("Martin/pitch.pdf", zeros)]))
    assert source.stat().st_size < _MIB
    message = refusal(lambda: read_attachments(source, KEYS), "bomb.zip")
    assert "unpacks to more than the 100 MiB allowed for one file" in message
    # The same bomb declaring a small size: zipfile stops at the size declared and the
    # check of its CRC refuses the entry; nothing past the declared size comes out.
    lying = tmp_path / "lying.zip"
    lying.write_bytes(_declared_size(source.read_bytes(), 1000))
    assert "not a readable ZIP" in refusal(lambda: read_attachments(lying, KEYS), "lying.zip")


def test_the_total_is_capped_across_entries(tmp_path: Path) -> None:
    caps = ZipCaps(max_entries=10, max_file_bytes=2 * _MIB, max_total_bytes=3 * _MIB)
    source = tmp_path / "total.zip"
    source.write_bytes(zip_bytes([Member(f"Martin/{i}.pdf", bytes(_MIB + 1)) for i in range(3)]))
    assert "more than the 3 MiB allowed in all" in refusal(
        lambda: source_files(source, caps), "total.zip"
    )


def test_an_xlsx_goes_through_the_same_guard(tmp_path: Path) -> None:
    path = tmp_path / "candidats.xlsx"
    path.write_bytes(zip_bytes([Member("xl/../../evil.xml")]))
    assert "unsafe name" in refusal(lambda: read_table(path), "candidats.xlsx")


def _declared_size(data: bytes, size: int) -> bytes:
    """The ZIP of one entry with its uncompressed size rewritten in both of its headers."""
    patched = bytearray(data)
    local = patched.index(b"PK\x03\x04")
    struct.pack_into("<I", patched, local + 22, size)
    central = patched.index(b"PK\x01\x02")
    struct.pack_into("<I", patched, central + 24, size)
    return bytes(patched)


def test_a_name_with_a_line_break_is_shown_on_one_line(tmp_path: Path) -> None:
    source = tmp_path / "pieces.zip"
    source.write_bytes(zip_bytes([Member("Martin/cv\n.pdf")]))
    message = refusal(lambda: read_attachments(source, KEYS), "pieces.zip")
    assert "Martin/cv\\n.pdf" in message
