"""Opening PDF bytes with pyHanko or pikepdf, a damaged file as a one-line SheetSignatureError."""

from __future__ import annotations

import io
import re
import struct
import zlib

import pikepdf
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign.fields import enumerate_sig_fields

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.signing import hex_strings
from jury_desk.signing.errors import SheetSignatureError

# Before any reader is made: a signature's /Contents read byte by byte cost as much as the
# rest of the file (hex_strings.py).
hex_strings.install()

# What pyHanko's parser lets escape on damaged input, besides its own PdfError: it reads
# the file lazily, so these can come from any later access, not only from opening.
PDF_READ_ERRORS: tuple[type[Exception], ...] = (
    PdfError,
    ValueError,  # also what asn1crypto raises on a damaged signature container
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    EOFError,
    struct.error,
    zlib.error,
    UnicodeDecodeError,
    RecursionError,
)


# pikepdf names an in-memory file after its repr ("stream <_io.BytesIO object at 0x…>: "),
# and QPDF may add where it stopped: neither means anything to the person who sent the file.
_STREAM_NAME = re.compile(r"stream <[^>]*>(?: \([^)]*\))?: ?")


def open_for_reading(pdf: bytes) -> PdfFileReader:
    """A strict pyHanko reader over `pdf`; SheetSignatureError if it is not a readable PDF."""
    check_looks_like_pdf(pdf)
    try:
        return PdfFileReader(io.BytesIO(pdf), strict=True)
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None


def open_with_pikepdf(pdf: bytes) -> pikepdf.Pdf:
    """`pdf` opened by pikepdf, for the caller to close; SheetSignatureError if unreadable.

    No recovery: a truncated file is refused as such, not read as far as it goes, and
    the objects judged are those of the file as written.
    """
    check_looks_like_pdf(pdf)
    try:
        return pikepdf.open(io.BytesIO(pdf), attempt_recovery=False)
    except pikepdf.PdfError as error:
        raise damaged(error) from None


def open_for_update(pdf: bytes) -> IncrementalPdfFileWriter:
    """A writer that appends an incremental update to `pdf`; SheetSignatureError if unreadable.

    The update leaves the document's metadata as it was: see `MetadataPreservingWriter`.
    """
    check_looks_like_pdf(pdf)
    try:
        return MetadataPreservingWriter(io.BytesIO(pdf), strict=True)
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None


class MetadataPreservingWriter(IncrementalPdfFileWriter):
    """An incremental writer that never touches the Info dictionary or the XMP metadata.

    pyHanko's writer otherwise stamps /ModDate with the system clock (not jury-desk's),
    appends itself to the Info /Producer while setting XMP pdf:Producer to itself alone
    (PDF/A wants the two equal), and re-serialises the XMP packet through its own model,
    which can break PDF/A extension schemas (pyHanko issue #755). A signature adds a
    field, not new document metadata. The maintainer's advice for turning the update off
    is this override (pyHanko issue #223); `_update_meta` is pyHanko-internal, so
    tests/core/sheets/test_signing.py checks that the metadata comes through byte for byte.
    """

    def _update_meta(self) -> None:
        return


def signature_field_names(handler: PdfHandler) -> set[str]:
    """The names of the signature fields of the document, signed or not."""
    try:
        return {str(name) for name, _, _ in enumerate_sig_fields(handler)}
    except PDF_READ_ERRORS as error:
        raise damaged(error) from None


def damaged(error: BaseException) -> SheetSignatureError:
    """The user's error for a file pyHanko or pikepdf could not read, their reason on one line."""
    reason = " ".join(_STREAM_NAME.sub("", str(error)).split()) or type(error).__name__
    return SheetSignatureError(
        QT_TRANSLATE_NOOP(
            "messages", "The file is not a readable PDF (damaged or truncated: {reason})."
        ),
        reason=reason,
    )


def check_looks_like_pdf(pdf: bytes) -> None:
    """SheetSignatureError unless `pdf` has a PDF header where readers look for one."""
    # The header may follow up to 1024 bytes of junk (ISO 32000-1 §7.5.2 note, as readers allow).
    if b"%PDF-" not in pdf[:1024]:
        raise SheetSignatureError(
            QT_TRANSLATE_NOOP(
                "messages", "The file is not a readable PDF (no PDF header: not a PDF document)."
            )
        )
